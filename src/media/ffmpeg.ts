import { spawn } from 'node:child_process'
import type { Bilingual } from '../manifest/index.ts'

/** A tool the media pipeline needs (ffmpeg, ffprobe, a font) is not installed. */
export class MissingToolError extends Error {
  constructor(
    readonly tool: string,
    readonly bilingual: Bilingual,
  ) {
    super(`${bilingual.en} / ${bilingual.fr}`)
    this.name = 'MissingToolError'
  }
}

/** ffmpeg or ffprobe ran but failed; `stderrTail` holds the end of what it printed. */
export class FfmpegFailedError extends Error {
  constructor(
    readonly tool: string,
    readonly exitCode: number | null,
    readonly stderrTail: string,
  ) {
    super(`${tool} failed (exit ${exitCode ?? 'signal'}): ${stderrTail.trim().split('\n').slice(-3).join(' | ')}`)
    this.name = 'FfmpegFailedError'
  }
}

/** The error thrown when ffmpeg or ffprobe cannot be found on the PATH. */
export function missingFfmpeg(tool: 'ffmpeg' | 'ffprobe'): MissingToolError {
  return new MissingToolError(tool, {
    fr: `${tool} est introuvable : installez le paquet Debian ffmpeg (sudo apt-get install ffmpeg)`,
    en: `${tool} was not found: install Debian's ffmpeg package (sudo apt-get install ffmpeg)`,
  })
}

/** Options of one ffmpeg or ffprobe run. */
export type RunOptions = {
  cwd?: string
  /** Length of the output in seconds, so that progress can be given as a fraction. */
  durationSeconds?: number
  /** Called as ffmpeg reports progress (it is given `-progress pipe:1`): fraction done, 0 to 1. */
  onProgress?: (fraction: number) => void
  signal?: AbortSignal
  /** Kills the process after this long (a stuck encoder must not hang the whole run). */
  timeoutMs?: number
}

const STDERR_KEEP = 8192

type Outcome = { stdout: string; stderr: string }

function run(tool: 'ffmpeg' | 'ffprobe', args: readonly string[], opts: RunOptions, lineHandler?: (line: string) => void) {
  return new Promise<Outcome>((resolve, reject) => {
    if (opts.signal?.aborted) {
      reject(opts.signal.reason)
      return
    }
    // SIGKILL: a stopped run discards its output, so ffmpeg need not finish writing it.
    const child = spawn(tool, args, {
      cwd: opts.cwd,
      stdio: ['ignore', 'pipe', 'pipe'],
      signal: opts.signal,
      killSignal: 'SIGKILL',
    })
    let stdout = ''
    let stderr = ''
    let pending = ''
    const timer = opts.timeoutMs ? setTimeout(() => child.kill('SIGKILL'), opts.timeoutMs) : undefined
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => {
      if (!lineHandler) {
        stdout += chunk
        return
      }
      pending += chunk
      const lines = pending.split('\n')
      pending = lines.pop() ?? ''
      if (!opts.signal?.aborted) lines.forEach(lineHandler)
    })
    child.stderr.setEncoding('utf8').on('data', (chunk: string) => {
      stderr = (stderr + chunk).slice(-STDERR_KEEP)
    })
    child.on('error', (err: NodeJS.ErrnoException) => {
      clearTimeout(timer)
      if (err.code === 'ENOENT') reject(missingFfmpeg(tool))
      // On abort, wait for 'close': the caller may delete the folder ffmpeg is still writing into.
      else if (err.name !== 'AbortError') reject(err)
    })
    child.on('close', (code) => {
      clearTimeout(timer)
      if (opts.signal?.aborted) reject(opts.signal.reason)
      else if (code === 0) resolve({ stdout, stderr })
      else reject(new FfmpegFailedError(tool, code, stderr))
    })
  })
}

/** Reads one line of ffmpeg's `-progress` output and returns the encoded time in seconds, if the line gives it. */
export function progressSeconds(line: string): number | null {
  const match = /^out_time_(?:us|ms)=(\d+)\s*$/.exec(line)
  // Despite its name, out_time_ms is in microseconds too.
  return match ? Number(match[1]) / 1e6 : null
}

/** Runs ffmpeg with `args` (quiet, no stdin, progress on stdout); rejects with a clear error if it is missing or fails. */
export async function runFfmpeg(args: readonly string[], opts: RunOptions = {}): Promise<void> {
  const full = ['-hide_banner', '-nostdin', '-nostats', '-loglevel', 'error', '-progress', 'pipe:1', '-y', ...args]
  const duration = opts.durationSeconds
  await run('ffmpeg', full, opts, (line) => {
    if (!opts.onProgress) return
    if (line.trim() === 'progress=end') opts.onProgress(1)
    const seconds = progressSeconds(line)
    if (seconds !== null && duration) opts.onProgress(Math.min(1, seconds / duration))
  })
}

/** Runs ffprobe with `args` and returns what it printed on stdout. */
export async function runFfprobe(args: readonly string[], opts: RunOptions = {}): Promise<string> {
  return (await run('ffprobe', ['-hide_banner', '-loglevel', 'error', ...args], opts)).stdout
}

/** One stream of a media file as ffprobe sees it. */
export type ProbedStream = { type: string; codec: string; width?: number; height?: number; profile?: string }

/** What ffprobe says about a media file: its duration in seconds and its streams. */
export type Probe = { durationSeconds: number; streams: ProbedStream[] }

type RawProbe = {
  format?: { duration?: string }
  streams?: { codec_type?: string; codec_name?: string; width?: number; height?: number; profile?: string }[]
}

/** Probes a media file with ffprobe. */
export async function probeMedia(file: string, opts: RunOptions = {}): Promise<Probe> {
  const out = await runFfprobe(['-print_format', 'json', '-show_format', '-show_streams', file], opts)
  const raw = JSON.parse(out) as RawProbe
  return {
    durationSeconds: Number(raw.format?.duration ?? NaN),
    streams: (raw.streams ?? []).map((s) => ({
      type: s.codec_type ?? 'unknown',
      codec: s.codec_name ?? 'unknown',
      ...(s.width !== undefined && { width: s.width }),
      ...(s.height !== undefined && { height: s.height }),
      ...(s.profile !== undefined && { profile: s.profile }),
    })),
  }
}

/** The first line of `ffmpeg -version`, or null when ffmpeg is not installed. */
export async function ffmpegVersion(): Promise<string | null> {
  try {
    const { stdout } = await run('ffmpeg', ['-hide_banner', '-version'], {})
    return stdout.split('\n')[0] ?? ''
  } catch (err) {
    if (err instanceof MissingToolError) return null
    throw err
  }
}
