import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { staticImports, type BundleReport } from './bundle.ts'

/** The most gzipped JavaScript the 2D twin may download in all, DSFR's script included, in bytes (issue 4: 120 KB). */
export const TWO_D_JS_BUDGET_GZIP = 120_000

/** The lazy modules the app loads to show any 2D page (src/app/App.tsx): the pages and react-dsfr's start. */
export const TWO_D_LAZY_MODULES = ['CurrentPage', 'dsfr'] as const
/** The DSFR script (menus, dialogs: src/app/dsfrScript.ts), which react-dsfr's start imports once the page is up. */
export const DSFR_SCRIPT = 'dsfrScript'

// Text only three.js's build carries: its warnings name its classes. Minifiers keep strings.
const THREE_MARKER = /THREE\.(?:WebGLRenderer|WebGLRenderTarget|BufferGeometry|Object3D|Mesh)\b/
const DYNAMIC_IMPORT = /\bimport\(\s*[`"']([^`"']+)[`"']\s*\)/g

/** What `npm run bench` reports about the 2D twin under `twoD`. */
export type TwoDReport = {
  /** Gzipped bytes of what a 2D page runs to show itself: the entry, the lazy 2D pages, their imports. */
  initialJsGzip: number
  /** Gzipped bytes of the DSFR script for menus and dialogs, loaded right after (0 when not in the build). */
  dsfrScriptGzip: number
  /** All the 2D twin's JS, the sum of the two above: what the budget applies to. */
  totalJsGzip: number
  /** The same as the server sends it to a browser that accepts Brotli (the build's `.br` copies). */
  totalJsBrotli: number
  budgetGzip: number
  withinBudget: boolean
  /** Every chunk counted, the DSFR script included. */
  files: string[]
  /** The chunks of those that carry three.js: none, or the 2D twin is no longer light. */
  threeJsFiles: string[]
}

/** True when a built chunk contains three.js. */
export function containsThree(code: string): boolean {
  return THREE_MARKER.test(code)
}

/** A chunk's module name: `assets/CurrentPage-Cqp3py98.js` → `CurrentPage`. */
export function chunkName(file: string): string {
  return path.posix.basename(file).replace(/-[\w-]{8}\.m?js$/, '')
}

/**
 * The chunks a page of the built app runs: the entry's, then the chunks of the dynamic imports `follow` names (by
 * module name), each with its static imports, transitively. Dynamic imports `aside` names are gathered apart, not
 * followed. `read` gives a chunk's code.
 */
export async function reachableChunks(
  bundle: BundleReport,
  read: (file: string) => Promise<string>,
  names: { follow: (name: string) => boolean; aside?: (name: string) => boolean },
): Promise<{ files: Set<string>; aside: Set<string> }> {
  const resolve = (from: string, specifier: string) => path.posix.join(path.posix.dirname(from), specifier)
  const known = new Set(bundle.chunks.map((c) => c.file))
  const files = new Set(bundle.initial.js.files)
  const aside = new Set<string>()
  const queue = [...files]
  while (queue.length > 0) {
    const file = queue.pop()!
    const source = await read(file)
    const next = staticImports(source).map((s) => resolve(file, s))
    for (const [, specifier] of source.matchAll(DYNAMIC_IMPORT)) {
      const target = resolve(file, specifier!)
      const name = chunkName(target)
      if (names.follow(name)) next.push(target)
      else if (names.aside?.(name)) aside.add(target)
    }
    for (const target of next) {
      if (known.has(target) && !files.has(target)) {
        files.add(target)
        queue.push(target)
      }
    }
  }
  return { files, aside }
}

/** The 2D twin's share of a measured build: its JS against the budget, and whether three.js is in it. */
export async function measureTwoD(distDir: string, bundle: BundleReport): Promise<TwoDReport> {
  const code = new Map<string, string>()
  const read = async (file: string) => {
    if (!code.has(file)) code.set(file, await readFile(path.join(distDir, file), 'utf8').catch(() => ''))
    return code.get(file)!
  }
  // The entry's static imports, then each lazy 2D module the app loads at start, with its own static imports;
  // DSFR's script, which react-dsfr's start imports once the page is up, counted apart.
  const { files, aside: dsfrScript } = await reachableChunks(bundle, read, {
    follow: (name) => (TWO_D_LAZY_MODULES as readonly string[]).includes(name),
    aside: (name) => name === DSFR_SCRIPT,
  })
  const sizeOf = (set: Set<string>, key: 'gzip' | 'brotli') =>
    bundle.chunks.filter((c) => set.has(c.file)).reduce((t, c) => t + c[key], 0)
  const gzipOf = (set: Set<string>) => sizeOf(set, 'gzip')
  const threeJsFiles: string[] = []
  for (const file of [...files, ...dsfrScript]) if (containsThree(await read(file))) threeJsFiles.push(file)
  const initialJsGzip = gzipOf(files)
  const dsfrScriptGzip = gzipOf(dsfrScript)
  const totalJsGzip = initialJsGzip + dsfrScriptGzip
  return {
    initialJsGzip,
    dsfrScriptGzip,
    totalJsGzip,
    totalJsBrotli: sizeOf(files, 'brotli') + sizeOf(dsfrScript, 'brotli'),
    budgetGzip: TWO_D_JS_BUDGET_GZIP,
    withinBudget: totalJsGzip <= TWO_D_JS_BUDGET_GZIP && threeJsFiles.length === 0,
    files: [...files, ...dsfrScript].sort(),
    threeJsFiles,
  }
}
