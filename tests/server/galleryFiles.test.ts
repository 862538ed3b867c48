import { readFileSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { parseManifest } from '../../src/manifest/index.ts'
import { listen, rawGet, tempDir, type Running } from './helpers.ts'

const minimal = JSON.parse(readFileSync(new URL('../fixtures/valid/minimal.json', import.meta.url), 'utf8'))
const SCHEMA = { $schema: 'https://json-schema.org/draft/2020-12/schema', title: 'Vernissage' }

let server: Running
let gallery: Awaited<ReturnType<typeof tempDir>>

const write = (name: string, value: unknown) =>
  writeFile(path.join(gallery.dir, name), typeof value === 'string' ? value : JSON.stringify(value))

beforeAll(async () => {
  gallery = await tempDir('gallery-files')
  const withDraft = structuredClone(minimal)
  withDraft.defis.push({
    id: 'brouillon',
    title: 'Pas encore publié',
    pitch: 'Confidentiel',
    administration: { name: 'X' },
    status: 'draft',
  })
  withDraft.rooms[1].stands.push('brouillon')
  await write('a-promo.json', withDraft)
  await write('z-copy.json', { ...minimal, exhibition: { ...minimal.exhibition, title: 'Copie au même id' } })
  await write('broken.json', '{ "schemaVersion": 1, "secret": "token-123" ')
  await write('.hidden.json', minimal)
  await write('notes.txt', 'private notes')
  await write('schema.json', SCHEMA)
  server = await listen({ galleryDir: gallery.dir, mediaDir: gallery.dir, distDir: path.join(gallery.dir, 'dist') })
})

afterAll(async () => {
  await server.close()
  await gallery.remove()
})

describe('GET /gallery/:file', () => {
  it('serves a manifest file as published: valid, drafts and their stands removed, revalidated on each use', async () => {
    const res = await fetch(`${server.base}/gallery/a-promo.json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/json; charset=utf-8')
    expect(res.headers.get('cache-control')).toBe('no-cache')
    const text = await res.text()
    expect(text).not.toContain('brouillon')
    expect(text).not.toContain('Confidentiel')
    const parsed = parseManifest(JSON.parse(text))
    expect(parsed.ok).toBe(true)
    // The same as the API gives for that exhibition.
    const api = await fetch(`${server.base}/api/exhibitions/${minimal.exhibition.id}`)
    expect(text).toBe(await api.text())
  })

  it('serves the JSON Schema that manifests name in $schema, as it is', async () => {
    const res = await fetch(`${server.base}/gallery/schema.json`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('application/schema+json; charset=utf-8')
    expect(await res.json()).toEqual(SCHEMA)
  })

  it.each([
    ['a file that is not a valid manifest', '/gallery/broken.json'],
    // Files are read in name order: the first to claim an id holds it.
    ['a second file claiming an id already taken', '/gallery/z-copy.json'],
    ['a dotfile', '/gallery/.hidden.json'],
    ['a file that is not JSON', '/gallery/notes.txt'],
    ['a file that does not exist', '/gallery/none.json'],
    ['the folder itself', '/gallery/'],
    ['a path that climbs out', '/gallery/..%2fnotes.txt'],
  ])('answers 404 and shows nothing of %s', async (_what, url) => {
    const res = await rawGet(server.base, url)
    expect([400, 404]).toContain(res.status)
    expect(res.body).not.toContain('token-123')
    expect(res.body).not.toContain('private notes')
    expect(res.body).not.toContain('Copie au même id')
  })
})
