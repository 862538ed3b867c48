import { copyFile, mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { createServer } from '../../server/app.ts'
import { createOrganiserAccount } from '../../server/auth/accounts.ts'

/** What `npm run bench` reports under `curation`: `POST …/commands` latency with many organisers writing at once. */
export type CurationReport = {
  commands: {
    writers: number
    requests: number
    /** Every answer was 200: each command landed. */
    allLanded: boolean
    p50Ms: number
    p99Ms: number
    maxMs: number
    perSecond: number
  }
}

const PASSWORD = 'bench password, long enough'

function percentile(sorted: number[], p: number): number {
  const at = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return Math.round((sorted[at] ?? 0) * 10) / 10
}

async function signIn(base: string, email: string): Promise<Record<string, string>> {
  const login = await fetch(`${base}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password: PASSWORD }),
  })
  const cookie = (login.headers.getSetCookie().find((c) => c.startsWith('vernissage_session=')) ?? '').split(';')[0]!
  const session = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie } })).json()) as {
    csrfToken: string
  }
  return { cookie, 'x-csrf-token': session.csrfToken, 'content-type': 'application/json' }
}

/**
 * The real server on a free loopback port over a throwaway copy of EIG 4's manifest and a fresh store, for the
 * write side's benches; `close` stops it and removes the copy.
 */
export async function serveEig4Copy(root: string, name: string) {
  const dir = await mkdtemp(path.join(tmpdir(), `vernissage-bench-${name}-`))
  const galleryDir = path.join(dir, 'gallery')
  await mkdir(galleryDir)
  await copyFile(path.join(root, 'gallery/eig4.json'), path.join(galleryDir, 'eig4.json'))
  const app = await createServer({ galleryDir, mediaDir: galleryDir, distDir: dir, dataDir: path.join(dir, 'data') })
  const close = async () => {
    await app.close()
    await rm(dir, { recursive: true, force: true })
  }
  try {
    await app.listen({ port: 0, host: '127.0.0.1' })
  } catch (error) {
    await close()
    throw error
  }
  return { app, base: `http://127.0.0.1:${(app.server.address() as { port: number }).port}`, close }
}

/**
 * Starts the server on loopback over a copy of EIG 4 and a fresh store, signs `writers` organisers in, and has each
 * send `perWriter` commands one after another, all writers at once; times every request.
 */
export async function measureCuration(root: string, writers = 20, perWriter = 50): Promise<CurationReport> {
  const { app, base, close } = await serveEig4Copy(root, 'curation')
  try {
    const cheap = { N: 2 ** 10, r: 8, p: 1 }
    const headers: Record<string, string>[] = []
    for (let i = 0; i < writers; i++) {
      const email = `bench${i}@example.org`
      await createOrganiserAccount(app.db, { kind: 'cli', user: 'bench' }, email, PASSWORD, cheap)
      headers.push(await signIn(base, email))
    }
    const url = `${base}/api/curate/exhibitions/eig4`
    const opened = await fetch(url, { headers: headers[0] })
    const first = opened.headers.get('etag') ?? ''
    const draft = (await opened.json()) as { defis: { id: string }[] }
    const defis = draft.defis.map((d) => d.id)
    const times: number[] = []
    let allLanded = true
    const start = performance.now()
    await Promise.all(
      headers.map(async (h, writer) => {
        // As the curation screen does: each request names the version its sender last saw.
        let baseEtag = first
        for (let j = 0; j < perWriter; j++) {
          const defi = defis[(writer + j) % defis.length]
          const command = { type: 'defi.set', defi, field: 'city', value: `${writer}-${j}` }
          const sent = performance.now()
          const res = await fetch(`${url}/commands`, {
            method: 'POST',
            headers: h,
            body: JSON.stringify({ baseEtag, commands: [command] }),
          })
          const answer = (await res.json()) as { etag?: string }
          times.push(performance.now() - sent)
          if (res.status !== 200) allLanded = false
          baseEtag = answer.etag ?? baseEtag
        }
      }),
    )
    const seconds = (performance.now() - start) / 1000
    times.sort((a, b) => a - b)
    return {
      commands: {
        writers,
        requests: times.length,
        allLanded,
        p50Ms: percentile(times, 50),
        p99Ms: percentile(times, 99),
        maxMs: percentile(times, 100),
        perSecond: Math.round(times.length / seconds),
      },
    }
  } finally {
    await close()
  }
}
