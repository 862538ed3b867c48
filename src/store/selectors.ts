import { LANGUAGES, type Language } from '../manifest/languages.ts'
import type { Defi, Manifest, Room } from '../manifest/schema.ts'
import { contentLanguage } from '../manifest/text.ts'
import type { Load } from './exhibitionsSlice.ts'
import type { GalleryState } from './galleryStore.ts'

const IDLE: Load<never> = { status: 'idle' }

/** The load state of the exhibition named by the current URL, or null on pages outside any exhibition. */
export function selectExhibition(state: GalleryState): Load<Manifest> | null {
  const { location } = state
  if (location.name === 'exhibitions' || location.name === 'notFound') return null
  return state.exhibitions.get(location.exhibition) ?? IDLE
}

/** The exhibition named by the URL once loaded, else undefined. */
function loadedExhibition(state: GalleryState): Manifest['exhibition'] | undefined {
  const load = selectExhibition(state)
  return load?.status === 'ready' ? load.data.exhibition : undefined
}

/**
 * The language the current page is shown in: the visitor's, unless the exhibition is not written in it; then the
 * exhibition's own (a French-only exhibition stays `lang="fr"` with `?lang=en`). The visitor's choice is kept.
 */
export function selectLanguage(state: GalleryState): Language {
  const exhibition = loadedExhibition(state)
  return exhibition ? contentLanguage(exhibition, state.language) : state.language
}

/** The languages the visitor may switch between here: the exhibition's, or every one outside an exhibition. */
export function selectLanguages(state: GalleryState): readonly Language[] {
  return loadedExhibition(state)?.languages ?? LANGUAGES
}

/** A stand as visited: the défi and the room that shows it. */
export type Stand = { room: Room; defi: Defi }

const sequences = new WeakMap<Manifest, Stand[]>()

/** Every stand in visiting order: rooms in manifest order, then each room's stands; unknown ids are skipped. */
export function selectDefiSequence(manifest: Manifest): Stand[] {
  const cached = sequences.get(manifest)
  if (cached) return cached
  const byId = new Map(manifest.defis.map((d) => [d.id, d]))
  const seen = new Set<string>()
  const sequence: Stand[] = []
  for (const room of manifest.rooms) {
    for (const id of room.stands) {
      const defi = byId.get(id)
      // A défi listed twice is visited once, in its first room.
      if (defi && !seen.has(id)) {
        seen.add(id)
        sequence.push({ room, defi })
      }
    }
  }
  sequences.set(manifest, sequence)
  return sequence
}

/** The stands before and after a défi in visiting order, and the défi's own stand. */
export function selectStandNeighbours(
  manifest: Manifest,
  defiId: string,
): { current: Stand; previous: Stand | null; next: Stand | null } | null {
  const sequence = selectDefiSequence(manifest)
  const index = sequence.findIndex((s) => s.defi.id === defiId)
  const current = sequence[index]
  if (current === undefined) return null
  return { current, previous: sequence[index - 1] ?? null, next: sequence[index + 1] ?? null }
}
