import type { FailureReason } from './messages.ts'

/** A fatal hls.js error, reduced to what the decision needs (`type` and `details` are hls.js's enum strings). */
export type HlsFailure = { type: string; details: string; httpStatus?: number | undefined }

/** How many recoveries a session has already spent. */
export type RecoveryAttempts = { network: number; media: number }

/** Bounds on recovery: retries per kind, and the exponential backoff between them. */
export type RecoveryPolicy = {
  maxNetworkRetries: number
  maxMediaRetries: number
  baseDelayMs: number
  maxDelayMs: number
}

/** The default bounds: three network retries (0.5 s, 1 s, 2 s apart) and two media recoveries. */
export const DEFAULT_RECOVERY: RecoveryPolicy = {
  maxNetworkRetries: 3,
  maxMediaRetries: 2,
  baseDelayMs: 500,
  maxDelayMs: 4000,
}

/** What to do next: a recovery step after a delay, or give up (the player then tries its next source). */
export type RecoveryDecision =
  | {
      action: 'startLoad' | 'reloadSource' | 'recoverMedia' | 'swapAudioCodecAndRecover'
      delayMs: number
      attempts: RecoveryAttempts
    }
  | { action: 'giveUp'; reason: FailureReason }

// String values of hls.js's ErrorTypes and ErrorDetails: importing the enums would pull hls.js into the main chunk.
const NETWORK_ERROR = 'networkError'
const MEDIA_ERROR = 'mediaError'
const MANIFEST_DETAILS = new Set(['manifestLoadError', 'manifestLoadTimeOut'])
const UNRECOVERABLE_DETAILS = new Set(['manifestParsingError', 'manifestIncompatibleCodecsError', 'levelEmptyError'])

function backoff(attempt: number, policy: RecoveryPolicy): number {
  return Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** attempt)
}

/**
 * Decides how to answer a fatal hls.js error. Every path is bounded: each retry spends an attempt, and a client error
 * (4xx other than 408 and 429) gives up at once, since asking again for a missing file cannot help.
 */
export function decideRecovery(
  failure: HlsFailure,
  attempts: RecoveryAttempts,
  policy: RecoveryPolicy,
): RecoveryDecision {
  if (UNRECOVERABLE_DETAILS.has(failure.details)) return { action: 'giveUp', reason: 'unplayable' }
  if (failure.type === NETWORK_ERROR) {
    const status = failure.httpStatus ?? 0
    if (status >= 400 && status < 500 && status !== 408 && status !== 429)
      return { action: 'giveUp', reason: 'missing' }
    if (attempts.network >= policy.maxNetworkRetries) return { action: 'giveUp', reason: 'network' }
    return {
      // startLoad() resumes fragment and level loading but does not fetch a master playlist that never arrived.
      action: MANIFEST_DETAILS.has(failure.details) ? 'reloadSource' : 'startLoad',
      delayMs: backoff(attempts.network, policy),
      attempts: { ...attempts, network: attempts.network + 1 },
    }
  }
  if (failure.type === MEDIA_ERROR) {
    if (attempts.media >= policy.maxMediaRetries) return { action: 'giveUp', reason: 'unplayable' }
    return {
      // hls.js's advice: recover once; if the error comes back, swap the audio codec before recovering again.
      action: attempts.media === 0 ? 'recoverMedia' : 'swapAudioCodecAndRecover',
      delayMs: backoff(attempts.media, policy),
      attempts: { ...attempts, media: attempts.media + 1 },
    }
  }
  return { action: 'giveUp', reason: 'unplayable' }
}
