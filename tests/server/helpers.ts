import { request, type IncomingHttpHeaders } from 'node:http'
import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FastifyInstance } from 'fastify'
import { createServer, type ServerOptions } from '../../src/server/app.ts'

/** A server listening on a free loopback port. */
export type Running = { base: string; app: FastifyInstance; close(): Promise<void> }

/** Starts the server on a free loopback port; without a `dataDir`, on a fresh store removed at close. */
export async function listen(opts: Omit<ServerOptions, 'dataDir'> & { dataDir?: string }): Promise<Running> {
  const data = opts.dataDir === undefined ? await tempDir('data') : undefined
  const app = await createServer({ ...opts, dataDir: opts.dataDir ?? data!.dir })
  const close = async () => {
    await app.close()
    await data?.remove()
  }
  try {
    await app.listen({ port: 0, host: '127.0.0.1' })
  } catch (error) {
    await close()
    throw error
  }
  const address = app.server.address()
  if (address === null || typeof address === 'string') throw new Error('no TCP address')
  return { base: `http://127.0.0.1:${address.port}`, app, close }
}

/** A fresh temporary folder, and the function that removes it. */
export async function tempDir(prefix: string): Promise<{ dir: string; remove(): Promise<void> }> {
  const dir = await mkdtemp(path.join(tmpdir(), `vernissage-${prefix}-`))
  return { dir, remove: () => rm(dir, { recursive: true, force: true }) }
}

/**
 * GET with the path and headers sent exactly as written: `fetch` would normalise `..` and `%2e%2e` away
 * before the server saw them, adds `Cache-Control: no-cache` to conditional requests, and decompresses bodies
 * (here `bytes` are what came over the wire).
 */
export function rawGet(
  base: string,
  rawPath: string,
  headers: Record<string, string> = {},
): Promise<{ status: number; body: string; bytes: Buffer; headers: IncomingHttpHeaders }> {
  const url = new URL(base)
  return new Promise((resolve, reject) => {
    const req = request({ host: url.hostname, port: url.port, path: rawPath, method: 'GET', headers }, (res) => {
      const chunks: Buffer[] = []
      res.on('data', (c: Buffer) => chunks.push(c))
      res.on('end', () => {
        const bytes = Buffer.concat(chunks)
        resolve({ status: res.statusCode ?? 0, body: bytes.toString('utf8'), bytes, headers: res.headers })
      })
    })
    req.on('error', reject)
    req.end()
  })
}
