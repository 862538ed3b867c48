import { mkdir, readFile, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { brotliDecompressSync, gunzipSync } from 'node:zlib'
import { writeCompressed } from '../../src/node/precompress.ts'
import { APP_PAGE_CACHE } from '../../src/server/spa.ts'
import { listen, rawGet, tempDir, type Running } from './helpers.ts'

const INDEX =
  '<!doctype html><html lang="fr"><head><script type="module" src="/assets/index-Ab12Cd.js"></script></head><body><div id="root"></div></body></html>'
const HTML = { Accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8' }

let server: Running
let root: Awaited<ReturnType<typeof tempDir>>
let dist: string

beforeAll(async () => {
  root = await tempDir('spa')
  dist = path.join(root.dir, 'dist')
  await mkdir(path.join(dist, 'assets'), { recursive: true })
  await writeFile(path.join(dist, 'index.html'), INDEX)
  await writeFile(path.join(dist, 'assets', 'index-Ab12Cd.js'), 'console.log("vernissage")')
  await writeFile(path.join(dist, 'favicon.svg'), '<svg xmlns="http://www.w3.org/2000/svg"/>')
  await writeFile(path.join(dist, '.env'), 'SECRET=1')
  // The minimal exhibition "demo": a lobby, the room "donnees" with the stand "adex", an auditorium.
  const gallery = path.join(root.dir, 'gallery')
  await mkdir(gallery)
  await writeFile(
    path.join(gallery, 'demo.json'),
    await readFile(new URL('../fixtures/valid/minimal.json', import.meta.url), 'utf8'),
  )
  server = await listen({ galleryDir: gallery, mediaDir: root.dir, distDir: dist })
})

afterAll(async () => {
  await server.close()
  await root.remove()
})

describe('the built app', () => {
  it.each(['/', '/demo', '/demo/donnees', '/demo/donnees/adex', '/demo/programme?x=1', '/demo/booklet', '/demo/lobby'])(
    'answers %s with index.html, revalidated on each visit, held a few seconds by a CDN',
    async (url) => {
      const res = await fetch(server.base + url, { headers: HTML })
      expect(res.status).toBe(200)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(res.headers.get('cache-control')).toBe(APP_PAGE_CACHE)
      expect(APP_PAGE_CACHE).toMatch(/s-maxage=\d/)
      expect(await res.text()).toBe(INDEX)
    },
  )

  it.each([
    ['an unknown exhibition', '/eig9'],
    ['an unknown room', '/demo/salle-inconnue'],
    ['an unknown défi', '/demo/donnees/inconnu'],
    ['a défi in a room that does not show it', '/demo/lobby/adex'],
    ['a path deeper than any page', '/demo/donnees/adex/plus'],
    ['a path that is no page', '/.git/config'],
    ['a page of an unknown exhibition', '/eig9/programme'],
  ])('answers %s with the app page and the status 404, never stored', async (_what, url) => {
    const res = await fetch(server.base + url, { headers: HTML })
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-store')
    expect(await res.text()).toBe(INDEX)
  })

  it('answers a plain */* client (curl) on a page path with index.html too', async () => {
    const res = await fetch(`${server.base}/demo/donnees`, { headers: { Accept: '*/*' } })
    expect(res.status).toBe(200)
    expect(await res.text()).toBe(INDEX)
  })

  it('serves hashed assets with a one-year immutable cache', async () => {
    const res = await fetch(`${server.base}/assets/index-Ab12Cd.js`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^(text|application)\/javascript/)
    expect(res.headers.get('cache-control')).toBe('public, max-age=31536000, immutable')
    expect(await res.text()).toBe('console.log("vernissage")')
  })

  it('serves the files Vite copied from public/, revalidated', async () => {
    const res = await fetch(`${server.base}/favicon.svg`)
    expect(res.status).toBe(200)
    expect(res.headers.get('cache-control')).toBe(APP_PAGE_CACHE)
  })

  it('shows a rebuilt index.html without a restart', async () => {
    const rebuilt = INDEX.replace('Ab12Cd', 'Ef34Gh')
    await writeFile(path.join(dist, 'index.html'), rebuilt)
    try {
      expect(await (await fetch(`${server.base}/demo`, { headers: HTML })).text()).toBe(rebuilt)
    } finally {
      await writeFile(path.join(dist, 'index.html'), INDEX)
    }
  })

  it.each([
    ['a missing script', '/assets/missing-123.js', '*/*'],
    ['a missing file with an extension', '/favicon.ico', 'image/avif,image/webp,*/*'],
    ['a missing media file, even for a browser', '/media/nothing.mp4', HTML.Accept],
    ['a gallery folder', '/gallery/', HTML.Accept],
  ])('answers 404, not the page, to %s', async (_what, url, accept) => {
    const res = await fetch(server.base + url, { headers: { Accept: accept } })
    expect(res.status).toBe(404)
    expect(await res.text()).not.toContain('<div id="root">')
  })

  it('never serves a dotfile of the build folder', async () => {
    for (const accept of [HTML.Accept, '*/*']) {
      expect(await (await fetch(`${server.base}/.env`, { headers: { Accept: accept } })).text()).not.toContain('SECRET')
    }
  })

  it('answers unknown API paths with a JSON 404, whatever the method', async () => {
    for (const [method, url] of [
      ['GET', '/api/nothing'],
      ['GET', '/api'],
      ['GET', '/api/exhibitions/eig4/extra'],
      ['DELETE', '/api/nothing'],
    ] as const) {
      const res = await fetch(server.base + url, { method, headers: HTML })
      expect(res.status, `${method} ${url}`).toBe(404)
      expect(res.headers.get('content-type')).toMatch(/^application\/json/)
      expect(await res.json()).toEqual({ error: { fr: expect.any(String), en: expect.any(String) } })
    }
  })
})

describe('security headers', () => {
  it('come with the page: no MIME sniffing, a referrer policy, a CSP allowing own scripts and blob: media', async () => {
    const res = await fetch(`${server.base}/`, { headers: HTML })
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
    expect(res.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin')
    const csp = Object.fromEntries(
      (res.headers.get('content-security-policy') ?? '').split(';').map((d) => {
        const [name, ...values] = d.trim().split(/\s+/)
        return [name, values]
      }),
    )
    expect(csp['default-src']).toEqual(["'self'"])
    expect(csp['script-src']).toContain("'self'")
    expect(csp['script-src']).not.toContain("'unsafe-inline'")
    expect(csp['media-src']).toEqual(expect.arrayContaining(["'self'", 'blob:']))
    expect(csp['worker-src']).toContain('blob:')
    expect(csp['object-src']).toEqual(["'none'"])
  })

  it('come with errors too', async () => {
    const res = await fetch(`${server.base}/api/nothing`)
    expect(res.headers.get('x-content-type-options')).toBe('nosniff')
  })
})

describe('PUBLIC_URL in the page', () => {
  it('goes into the app page as a meta tag when set (the booklet prints it in its QR codes), and not otherwise', async () => {
    const plain = await fetch(`${server.base}/demo`, { headers: HTML })
    expect(await plain.text()).not.toContain('vernissage:public-url')
    const behindProxy = await listen({
      galleryDir: path.join(root.dir, 'gallery'),
      mediaDir: root.dir,
      distDir: dist,
      publicUrl: 'https://expo.example.org',
    })
    try {
      const page = await (await fetch(`${behindProxy.base}/demo`, { headers: HTML, redirect: 'manual' })).text()
      expect(page).toContain('<meta name="vernissage:public-url" content="https://expo.example.org"></head>')
    } finally {
      await behindProxy.close()
    }
  })
})

describe('an app that was never built', () => {
  it('answers pages with a 503 that says to run npm run build, and still serves the API', async () => {
    const bare = await listen({ galleryDir: root.dir, mediaDir: root.dir, distDir: path.join(root.dir, 'nope') })
    try {
      const res = await fetch(`${bare.base}/eig4/anticiper-risques/monitorfish`, { headers: HTML })
      expect(res.status).toBe(503)
      expect(res.headers.get('content-type')).toBe('text/html; charset=utf-8')
      expect(await res.text()).toContain('npm run build')
      expect((await fetch(`${bare.base}/api/exhibitions`)).status).toBe(200)
    } finally {
      await bare.close()
    }
  })
})

describe('the built app, compressed at build time', () => {
  const script = `export const rooms=${JSON.stringify(Array.from({ length: 200 }, (_, i) => `salle-${i}`))};\n`

  beforeAll(async () => {
    const file = path.join(dist, 'assets', 'rooms-Zz99Yy.js')
    await writeFile(file, script)
    await writeCompressed(file, Buffer.from(script))
  })

  it.each([
    ['br, gzip', 'br', brotliDecompressSync],
    ['gzip, deflate', 'gzip', gunzipSync],
  ])('sends the %s client the %s copy, with the right type and cache', async (accept, encoding, decode) => {
    const res = await rawGet(server.base, '/assets/rooms-Zz99Yy.js', { 'Accept-Encoding': accept })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBe(encoding)
    expect(res.headers['vary']).toMatch(/accept-encoding/i)
    expect(res.headers['content-type']).toMatch(/^(text|application)\/javascript/)
    expect(res.headers['cache-control']).toBe('public, max-age=31536000, immutable')
    expect(res.bytes.length).toBeLessThan(script.length / 3)
    expect(decode(res.bytes).toString('utf8')).toBe(script)
  })

  it('sends the file itself to a client that accepts no compression', async () => {
    const res = await rawGet(server.base, '/assets/rooms-Zz99Yy.js')
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.body).toBe(script)
  })

  it('sends a file the build did not compress as it is, whatever the client accepts', async () => {
    const res = await rawGet(server.base, '/assets/index-Ab12Cd.js', { 'Accept-Encoding': 'br, gzip' })
    expect(res.status).toBe(200)
    expect(res.headers['content-encoding']).toBeUndefined()
    expect(res.body).toBe('console.log("vernissage")')
  })

  it('never serves the compressed copies under their own names as pages of the app', async () => {
    const res = await rawGet(server.base, '/assets/missing-Qq11Ww.js', { 'Accept-Encoding': 'br, gzip' })
    expect(res.status).toBe(404)
  })
})
