// Runs in Chromium: the pool as the scene would use it, plus probes the end-to-end test reads back.
import { createRoot, type Root } from 'react-dom/client'
import type { Language } from '../../../src/manifest/index.ts'
import type { PlayerHandle, PlayerRequest } from '../../../src/video/player.ts'
import { createVideoPool, type VideoPool, type VideoPoolOptions } from '../../../src/video/pool.ts'
import { useVideoPlayer } from '../../../src/video/useVideoPlayer.ts'

/** What the test reads about one player. */
export type PlayerView = {
  state: string
  source: string | null
  error: { fr: string; en: string } | null
  cueText: string
  muted: boolean | null
  hasVideo: boolean
  currentTime: number
  videoHeight: number
  frames: number
}

function Stand({ pool, request }: { pool: VideoPool; request: PlayerRequest }) {
  const view = useVideoPlayer(pool, request)
  return (
    <p data-testid="stand" data-state={view.state}>
      {view.cueText}
    </p>
  )
}

let pool: VideoPool | null = null
const handles = new Map<string, PlayerHandle>()
const frames = new Map<string, number>()
const elements = new Set<HTMLVideoElement>()
let root: Root | null = null
const mounted = new Set<string>()

function current(): VideoPool {
  if (!pool) throw new Error('call start() first')
  return pool
}

function handle(key: string): PlayerHandle {
  const found = handles.get(key)
  if (!found) throw new Error(`no player ${key}`)
  return found
}

const api = {
  start(options: VideoPoolOptions = {}): void {
    pool = createVideoPool(options)
    pool.subscribe(() => {
      for (const key of [...handles.keys(), ...mounted]) {
        const video = pool?.get(key)?.video
        if (video) elements.add(video)
      }
    })
  },
  acquire(request: PlayerRequest): string {
    const h = current().acquire(request)
    if (!handles.has(request.key)) h.onFrame(() => frames.set(request.key, (frames.get(request.key) ?? 0) + 1))
    handles.set(request.key, h)
    if (h.video) elements.add(h.video)
    return h.state
  },
  release: (key: string) => current().release(key),
  setPriority: (key: string, priority: number) => current().setPriority(key, priority),
  setLanguage: (lang: Language) => current().setLanguage(lang),
  setScreenHeight: (key: string, px: number) => handle(key).setScreenHeight(px),
  act: (key: string, action: 'play' | 'pause' | 'unmute' | 'mute') => handle(key)[action](),
  activeDecoders: () => current().activeDecoders(),
  view(key: string): PlayerView {
    const h = handle(key)
    const video = h.video
    const snapshot = h.getSnapshot()
    return {
      state: h.state,
      source: snapshot.source,
      error: h.error,
      cueText: h.cueText,
      muted: video ? video.muted : null,
      hasVideo: video !== null,
      currentTime: video?.currentTime ?? 0,
      videoHeight: video?.videoHeight ?? 0,
      frames: frames.get(key) ?? 0,
    }
  },
  /** Every element the pool ever handed out, with what it still holds. */
  elements: () =>
    [...elements].map((video) => ({
      src: video.getAttribute('src'),
      empty:
        video.networkState === HTMLMediaElement.NETWORK_EMPTY && video.readyState === HTMLMediaElement.HAVE_NOTHING,
    })),
  mountStand(request: PlayerRequest): void {
    const host = document.createElement('div')
    document.body.append(host)
    mounted.add(request.key)
    root = createRoot(host)
    root.render(<Stand pool={current()} request={request} />)
  },
  unmountStand(): void {
    root?.unmount()
    root = null
  },
}

/** The page's test interface. */
export type VideoTestApi = typeof api

declare global {
  interface Window {
    videoTest: VideoTestApi
  }
}

window.videoTest = api
