import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { brotliCompressSync, constants, gzipSync } from 'node:zlib'

/** Bytes of one file as stored, gzipped (level 9) and brotli-compressed (quality 11), as a precompressing server would send it. */
export type Sizes = { raw: number; gzip: number; brotli: number }
/** The sizes of one built chunk, named by its path inside `dist/`. */
export type ChunkSizes = Sizes & { file: string; kind: 'js' | 'css' }
/** A group of chunks and their summed sizes. */
export type ChunkGroup = Sizes & { files: string[] }
/** What `npm run bench` reports about the built app under `bundle`. */
export type BundleReport = {
  /** What the first page load downloads before the app can run: the entry, its preloads and static imports. */
  initial: { js: ChunkGroup; css: ChunkGroup }
  total: { js: ChunkGroup; css: ChunkGroup }
  chunks: ChunkSizes[]
}

/** Measures a buffer raw, gzipped and brotli-compressed at maximum settings. */
export function measure(content: Buffer): Sizes {
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }).length,
  }
}

function attributes(tag: string): Record<string, string> {
  const found: Record<string, string> = {}
  for (const m of tag.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    found[m[1]!.toLowerCase()] = m[2] ?? m[3] ?? m[4] ?? ''
  }
  return found
}

/** The scripts, module preloads and stylesheets an HTML page loads, as written in its tags. */
export function entryAssets(html: string): { scripts: string[]; modulePreloads: string[]; styles: string[] } {
  const scripts: string[] = []
  const modulePreloads: string[] = []
  const styles: string[] = []
  const withoutComments = html.replace(/<!--[\s\S]*?-->/g, '')
  for (const [tag] of withoutComments.matchAll(/<script\b[^>]*>/gi)) {
    const a = attributes(tag.slice(7, -1))
    if (a.type === 'module' && a.src) scripts.push(a.src)
  }
  for (const [tag] of withoutComments.matchAll(/<link\b[^>]*>/gi)) {
    const a = attributes(tag.slice(5, -1))
    const rel = (a.rel ?? '').toLowerCase().split(/\s+/)
    if (rel.includes('modulepreload') && a.href) modulePreloads.push(a.href)
    if (rel.includes('stylesheet') && a.href) styles.push(a.href)
  }
  return { scripts, modulePreloads, styles }
}

/**
 * The specifiers of a built module's static `import`/`export … from` statements. Bundlers write these at the
 * top of each chunk, so reading stops at the first other statement; `import()` calls are dynamic and skipped.
 * Vite puts the list of a chunk's lazy dependencies (`const __vite__mapDeps=…;`) before its imports: it is skipped.
 */
export function staticImports(code: string): string[] {
  const found: string[] = []
  const preamble = /^\s*const __vite__mapDeps=[^;]*;/.exec(code)
  const statement =
    /(?:\s|\/\*[\s\S]*?\*\/|\/\/[^\n]*\n)*(import|export)\b\s*([^;"'`]*?)\s*(?:from\s*)?(["'])([^"']+)\3\s*;?/y
  let position = preamble ? preamble[0].length : 0
  for (;;) {
    statement.lastIndex = position
    const m = statement.exec(code)
    if (!m || /^[(.]/.test(m[2]!)) break
    found.push(m[4]!)
    position = statement.lastIndex
  }
  return found
}

function resolveAsset(distDir: string, from: string, specifier: string): string | null {
  if (/^[a-z][a-z0-9+.-]*:/i.test(specifier) || specifier.startsWith('//')) return null
  const absolute = specifier.startsWith('/')
    ? path.join(distDir, specifier)
    : path.resolve(path.dirname(from), specifier)
  const relative = path.relative(distDir, absolute.split(/[?#]/)[0]!)
  return relative.startsWith('..') ? null : relative.split(path.sep).join('/')
}

function group(chunks: ChunkSizes[], files: Iterable<string>): ChunkGroup {
  const wanted = new Set(files)
  const picked = chunks.filter((c) => wanted.has(c.file))
  const sum = (key: keyof Sizes) => picked.reduce((total, c) => total + c[key], 0)
  return { files: picked.map((c) => c.file), raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') }
}

async function listFiles(dir: string, prefix = ''): Promise<string[]> {
  const entries = await readdir(path.join(dir, prefix), { withFileTypes: true }).catch(() => [])
  const nested = await Promise.all(
    entries.map((e) =>
      e.isDirectory() ? listFiles(dir, path.posix.join(prefix, e.name)) : [path.posix.join(prefix, e.name)],
    ),
  )
  return nested.flat()
}

/** Measures every JS and CSS chunk of a Vite build, and the part of it the first page load needs. */
export async function measureBundle(distDir: string): Promise<BundleReport> {
  const html = await readFile(path.join(distDir, 'index.html'), 'utf8')
  const files = (await listFiles(distDir)).filter((f) => /\.(m?js|css)$/.test(f)).sort()
  const chunks = await Promise.all(
    files.map(async (file): Promise<ChunkSizes> => {
      const kind = file.endsWith('.css') ? 'css' : 'js'
      return { file, kind, ...measure(await readFile(path.join(distDir, file))) }
    }),
  )
  const indexPath = path.join(distDir, 'index.html')
  const entry = entryAssets(html)
  const initialJs = new Set<string>()
  const queue = [...entry.scripts, ...entry.modulePreloads].flatMap((s) => resolveAsset(distDir, indexPath, s) ?? [])
  while (queue.length > 0) {
    const file = queue.pop()!
    if (initialJs.has(file)) continue
    initialJs.add(file)
    const code = await readFile(path.join(distDir, file), 'utf8').catch(() => '')
    for (const specifier of staticImports(code)) {
      const resolved = resolveAsset(distDir, path.join(distDir, file), specifier)
      if (resolved) queue.push(resolved)
    }
  }
  const initialCss = entry.styles.flatMap((s) => resolveAsset(distDir, indexPath, s) ?? [])
  const ofKind = (kind: 'js' | 'css') => chunks.filter((c) => c.kind === kind).map((c) => c.file)
  return {
    initial: { js: group(chunks, initialJs), css: group(chunks, initialCss) },
    total: { js: group(chunks, ofKind('js')), css: group(chunks, ofKind('css')) },
    chunks,
  }
}
