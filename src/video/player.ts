import type { Bilingual, Language } from '../manifest/index.ts'
import type { CaptionTrack } from './captions.ts'
import { FAILURE_MESSAGES, type FailureReason } from './messages.ts'
import type { Session, SessionInit } from './session.ts'
import { startSession } from './session.ts'
import type { SourceCandidate, SourceKind } from './source.ts'

/** Where a player stands: `poster` while it waits for a decoder, `failed` once every source failed. */
export type PlayerState = 'idle' | 'loading' | 'playing' | 'paused' | 'poster' | 'failed'

/** One stand's video, as the scene asks for it. Paths are relative to the media folder, or URLs. */
export type PlayerRequest = {
  key: string
  hls?: string | undefined
  mp4?: string | undefined
  poster?: string | undefined
  captions?: readonly { lang: Language; src: string; label?: string | undefined }[] | undefined
  lang: Language
  /** Higher plays first; 0 or less never takes a decoder (the stand shows its poster). */
  priority: number
  /** The screen's height on screen, in device pixels: it caps the HLS rendition. */
  screenHeightPx: number
}

/** An immutable picture of a player, replaced on every change (fit for `useSyncExternalStore`). */
export type PlayerSnapshot = {
  state: PlayerState
  video: HTMLVideoElement | null
  source: SourceKind | null
  posterUrl: string | null
  muted: boolean
  cueText: string
  error: Bilingual | null
}

/** The scene's hold on one stand's video. */
export type PlayerHandle = {
  readonly key: string
  readonly state: PlayerState
  readonly video: HTMLVideoElement | null
  readonly error: Bilingual | null
  readonly cueText: string
  getSnapshot(): PlayerSnapshot
  /** Calls `listener` after every change of the snapshot; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void
  /** Calls `listener` for each new video frame (to `invalidate()` a scene rendered on demand). */
  onFrame(listener: () => void): () => void
  play(): void
  pause(): void
  /** Turns the sound on, and off on every other player; call it from the user's gesture. */
  unmute(): void
  mute(): void
  setScreenHeight(px: number): void
  setPriority(priority: number): void
  setLanguage(lang: Language): void
}

/** What a player needs from its pool. */
export type PlayerHost = {
  reconcile(): void
  soloSound(player: Player): void
  failed(player: Player, reason: FailureReason): void
  changed(): void
  sessionDefaults(): Pick<SessionInit, 'hlsConfig' | 'recovery' | 'loadTimeoutMs'>
}

/** The pool's record of one request; the scene sees it through `PlayerHandle`. */
export class Player implements PlayerHandle {
  readonly key: string
  readonly seq: number
  readonly plan: readonly SourceCandidate[]
  readonly captions: readonly CaptionTrack[]
  priority: number
  lang: Language
  slot: { video: HTMLVideoElement; player: Player | null } | null = null
  private session: Session | null = null
  private screenHeightPx: number
  private userPaused = false
  private wantsSound = false
  private resumeAt = 0
  private snapshot: PlayerSnapshot
  private readonly listeners = new Set<() => void>()
  private readonly frameListeners = new Set<() => void>()
  private released = false

  constructor(
    private readonly host: PlayerHost,
    request: PlayerRequest,
    seq: number,
    plan: readonly SourceCandidate[],
    resolve: (path: string) => string,
  ) {
    this.key = request.key
    this.seq = seq
    this.plan = plan
    this.captions = (request.captions ?? []).map((c) => ({ lang: c.lang, src: resolve(c.src), label: c.label }))
    this.priority = request.priority
    this.lang = request.lang
    this.screenHeightPx = request.screenHeightPx
    const posterUrl = request.poster ? resolve(request.poster) : null
    this.snapshot = { state: 'idle', video: null, source: null, posterUrl, muted: true, cueText: '', error: null }
  }

  get state(): PlayerState {
    return this.snapshot.state
  }
  get video(): HTMLVideoElement | null {
    return this.snapshot.video
  }
  get error(): Bilingual | null {
    return this.snapshot.error
  }
  get cueText(): string {
    return this.snapshot.cueText
  }
  getSnapshot = (): PlayerSnapshot => this.snapshot

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  onFrame = (listener: () => void): (() => void) => {
    this.frameListeners.add(listener)
    return () => this.frameListeners.delete(listener)
  }

  /** Whether this player may take a decoder now. */
  get eligible(): boolean {
    return !this.released && this.priority > 0 && this.plan.length > 0 && this.snapshot.state !== 'failed'
  }

  play(): void {
    this.userPaused = false
    this.session?.play()
  }

  pause(): void {
    this.userPaused = true
    this.session?.pause()
  }

  unmute(): void {
    this.host.soloSound(this)
    this.setSound(true)
    if (!this.userPaused) this.session?.play()
  }

  mute(): void {
    this.setSound(false)
  }

  /** Used by the pool so that only one player is heard at a time. */
  setSound(on: boolean): void {
    this.wantsSound = on
    this.session?.setMuted(!on)
    this.update({ muted: !on })
  }

  setScreenHeight(px: number): void {
    if (px === this.screenHeightPx) return
    this.screenHeightPx = px
    this.session?.setScreenHeight(px)
  }

  setPriority(priority: number): void {
    if (priority === this.priority || this.released) return
    this.priority = priority
    this.host.reconcile()
  }

  setLanguage(lang: Language): void {
    this.lang = lang
    this.session?.setLanguage(lang)
  }

  /** Starts playing on a pooled element. */
  attach(slot: { video: HTMLVideoElement; player: Player | null }): void {
    this.slot = slot
    this.update({ video: slot.video, error: null })
    this.session = startSession(
      slot.video,
      {
        plan: this.plan,
        captions: this.captions,
        lang: this.lang,
        muted: !this.wantsSound,
        paused: this.userPaused,
        startAt: this.resumeAt,
        screenHeightPx: this.screenHeightPx,
        ...this.host.sessionDefaults(),
      },
      {
        state: (state, source) => this.update({ state, source }),
        cue: (cueText) => this.update({ cueText }),
        frame: () => this.frameListeners.forEach((listener) => listener()),
        failed: (reason) => this.host.failed(this, reason),
      },
    )
  }

  /** Frees the decoder; the element goes back to the pool. */
  detach(state: PlayerState, reason?: FailureReason): void {
    if (this.session) this.resumeAt = this.session.destroy()
    this.session = null
    this.slot = null
    const error = reason ? FAILURE_MESSAGES[reason] : null
    this.update({ state, video: null, source: null, cueText: '', error })
  }

  markReleased(): void {
    this.released = true
  }

  update(patch: Partial<PlayerSnapshot>): void {
    const changed = (Object.keys(patch) as (keyof PlayerSnapshot)[]).some((k) => patch[k] !== this.snapshot[k])
    if (!changed) return
    this.snapshot = { ...this.snapshot, ...patch }
    this.listeners.forEach((listener) => listener())
    this.host.changed()
  }
}
