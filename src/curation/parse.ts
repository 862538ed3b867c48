import { z } from 'zod'
import { LocalizedText, Slug, type Bilingual } from '../manifest/index.ts'
import type { Command } from './commands.ts'
import { EXHIBITION_FIELDS } from './exhibition.ts'
import { MAX_REVIEW_MESSAGE } from './review.ts'

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

const SESSION_FIELDS = ['title', 'kind', 'description', 'start', 'end', 'room', 'liveStreamUrl', 'recording'] as const

const Index = z.number().int().min(0)
const Before = z.string().min(1).max(80).optional()
const DropEmpty = z.literal(true).optional()
// Whole entities carried by create commands: their id is needed to apply the command; the rest is checked by parsing
// the manifest they make, with the validator's own messages and paths.
const Entity = z.looseObject({ id: Slug })

/** The shape of every command; the values they carry are checked afterwards, by parsing the manifest they make. */
export const CommandSchema = z.discriminatedUnion('type', [
  z.strictObject({
    type: z.literal('room.create'),
    room: Entity.extend({ kind: z.string(), stands: z.array(Slug).optional() }),
    index: Index.optional(),
  }),
  z.strictObject({ type: z.literal('room.rename'), room: Slug, title: LocalizedText, expect: z.unknown().optional() }),
  z.strictObject({ type: z.literal('room.recolour'), room: Slug, themeColor: z.string().optional(), before: Before }),
  z.strictObject({ type: z.literal('room.move'), room: Slug, index: Index }),
  z.strictObject({ type: z.literal('room.delete'), room: Slug }),
  z.strictObject({
    type: z.literal('stand.move'),
    defi: Slug,
    room: Slug.nullable(),
    index: Index.optional(),
    dropEmpty: DropEmpty,
  }),
  z.strictObject({ type: z.literal('defi.create'), defi: Entity, index: Index.optional() }),
  z.strictObject({
    type: z.literal('defi.set'),
    defi: Slug,
    field: z.enum(DEFI_FIELDS),
    value: z.unknown().optional(),
    before: Before,
    expect: z.unknown().optional(),
  }),
  z.strictObject({ type: z.literal('defi.delete'), defi: Slug, dropEmpty: DropEmpty }),
  z.strictObject({ type: z.literal('defi.approve'), defi: Slug }),
  z.strictObject({ type: z.literal('defi.sendBack'), defi: Slug, message: z.string().max(MAX_REVIEW_MESSAGE) }),
  z.strictObject({ type: z.literal('session.add'), session: Entity, index: Index.optional() }),
  z.strictObject({
    type: z.literal('session.set'),
    session: Slug,
    field: z.enum(SESSION_FIELDS),
    value: z.unknown().optional(),
    before: Before,
    expect: z.unknown().optional(),
  }),
  z.strictObject({ type: z.literal('session.remove'), session: Slug, dropEmpty: DropEmpty }),
  z.strictObject({
    type: z.literal('exhibition.set'),
    field: z.enum(EXHIBITION_FIELDS),
    value: z.unknown().optional(),
    before: Before,
    expect: z.unknown().optional(),
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
