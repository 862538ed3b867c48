import { z } from 'zod'
import { LocalizedText, Slug, type Bilingual } from '../manifest/index.ts'
import type { Command } from './commands.ts'

const DEFI_FIELDS = [
  'title',
  'pitch',
  'description',
  'administration',
  'city',
  'team',
  'mentors',
  'skills',
  'keyFigures',
  'deliverables',
  'media',
  'extras',
  'status',
] as const

/** The shape of every command; the values they carry are checked afterwards, by parsing the manifest they make. */
export const CommandSchema = z.discriminatedUnion('type', [
  z.strictObject({ type: z.literal('room.rename'), room: Slug, title: LocalizedText }),
  z.strictObject({
    type: z.literal('stand.move'),
    defi: Slug,
    room: Slug.nullable(),
    index: z.number().int().min(0).optional(),
  }),
  z.strictObject({
    type: z.literal('defi.set'),
    defi: Slug,
    field: z.enum(DEFI_FIELDS),
    value: z.unknown().optional(),
  }),
])

/** The commands of a request body, or what is wrong with them (the index of the first bad one, in both languages). */
export function parseCommands(input: unknown): { ok: true; commands: Command[] } | { ok: false; error: Bilingual } {
  if (!Array.isArray(input))
    return { ok: false, error: { fr: 'liste de commandes attendue', en: 'expected a list of commands' } }
  const commands: Command[] = []
  for (const [i, item] of input.entries()) {
    const result = CommandSchema.safeParse(item)
    if (!result.success) {
      return { ok: false, error: { fr: `commande ${i} invalide`, en: `command ${i} is invalid` } }
    }
    commands.push(result.data as Command)
  }
  return { ok: true, commands }
}
