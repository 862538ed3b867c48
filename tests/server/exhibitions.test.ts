import { readFileSync } from 'node:fs'
import { rm, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listen, tempDir, type Running } from './helpers.ts'

const minimal = JSON.parse(readFileSync(new URL('../fixtures/valid/minimal.json', import.meta.url), 'utf8'))

/** The minimal fixture as another exhibition: its own id, title and promotion number, plus a draft défi. */
function exhibition(id: string, number: number | undefined, title: string) {
  const m = structuredClone(minimal)
  m.exhibition.id = id
  m.exhibition.title = title
  m.exhibition.promotion = number === undefined ? { name: title } : { name: title, number }
  m.defis.push({ id: 'secret', title: 'Secret', pitch: 'Pas prêt', administration: { name: 'X' }, status: 'draft' })
  m.rooms[1].stands.push('secret')
  return m
}

let server: Running
let gallery: Awaited<ReturnType<typeof tempDir>>

async function json(url: string): Promise<{ status: number; body: unknown; headers: Headers }> {
  const res = await fetch(server.base + url)
  return { status: res.status, body: await res.json(), headers: res.headers }
}

const write = (name: string, value: unknown) =>
  writeFile(path.join(gallery.dir, name), typeof value === 'string' ? value : JSON.stringify(value))

beforeAll(async () => {
  gallery = await tempDir('gallery')
  await write('a-minimal.json', minimal)
  await write('b-eig3.json', exhibition('eig3', 3, 'EIG 3'))
  await write('c-no-number.json', exhibition('atelier', undefined, 'Atelier'))
  await write('d-broken-json.json', '{ "schemaVersion": 1, ')
  await write('e-bad-schema.json', { ...minimal, exhibition: { ...minimal.exhibition, id: 'Not A Slug' } })
  await write('f-duplicate.json', exhibition('eig3', 9, 'Copie'))
  await write('schema.json', { $schema: 'https://json-schema.org/draft/2020-12/schema' })
  await write('.draft.json', exhibition('hidden', 99, 'Hidden'))
  await write('notes.txt', 'not a manifest')
  server = await listen({ galleryDir: gallery.dir, mediaDir: gallery.dir, distDir: path.join(gallery.dir, 'none') })
})

afterAll(async () => {
  await server.close()
  await gallery.remove()
})

describe('GET /api/exhibitions', () => {
  it('lists the valid manifests, newest promotion first, those without a number last', async () => {
    const { status, body, headers } = await json('/api/exhibitions')
    expect(status).toBe(200)
    expect(headers.get('content-type')).toMatch(/^application\/json/)
    expect(headers.get('cache-control')).toBe('no-cache')
    expect((body as { id: string }[]).map((e) => e.id)).toEqual(['eig3', 'demo', 'atelier'])
  })

  it('gives each exhibition its title, dates, promotion and counts, drafts not counted', async () => {
    const { body } = await json('/api/exhibitions')
    expect((body as unknown[])[0]).toEqual({
      id: 'eig3',
      title: 'EIG 3',
      promotion: { name: 'EIG 3', number: 3 },
      dates: { start: '2021-06-17', end: '2021-06-24', timezone: 'Europe/Paris' },
      counts: { rooms: 3, defis: 1 },
    })
  })

  it('picks up a manifest added, changed or removed while running', async () => {
    await write('g-new.json', exhibition('eig5', 5, 'EIG 5'))
    let ids = ((await json('/api/exhibitions')).body as { id: string }[]).map((e) => e.id)
    expect(ids[0]).toBe('eig5')

    // A different size guarantees the change is seen even where mtimes are coarse.
    await write('g-new.json', exhibition('eig5', 5, 'EIG 5, deuxième version'))
    const first = ((await json('/api/exhibitions')).body as { title: string }[])[0]
    expect(first?.title).toBe('EIG 5, deuxième version')

    await write('g-new.json', '{ oops')
    ids = ((await json('/api/exhibitions')).body as { id: string }[]).map((e) => e.id)
    expect(ids).not.toContain('eig5')

    await write('g-new.json', exhibition('eig5', 5, 'EIG 5'))
    expect(((await json('/api/exhibitions')).body as { id: string }[])[0]?.id).toBe('eig5')
    await rm(path.join(gallery.dir, 'g-new.json'))
    ids = ((await json('/api/exhibitions')).body as { id: string }[]).map((e) => e.id)
    expect(ids).toEqual(['eig3', 'demo', 'atelier'])
  })
})

describe('GET /api/exhibitions/:id', () => {
  it('answers the public manifest: defaults filled, draft défis and their stands gone', async () => {
    const { status, body, headers } = await json('/api/exhibitions/eig3')
    expect(status).toBe(200)
    expect(headers.get('cache-control')).toBe('no-cache')
    const m = body as { defis: { id: string; team: unknown[] }[]; rooms: { stands: string[] }[] }
    expect(m.defis.map((d) => d.id)).toEqual(['adex'])
    expect(m.rooms.flatMap((r) => r.stands)).toEqual(['adex'])
    expect(m.rooms[0]).toMatchObject({ themeColor: '#000091', stands: [] })
    expect(JSON.stringify(body)).not.toContain('secret')
  })

  it('keeps the first of two files that claim the same id', async () => {
    const { body } = await json('/api/exhibitions/eig3')
    expect((body as { exhibition: { title: string } }).exhibition.title).toBe('EIG 3')
  })

  it('answers 404 with a bilingual JSON error for an unknown or invalid exhibition', async () => {
    for (const id of ['nope', 'hidden', 'not-a-slug']) {
      const { status, body } = await json(`/api/exhibitions/${id}`)
      expect(status).toBe(404)
      expect(body).toEqual({ error: { fr: expect.any(String), en: expect.any(String) } })
    }
  })
})

describe('a gallery folder that does not exist', () => {
  it('lists no exhibitions rather than failing', async () => {
    const empty = await listen({ galleryDir: '/nonexistent/gallery', mediaDir: '/nonexistent', distDir: '/x' })
    try {
      const res = await fetch(`${empty.base}/api/exhibitions`)
      expect(res.status).toBe(200)
      expect(await res.json()).toEqual([])
    } finally {
      await empty.close()
    }
  })
})
