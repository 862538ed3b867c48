import { readFile } from 'node:fs/promises'
import path from 'node:path'
import type { BundleReport } from './bundle.ts'

/** The most gzipped JavaScript the 2D twin may need for its first page, in bytes (issue 4: 120 KB). */
export const TWO_D_JS_BUDGET_GZIP = 120_000

// Text only three.js's build carries: its warnings name its classes. Minifiers keep strings.
const THREE_MARKER = /THREE\.(?:WebGLRenderer|WebGLRenderTarget|BufferGeometry|Object3D|Mesh)\b/

/** What `npm run bench` reports about the 2D twin under `twoD`. */
export type TwoDReport = {
  /** Gzipped bytes of the entry and its static imports: what a 2D page runs on, the 3D view being lazy. */
  initialJsGzip: number
  budgetGzip: number
  withinBudget: boolean
  files: string[]
  /** The chunks of that set that carry three.js: none, or the 2D twin is no longer light. */
  threeJsFiles: string[]
}

/** True when a built chunk contains three.js. */
export function containsThree(code: string): boolean {
  return THREE_MARKER.test(code)
}

/** The 2D twin's share of a measured build: its initial JS against the budget, and whether three.js is in it. */
export async function measureTwoD(distDir: string, bundle: BundleReport): Promise<TwoDReport> {
  const { files, gzip } = bundle.initial.js
  const threeJsFiles: string[] = []
  for (const file of files) {
    if (containsThree(await readFile(path.join(distDir, file), 'utf8'))) threeJsFiles.push(file)
  }
  return {
    initialJsGzip: gzip,
    budgetGzip: TWO_D_JS_BUDGET_GZIP,
    withinBudget: gzip <= TWO_D_JS_BUDGET_GZIP && threeJsFiles.length === 0,
    files,
    threeJsFiles,
  }
}
