import { readFileSync } from 'node:fs'
import { applyCommand, type Command, type DraftDocument } from '../../src/curation/index.ts'
import { parseManifest } from '../../src/manifest/index.ts'

/** The full valid fixture, as its file holds it: three défis in two themed rooms, a lobby, an auditorium, two sessions. */
export function startDoc(): DraftDocument {
  return JSON.parse(readFileSync(new URL('../fixtures/valid/full.json', import.meta.url), 'utf8')) as DraftDocument
}

/** Applies a command that must apply, and checks that its result parses and that its inverse gives the start back. */
export function applyOk(doc: DraftDocument, cmd: Command): { doc: DraftDocument; inverse: Command[] } {
  const result = applyCommand(doc, cmd)
  if (!result.ok) throw new Error(`${cmd.type} refused: ${result.reason.en} ${result.path ?? ''}`)
  const parsed = parseManifest(result.doc)
  if (!parsed.ok) throw new Error(`${cmd.type} made an invalid manifest: ${JSON.stringify(parsed.errors)}`)
  let back = result.doc
  for (const inverse of result.inverse) {
    const undone = applyCommand(back, inverse)
    if (!undone.ok) throw new Error(`undo of ${cmd.type} refused: ${undone.reason.en}`)
    back = undone.doc
  }
  if (JSON.stringify(back) !== JSON.stringify(doc)) throw new Error(`undo of ${cmd.type} did not give the start back`)
  return result
}

/** The refusal a command must meet. */
export function refusal(doc: DraftDocument, cmd: Command): { reason: { fr: string; en: string }; path?: string } {
  const result = applyCommand(doc, cmd)
  if (result.ok) throw new Error(`${cmd.type} was applied but should have been refused`)
  return result
}

/** A room's stands in a document. */
export const standsOf = (doc: DraftDocument, room: string) => doc.rooms.find((r) => r.id === room)?.stands
