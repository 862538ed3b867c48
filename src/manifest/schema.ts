import { z } from 'zod'
import {
  Colour,
  DateOnly,
  DateTime,
  FiniteNumber,
  HttpUrl,
  Language,
  LANGUAGES,
  LocalizedText,
  mediaPath,
  Slug,
  TimeZone,
} from './fields.ts'

/** The manifest format version this code reads and writes. Older files are migrated on read. */
export const CURRENT_SCHEMA_VERSION = 1

/** A person on a team, a mentor or a speaker. */
export const Person = z.strictObject({
  name: z.string().trim().min(1, { message: 'text.empty' }),
  role: LocalizedText.optional(),
  url: HttpUrl.optional(),
})

/** A video with its poster, captions and duration; paths are relative to `media/`. */
export const MediaSet = z.strictObject({
  hls: mediaPath(['.m3u8']).optional().meta({ description: 'HLS master playlist' }),
  mp4: mediaPath(['.mp4']).optional().meta({ description: 'MP4 fallback' }),
  poster: z
    .strictObject({
      src: mediaPath(['.jpg', '.jpeg', '.png', '.webp']),
      alt: LocalizedText,
    })
    .optional(),
  captions: z
    .array(
      z.strictObject({
        lang: Language,
        src: mediaPath(['.vtt']),
        label: z.string().min(1).optional(),
      }),
    )
    .default([]),
  durationSeconds: FiniteNumber.refine((n) => n > 0, { message: 'number.positive' }).optional(),
})

export const DELIVERABLE_KINDS = ['website', 'source-code', 'dataset', 'report', 'video'] as const

/** A link to what a défi produced; without `url` it is announced as coming soon. */
export const Deliverable = z.strictObject({
  title: LocalizedText,
  kind: z.enum(DELIVERABLE_KINDS),
  url: HttpUrl.optional().meta({ description: 'Absent while the deliverable is not published yet' }),
  description: LocalizedText.optional(),
})

/** A figure a défi is proud of, e.g. 1288 declarations analysed, or +200 000 visitors. */
export const KeyFigure = z.strictObject({
  prefix: z.string().trim().min(1).max(12).optional().meta({ description: 'Written before the value, e.g. "+"' }),
  value: FiniteNumber,
  unit: z.string().min(1).optional(),
  label: LocalizedText,
})

export const SKILLS = ['dev', 'design', 'datascience', 'dataengineering', 'geomatics', 'product'] as const
export const DEFI_STATUSES = ['draft', 'submitted', 'approved'] as const

/** A défi: one stand in the exhibition. */
export const Defi = z.strictObject({
  id: Slug,
  title: z.string().trim().min(1, { message: 'text.empty' }),
  pitch: LocalizedText,
  description: LocalizedText.optional().meta({
    description: 'Markdown subset: paragraphs, lists, emphasis, links. No HTML.',
  }),
  administration: z.strictObject({
    name: z.string().trim().min(1, { message: 'text.empty' }),
    website: HttpUrl.optional(),
  }),
  city: z.string().min(1).optional(),
  team: z.array(Person).default([]),
  mentors: z.array(Person).default([]),
  skills: z.array(z.enum(SKILLS)).default([]),
  keyFigures: z.array(KeyFigure).default([]),
  deliverables: z.array(Deliverable).default([]),
  media: MediaSet.optional(),
  extras: z
    .array(z.strictObject({ title: LocalizedText, media: MediaSet }))
    .default([])
    .meta({ description: 'Behind-the-scenes media' }),
  status: z.enum(DEFI_STATUSES).default('draft'),
})

export const ROOM_KINDS = ['lobby', 'themed', 'auditorium'] as const

/** A room of the building; themed rooms hold stands in order. */
export const Room = z.strictObject({
  id: Slug,
  title: LocalizedText,
  kind: z.enum(ROOM_KINDS),
  themeColor: Colour.default('#000091'),
  stands: z.array(Slug).default([]).meta({ description: 'Défi ids, in visiting order' }),
})

export const RECORDING_KINDS = ['panel', 'round-table', 'talk'] as const

/** A recorded panel or round table shown in the auditorium. */
export const Recording = z.strictObject({
  id: Slug,
  title: LocalizedText,
  kind: z.enum(RECORDING_KINDS),
  description: LocalizedText.optional(),
  moderator: Person.optional(),
  speakers: z.array(Person).default([]),
  media: MediaSet,
})

export const SESSION_KINDS = ['panel', 'round-table', 'guided-tour', 'pitch-session', 'encounters'] as const

/** One slot of the Demo Day programme. */
export const Session = z.strictObject({
  id: Slug,
  title: LocalizedText,
  kind: z.enum(SESSION_KINDS),
  description: LocalizedText.optional(),
  start: DateTime,
  end: DateTime,
  room: Slug.optional(),
  liveStreamUrl: HttpUrl.optional(),
  recording: Slug.optional(),
})

/** The exhibition itself: who, when, and under what licence. */
export const Exhibition = z.strictObject({
  id: Slug,
  title: LocalizedText,
  subtitle: LocalizedText.optional(),
  promotion: z.strictObject({
    name: z.string().min(1),
    number: z.number().int().positive().optional(),
    startDate: DateOnly.optional(),
    endDate: DateOnly.optional(),
  }),
  dates: z.strictObject({
    start: DateOnly,
    end: DateOnly,
    timezone: TimeZone.default('Europe/Paris'),
  }),
  organiser: z.strictObject({
    name: z.string().min(1),
    url: HttpUrl.optional(),
    email: z.email({ message: 'email' }).optional(),
  }),
  credits: z.array(z.strictObject({ text: LocalizedText, url: HttpUrl.optional() })).min(1, { message: 'credits' }),
  licence: z.strictObject({ name: z.string().min(1), url: HttpUrl }),
  site: z
    .strictObject({
      title: LocalizedText.optional(),
      tagline: LocalizedText.optional(),
      tourName: LocalizedText.optional(),
    })
    .optional()
    .meta({
      description:
        "How this exhibition's pages name the site (header, window title), its tagline and the guided tour; neutral words otherwise",
    }),
  languages: z
    .array(Language)
    .min(1)
    .default([...LANGUAGES]),
  programme: z.array(Session).default([]),
})

/** A gallery manifest: one exhibition, its rooms, its défis and its recordings. */
export const Manifest = z.strictObject({
  $schema: z.string().optional(),
  schemaVersion: z.literal(CURRENT_SCHEMA_VERSION),
  exhibition: Exhibition,
  rooms: z.array(Room).min(1, { message: 'rooms.none' }),
  defis: z.array(Defi).default([]),
  recordings: z.array(Recording).default([]),
})

export type Manifest = z.infer<typeof Manifest>
export type ManifestInput = z.input<typeof Manifest>
export type Defi = z.infer<typeof Defi>
export type Room = z.infer<typeof Room>
export type Recording = z.infer<typeof Recording>
export type Session = z.infer<typeof Session>
export type MediaSet = z.infer<typeof MediaSet>
export type Person = z.infer<typeof Person>
export type Deliverable = z.infer<typeof Deliverable>
export type KeyFigure = z.infer<typeof KeyFigure>
export type Exhibition = z.infer<typeof Exhibition>
