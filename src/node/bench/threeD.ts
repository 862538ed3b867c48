import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { staticImports, type BundleReport } from './bundle.ts'
import { chunkName } from './twoD.ts'

/** The most gzipped JavaScript the 3D view may load before its first frame, in bytes (issue 3: 250 KB). */
export const THREE_D_JS_BUDGET_GZIP = 250_000

/**
 * The lazy chunks the first 3D frame waits for (src/app/View3D.tsx): the scene. The overlays, the video screens
 * (pool, director), hls.js and the stand panel load beside it or after it.
 */
export const FIRST_FRAME_MODULES = ['Exhibition3D'] as const

const DYNAMIC_IMPORT = /\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g

/** What `npm run bench` reports about the JavaScript of the 3D view. */
export type ThreeDBundleReport = {
  /** Gzipped bytes loaded before the first 3D frame: the entry, its static imports, the scene chunk and its imports. */
  initialJsGzip: number
  budgetGzip: number
  withinBudget: boolean
  files: string[]
}

/** Follows the entry and the scene chunk through their static imports, from a measured build. */
export async function measureThreeDBundle(distDir: string, bundle: BundleReport): Promise<ThreeDBundleReport> {
  const known = new Set(bundle.chunks.map((c) => c.file))
  const resolve = (from: string, specifier: string) => path.posix.join(path.posix.dirname(from), specifier)
  const files = new Set(bundle.initial.js.files)
  const queue = [...files]
  while (queue.length > 0) {
    const file = queue.pop()!
    const source = await readFile(path.join(distDir, file), 'utf8').catch(() => '')
    const next = staticImports(source).map((s) => resolve(file, s))
    for (const [, specifier] of source.matchAll(DYNAMIC_IMPORT)) {
      const target = resolve(file, specifier!)
      if ((FIRST_FRAME_MODULES as readonly string[]).includes(chunkName(target))) next.push(target)
    }
    for (const target of next) {
      if (known.has(target) && !files.has(target)) {
        files.add(target)
        queue.push(target)
      }
    }
  }
  const initialJsGzip = bundle.chunks.filter((c) => files.has(c.file)).reduce((t, c) => t + c.gzip, 0)
  return {
    initialJsGzip,
    budgetGzip: THREE_D_JS_BUDGET_GZIP,
    withinBudget: initialJsGzip <= THREE_D_JS_BUDGET_GZIP,
    files: [...files].sort(),
  }
}
