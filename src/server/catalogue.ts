import { readdir, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { FastifyBaseLogger } from 'fastify'
import { MAX_MANIFEST_BYTES, message, parseManifestText, type Manifest, type ManifestError } from '../manifest/index.ts'
import { publicManifest } from './publicManifest.ts'

/** One exhibition as listed by `GET /api/exhibitions`. */
export type ExhibitionSummary = Pick<Manifest['exhibition'], 'id' | 'title' | 'subtitle' | 'promotion' | 'dates'> & {
  counts: { rooms: number; defis: number }
}

/** A valid manifest file, with what the API answers for it computed once per version of the file. */
export type CatalogueEntry = { file: string; summary: ExhibitionSummary; publicJson: string }

// A file counts as changed when any of these moved: a publish renames a new file (a new inode) over the old one.
type Stamp = { ino: number; mtimeMs: number; ctimeMs: number; size: number }
type Loaded = Stamp & { entry: CatalogueEntry | null }

const sameStamp = (a: Stamp, b: Stamp): boolean =>
  a.ino === b.ino && a.mtimeMs === b.mtimeMs && a.ctimeMs === b.ctimeMs && a.size === b.size

/** The valid manifests of a gallery folder, re-read when a file is added, changed or removed. */
export type Catalogue = {
  /** The exhibitions, newest promotion first. */
  list(): Promise<ExhibitionSummary[]>
  /** The public manifest of an exhibition as JSON text, or undefined for an unknown id. */
  get(id: string): Promise<CatalogueEntry | undefined>
  /** The exhibition a file of the gallery folder holds (`eig4.json`), or undefined when it shows none. */
  fromFile(name: string): Promise<CatalogueEntry | undefined>
  /** Forgets what was read of a file, so that the next request reads it again (the server has just published it). */
  forget(name: string): void
}

/** True for the names of the gallery folder's manifest files (`schema.json` and dotfiles are not). */
export function isManifestFile(name: string): boolean {
  return name.endsWith('.json') && name !== 'schema.json' && !name.startsWith('.')
}

function summarize(manifest: Manifest): ExhibitionSummary {
  const { id, title, subtitle, promotion, dates } = manifest.exhibition
  return {
    id,
    title,
    subtitle,
    promotion,
    dates,
    counts: { rooms: manifest.rooms.length, defis: manifest.defis.length },
  }
}

function byNewestPromotion(a: ExhibitionSummary, b: ExhibitionSummary): number {
  // Exhibitions without a promotion number go last; ties fall back to the most recent dates, then the id.
  const na = a.promotion.number ?? -Infinity
  const nb = b.promotion.number ?? -Infinity
  if (na !== nb) return nb - na
  if (a.dates.start !== b.dates.start) return a.dates.start < b.dates.start ? 1 : -1
  return a.id.localeCompare(b.id)
}

async function load(file: string, size: number): Promise<{ manifest: Manifest } | { errors: ManifestError[] }> {
  // Checked before reading, so that a huge file dropped in the folder is never read into memory.
  if (size > MAX_MANIFEST_BYTES) {
    return { errors: [{ path: '$', message: message('file.tooLarge', { size, limit: MAX_MANIFEST_BYTES }) }] }
  }
  const result = parseManifestText(await readFile(file, 'utf8'))
  return result.ok ? { manifest: result.manifest } : { errors: result.errors }
}

/** Reads the manifests of `galleryDir`; invalid files are logged once per version and left out. */
export function createCatalogue(galleryDir: string, log: FastifyBaseLogger): Catalogue {
  let files = new Map<string, Loaded>()
  let byId = new Map<string, CatalogueEntry>()
  let sorted: ExhibitionSummary[] = []
  let refreshing: Promise<void> | null = null
  // Files the server has just written: read again whatever their stamp says. `forgets` counts the calls to forget,
  // `covered` how many of them the latest read of the folder started after.
  const stale = new Set<string>()
  let forgets = 0
  let covered = 0

  async function check(name: string, reload: boolean): Promise<Loaded | null> {
    const file = path.join(galleryDir, name)
    const info = await stat(file).catch(() => null)
    if (!info?.isFile()) return null
    const known = files.get(name)
    const stamp = { ino: info.ino, mtimeMs: info.mtimeMs, ctimeMs: info.ctimeMs, size: info.size }
    if (known && !reload && sameStamp(known, stamp)) return known
    const loaded = await load(file, info.size).catch((error: unknown) => ({
      errors: [{ path: '$', message: { fr: 'lecture impossible', en: `cannot read: ${String(error)}` } }],
    }))
    if ('errors' in loaded) {
      for (const e of loaded.errors) {
        log.warn(
          { file, path: e.path, message: e.message },
          `invalid manifest left out: ${file} ${e.path}: ${e.message.en}`,
        )
      }
      return { ...stamp, entry: null }
    }
    const visible = publicManifest(loaded.manifest)
    const entry = { file, summary: summarize(visible), publicJson: JSON.stringify(visible) }
    return { ...stamp, entry }
  }

  async function refresh(): Promise<void> {
    const reload = new Set(stale)
    stale.clear()
    const names = await readdir(galleryDir).catch((error: unknown) => {
      log.warn({ galleryDir }, `cannot read the gallery folder: ${String(error)}`)
      return [] as string[]
    })
    const manifestNames = names.filter(isManifestFile).sort()
    const checked = await Promise.all(manifestNames.map((name) => check(name, reload.has(name))))
    const next = new Map<string, Loaded>()
    manifestNames.forEach((name, i) => {
      const loaded = checked[i]
      if (loaded) next.set(name, loaded)
    })
    const changed = next.size !== files.size || [...next].some(([name, loaded]) => files.get(name) !== loaded)
    files = next
    if (changed) index()
  }

  function index(): void {
    byId = new Map()
    for (const { entry } of files.values()) {
      if (!entry) continue
      const first = byId.get(entry.summary.id)
      if (first) {
        log.warn({ file: entry.file }, `exhibition id "${entry.summary.id}" already used by ${first.file}: left out`)
      } else byId.set(entry.summary.id, entry)
    }
    sorted = [...byId.values()].map((e) => e.summary).sort(byNewestPromotion)
  }

  // Requests that arrive while the folder is being read share that read instead of starting their own, unless the
  // server wrote a file after that read began: then they wait for one more read, which sees the new file.
  function fresh(): Promise<void> {
    if (refreshing && covered === forgets) return refreshing
    const mine: Promise<void> = (refreshing ?? Promise.resolve()).then(refresh, refresh).finally(() => {
      if (refreshing === mine) refreshing = null
    })
    refreshing = mine
    covered = forgets
    return mine
  }

  return {
    async list() {
      await fresh()
      return sorted
    },
    async get(id) {
      await fresh()
      return byId.get(id)
    },
    async fromFile(name) {
      await fresh()
      const entry = files.get(name)?.entry
      // A file whose id another file already took is left out of the exhibitions: the same here.
      return entry && byId.get(entry.summary.id) === entry ? entry : undefined
    },
    forget(name) {
      // Two versions of a file written within one clock tick, of one size, on a reused inode would look the same.
      stale.add(name)
      forgets += 1
    },
  }
}
