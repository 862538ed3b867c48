import { open, mkdir } from 'node:fs/promises'
import { request } from 'node:http'
import { connect, type Socket } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer } from '../../src/server/app.ts'
import { DEFAULT_TIMEOUTS, type Timeouts } from '../../src/server/timeouts.ts'
import { tempDir, type Running } from './helpers.ts'

// The defaults, shortened tenfold or more so that the test takes seconds: the mechanisms are the same.
const FAST: Timeouts = { headersMs: 1000, idleMs: 1500, keepAliveMs: 1500, rateWindowMs: 300, minBytesPerWindow: 150 }
const BIG = 256 * 1024 * 1024

let server: Running
let folder: Awaited<ReturnType<typeof tempDir>>
let port: number

beforeAll(async () => {
  folder = await tempDir('timeouts')
  const media = path.join(folder.dir, 'media')
  await mkdir(media)
  // A large video to stall on: sparse, so it costs no disk.
  const big = await open(path.join(media, 'big.mp4'), 'w')
  await big.truncate(BIG)
  await big.close()
  const app = await createServer({
    galleryDir: folder.dir,
    mediaDir: media,
    distDir: folder.dir,
    dataDir: path.join(folder.dir, 'data'),
    timeouts: FAST,
  })
  // A route that reads a body, as the write side's do (uploads included).
  app.addContentTypeParser('application/octet-stream', { parseAs: 'buffer', bodyLimit: 1 << 20 }, (_r, body, done) =>
    done(null, body),
  )
  app.post('/api/echo', async (req) => ({ bytes: (req.body as Buffer).length }))
  await app.listen({ port: 0, host: '127.0.0.1' })
  port = (app.server.address() as { port: number }).port
  server = { base: `http://127.0.0.1:${port}`, app, close: () => app.close() }
})

afterAll(async () => {
  await server.close()
  await folder.remove()
})

/** Opens a connection, runs `drive` on it, and resolves with what the server wrote and when it closed. */
function session(drive: (socket: Socket) => void, to = port): Promise<{ answer: string; ms: number }> {
  const began = Date.now()
  return new Promise((resolve, reject) => {
    const socket = connect(to, '127.0.0.1', () => drive(socket))
    let answer = ''
    socket.on('data', (chunk) => (answer += chunk.toString('latin1')))
    socket.on('close', () => resolve({ answer, ms: Date.now() - began }))
    socket.on('error', reject)
  })
}

/** Writes `total` bytes of body, `each` bytes every `everyMs`, until the socket closes. */
function trickle(socket: Socket, total: number, each: number, everyMs: number): void {
  let sent = 0
  const timer = setInterval(() => {
    if (socket.destroyed || sent >= total) return clearInterval(timer)
    socket.write(Buffer.alloc(Math.min(each, total - sent), 97))
    sent += each
  }, everyMs)
  socket.on('close', () => clearInterval(timer))
}

const POST_HEAD = (length: number) =>
  `POST /api/echo HTTP/1.1\r\nHost: x\r\nContent-Type: application/octet-stream\r\nContent-Length: ${length}\r\n\r\n`

async function quickRequestTakes(): Promise<number> {
  const began = Date.now()
  const res = await fetch(`${server.base}/api/exhibitions`)
  expect(res.status).toBe(200)
  return Date.now() - began
}

// Far less than what the slow client is allowed to hold (a window or more), with room for a busy CI machine.
const QUICK_MS = 1000

