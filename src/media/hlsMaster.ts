import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'

/** A media playlist: its init segment (EXT-X-MAP) and its segments with their durations. */
export type MediaPlaylist = { map: string | null; segments: { uri: string; seconds: number }[]; vod: boolean }

/** Reads the parts of a media playlist this tool needs. */
export function parseMediaPlaylist(text: string): MediaPlaylist {
  const lines = text.split(/\r?\n/).map((l) => l.trim())
  const map = /#EXT-X-MAP:.*URI="([^"]+)"/.exec(text)?.[1] ?? null
  const segments: MediaPlaylist['segments'] = []
  lines.forEach((line, i) => {
    const inf = /^#EXTINF:([\d.]+)/.exec(line)
    const uri = lines.slice(i + 1).find((l) => l !== '' && !l.startsWith('#'))
    if (inf && uri) segments.push({ uri, seconds: Number(inf[1]) })
  })
  const vod = lines.includes('#EXT-X-PLAYLIST-TYPE:VOD') && lines.includes('#EXT-X-ENDLIST')
  return { map, segments, vod }
}

/** One variant of a master playlist: the attributes of its EXT-X-STREAM-INF and its URI. */
export type Variant = { uri: string; attributes: Record<string, string> }

/** Reads the variants of a master playlist; quoted attribute values are unquoted. */
export function parseMasterPlaylist(text: string): Variant[] {
  const lines = text.split(/\r?\n/).map((l) => l.trim())
  const variants: Variant[] = []
  lines.forEach((line, i) => {
    if (!line.startsWith('#EXT-X-STREAM-INF:')) return
    const uri = lines.slice(i + 1).find((l) => l !== '' && !l.startsWith('#'))
    if (!uri) return
    const attributes: Record<string, string> = {}
    for (const m of line.slice('#EXT-X-STREAM-INF:'.length).matchAll(/([A-Z0-9-]+)=("[^"]*"|[^,]*)/g)) {
      attributes[m[1]!] = m[2]!.replace(/^"|"$/g, '')
    }
    variants.push({ uri, attributes })
  })
  return variants
}

/**
 * Writes the text of a master playlist for the ladder ffmpeg made in `hlsDir`, taking RESOLUTION and CODECS from
 * ffmpeg's own master (`ffmpegMaster`) but measuring BANDWIDTH (peak segment bit rate) and AVERAGE-BANDWIDTH from
 * the segments: ffmpeg 5 only counts the audio bit rate when the video is encoded at constant quality.
 * Variant URIs are prefixed with `prefix`, the folder where `hlsDir` will be published, relative to the master.
 */
export async function buildMasterPlaylist(hlsDir: string, ffmpegMaster: string, prefix: string, fps: number) {
  const variants = parseMasterPlaylist(await readFile(path.join(hlsDir, ffmpegMaster), 'utf8'))
  const entries: string[] = []
  for (const variant of variants) {
    const { RESOLUTION: resolution, CODECS: codecs } = variant.attributes
    if (!resolution || !codecs) throw new Error(`ffmpeg's master playlist lacks RESOLUTION or CODECS for ${variant.uri}`)
    const playlistPath = path.join(hlsDir, variant.uri)
    const playlist = parseMediaPlaylist(await readFile(playlistPath, 'utf8'))
    let peak = 0
    let bits = 0
    let seconds = 0
    for (const segment of playlist.segments) {
      const size = (await stat(path.join(path.dirname(playlistPath), segment.uri))).size
      peak = Math.max(peak, (size * 8) / Math.max(segment.seconds, 0.001))
      bits += size * 8
      seconds += segment.seconds
    }
    const average = seconds > 0 ? bits / seconds : 0
    entries.push(
      `#EXT-X-STREAM-INF:BANDWIDTH=${Math.ceil(peak)},AVERAGE-BANDWIDTH=${Math.ceil(average)},` +
        `RESOLUTION=${resolution},FRAME-RATE=${fps.toFixed(3)},CODECS="${codecs}"\n${prefix}/${variant.uri}`,
    )
  }
  return `#EXTM3U\n#EXT-X-VERSION:7\n#EXT-X-INDEPENDENT-SEGMENTS\n${entries.join('\n')}\n`
}
