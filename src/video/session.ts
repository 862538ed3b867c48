import type Hls from 'hls.js'
import type { ErrorData, HlsConfig } from 'hls.js'
import type { Language } from '../manifest/index.ts'
import { bindCaptions, type CaptionTrack } from './captions.ts'
import { watchFrames } from './frames.ts'
import { loadHls } from './hlsLoader.ts'
import { capLevelIndex } from './levels.ts'
import type { FailureReason } from './messages.ts'
import { decideRecovery, type RecoveryAttempts, type RecoveryPolicy } from './recovery.ts'
import type { SourceCandidate, SourceKind } from './source.ts'

/** What one attachment of a player to a pooled video element starts from. */
export type SessionInit = {
  plan: readonly SourceCandidate[]
  captions: readonly CaptionTrack[]
  lang: Language
  muted: boolean
  paused: boolean
  startAt: number
  screenHeightPx: number
  hlsConfig: Partial<HlsConfig>
  recovery: RecoveryPolicy
  /** How long a file or native HLS source may take to show its first frame before it counts as a network failure. */
  loadTimeoutMs: number
}

/** What a session reports to its player. */
export type SessionEvents = {
  state(state: 'loading' | 'playing' | 'paused', source: SourceKind): void
  cue(text: string): void
  frame(): void
  failed(reason: FailureReason): void
}

/** A player's hold on a decoder: one video element, its source and, for HLS, its hls.js instance. */
export type Session = {
  play(): void
  pause(): void
  setMuted(muted: boolean): void
  setScreenHeight(px: number): void
  setLanguage(lang: Language): void
  /** Frees the decoder and returns the playback position, so a later session can resume there. */
  destroy(): number
}

