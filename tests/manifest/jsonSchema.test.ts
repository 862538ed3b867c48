import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { manifestJsonSchema } from '../../src/manifest/jsonSchema.ts'

describe('gallery/schema.json', () => {
  it('is up to date with the zod schema (run `npm run schema` to regenerate)', () => {
    const committed = readFileSync(new URL('../../gallery/schema.json', import.meta.url), 'utf8')
    expect(committed).toBe(manifestJsonSchema())
  })

  it('describes the fields editors need to autocomplete', () => {
    const schema = JSON.parse(manifestJsonSchema())
    expect(Object.keys(schema.properties)).toEqual(
      expect.arrayContaining(['schemaVersion', 'exhibition', 'rooms', 'defis', 'recordings']),
    )
    expect(schema.additionalProperties).toBe(false)
  })
})
