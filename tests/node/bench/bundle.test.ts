import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { entryAssets, measure, measureBundle, staticImports } from '../../../src/node/bench/bundle.ts'

describe('staticImports', () => {
  it('reads the import and re-export statements at the top of a built chunk', () => {
    const code =
      'import{a as e,b as t}from"./shared-1.js";import"./side-2.js";export{c}from"./re-3.js";' +
      'import*as n from"./ns-4.js";var x=import(`./lazy-5.js`);import("./lazy-6.js");'
    expect(staticImports(code)).toEqual(['./shared-1.js', './side-2.js', './re-3.js', './ns-4.js'])
  })

  it('reads past the list of lazy dependencies Vite writes first', () => {
    const code =
      'const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["assets/a-1.js","assets/b-2.css"])))=>i.map(i=>d[i]);\n' +
      'import{i as e}from"./react-3.js";import{t}from"./Markdown-4.js";var p=()=>import(`./a-1.js`);'
    expect(staticImports(code)).toEqual(['./react-3.js', './Markdown-4.js'])
  })

  it('skips leading comments and ignores "import" in later code', () => {
    expect(staticImports('/* banner */\n// more\nimport"./a.js";const s="import \\"./b.js\\"";')).toEqual(['./a.js'])
    expect(staticImports('var e=1;import"./late.js";')).toEqual([])
    expect(staticImports('import.meta.url==="./x.js";')).toEqual([])
  })
})

describe('entryAssets', () => {
  it('finds module scripts, module preloads and stylesheets in Vite’s index.html', () => {
    const html = `<!doctype html><head>
      <!-- <script type="module" src="/assets/commented.js"></script> -->
      <script type="module" crossorigin src="/assets/index-1.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/vendor-2.js">
      <link rel="stylesheet" crossorigin href="/assets/index-3.css">
      <link rel="icon" href="/favicon.svg">
      <script src="/legacy.js"></script></head>`
    expect(entryAssets(html)).toEqual({
      scripts: ['/assets/index-1.js'],
      modulePreloads: ['/assets/vendor-2.js'],
      styles: ['/assets/index-3.css'],
    })
  })
})

describe('measure', () => {
  it('gives the real gzip and brotli sizes', () => {
    const content = Buffer.from('vernissage '.repeat(1000))
    const sizes = measure(content)
    expect(sizes.raw).toBe(11_000)
    expect(sizes.gzip).toBeLessThan(200)
    expect(sizes.brotli).toBeLessThan(sizes.gzip)
  })
})

describe('measureBundle', () => {
  let dist = ''
  beforeAll(async () => {
    dist = await mkdtemp(path.join(tmpdir(), 'bench-'))
    await mkdir(path.join(dist, 'assets'))
    const files: Record<string, string> = {
      'index.html':
        '<script type="module" src="/assets/index-a.js"></script><link rel="stylesheet" href="/assets/index-a.css">',
      'assets/index-a.js': 'import{x}from"./shared-b.js";const l=()=>import(`./lazy-c.js`);' + 'x();'.repeat(100),
      'assets/shared-b.js': 'import"./deep-d.js";export const x=()=>1;',
      'assets/deep-d.js': 'console.log(1);',
      'assets/lazy-c.js': 'import{x}from"./shared-b.js";export default x;',
      'assets/index-a.css': 'body{margin:0}',
      'assets/lazy-c.css': 'p{color:red}',
      'assets/font.woff2': 'not measured',
    }
    for (const [file, content] of Object.entries(files)) await writeFile(path.join(dist, file), content)
  })
  afterAll(() => rm(dist, { recursive: true, force: true }))

  it('counts the entry and its static imports as initial JS, not the lazy chunks', async () => {
    const report = await measureBundle(dist)
    expect(report.initial.js.files.sort()).toEqual(['assets/deep-d.js', 'assets/index-a.js', 'assets/shared-b.js'])
    expect(report.initial.css.files).toEqual(['assets/index-a.css'])
    expect(report.total.js.files).toHaveLength(4)
    expect(report.chunks.map((c) => c.file)).not.toContain('assets/font.woff2')
  })

  it('sums the sizes of the chunks it groups', async () => {
    const report = await measureBundle(dist)
    const initial = report.chunks.filter((c) => report.initial.js.files.includes(c.file))
    expect(report.initial.js.raw).toBe(initial.reduce((t, c) => t + c.raw, 0))
    expect(report.initial.js.gzip).toBe(initial.reduce((t, c) => t + c.gzip, 0))
    expect(report.total.js.brotli).toBeGreaterThan(report.initial.js.brotli)
  })
})
