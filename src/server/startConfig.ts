import { stat } from 'node:fs/promises'
import { createServer as createNetServer } from 'node:net'
import path from 'node:path'

/** What `npm start` runs with, read from the environment and checked before any slow work. */
export type StartConfig = {
  galleryDir: string
  mediaDir: string
  distDir: string
  dataDir: string
  host: string
  port: number
  publicUrl: string | undefined
  trustProxy: boolean | string
  mediaCors: string | null
}

/** A reason `npm start` cannot go on, said in one line. */
export class StartError extends Error {}

async function folder(name: string, dir: string): Promise<string> {
  const info = await stat(dir).catch(() => null)
  if (!info) throw new StartError(`${name} ${dir} does not exist`)
  if (!info.isDirectory()) throw new StartError(`${name} ${dir} is not a folder`)
  return dir
}

function port(value: string): number {
  const n = /^\d{1,5}$/.test(value) ? Number(value) : NaN
  if (!(n >= 0 && n <= 65535)) throw new StartError(`PORT "${value}" is not a port number (0 to 65535)`)
  return n
}

function publicUrl(value: string | undefined): string | undefined {
  if (value === undefined || value === '') return undefined
  let url: URL
  try {
    url = new URL(value)
  } catch {
    throw new StartError(`PUBLIC_URL "${value}" is not an absolute URL (such as https://vernissage.example.org)`)
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    throw new StartError(`PUBLIC_URL "${value}" must start with http:// or https://`)
  }
  // The server answers at the root of its origin: a path would be written into URLs that lead nowhere.
  if (url.pathname !== '/' || url.search || url.hash) {
    throw new StartError(`PUBLIC_URL "${value}" must be an origin only, without a path (the app is served at /)`)
  }
  return url.origin
}

function trustProxy(value: string | undefined): boolean | string {
  if (value === undefined || value === '' || value === 'false' || value === '0') return false
  if (value === 'true' || value === '1') return true
  // Addresses or CIDR ranges of the proxies, comma-separated, as Fastify's trustProxy takes them.
  return value
}

function mediaCors(value: string | undefined): string | null {
  if (value === undefined || value === '' || value === '*') return '*'
  if (value === 'off' || value === 'none') return null
  try {
    return new URL(value).origin
  } catch {
    throw new StartError(`MEDIA_CORS "${value}" must be *, off, or an origin such as https://eig.etalab.gouv.fr`)
  }
}

/** Reads and checks the environment; throws a StartError naming the first thing wrong. */
export async function readStartConfig(env: NodeJS.ProcessEnv, root: string): Promise<StartConfig> {
  return {
    port: port(env.PORT ?? '8080'),
    host: env.HOST || '127.0.0.1',
    publicUrl: publicUrl(env.PUBLIC_URL),
    trustProxy: trustProxy(env.TRUST_PROXY),
    mediaCors: mediaCors(env.MEDIA_CORS),
    galleryDir: await folder('GALLERY_DIR', path.resolve(env.GALLERY_DIR ?? path.join(root, 'gallery'))),
    mediaDir: await folder('MEDIA_DIR', path.resolve(env.MEDIA_DIR ?? path.join(root, 'media'))),
    distDir: path.join(root, 'dist'),
    // The store (accounts, sessions, drafts, audit…): created at first start, git-ignored.
    dataDir: path.resolve(env.DATA_DIR ?? path.join(root, 'data')),
  }
}

/** One line for a failed listen (port in use, not allowed, unknown address). */
export function listenProblem(error: unknown, host: string, port: number): string {
  const code = (error as { code?: string }).code
  const where = `${host}:${port}`
  if (code === 'EADDRINUSE') return `port ${port} is already in use on ${host} (set PORT to another one)`
  if (code === 'EACCES') return `not allowed to listen on ${where} (ports below 1024 need privileges)`
  if (code === 'EADDRNOTAVAIL' || code === 'ENOTFOUND') return `HOST ${host} is not an address of this machine`
  return `cannot listen on ${where}: ${error instanceof Error ? error.message : String(error)}`
}

/** Checks that `host:port` can be listened on, by listening on it a moment; throws a StartError otherwise. */
export function checkCanListen(host: string, port: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const probe = createNetServer()
    probe.once('error', (error) => reject(new StartError(listenProblem(error, host, port))))
    probe.listen({ host, port, exclusive: true }, () => probe.close(() => resolve()))
  })
}
