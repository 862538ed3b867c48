import type { Manifest } from '../manifest/index.ts'

/**
 * The manifest as visitors see it: draft défis are removed, and so are their stands in rooms.
 * Pure: never changes its argument.
 */
export function publicManifest(manifest: Manifest): Manifest {
  const drafts = new Set(manifest.defis.filter((d) => d.status === 'draft').map((d) => d.id))
  if (drafts.size === 0) return manifest
  return {
    ...manifest,
    rooms: manifest.rooms.map((room) => ({ ...room, stands: room.stands.filter((id) => !drafts.has(id)) })),
    defis: manifest.defis.filter((d) => !drafts.has(d.id)),
  }
}
