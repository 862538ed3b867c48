import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { runFfmpeg } from '../../media/ffmpeg.ts'
import { transcodeLadder } from '../../media/ladder.ts'
import { probeUpload } from '../../media/probe.ts'
import { createTeamLink } from '../../server/auth/teamLinks.ts'
import { openDatabase } from '../../server/db/database.ts'

/** What `npm run bench` reports under `uploads`. */
export type UploadBench = {
  uploads: number
  megabytesEach: number
  seconds: number
  /** All uploads together, in megabytes per second. */
  throughputMBps: number
  /** The server process's peak resident memory (VmHWM), in megabytes. */
  serverPeakRssMB: number | null
  serverPeakRssBudgetMB: number
  transcode: {
    clipSeconds: number
    resolution: string
    seconds: number
    timesRealTime: number
    /** CPU time ffmpeg used (user + system): what the speed is on a busy machine, where wall time says little. */
    cpuSeconds: number | null
    /** The clip's length over half that CPU time: the speed two cores of its own would give at best. */
    timesRealTimeOnTwoFreeCores: number | null
  } | null
}

const MB = 1024 * 1024
const CHUNK = 8 * MB

async function peakRss(pid: number): Promise<number | null> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => null)
  const kb = status && /VmHWM:\s+(\d+) kB/.exec(status)?.[1]
  return kb ? Math.round(Number(kb) / 1024) : null
}