describe('a slow client', () => {
  it('sending its body at ten bytes a second is cut within two rate windows, with a 408, and slows nobody', async () => {
    const slow = session((socket) => {
      socket.write(POST_HEAD(1000))
      trickle(socket, 1000, 1, 100)
    })
    await new Promise((r) => setTimeout(r, 200))
    expect(await quickRequestTakes()).toBeLessThan(QUICK_MS)
    const { answer, ms } = await slow
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    expect(answer).toContain('Cache-Control: no-store')
    expect(ms).toBeLessThan(2 * FAST.rateWindowMs + 1000)
  })

  it('sending a long body at a steady pace is never cut, however long it takes (a resumable upload)', async () => {
    // 1000 bytes a second, twice the floor of 150 per 300 ms window: six windows' worth of upload, all kept.
    const { answer, ms } = await session((socket) => {
      socket.write(POST_HEAD(2000))
      trickle(socket, 2000, 100, 100)
      socket.on('data', () => socket.end())
    })
    expect(answer).toMatch(/^HTTP\/1\.1 200 /)
    expect(answer).toContain('{"bytes":2000}')
    expect(ms).toBeGreaterThan(6 * FAST.rateWindowMs)
  })

  it('that stops reading a large video is cut within two rate windows once its buffers are full', async () => {
    // Seen from the server: the connection's socket, closed by the server itself.
    const serverSide = new Promise<Socket>((resolve) => server.app.server.once('connection', resolve))
    let received = 0
    let stalledAt = 0
    let resume = () => {}
    const ended = new Promise<string>((resolve) => {
      const req = request({ host: '127.0.0.1', port, path: '/media/big.mp4', agent: false }, (res) => {
        expect(res.statusCode).toBe(200)
        resume = () => res.resume()
        res.on('data', (chunk: Buffer) => {
          received += chunk.length
          // Reads nothing more after the first bytes, as a background tab with a stalled player.
          if (stalledAt === 0) {
            res.pause()
            stalledAt = Date.now()
          }
        })
        res.on('end', () => resolve('end'))
        res.on('error', (error) => resolve(error.message))
      })
      req.on('error', (error) => resolve(error.message))
      req.end()
    })
    const socket = await serverSide
    await new Promise((resolve) => socket.once('close', resolve))
    const closedAfter = Date.now() - stalledAt
    expect(stalledAt).toBeGreaterThan(0)
    expect(closedAfter).toBeLessThan(2 * FAST.rateWindowMs + 1500)
    expect(await quickRequestTakes()).toBeLessThan(QUICK_MS)
    // The client, reading again, finds the answer cut short.
    resume()
    expect(await ended).not.toBe('end')
    expect(received).toBeLessThan(BIG)
  })

  it('sending its headers a byte at a time is answered 408 within the headers timeout', async () => {
    const { answer, ms } = await session((socket) => {
      socket.write('GET / HTTP/1.1\r\nHost: x\r\n')
      const timer = setInterval(() => (socket.destroyed ? clearInterval(timer) : socket.write('X')), 100)
      socket.on('close', () => clearInterval(timer))
    })
    expect(answer).toMatch(/^HTTP\/1\.1 408 /)
    expect(answer).toContain('X-Content-Type-Options: nosniff')
    expect(ms).toBeLessThan(FAST.headersMs + 1000)
  })

  it('that opens a connection and says nothing is closed after the idle timeout', async () => {
    const { answer, ms } = await session(() => {})
    expect(answer).not.toContain('200')
    expect(ms).toBeLessThan(FAST.idleMs + 1000)
  })
})

describe('at the documented defaults (20 s of test)', () => {
  it('a body at ten bytes a second and a stalled reader are both cut within two 10 s windows', async () => {
    const app = await createServer({
      galleryDir: folder.dir,
      mediaDir: path.join(folder.dir, 'media'),
      distDir: folder.dir,
      dataDir: path.join(folder.dir, 'data'),
    })
    await app.listen({ port: 0, host: '127.0.0.1' })
    const own = (app.server.address() as { port: number }).port
    try {
      const limit = 2 * DEFAULT_TIMEOUTS.rateWindowMs + 1500
      const slowBody = session((socket) => {
        socket.write(`POST /api/nothing HTTP/1.1\r\nHost: x\r\nContent-Length: 100000\r\n\r\n`)
        trickle(socket, 100_000, 1, 100)
      }, own)
      // The stalled reader asks for the big video and reads nothing of it: seen from the server, its socket closes.
      const serverSide = new Promise<Socket>((resolve) =>
        app.server.on('connection', (s: Socket) => s.remotePort === stalled.localPort && resolve(s)),
      )
      const stalled = connect(own, '127.0.0.1', () => stalled.write('GET /media/big.mp4 HTTP/1.1\r\nHost: x\r\n\r\n'))
      stalled.pause()
      const began = Date.now()
      const stalledClosed = serverSide.then(
        (s) => new Promise<number>((r) => s.once('close', () => r(Date.now() - began))),
      )
      const [body, readerMs] = await Promise.all([slowBody, stalledClosed])
      stalled.destroy()
      expect(body.ms).toBeLessThan(limit)
      expect(readerMs).toBeLessThan(limit)
      // A full window at least: a slow start is not judged on a fraction of one.
      expect(Math.min(body.ms, readerMs)).toBeGreaterThanOrEqual(DEFAULT_TIMEOUTS.rateWindowMs - 100)
    } finally {
      await app.close()
    }
  }, 40_000)
})

describe('the default timeouts', () => {
  it('let no stalled or idle client hold a connection for more than a minute', () => {
    const { headersMs, idleMs, keepAliveMs, rateWindowMs } = DEFAULT_TIMEOUTS
    expect(Math.max(headersMs + 1000, idleMs, keepAliveMs, 2 * rateWindowMs)).toBeLessThanOrEqual(60_000)
    // An 8 MB upload chunk at the floor rate would still get through: the floor is far below any real link.
    expect((DEFAULT_TIMEOUTS.minBytesPerWindow / rateWindowMs) * 1000).toBeLessThanOrEqual(2048)
  })
})
