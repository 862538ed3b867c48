import { describe, expect, it } from 'vitest'
import { DEFAULT_RECOVERY, decideRecovery, type RecoveryAttempts } from '../../src/video/recovery.ts'

const FRESH: RecoveryAttempts = { network: 0, media: 0 }
const fragLoad = { type: 'networkError', details: 'fragLoadError', httpStatus: 503 }

describe('decideRecovery', () => {
  it('gives up at once on a missing playlist: a 404 will not heal', () => {
    const decision = decideRecovery(
      { type: 'networkError', details: 'manifestLoadError', httpStatus: 404 },
      FRESH,
      DEFAULT_RECOVERY,
    )
    expect(decision).toEqual({ action: 'giveUp', reason: 'missing' })
  })

  it('reloads a master playlist that failed for a transient reason, and restarts loading for segments', () => {
    const timeout = decideRecovery({ type: 'networkError', details: 'manifestLoadTimeOut' }, FRESH, DEFAULT_RECOVERY)
    expect(timeout).toMatchObject({ action: 'reloadSource', delayMs: 500 })
    expect(decideRecovery(fragLoad, FRESH, DEFAULT_RECOVERY)).toMatchObject({ action: 'startLoad', delayMs: 500 })
    const busy = { type: 'networkError', details: 'levelLoadError', httpStatus: 429 }
    expect(decideRecovery(busy, FRESH, DEFAULT_RECOVERY).action).toBe('startLoad')
  })

  it('backs off exponentially and stops after the allowed retries, so a dead server never loops', () => {
    let attempts = FRESH
    const delays: number[] = []
    for (let i = 0; i < 10; i++) {
      const decision = decideRecovery(fragLoad, attempts, DEFAULT_RECOVERY)
      if (decision.action === 'giveUp') {
        expect(decision.reason).toBe('network')
        break
      }
      delays.push(decision.delayMs)
      attempts = decision.attempts
    }
    expect(delays).toEqual([500, 1000, 2000])
  })

  it('recovers a media error, then swaps the audio codec, then gives up', () => {
    const media = { type: 'mediaError', details: 'bufferAppendError' }
    const first = decideRecovery(media, FRESH, DEFAULT_RECOVERY)
    expect(first.action).toBe('recoverMedia')
    if (first.action === 'giveUp') throw new Error('unreachable')
    const second = decideRecovery(media, first.attempts, DEFAULT_RECOVERY)
    expect(second.action).toBe('swapAudioCodecAndRecover')
    if (second.action === 'giveUp') throw new Error('unreachable')
    expect(decideRecovery(media, second.attempts, DEFAULT_RECOVERY)).toEqual({ action: 'giveUp', reason: 'unplayable' })
  })

  it('keeps network and media budgets apart', () => {
    const spentNetwork = { network: DEFAULT_RECOVERY.maxNetworkRetries, media: 0 }
    expect(decideRecovery(fragLoad, spentNetwork, DEFAULT_RECOVERY).action).toBe('giveUp')
    expect(
      decideRecovery({ type: 'mediaError', details: 'fragParsingError' }, spentNetwork, DEFAULT_RECOVERY).action,
    ).toBe('recoverMedia')
  })

  it('gives up on what no retry can fix: an unparsable playlist, a key system or muxer error', () => {
    for (const failure of [
      { type: 'networkError', details: 'manifestParsingError', httpStatus: 200 },
      { type: 'keySystemError', details: 'keySystemNoKeys' },
      { type: 'muxError', details: 'remuxAllocError' },
    ]) {
      expect(decideRecovery(failure, FRESH, DEFAULT_RECOVERY)).toEqual({ action: 'giveUp', reason: 'unplayable' })
    }
  })
})
