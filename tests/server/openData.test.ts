import { readFileSync } from 'node:fs'
import { mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseManifest } from '../../src/manifest/index.ts'
import { parseCsv } from '../opendata/parseCsv.ts'
import { listen, rawGet, tempDir, type Running } from './helpers.ts'

const minimal = JSON.parse(readFileSync(new URL('../fixtures/valid/minimal.json', import.meta.url), 'utf8'))

let server: Running
let folder: Awaited<ReturnType<typeof tempDir>>

beforeAll(async () => {
  folder = await tempDir('opendata')
  const gallery = path.join(folder.dir, 'gallery')
  const dist = path.join(folder.dir, 'dist')
  await mkdir(gallery)
  await mkdir(dist)
  const m = structuredClone(minimal)
  m.defis.push({ id: 'secret', title: 'Secret', pitch: 'Pas prêt', administration: { name: 'X' }, status: 'draft' })
  m.defis.push({
    id: 'virgule',
    title: 'Défi, "entre guillemets"',
    pitch: { fr: 'Sur deux\nlignes, avec des accents : éàü' },
    administration: { name: 'Ministère' },
    status: 'submitted',
  })
  m.rooms[1].stands.push('secret', 'virgule')
  await writeFile(path.join(gallery, 'demo.json'), JSON.stringify(m))
  await writeFile(path.join(gallery, 'data.json'), 'not a manifest, but a file named like the open data route')
  await writeFile(path.join(dist, 'index.html'), '<!doctype html><title>app</title>')
  server = await listen({ galleryDir: gallery, mediaDir: gallery, distDir: dist })
})

afterAll(async () => {
  await server.close()
  await folder.remove()
})

describe('GET /:exhibition/data.json', () => {
  it('answers the public manifest, which reads back as a valid manifest without the drafts', async () => {
    const res = await fetch(`${server.base}/demo/data.json`, { headers: { accept: 'text/html' } })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    const body = await res.text()
    expect(body).not.toContain('secret')
    const parsed = parseManifest(JSON.parse(body))
    expect(parsed.ok).toBe(true)
    if (!parsed.ok) return
    expect(parsed.manifest.defis.map((d) => d.id)).toEqual(['adex', 'virgule'])
    expect(parsed.manifest.exhibition.licence).toEqual(minimal.exhibition.licence)
    expect(parsed.manifest.exhibition.credits).toEqual(minimal.exhibition.credits)
  })

  it('names its licence in a Link header and may be read from any site', async () => {
    const res = await fetch(`${server.base}/demo/data.json`)
    expect(res.headers.get('link')).toBe(`<${minimal.exhibition.licence.url}>; rel="license"`)
    expect(res.headers.get('access-control-allow-origin')).toBe('*')
  })
})

describe('GET /:exhibition/data.csv', () => {
  it('answers UTF-8 CSV with a BOM, a header row and one row per public défi, as an attachment', async () => {
    const res = await fetch(`${server.base}/demo/data.csv`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toMatch(/^text\/csv; charset=utf-8/)
    expect(res.headers.get('content-disposition')).toBe('attachment; filename="demo-defis.csv"')
    const bytes = new Uint8Array(await res.arrayBuffer())
    expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf])
    const rows = parseCsv(new TextDecoder('utf-8', { ignoreBOM: false }).decode(bytes))
    const header = rows[0]!
    const column = (row: string[], name: string) => row[header.indexOf(name)]
    expect(rows.slice(1).map((r) => column(r, 'id'))).toEqual(['adex', 'virgule'])
    const virgule = rows[2]!
    expect(column(virgule, 'title')).toBe('Défi, "entre guillemets"')
    expect(column(virgule, 'pitch_fr')).toBe('Sur deux\nlignes, avec des accents : éàü')
    expect(column(virgule, 'stand_url')).toBe(`${server.base}/demo/donnees/virgule`)
  })

  it('points to its licence and to data.json, which holds the credits', async () => {
    const res = await fetch(`${server.base}/demo/data.csv`)
    const link = res.headers.get('link')!
    expect(link).toContain(`<${minimal.exhibition.licence.url}>; rel="license"`)
    expect(link).toContain('</demo/data.json>; rel="describedby"')
  })

  it('never writes a forged Host header into the stand URLs', async () => {
    for (const host of ['evil.example', 'evil.example/<x>']) {
      const { status, body } = await rawGet(server.base, '/demo/data.csv', { host })
      expect(status).toBe(200)
      expect(body).not.toContain('evil')
      // Without PUBLIC_URL, the address the server listens on.
      expect(body).toContain(`,${server.base}/demo/donnees/adex`)
    }
  })

  it('builds its stand URLs on PUBLIC_URL when it is set', async () => {
    const gallery = path.join(folder.dir, 'gallery')
    const behindProxy = await listen({
      galleryDir: gallery,
      mediaDir: gallery,
      distDir: gallery,
      publicUrl: 'https://expo.example.org/',
    })
    try {
      const { body } = await rawGet(behindProxy.base, '/demo/data.csv', { host: 'evil.example' })
      expect(body).toContain(',https://expo.example.org/demo/donnees/adex')
      expect(body).not.toContain('evil')
      expect(body).not.toContain('127.0.0.1')
      // The same origin for the write side's absolute URLs (team links).
      expect(behindProxy.app.publicUrl()).toBe('https://expo.example.org')
    } finally {
      await behindProxy.close()
    }
  })
})

describe('open data routes beside the others', () => {
  it('answer 404 with a bilingual JSON error for an unknown exhibition', async () => {
    for (const file of ['data.json', 'data.csv']) {
      const res = await fetch(`${server.base}/nope/${file}`, { headers: { accept: 'text/html' } })
      expect(res.status).toBe(404)
      expect(await res.json()).toEqual({ error: { fr: expect.any(String), en: expect.any(String) } })
    }
  })

  it('leave /gallery/data.json to the gallery files and /api to the API', async () => {
    // A file of the gallery named data.json that is no manifest: the gallery route shows nothing of it.
    const gallery = await fetch(`${server.base}/gallery/data.json`)
    expect(gallery.status).toBe(404)
    expect(await gallery.text()).not.toContain('not a manifest')
    expect((await fetch(`${server.base}/api/data.json`)).status).toBe(404)
  })

  it('leave the other pages of an exhibition to the app', async () => {
    const res = await fetch(`${server.base}/demo/booklet`, { headers: { accept: 'text/html' } })
    expect(res.status).toBe(200)
    expect(await res.text()).toContain('<title>app</title>')
  })
})
