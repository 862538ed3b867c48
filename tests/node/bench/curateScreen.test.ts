import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureBundle } from '../../../src/node/bench/bundle.ts'
import { measureCurateChunks } from '../../../src/node/bench/curateScreen.ts'

describe('measureCurateChunks', () => {
  let dist = ''
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'bench-curate-'))
    await mkdir(path.join(dist, 'assets'))
  })
  afterAll(() => rm(dist, { recursive: true, force: true }))

  async function build(files: Record<string, string>) {
    for (const [file, content] of Object.entries(files)) await writeFile(path.join(dist, file), content)
    return measureCurateChunks(dist, await measureBundle(dist))
  }

  it("counts the screen's lazy chunk and its imports beyond the entry, and leaves the 3D scene out", async () => {
    const report = await build({
      'index.html': '<script type="module" src="/assets/index-aaaaaaaa.js"></script>',
      'assets/index-aaaaaaaa.js':
        'const c=()=>import("./CurateApp-bbbbbbbb.js");const s=()=>import("./Exhibition3D-cccccccc.js");',
      'assets/CurateApp-bbbbbbbb.js': 'import"./dnd-dddddddd.js";export default 1;',
      'assets/dnd-dddddddd.js': 'export const d=1;',
      'assets/Exhibition3D-cccccccc.js': 'console.warn("THREE.WebGLRenderer: Context Lost.");',
    })
    expect(report.files).toEqual(['assets/CurateApp-bbbbbbbb.js', 'assets/dnd-dddddddd.js', 'assets/index-aaaaaaaa.js'])
    expect(report.screenJsGzip).toBeLessThan(report.totalJsGzip)
    expect(report.screenChunkGzip).toBeGreaterThan(0)
    expect(report.withinBudget).toBe(true)
  })

  it('fails the budget when three.js finds its way into the screen', async () => {
    const report = await build({
      'assets/dnd-dddddddd.js': 'console.warn("THREE.BufferGeometry: oops");export const d=1;',
    })
    expect(report.threeJsFiles).toEqual(['assets/dnd-dddddddd.js'])
    expect(report.withinBudget).toBe(false)
  })
})
