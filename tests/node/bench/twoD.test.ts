import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureBundle } from '../../../src/node/bench/bundle.ts'
import { chunkName, containsThree, measureTwoD, TWO_D_JS_BUDGET_GZIP } from '../../../src/node/bench/twoD.ts'

describe('containsThree', () => {
  it('recognises three.js by the class names its warnings carry, even minified', () => {
    expect(containsThree('console.warn("THREE.WebGLRenderer: Context Lost.")')).toBe(true)
    expect(containsThree('e.error("THREE.BufferGeometry.computeBoundingBox(): ...")')).toBe(true)
    expect(containsThree('const three=import("./Exhibition3D-x.js");// a WebGLRenderer later')).toBe(false)
  })
})

describe('chunkName', () => {
  it('drops the folder and the content hash', () => {
    expect(chunkName('assets/CurrentPage-Cqp3py98.js')).toBe('CurrentPage')
    expect(chunkName('assets/dsfrScript-D6E6efNS.js')).toBe('dsfrScript')
    expect(chunkName('assets/link-dEc1avf1.js')).toBe('link')
  })
})

describe('measureTwoD', () => {
  let dist = ''
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'bench-2d-'))
    await mkdir(path.join(dist, 'assets'))
  })
  afterAll(() => rm(dist, { recursive: true, force: true }))

  async function build(files: Record<string, string>) {
    for (const [file, content] of Object.entries(files)) await writeFile(path.join(dist, file), content)
    const bundle = await measureBundle(dist)
    return measureTwoD(dist, bundle)
  }

  it('counts the entry and its static imports, and leaves a lazy 3D chunk out', async () => {
    const report = await build({
      'index.html': '<script type="module" src="/assets/index-a.js"></script>',
      'assets/index-a.js': 'import"./react-b.js";const scene=()=>import("./scene-c.js");',
      'assets/react-b.js': 'export const r=1;',
      'assets/scene-c.js': 'console.warn("THREE.WebGLRenderer: Context Lost.");',
    })
    expect(report.files.sort()).toEqual(['assets/index-a.js', 'assets/react-b.js'])
    expect(report.threeJsFiles).toEqual([])
    expect(report.withinBudget).toBe(true)
    expect(report.budgetGzip).toBe(TWO_D_JS_BUDGET_GZIP)
  })

  it('adds the lazy 2D pages and their imports, and DSFR’s script, counted apart and in the total', async () => {
    const report = await build({
      'index.html': '<script type="module" src="/assets/index-a.js"></script>',
      'assets/index-a.js':
        'import"./react-b.js";const p=()=>import(`./CurrentPage-12345678.js`),s=()=>import("./Exhibition3D-12345678.js");',
      'assets/react-b.js': 'export const r=1;',
      'assets/CurrentPage-12345678.js': 'import"./react-b.js";import"./link-12345678.js";',
      'assets/link-12345678.js': 'const d=()=>import(`./dsfrScript-12345678.js`);',
      'assets/dsfrScript-12345678.js': 'window.dsfr={};'.repeat(50),
      'assets/Exhibition3D-12345678.js': 'console.warn("THREE.WebGLRenderer: Context Lost.");',
    })
    expect(report.files).toEqual([
      'assets/CurrentPage-12345678.js',
      'assets/dsfrScript-12345678.js',
      'assets/index-a.js',
      'assets/link-12345678.js',
      'assets/react-b.js',
    ])
    expect(report.dsfrScriptGzip).toBeGreaterThan(0)
    expect(report.totalJsGzip).toBe(report.initialJsGzip + report.dsfrScriptGzip)
    expect(report.totalJsBrotli).toBeGreaterThan(0)
    expect(report.totalJsBrotli).toBeLessThan(report.totalJsGzip)
    expect(report.threeJsFiles).toEqual([])
  })

  it('fails the budget when three.js is imported statically', async () => {
    const report = await build({
      'index.html': '<script type="module" src="/assets/index-a.js"></script>',
      'assets/index-a.js': 'import"./scene-c.js";',
      'assets/scene-c.js': 'console.warn("THREE.WebGLRenderer: Context Lost.");',
    })
    expect(report.threeJsFiles).toEqual(['assets/scene-c.js'])
    expect(report.withinBudget).toBe(false)
  })

  it('fails the budget when DSFR’s script takes the total over 120 KB, though the first page fits', async () => {
    const noise = (n: number) => Array.from({ length: n }, () => Math.floor(Math.random() * 10)).join('')
    const report = await build({
      'index.html': '<script type="module" src="/assets/index-a.js"></script>',
      'assets/index-a.js': `const n="${noise(200_000)}";const d=()=>import("./dsfrScript-12345678.js");`,
      'assets/dsfrScript-12345678.js': `const m="${noise(200_000)}";`,
    })
    expect(report.initialJsGzip).toBeLessThan(TWO_D_JS_BUDGET_GZIP)
    expect(report.totalJsGzip).toBeGreaterThan(TWO_D_JS_BUDGET_GZIP)
    expect(report.withinBudget).toBe(false)
  })

  it('fails the budget when the initial JS weighs more than 120 KB gzipped', async () => {
    // Random digits do not compress much: 400,000 of them gzip to well over 120 KB.
    let noise = ''
    for (let i = 0; i < 400_000; i++) noise += String(Math.floor(Math.random() * 10))
    const report = await build({
      'index.html': '<script type="module" src="/assets/index-a.js"></script>',
      'assets/index-a.js': `const n="${noise}";`,
    })
    expect(report.initialJsGzip).toBeGreaterThan(TWO_D_JS_BUDGET_GZIP)
    expect(report.withinBudget).toBe(false)
  })
})
