import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { createOrganiserAccount } from '../../server/auth/accounts.ts'
import type { BundleReport } from './bundle.ts'
import { serveEig4Copy } from './curation.ts'
import { chunkName, containsThree, DSFR_SCRIPT, reachableChunks } from './twoD.ts'

/** The most gzipped JavaScript the curation screen may add to the app's entry (issue 10: 150 KB), with no three.js. */
export const CURATE_JS_BUDGET_GZIP = 150_000

/** The lazy modules `/curate` loads (src/app/main.tsx): the screen and react-dsfr's start. */
const CURATE_LAZY_MODULES = ['CurateApp', 'dsfr']

/** What `npm run bench` reports under `curateScreen`. */
export type CurateScreenReport = {
  /** Gzipped bytes of everything `/curate` runs: the app's entry (React, shared with visitors), then the rest. */
  totalJsGzip: number
  /** What `/curate` loads beyond the entry: the screen's chunk, DSFR's start and script, their imports. The budget. */
  screenJsGzip: number
  /** The screen's own chunk alone. */
  screenChunkGzip: number
  budgetGzip: number
  withinBudget: boolean
  files: string[]
  threeJsFiles: string[]
  /** From the Publish request to `/api/exhibitions/:id` serving the new version: median and worst of the runs, ms. */
  publishToServed: { runs: number; medianMs: number; maxMs: number }
}

/** The curation screen's JS in a measured build, against its budget. */
export async function measureCurateChunks(distDir: string, bundle: BundleReport) {
  const read = (file: string) => readFile(path.join(distDir, file), 'utf8').catch(() => '')
  const lazy = [...CURATE_LAZY_MODULES, DSFR_SCRIPT]
  const { files } = await reachableChunks(bundle, read, { follow: (name) => lazy.includes(name) })
  const chunks = bundle.chunks.filter((c) => files.has(c.file))
  const threeJsFiles: string[] = []
  for (const file of files) if (containsThree(await read(file))) threeJsFiles.push(file)
  const totalJsGzip = chunks.reduce((t, c) => t + c.gzip, 0)
  const entry = new Set(bundle.initial.js.files)
  const screenJsGzip = chunks.filter((c) => !entry.has(c.file)).reduce((t, c) => t + c.gzip, 0)
  return {
    totalJsGzip,
    screenJsGzip,
    screenChunkGzip: chunks.find((c) => chunkName(c.file) === 'CurateApp')?.gzip ?? 0,
    budgetGzip: CURATE_JS_BUDGET_GZIP,
    withinBudget: screenJsGzip <= CURATE_JS_BUDGET_GZIP && threeJsFiles.length === 0,
    files: [...files].sort(),
    threeJsFiles,
  }
}

/**
 * Times Publish as an organiser sees it: over loopback, on a copy of EIG 4 and a fresh store, one edit then
 * `POST …/publish`, until `/api/exhibitions/eig4` serves the edited manifest; `runs` times.
 */
async function measurePublish(root: string, runs = 5): Promise<CurateScreenReport['publishToServed']> {
  const { app, base, close } = await serveEig4Copy(root, 'publish')
  try {
    const password = 'bench password, long enough'
    await createOrganiserAccount(app.db, { kind: 'cli', user: 'bench' }, 'publish@example.org', password, {
      N: 2 ** 10,
      r: 8,
      p: 1,
    })
    const login = await fetch(`${base}/api/auth/login`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ email: 'publish@example.org', password }),
    })
    const cookie = (login.headers.getSetCookie().find((c) => c.startsWith('vernissage_session=')) ?? '').split(';')[0]!
    const { csrfToken } = (await (await fetch(`${base}/api/auth/session`, { headers: { cookie } })).json()) as {
      csrfToken: string
    }
    const headers = { cookie, 'x-csrf-token': csrfToken, 'content-type': 'application/json' }
    const url = `${base}/api/curate/exhibitions/eig4`
    const defi = ((await (await fetch(url, { headers })).json()) as { defis: { id: string }[] }).defis[0]!.id
    const times: number[] = []
    for (let run = 0; run < runs; run++) {
      const city = `Publication ${run}`
      const command = { type: 'defi.set', defi, field: 'city', value: city }
      const edit = await fetch(`${url}/commands`, {
        method: 'POST',
        headers,
        body: JSON.stringify({ commands: [command] }),
      })
      const etag = edit.headers.get('etag') ?? ''
      const pressed = performance.now()
      const published = await fetch(`${url}/publish`, {
        method: 'POST',
        headers: { cookie, 'x-csrf-token': csrfToken, 'if-match': etag },
      })
      if (!published.ok) throw new Error(`publish answered ${published.status}`)
      for (;;) {
        const served = (await (await fetch(`${base}/api/exhibitions/eig4`)).json()) as { defis: { city?: string }[] }
        if (served.defis[0]?.city === city) break
      }
      times.push(performance.now() - pressed)
    }
    times.sort((a, b) => a - b)
    const round = (ms: number) => Math.round(ms * 10) / 10
    return { runs, medianMs: round(times[Math.floor(times.length / 2)]!), maxMs: round(times.at(-1)!) }
  } finally {
    await close()
  }
}

/** The curation screen's figures: its JS against the budget, and the time from Publish to the new version served. */
export async function measureCurateScreen(
  root: string,
  distDir: string,
  bundle: BundleReport,
): Promise<CurateScreenReport> {
  return { ...(await measureCurateChunks(distDir, bundle)), publishToServed: await measurePublish(root) }
}
