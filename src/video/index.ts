export { createVideoPool, type VideoPool, type VideoPoolOptions } from './pool.ts'
export type { PlayerHandle, PlayerRequest, PlayerSnapshot, PlayerState } from './player.ts'
export { useVideoPlayer, useVideoPool, type VideoPlayerView } from './useVideoPlayer.ts'
export { capLevelIndex, CAP_HEADROOM } from './levels.ts'
export {
  planSources,
  isHlsUrl,
  resolveMediaUrl,
  detectCapabilities,
  type Capabilities,
  type SourceKind,
} from './source.ts'
export { FAILURE_MESSAGES, type FailureReason } from './messages.ts'
