import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { runFfmpeg } from './ffmpeg.ts'
import { buildMasterPlaylist } from './hlsMaster.ts'
import { INPUT_WHITELIST } from './probe.ts'

/** What the ladder needs to know of its source (from `probeUpload`). */
export type LadderSource = { width: number; height: number; hasAudio: boolean; durationSeconds: number; fps?: number }

/** One rendition of the ladder: its name, size and bit-rate cap. */
export type Rung = { name: string; width: number; height: number; maxrateKbps: number }

/** Seconds per HLS segment (and between keyframes, so that every segment starts with one). */
export const SEGMENT_SECONDS = 4

const RUNGS = [
  { short: 360, maxrateKbps: 900 },
  { short: 720, maxrateKbps: 3000 },
  { short: 1080, maxrateKbps: 5500 },
]

const even = (n: number) => Math.max(2, 2 * Math.round(n / 2))

/**
 * The renditions for a source: 360p, 720p and 1080p (by the short side, so portrait videos work too), never above
 * the source; a source smaller than 360p gets one rendition at its own size.
 */
export function ladderRungs(source: Pick<LadderSource, 'width' | 'height'>): Rung[] {
  const portrait = source.height > source.width
  const short = Math.min(source.width, source.height)
  const long = Math.max(source.width, source.height)
  const fit = RUNGS.filter((r) => r.short <= short)
  const chosen = fit.length > 0 ? fit : [{ short: even(short), maxrateKbps: RUNGS[0]!.maxrateKbps }]
  return chosen.map((r) => {
    const other = even((r.short * long) / short)
    return {
      name: `${r.short}p`,
      width: portrait ? r.short : other,
      height: portrait ? other : r.short,
      maxrateKbps: r.maxrateKbps,
    }
  })
}

/** What `transcodeLadder` wrote in its folder, relative to it. */
export type LadderOutput = { hls: 'master.m3u8'; mp4: 'video.mp4'; poster?: 'poster.jpg'; rungs: Rung[] }

const X264 = ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', '23', '-profile:v', 'high', '-pix_fmt', 'yuv420p']

// Per output: what the team's camera or editor wrote (GPS position, names, software) is not published.
const NO_METADATA = ['-map_metadata', '-1', '-map_chapters', '-1']

const cap = (kbps: number, stream = '') => [`-maxrate${stream}`, `${kbps}k`, `-bufsize${stream}`, `${kbps * 2}k`]

/** The rendition the MP4 fallback is copied from: the largest up to 720p, light enough for a phone. */
export function fallbackRung(rungs: readonly Rung[]): Rung {
  return rungs.filter((r) => Math.min(r.width, r.height) <= 720).at(-1) ?? rungs[0]!
}

/** The ffmpeg arguments for the whole ladder and, when asked, a poster frame; paths relative to `outDir`. */
export function ladderArgs(input: string, source: LadderSource, poster: boolean): string[] {
  const rungs = ladderRungs(source)
  const mp4Rung = fallbackRung(rungs)
  const branches = rungs.length + (poster ? 1 : 0)
  const graph = [
    `[0:v:0]format=yuv420p,split=${branches}${rungs.map((_, i) => `[s${i}]`).join('')}${poster ? '[sp]' : ''}`,
    ...rungs.map((r, i) => `[s${i}]scale=${r.width}:${r.height}:flags=bicubic,setsar=1[v${i}]`),
    ...(poster
      ? [`[sp]trim=start=${Math.min(1, source.durationSeconds / 2).toFixed(2)},scale=${mp4Rung.width}:-2[vposter]`]
      : []),
  ].join(';')
  const audio = source.hasAudio ? ['-c:a', 'aac', '-b:a', '128k', '-ac', '2', '-ar', '48000'] : []
  const keyframes = ['-force_key_frames', `expr:gte(t,n_forced*${SEGMENT_SECONDS})`, '-sc_threshold', '0']
  const hls = [
    ...rungs.flatMap((_, i) => ['-map', `[v${i}]`, ...(source.hasAudio ? ['-map', '0:a:0'] : [])]),
    ...rungs.flatMap((r, i) => cap(r.maxrateKbps, `:v:${i}`)),
    ...X264,
    ...audio,
    ...keyframes,
    ...NO_METADATA,
    ...['-max_interleave_delta', '0', '-f', 'hls', '-hls_time', String(SEGMENT_SECONDS)],
    ...['-hls_playlist_type', 'vod', '-hls_segment_type', 'fmp4', '-hls_flags', 'independent_segments'],
    ...['-hls_fmp4_init_filename', 'init.mp4', '-master_pl_name', 'ffmpeg-master.m3u8'],
    ...['-var_stream_map', rungs.map((r, i) => `v:${i}${source.hasAudio ? `,a:${i}` : ''},name:${r.name}`).join(' ')],
    ...['-hls_segment_filename', 'hls/%v/seg-%d.m4s', 'hls/%v/index.m3u8'],
  ]
  const still = poster ? ['-map', '[vposter]', ...NO_METADATA, '-frames:v', '1', '-q:v', '4', '-f', 'image2', 'poster.jpg'] : []
  return [...INPUT_WHITELIST, '-i', 'file:' + input, '-filter_complex', graph, ...hls, ...still]
}

/**
 * Transcodes `input` into `outDir` (which must exist and be empty): an fMP4 HLS ladder of 4 s segments under
 * `hls/`, a master playlist listing bandwidth, resolution and codecs, an MP4 fallback with its index first, and
 * a poster frame when `poster` is true. `onProgress` gets the fraction done, from ffmpeg's own progress.
 */
export async function transcodeLadder(
  input: string,
  source: LadderSource,
  outDir: string,
  opts: { poster: boolean; onProgress?: (fraction: number) => void; signal?: AbortSignal; timeoutMs?: number },
): Promise<LadderOutput> {
  await runFfmpeg(ladderArgs(path.resolve(input), source, opts.poster), {
    cwd: outDir,
    durationSeconds: source.durationSeconds,
    ...(opts.onProgress && { onProgress: opts.onProgress }),
    ...(opts.signal && { signal: opts.signal }),
    ...(opts.timeoutMs && { timeoutMs: opts.timeoutMs }),
  })
  // The MP4 fallback is the 720p rendition's own packets in one file, its index first: copied, not encoded again
  // (a fourth encode would cost a quarter of the job). Our own playlist, read back with local files only.
  const fallback = fallbackRung(ladderRungs(source))
  await runFfmpeg(
    [
      ...['-protocol_whitelist', 'file', '-i', `hls/${fallback.name}/index.m3u8`],
      ...['-map', '0', '-c', 'copy', '-map_metadata', '-1', '-movflags', '+faststart', '-f', 'mp4', 'video.mp4'],
    ],
    { cwd: outDir, ...(opts.signal && { signal: opts.signal }), timeoutMs: 600_000 },
  )
  const hlsDir = path.join(outDir, 'hls')
  const master = await buildMasterPlaylist(hlsDir, 'ffmpeg-master.m3u8', 'hls', source.fps ?? 25)
  await rm(path.join(hlsDir, 'ffmpeg-master.m3u8'))
  await writeFile(path.join(outDir, 'master.m3u8'), master)
  return { hls: 'master.m3u8', mp4: 'video.mp4', ...(opts.poster && { poster: 'poster.jpg' as const }), rungs: ladderRungs(source) }
}
