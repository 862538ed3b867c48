import { open, rm, writeFile, readFile } from 'node:fs/promises'
import type { Bilingual } from '../../manifest/index.ts'
import { IMAGE_DEMUXERS, probeImage, probeUpload, reencodePoster, type UploadProbe } from '../../media/probe.ts'
import type { UploadKind, UploadLimits } from './limits.ts'
import { sanitizeWebVtt } from './webvtt.ts'

/** What a file that passed its checks became: where the server's own copy is, and what was learnt about it. */
export type Checked =
  | { kind: 'video'; probe: UploadProbe; width: number; height: number; hasAudio: boolean }
  | { kind: 'poster'; file: string; width: number; height: number }
  | { kind: 'captions'; file: string; cues: number }

/** The verdict on an uploaded file: accepted, or refused with a reason in French and English. */
export type CheckResult = { ok: true; checked: Checked } | { ok: false; reason: Bilingual }

const refuse = (fr: string, en: string): CheckResult => ({ ok: false, reason: { fr, en } })

type Sniffed = 'mp4' | 'matroska' | 'jpeg' | 'png' | 'webp' | 'text' | null

/** Names the format a file's first bytes announce, whatever its name says. */
export function sniff(head: Buffer): Sniffed {
  const ascii = (from: number, to: number) => head.subarray(from, to).toString('latin1')
  // ISO BMFF (MP4, MOV, 3GP): a box size then `ftyp`; old QuickTime files may start with another top-level box.
  if (head.length >= 12 && ['ftyp', 'moov', 'mdat', 'wide', 'free', 'skip'].includes(ascii(4, 8))) return 'mp4'
  if (head.length >= 4 && head.readUInt32BE(0) === 0x1a45dfa3) return 'matroska'
  if (head.length >= 3 && head[0] === 0xff && head[1] === 0xd8 && head[2] === 0xff) return 'jpeg'
  if (head.length >= 8 && head.subarray(0, 8).equals(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]))) {
    return 'png'
  }
  if (head.length >= 12 && ascii(0, 4) === 'RIFF' && ascii(8, 12) === 'WEBP') return 'webp'
  if (/^(?:\uFEFF)?WEBVTT/.test(head.toString('utf8'))) return 'text'
  return null
}

async function readHead(file: string, bytes = 64): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const buffer = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buffer, 0, bytes, 0)
    return buffer.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}

/**
 * Walks the top-level boxes of an MP4 and says whether each one ends within the file: ffprobe reads a file cut
 * short happily when its index (moov) comes first, and the transcode would then fail half-way.
 */
export async function mp4BoxesComplete(file: string): Promise<boolean> {
  const handle = await open(file, 'r')
  try {
    const { size } = await handle.stat()
    const header = Buffer.alloc(16)
    let at = 0
    while (at < size) {
      const { bytesRead } = await handle.read(header, 0, 16, at)
      if (bytesRead < 8) return false
      let length = header.readUInt32BE(0)
      if (length === 1) {
        if (bytesRead < 16) return false
        length = Number(header.readBigUInt64BE(8))
      } else if (length === 0) {
        return true
      }
      if (length < 8 || at + length > size) return false
      at += length
    }
    return true
  } finally {
    await handle.close()
  }
}

async function checkVideo(file: string, limits: UploadLimits): Promise<CheckResult> {
  const format = sniff(await readHead(file))
  if (format !== 'mp4' && format !== 'matroska') {
    return refuse(
      "ce fichier n'est pas une vidéo MP4, MOV, MKV ou WebM",
      'this file is not an MP4, MOV, MKV or WebM video',
    )
  }
  let probe: UploadProbe
  try {
    if (format === 'mp4' && !(await mp4BoxesComplete(file))) throw new Error('truncated')
    probe = await probeUpload(file)
  } catch {
    return refuse('vidéo illisible ou incomplète', 'the video cannot be read or is incomplete')
  }
  const video = probe.streams.find((s) => s.type === 'video' && s.width && s.height)
  if (!video?.width || !video.height)
    return refuse('le fichier ne contient aucune image vidéo', 'the file holds no video stream')
  if (!(probe.durationSeconds > 0)) return refuse('durée de la vidéo inconnue', 'the video has no duration')
  if (probe.durationSeconds > limits.maxDurationSeconds) {
    const minutes = Math.round(limits.maxDurationSeconds / 60)
    return refuse(`vidéo trop longue (au plus ${minutes} minutes)`, `video too long (at most ${minutes} minutes)`)
  }
  const long = Math.max(video.width, video.height)
  const short = Math.min(video.width, video.height)
  if (long > limits.maxLongSide || short > limits.maxShortSide) {
    return refuse('définition trop grande (au plus 4K)', 'resolution too high (at most 4K)')
  }
  const hasAudio = probe.streams.some((s) => s.type === 'audio')
  return { ok: true, checked: { kind: 'video', probe, width: video.width, height: video.height, hasAudio } }
}

async function checkPoster(file: string, output: string): Promise<CheckResult> {
  const format = sniff(await readHead(file))
  if (format !== 'jpeg' && format !== 'png' && format !== 'webp') {
    return refuse("l'affiche doit être une image JPEG, PNG ou WebP", 'the poster must be a JPEG, PNG or WebP picture')
  }
  try {
    const { width, height } = await probeImage(file, IMAGE_DEMUXERS[format])
    // A picture of 30,000 × 30,000 pixels weighs a few kilobytes and gigabytes once decoded.
    if (width > 8192 || height > 8192)
      return refuse('affiche trop grande (au plus 8192 pixels)', 'poster too large (at most 8192 pixels)')
    await reencodePoster(file, IMAGE_DEMUXERS[format], output)
    const out = await probeImage(output, IMAGE_DEMUXERS.webp)
    return { ok: true, checked: { kind: 'poster', file: output, width: out.width, height: out.height } }
  } catch {
    await rm(output, { force: true })
    return refuse("l'affiche est illisible", 'the poster cannot be read')
  }
}

async function checkCaptions(file: string, output: string): Promise<CheckResult> {
  const bytes = await readFile(file)
  const text = new TextDecoder('utf-8', { fatal: false }).decode(bytes)
  if (text.includes('\uFFFD')) return refuse('les sous-titres doivent être en UTF-8', 'captions must be UTF-8 text')
  const result = sanitizeWebVtt(text)
  if (!result.ok) return result
  await writeFile(output, result.text)
  return { ok: true, checked: { kind: 'captions', file: output, cues: result.cues } }
}

/**
 * Checks an uploaded file of `kind` before anything else touches it: magic bytes, then ffprobe (videos, with the
 * input whitelists), a decode and re-encode (posters, written to `output` as WebP) or a WebVTT parse (captions,
 * written again to `output`). A refusal leaves nothing at `output`; the caller deletes the upload itself.
 */
export async function checkUpload(
  kind: UploadKind,
  file: string,
  output: string,
  limits: UploadLimits,
): Promise<CheckResult> {
  switch (kind) {
    case 'video':
      return checkVideo(file, limits)
    case 'poster':
      return checkPoster(file, output)
    case 'captions':
      return checkCaptions(file, output)
  }
}
