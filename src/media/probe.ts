import { runFfmpeg, runFfprobe } from './ffmpeg.ts'

/**
 * The only containers and protocols ffmpeg may open on a file a team sent. ffmpeg guesses the format from the
 * content, not the name: without these lists an HLS playlist or an ffconcat script renamed `.mp4` is opened and
 * makes ffmpeg read other files of the server (`file:///etc/passwd`) or the network.
 */
export const INPUT_WHITELIST = [
  '-protocol_whitelist',
  'file',
  '-format_whitelist',
  'mov,mp4,m4a,3gp,3g2,mj2,matroska,webm',
] as const

/** The image demuxers a poster may be read with: one per format its magic bytes announced. */
export const IMAGE_DEMUXERS = { jpeg: 'jpeg_pipe', png: 'png_pipe', webp: 'webp_pipe' } as const

/** One stream of an uploaded file. */
export type UploadStream = { type: string; codec: string; width?: number; height?: number; fps?: number }

/** What ffprobe says about an uploaded video. */
export type UploadProbe = { format: string; durationSeconds: number; streams: UploadStream[] }

type RawStream = {
  codec_type?: string
  codec_name?: string
  width?: number
  height?: number
  avg_frame_rate?: string
  disposition?: { attached_pic?: number }
}
type RawProbe = { format?: { format_name?: string; duration?: string }; streams?: RawStream[] }

function frameRate(text: string | undefined): number | undefined {
  const [num, den] = (text ?? '').split('/').map(Number)
  return num && den ? num / den : undefined
}

/** Probes an uploaded video with the input whitelists; throws when ffprobe refuses or fails to read it. */
export async function probeUpload(file: string, opts: { timeoutMs?: number } = {}): Promise<UploadProbe> {
  const out = await runFfprobe(
    [...INPUT_WHITELIST, '-show_streams', '-show_format', '-of', 'json', 'file:' + file],
    { timeoutMs: opts.timeoutMs ?? 30_000 },
  )
  const raw = JSON.parse(out) as RawProbe
  return {
    format: raw.format?.format_name ?? '',
    durationSeconds: Number(raw.format?.duration ?? NaN),
    streams: (raw.streams ?? [])
      // A cover picture inside an MP4 is a "video" stream to ffprobe, not a video.
      .filter((s) => s.disposition?.attached_pic !== 1)
      .map((s) => ({
        type: s.codec_type ?? 'unknown',
        codec: s.codec_name ?? 'unknown',
        ...(s.width !== undefined && { width: s.width }),
        ...(s.height !== undefined && { height: s.height }),
        ...(frameRate(s.avg_frame_rate) !== undefined && { fps: frameRate(s.avg_frame_rate) }),
      })),
  }
}

/** Size of an image, read with the one demuxer its magic bytes name; throws when it does not decode. */
export async function probeImage(file: string, demuxer: string): Promise<{ width: number; height: number }> {
  const out = await runFfprobe(
    ['-protocol_whitelist', 'file', '-f', demuxer, '-show_streams', '-of', 'json', 'file:' + file],
    { timeoutMs: 15_000 },
  )
  const stream = (JSON.parse(out) as RawProbe).streams?.[0]
  if (!stream?.width || !stream.height) throw new Error('no picture in the file')
  return { width: stream.width, height: stream.height }
}

/**
 * Decodes a poster and writes it again as WebP, at most `maxWidth` wide, with no metadata (EXIF, GPS, ICC
 * comments): what is served is a picture ffmpeg drew, never the bytes the team sent.
 */
export async function reencodePoster(input: string, demuxer: string, output: string, maxWidth = 1920): Promise<void> {
  await runFfmpeg(
    [
      '-protocol_whitelist',
      'file',
      '-f',
      demuxer,
      '-i',
      'file:' + input,
      '-map_metadata',
      '-1',
      '-frames:v',
      '1',
      '-vf',
      `scale='min(${maxWidth},iw)':-2`,
      '-c:v',
      'libwebp',
      '-quality',
      '82',
      '-f',
      'webp',
      'file:' + output,
    ],
    { timeoutMs: 30_000 },
  )
}