/** Attaches a player's sources to `video`, trying each candidate in turn, and recovers from HLS errors within bounds. */
export function startSession(video: HTMLVideoElement, init: SessionInit, events: SessionEvents): Session {
  const controller = new AbortController()
  const { signal } = controller
  const remaining = [...init.plan]
  let current: SourceCandidate | null = null
  let hls: Hls | null = null
  let heights: number[] = []
  let attempts: RecoveryAttempts = { network: 0, media: 0 }
  let lastReason: FailureReason = 'unplayable'
  let timer: ReturnType<typeof setTimeout> | undefined
  let loadTimer: ReturnType<typeof setTimeout> | undefined
  let screenHeight = init.screenHeightPx
  let wantsPlay = !init.paused

  const report = (state: 'loading' | 'playing' | 'paused'): void => {
    if (current) events.state(state, current.kind)
  }
  const on = (type: string, listener: () => void): void => video.addEventListener(type, listener, { signal })

  video.muted = init.muted
  video.playsInline = true
  video.loop = true
  video.preload = 'auto'
  // Without CORS mode WebGL refuses to sample a video served from another origin (a CDN).
  video.crossOrigin = 'anonymous'
  // autoplay also restarts playback after hls.js re-attaches the element during a media error recovery.
  video.autoplay = wantsPlay
  const captions = bindCaptions(video, init.captions, init.lang, events.cue, signal)
  watchFrames(video, events.frame, signal)

  on('playing', () => report('playing'))
  on('pause', () => report('paused'))
  on('waiting', () => report('loading'))
  on('loadeddata', () => {
    clearTimeout(loadTimer)
    if (!wantsPlay) report('paused')
  })
  on('loadedmetadata', () => {
    if (current?.kind !== 'hls.js' && init.startAt > 0 && init.startAt < video.duration - 1)
      video.currentTime = init.startAt
  })
  on('error', () => {
    // hls.js reports its own errors through its ERROR event; this one concerns a source the element loads itself.
    if (!current || current.kind === 'hls.js') return
    const code = video.error?.code
    // Chromium reports a missing file (404) as an unsupported source, not as a network error.
    lastReason =
      code === MediaError.MEDIA_ERR_NETWORK
        ? 'network'
        : code === MediaError.MEDIA_ERR_DECODE
          ? 'unplayable'
          : 'missing'
    next()
  })

  function tryPlay(): void {
    if (!wantsPlay) return
    video.play().catch((error: unknown) => {
      // AbortError only means the source changed under the call; NotAllowedError means autoplay was refused.
      if (!signal.aborted && error instanceof DOMException && error.name === 'NotAllowedError') report('paused')
    })
  }

  function applyCap(): void {
    const cap = capLevelIndex(heights, screenHeight)
    if (hls && heights.length > 0 && hls.autoLevelCapping !== cap) hls.autoLevelCapping = cap
  }

  function dropHls(): void {
    clearTimeout(timer)
    hls?.destroy()
    hls = null
    heights = []
  }

  function next(): void {
    clearTimeout(loadTimer)
    dropHls()
    current = remaining.shift() ?? null
    if (!current) {
      const reason = lastReason
      queueMicrotask(() => {
        if (!signal.aborted) events.failed(reason)
      })
      return
    }
    report('loading')
    if (current.kind === 'hls.js') {
      void attachHls(current)
      return
    }
    video.src = current.url
    video.load()
    tryPlay()
    // A server that accepts the connection and never answers would otherwise leave the stand loading forever.
    loadTimer = setTimeout(() => {
      lastReason = 'network'
      next()
    }, init.loadTimeoutMs)
  }

  async function attachHls(candidate: SourceCandidate): Promise<void> {
    let HlsClass: typeof Hls
    try {
      HlsClass = await loadHls()
    } catch {
      if (signal.aborted || current !== candidate) return
      lastReason = 'player'
      next()
      return
    }
    if (signal.aborted || current !== candidate) return
    if (!HlsClass.isSupported()) {
      lastReason = 'unplayable'
      next()
      return
    }
    const instance = new HlsClass({
      // The video is not in the page, so its element size says nothing: the scene reports the screen's height.
      capLevelToPlayerSize: false,
      startPosition: init.startAt > 0 ? init.startAt : -1,
      // Captions come from the manifest's WebVTT files; renditions' own text tracks would compete with them.
      enableWebVTT: false,
      enableIMSC1: false,
      enableCEA708Captions: false,
      ...init.hlsConfig,
    })
    hls = instance
    const takeLevels = (_event: unknown, data: { levels: { height: number }[] }): void => {
      heights = data.levels.map((level) => level.height)
      applyCap()
    }
    instance.on(HlsClass.Events.MANIFEST_PARSED, takeLevels)
    // hls.js drops levels that keep failing; the cap is an index, so it must follow.
    instance.on(HlsClass.Events.LEVELS_UPDATED, takeLevels)
    instance.on(HlsClass.Events.ERROR, (_event, data) => {
      if (data.fatal && hls === instance) recover(instance, candidate, data)
    })
    instance.attachMedia(video)
    instance.loadSource(candidate.url)
    tryPlay()
  }

  function recover(instance: Hls, candidate: SourceCandidate, data: ErrorData): void {
    const decision = decideRecovery(
      { type: data.type, details: data.details, httpStatus: data.response?.code },
      attempts,
      init.recovery,
    )
    if (decision.action === 'giveUp') {
      lastReason = decision.reason
      next()
      return
    }
    attempts = decision.attempts
    report('loading')
    clearTimeout(timer)
    timer = setTimeout(() => {
      if (signal.aborted || hls !== instance) return
      if (decision.action === 'startLoad') instance.startLoad()
      else if (decision.action === 'reloadSource') instance.loadSource(candidate.url)
      else {
        if (decision.action === 'swapAudioCodecAndRecover') instance.swapAudioCodec()
        instance.recoverMediaError()
      }
      tryPlay()
    }, decision.delayMs)
  }

  next()

  return {
    play: () => {
      wantsPlay = true
      video.autoplay = true
      tryPlay()
    },
    pause: () => {
      wantsPlay = false
      video.autoplay = false
      video.pause()
    },
    setMuted: (muted) => {
      video.muted = muted
    },
    setScreenHeight: (px) => {
      screenHeight = px
      applyCap()
    },
    setLanguage: (lang) => captions.setLanguage(lang),
    destroy: () => {
      const position = Number.isFinite(video.currentTime) ? video.currentTime : 0
      controller.abort()
      clearTimeout(loadTimer)
      dropHls()
      captions.destroy()
      video.autoplay = false
      video.muted = true
      // Dropping the source and reloading is what actually releases the decoder and its buffers.
      video.removeAttribute('src')
      video.load()
      return position
    },
  }
}
