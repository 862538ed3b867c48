import { mkdir, utimes, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { buildReason, ensureBuilt } from '../../src/server/build.ts'
import { tempDir } from './helpers.ts'

let root: Awaited<ReturnType<typeof tempDir>>
const BUILT = new Date('2026-01-01T12:00:00Z')
const BEFORE = new Date('2026-01-01T11:00:00Z')
const AFTER = new Date('2026-01-01T13:00:00Z')

async function file(relative: string, time: Date): Promise<void> {
  const full = path.join(root.dir, relative)
  await mkdir(path.dirname(full), { recursive: true })
  await writeFile(full, relative)
  await utimes(full, time, time)
}

beforeEach(async () => {
  root = await tempDir('build')
  await file('src/index.html', BEFORE)
  await file('src/ui/App.tsx', BEFORE)
  await file('public/favicon.svg', BEFORE)
  await file('vite.config.ts', BEFORE)
})

afterEach(() => root.remove())

const dist = () => path.join(root.dir, 'dist')

describe('buildReason', () => {
  it('asks for a build when dist/index.html is missing', async () => {
    expect(await buildReason(root.dir, dist())).toMatch(/index\.html does not exist/)
  })

  it('is satisfied when the build is newer than every source', async () => {
    await file('dist/index.html', BUILT)
    expect(await buildReason(root.dir, dist())).toBeNull()
  })

  it.each([
    'src/ui/Deep/Nested.tsx',
    'public/dsfr/icon.svg',
    'vite.config.ts',
    'package-lock.json',
    'src/node/dsfrTrim.ts',
    'src/node/precompress.ts',
  ])('asks for a build when %s changed after it', async (changed) => {
    await file('dist/index.html', BUILT)
    await file(changed, AFTER)
    expect(await buildReason(root.dir, dist())).toBe(`${changed} is newer than the build`)
  })

  it.each([
    'src/server/routes.ts',
    'src/cli/start.ts',
    'src/node/x.ts',
    'src/media/demo.ts',
    'src/node_modules/.vite/deps/x.js',
    'src/.DS_Store',
    'tests/x.test.ts',
  ])('ignores %s, which never ends up in the bundle', async (changed) => {
    await file('dist/index.html', BUILT)
    await file(changed, AFTER)
    expect(await buildReason(root.dir, dist())).toBeNull()
  })
})

describe('ensureBuilt', () => {
  it('does nothing when the build is fresh', async () => {
    await file('dist/index.html', BUILT)
    expect(await ensureBuilt(root.dir, dist())).toBe('fresh')
  })

  it('says so, and does not run Vite, when there is no HTML entry to build from', async () => {
    await root.remove()
    await file('src/main.tsx', BEFORE)
    expect(await ensureBuilt(root.dir, dist())).toBe('no-entry')
  })
})
