import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { computeLayout } from '../../../src/layout/index.ts'
import { measureBundle } from '../../../src/node/bench/bundle.ts'
import { benchPoses } from '../../../src/node/bench/poses.ts'
import { measureThreeDBundle, THREE_D_JS_BUDGET_GZIP } from '../../../src/node/bench/threeD.ts'
import { buildManifest } from '../../layout/helpers.ts'

describe('measureThreeDBundle', () => {
  let dist = ''
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'bench-3d-'))
    await mkdir(path.join(dist, 'assets'))
  })
  afterAll(() => rm(dist, { recursive: true, force: true }))

  it('counts the entry, the scene chunk and their static imports, not what loads after the first frame', async () => {
    const files = {
      'index.html': '<script type="module" src="/assets/index-a.js"></script>',
      'assets/index-a.js':
        'import"./react-b.js";const p=()=>import("./CurrentPage-12345678.js"),s=()=>import("./Exhibition3D-12345678.js");',
      'assets/react-b.js': 'export const r=1;',
      'assets/CurrentPage-12345678.js': 'export const page=1;',
      'assets/Exhibition3D-12345678.js':
        'import"./react-b.js";import"./three-12345678.js";const v=()=>import("./Screens-12345678.js");',
      'assets/three-12345678.js': 'export const t=1;',
      'assets/Screens-12345678.js': 'const h=()=>import("./hls-12345678.js");',
      'assets/hls-12345678.js': 'export const hls=1;'.repeat(100),
    }
    for (const [file, content] of Object.entries(files)) await writeFile(path.join(dist, file), content)
    const bundle = await measureBundle(dist)
    const report = await measureThreeDBundle(dist, bundle)
    expect(report.files).toEqual([
      'assets/Exhibition3D-12345678.js',
      'assets/index-a.js',
      'assets/react-b.js',
      'assets/three-12345678.js',
    ])
    const gzip = bundle.chunks.filter((c) => report.files.includes(c.file)).reduce((t, c) => t + c.gzip, 0)
    expect(report.initialJsGzip).toBe(gzip)
    expect(report.budgetGzip).toBe(THREE_D_JS_BUDGET_GZIP)
    expect(report.withinBudget).toBe(true)
  })
})

describe('benchPoses', () => {
  it('looks from the lobby, through every door, round every room and at every stand front', () => {
    const layout = computeLayout(
      buildManifest([{ kind: 'lobby' }, { kind: 'themed', stands: 10 }, { kind: 'auditorium' }]),
    )
    const poses = benchPoses(layout)
    expect(poses).toHaveLength(1 + layout.doors.length + 4 * layout.rooms.length + 10)
    expect(new Set(poses.map((p) => p.name)).size).toBe(poses.length)
    const stand = layout.stands[3]!
    expect(poses.find((p) => p.name === `stand ${stand.defiId}`)?.pose.position).toMatchObject(stand.front)
    expect(benchPoses(layout, 5).filter((p) => p.name.startsWith('stand'))).toHaveLength(2)
  })
})