/** Sends one upload of `size` bytes in 8 MB PATCHes, as the page does; the bytes come from one reused buffer. */
async function upload(base: string, token: string, size: number, chunk: Uint8Array<ArrayBuffer>): Promise<void> {
  const created = await fetch(`${base}/api/uploads`, {
    method: 'POST',
    headers: {
      Authorization: `Bearer ${token}`,
      'Tus-Resumable': '1.0.0',
      'Upload-Length': String(size),
      'Upload-Metadata': `kind ${Buffer.from('video').toString('base64')},filename ${Buffer.from('bench.mp4').toString('base64')}`,
    },
  })
  if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`)
  const url = new URL(created.headers.get('location')!, base)
  for (let offset = 0; offset < size; offset += CHUNK) {
    const body = chunk.subarray(0, Math.min(CHUNK, size - offset))
    const res = await fetch(url, {
      method: 'PATCH',
      headers: {
        Authorization: `Bearer ${token}`,
        'Tus-Resumable': '1.0.0',
        'Upload-Offset': String(offset),
        'Content-Type': 'application/offset+octet-stream',
      },
      body,
    })
    if (res.status !== 204) throw new Error(`patch at ${offset}: ${res.status}`)
  }
}

/** CPU seconds (user + system) of the children this process has waited for, from /proc (Linux); null elsewhere. */
async function childrenCpuSeconds(): Promise<number | null> {
  const stat = await readFile('/proc/self/stat', 'utf8').catch(() => null)
  if (!stat) return null
  // Fields after the command name (which may hold spaces): cutime and cstime are the 16th and 17th of the line.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ')
  return (Number(fields[13]) + Number(fields[14])) / 100
}

async function transcodeSpeed(dir: string, say: (line: string) => void): Promise<UploadBench['transcode']> {
  const clip = path.join(dir, 'clip1080.mp4')
  const seconds = 30
  say(`uploads bench: making a ${seconds} s 1080p clip…`)
  await runFfmpeg([
    ...['-f', 'lavfi', '-i', `testsrc2=size=1920x1080:rate=25:duration=${seconds}`],
    ...['-f', 'lavfi', '-i', `sine=frequency=440:duration=${seconds}`],
    ...['-c:v', 'libx264', '-preset', 'ultrafast', '-crf', '18', '-pix_fmt', 'yuv420p', '-c:a', 'aac', clip],
  ])
  const probe = await probeUpload(clip)
  const out = path.join(dir, 'ladder')
  await mkdir(out)
  say('uploads bench: transcoding it (HLS 360p/720p/1080p, MP4, poster)…')
  const cpuBefore = await childrenCpuSeconds()
  const started = performance.now()
  await transcodeLadder(
    clip,
    { width: 1920, height: 1080, hasAudio: true, durationSeconds: probe.durationSeconds, fps: 25 },
    out,
    { poster: true },
  )
  const took = (performance.now() - started) / 1000
  const cpuAfter = await childrenCpuSeconds()
  const cpu = cpuBefore !== null && cpuAfter !== null ? Math.round((cpuAfter - cpuBefore) * 10) / 10 : null
  return {
    clipSeconds: seconds,
    resolution: '1920x1080',
    seconds: Math.round(took * 10) / 10,
    timesRealTime: Math.round((seconds / took) * 100) / 100,
    cpuSeconds: cpu,
    timesRealTimeOnTwoFreeCores: cpu ? Math.round((seconds / (cpu / 2)) * 100) / 100 : null,
  }
}

/**
 * `BENCH_UPLOADS` (20) concurrent tus uploads of `BENCH_UPLOAD_MB` (200) megabytes on loopback to a server in its own
 * process: throughput and that process's peak memory (target ≤ 250 MB); then the transcode speed of a 30 s 1080p
 * clip as a multiple of real time (`BENCH_TRANSCODE=0` skips it).
 */
export async function measureUploads(opts: { root: string; say: (line: string) => void }): Promise<UploadBench> {
  const count = Number(process.env.BENCH_UPLOADS ?? 20)
  const megabytes = Number(process.env.BENCH_UPLOAD_MB ?? 200)
  const dir = await mkdtemp(path.join(tmpdir(), 'vernissage-bench-uploads-'))
  const dataDir = path.join(dir, 'data')
  const env = {
    ...process.env,
    DATA_DIR: dataDir,
    MEDIA_DIR: path.join(dir, 'media'),
    GALLERY_DIR: path.join(opts.root, 'gallery'),
    UPLOAD_MAX_IN_FLIGHT: String(count),
  }
  const server = spawn(process.execPath, ['--import', 'tsx', 'src/node/bench/uploadServer.ts'], {
    cwd: opts.root,
    env,
    stdio: ['ignore', 'pipe', 'inherit'],
  })
  try {
    const port = await new Promise<string>((resolve, reject) => {
      let out = ''
      server.stdout.setEncoding('utf8').on('data', (c: string) => {
        out += c
        const m = /listening (\d+)/.exec(out)
        if (m) resolve(m[1]!)
      })
      server.on('exit', () => reject(new Error('the bench server stopped')))
    })
    const base = `http://127.0.0.1:${port}`
    const db = openDatabase(dataDir)
    const tokens = Array.from({ length: count }, () =>
      createTeamLink(db, { exhibitionId: 'eig4', defiId: 'adex', days: 1, createdBy: 'bench' }),
    ).map((l) => l.token)
    db.close()
    const chunk = new Uint8Array(new ArrayBuffer(CHUNK)).fill(0x5a)
    opts.say(`uploads bench: ${count} uploads of ${megabytes} MB at once…`)
    const started = performance.now()
    await Promise.all(tokens.map((token) => upload(base, token, megabytes * MB, chunk)))
    const seconds = (performance.now() - started) / 1000
    const serverPeakRssMB = await peakRss(server.pid!)
    server.kill('SIGTERM')
    await rm(path.join(dataDir, 'uploads'), { recursive: true, force: true })
    const transcode = process.env.BENCH_TRANSCODE === '0' ? null : await transcodeSpeed(dir, opts.say)
    return {
      uploads: count,
      megabytesEach: megabytes,
      seconds: Math.round(seconds * 10) / 10,
      throughputMBps: Math.round(((count * megabytes) / seconds) * 10) / 10,
      serverPeakRssMB,
      serverPeakRssBudgetMB: 250,
      transcode,
    }
  } finally {
    server.kill('SIGKILL')
    await rm(dir, { recursive: true, force: true })
  }
}
