import type { HlsConfig } from 'hls.js'
import type { Language } from '../manifest/index.ts'
import { Player, type PlayerHandle, type PlayerHost, type PlayerRequest } from './player.ts'
import type { FailureReason } from './messages.ts'
import { DEFAULT_RECOVERY, type RecoveryPolicy } from './recovery.ts'
import { detectCapabilities, planSources, resolveMediaUrl, type Capabilities } from './source.ts'

/** Settings of a pool; every field has a default fit for the exhibition. */
export type VideoPoolOptions = {
  /** How many videos may decode at once (each holds a hardware or software decoder and its buffers). */
  maxDecoders?: number
  /** Where manifest media paths are resolved from. */
  mediaBase?: string
  /** Defaults to what this browser reports. */
  capabilities?: Capabilities
  /** Merged over the pool's hls.js settings (tests shorten hls.js's own retries with it). */
  hlsConfig?: Partial<HlsConfig>
  recovery?: RecoveryPolicy
  /** How long an MP4 or native HLS source may take to show a first frame (hls.js has its own timeouts). */
  loadTimeoutMs?: number
}

/** The exhibition's video players: a few pooled elements shared by every stand, highest priority first. */
export type VideoPool = {
  /** Registers (or updates) a stand's video and returns its handle; the same key returns the same handle. */
  acquire(request: PlayerRequest): PlayerHandle
  /** Frees the stand's decoder and forgets it; its element serves the next request. */
  release(key: string): void
  setPriority(key: string, priority: number): void
  /** Switches every player's captions to the interface language. */
  setLanguage(lang: Language): void
  /** How many elements hold a source right now (shown by `?stats`). */
  activeDecoders(): number
  /** Calls `listener` after any change in any player or in the decoder count. */
  subscribe(listener: () => void): () => void
  /** Returns the handle registered under `key`, if any. */
  get(key: string): PlayerHandle | undefined
  /** Releases every player and drops the elements; the pool stays usable (React's Strict Mode remounts). */
  dispose(): void
}

type Slot = { video: HTMLVideoElement; player: Player | null }

function sameSources(a: Player, b: Player): boolean {
  return JSON.stringify([a.plan, a.captions]) === JSON.stringify([b.plan, b.captions])
}

/** Creates a pool that keeps at most `maxDecoders` videos decoding: the highest priorities play, the rest show posters. */
export function createVideoPool(options: VideoPoolOptions = {}): VideoPool {
  const maxDecoders = Math.max(1, options.maxDecoders ?? 2)
  const mediaBase = options.mediaBase ?? '/media/'
  const capabilities = options.capabilities ?? detectCapabilities()
  const hlsConfig = options.hlsConfig ?? {}
  const recovery = options.recovery ?? DEFAULT_RECOVERY
  const loadTimeoutMs = options.loadTimeoutMs ?? 20_000
  const pageUrl = globalThis.location?.href ?? 'http://localhost/'
  const players = new Map<string, Player>()
  const listeners = new Set<() => void>()
  let slots: Slot[] = []
  let seq = 0

  const resolve = (path: string): string => resolveMediaUrl(path, mediaBase)
  // Every change of the decoder count goes with a player's snapshot change, so players' updates are all we relay.
  const notify = (): void => listeners.forEach((listener) => listener())

  const host: PlayerHost = {
    reconcile: () => reconcile(),
    soloSound: (loud) => players.forEach((player) => player !== loud && player.setSound(false)),
    failed: (player, reason) => {
      free(player, 'failed', reason)
      reconcile()
    },
    changed: notify,
    sessionDefaults: () => ({ hlsConfig, recovery, loadTimeoutMs }),
  }

  function free(player: Player, state: 'poster' | 'failed' | 'idle', reason?: FailureReason): void {
    const slot = player.slot
    if (slot) slot.player = null
    player.detach(state, reason)
  }

  function takeSlot(): Slot {
    const idle = slots.find((slot) => slot.player === null)
    if (idle) return idle
    const slot: Slot = { video: document.createElement('video'), player: null }
    slots.push(slot)
    return slot
  }

  function reconcile(): void {
    const ranked = [...players.values()]
      .filter((player) => player.eligible)
      // On equal priority the player already decoding keeps its element, so two stands at the same distance do not
      // take turns restarting each other.
      .sort((a, b) => b.priority - a.priority || Number(b.slot !== null) - Number(a.slot !== null) || a.seq - b.seq)
    const winners = new Set(ranked.slice(0, maxDecoders))
    for (const player of players.values()) {
      if (winners.has(player) || player.state === 'failed') continue
      if (player.slot) free(player, 'poster')
      else player.update({ state: 'poster' })
    }
    for (const player of winners) {
      if (player.slot) continue
      const slot = takeSlot()
      slot.player = player
      player.attach(slot)
    }
  }

  function release(key: string): void {
    const player = players.get(key)
    if (!player) return
    players.delete(key)
    player.markReleased()
    free(player, 'idle')
    reconcile()
  }

  return {
    acquire: (request) => {
      const plan = planSources(
        { hls: request.hls && resolve(request.hls), mp4: request.mp4 && resolve(request.mp4) },
        capabilities,
        pageUrl,
      )
      const fresh = new Player(host, request, seq++, plan, resolve)
      const existing = players.get(request.key)
      if (existing && sameSources(existing, fresh)) {
        existing.update({ posterUrl: fresh.getSnapshot().posterUrl })
        existing.setScreenHeight(request.screenHeightPx)
        existing.setLanguage(request.lang)
        existing.setPriority(request.priority)
        return existing
      }
      if (existing) release(request.key)
      players.set(request.key, fresh)
      reconcile()
      return fresh
    },
    release,
    setPriority: (key, priority) => players.get(key)?.setPriority(priority),
    setLanguage: (lang) => players.forEach((player) => player.setLanguage(lang)),
    activeDecoders: () => slots.filter((slot) => slot.player !== null).length,
    subscribe: (listener) => {
      listeners.add(listener)
      return () => listeners.delete(listener)
    },
    get: (key) => players.get(key),
    dispose: () => {
      for (const key of [...players.keys()]) release(key)
      slots = []
    },
  }
}
