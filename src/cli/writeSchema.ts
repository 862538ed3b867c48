import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { manifestJsonSchema } from '../manifest/jsonSchema.ts'

const target = fileURLToPath(new URL('../../gallery/schema.json', import.meta.url))
await writeFile(target, manifestJsonSchema())
console.log(`wrote ${target}`)
