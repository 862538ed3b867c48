import { z } from 'zod'
import { Manifest } from './schema.ts'

/** The JSON Schema of the manifest, as committed in gallery/schema.json for editors' autocompletion. */
export function manifestJsonSchema(): string {
  const schema = z.toJSONSchema(Manifest, { io: 'input', unrepresentable: 'any', target: 'draft-2020-12' })
  return `${JSON.stringify({ ...schema, title: 'vernissage gallery manifest' }, null, 2)}\n`
}
