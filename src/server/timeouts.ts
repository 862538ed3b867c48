import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { Socket } from 'node:net'
import { writeRawError } from './errors.ts'

/**
 * How long a client may take. Slowness is judged on idle time and on rate, never on a request's total time: a
 * resumable upload of an 8 MB chunk over a slow link is legitimate and may take minutes, as long as it keeps moving.
 */
export type Timeouts = {
  /** Most time from a request's first byte to the end of its headers (slowloris); Node answers 408. */
  headersMs: number
  /** A connection with no byte moving either way for this long is closed (a request stuck, a vanished client). */
  idleMs: number
  /** A kept-alive connection waiting for its next request is closed after this. */
  keepAliveMs: number
  /**
   * Rates are checked over windows of this length: a request body arriving, or an answer waiting on its reader,
   * slower than `minBytesPerWindow` over a whole window is cut (so within two windows).
   */
  rateWindowMs: number
  /** The least a body or an answer must move per window (10 KB per 10 s: 1 KB/s, a poor 2G link does ten times that). */
  minBytesPerWindow: number
}

/** The timeouts of `npm start`: see the README's table. */
export const DEFAULT_TIMEOUTS: Timeouts = {
  headersMs: 10_000,
  idleMs: 30_000,
  keepAliveMs: 30_000,
  rateWindowMs: 10_000,
  minBytesPerWindow: 10 * 1024,
}

/** The Fastify options that set Node's own limits. */
export function timeoutOptions(t: Timeouts) {
  return {
    connectionTimeout: t.idleMs,
    keepAliveTimeout: t.keepAliveMs,
    // No limit on a whole request's time (uploads); the rate check below cuts the slow ones.
    requestTimeout: 0,
    // Node checks the headers timeout at this interval: often enough that the limit holds to within a second.
    http: { headersTimeout: t.headersMs, connectionsCheckingInterval: Math.max(100, Math.min(1000, t.headersMs / 4)) },
  }
}

type Seen = { read: number; flushed: number; receiving: IncomingMessage | null; waiting: boolean }

/**
 * Cuts the connections whose client is too slow: one timer for the whole server, checking each connection once per
 * window. A body counts as slow only while the server is ready for more of it (nothing of it left unread), and an
 * answer only while bytes wait for the client to read them, two checks running: the server's own pace never counts.
 */
export function watchSlowClients(server: Server, t: Timeouts): void {
  const sockets = new Map<Socket, Seen | null>()
  const requests = new WeakMap<Socket, { request: IncomingMessage; response: ServerResponse }>()
  server.on('connection', (socket: Socket) => {
    sockets.set(socket, null)
    socket.once('close', () => sockets.delete(socket))
  })
  server.on('request', (request: IncomingMessage, response: ServerResponse) => {
    requests.set(request.socket, { request, response })
  })

  const timer = setInterval(() => {
    for (const [socket, before] of sockets) {
      const { request, response } = requests.get(socket) ?? {}
      const now: Seen = {
        read: socket.bytesRead,
        flushed: socket.bytesWritten - socket.writableLength,
        receiving: request && !request.complete && request.readableLength === 0 ? request : null,
        waiting: socket.writableLength > 0,
      }
      sockets.set(socket, now)
      if (!before) continue
      const slowBody =
        now.receiving !== null && now.receiving === before.receiving && now.read - before.read < t.minBytesPerWindow
      const slowReader = now.waiting && before.waiting && now.flushed - before.flushed < t.minBytesPerWindow
      if (slowBody) {
        // Nothing was answered yet unless the route did not wait for the body: a 408 says why, if it can.
        if (response?.headersSent === false) writeRawError(socket, 408)
        else socket.destroy()
      } else if (slowReader) {
        // A reset rather than a close: the bytes the client left unread are dropped at once, not kept by the kernel.
        socket.resetAndDestroy()
      }
    }
  }, t.rateWindowMs)
  timer.unref()
  server.once('close', () => clearInterval(timer))
}
