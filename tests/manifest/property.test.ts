import { readFileSync } from 'node:fs'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { parseManifest } from '../../src/manifest/index.ts'

const valid = JSON.parse(readFileSync(new URL('../fixtures/valid/full.json', import.meta.url), 'utf8')) as unknown

type Json = null | boolean | number | string | Json[] | { [key: string]: Json }
type Step = { pick: number; action: number; value: unknown; key: string }

/** Every path to a node in the document, objects and arrays included. */
function paths(node: unknown, prefix: (string | number)[] = []): (string | number)[][] {
  const out = [prefix]
  if (Array.isArray(node)) node.forEach((v, i) => out.push(...paths(v, [...prefix, i])))
  else if (node && typeof node === 'object')
    for (const [k, v] of Object.entries(node)) out.push(...paths(v, [...prefix, k]))
  return out
}

function mutate(doc: unknown, step: Step): unknown {
  const all = paths(doc)
  const path = all[step.pick % all.length]!
  if (path.length === 0) return step.action % 2 === 0 ? step.value : doc
  const parent = path.slice(0, -1).reduce<unknown>((n, k) => (n as Record<string | number, unknown>)[k], doc) as
    Record<string | number, unknown> | unknown[]
  const key = path[path.length - 1]!
  switch (step.action % 5) {
    case 0: // replace with an arbitrary value
      ;(parent as Record<string | number, unknown>)[key] = step.value
      break
    case 1: // delete
      if (Array.isArray(parent)) parent.splice(Number(key), 1)
      else Reflect.deleteProperty(parent, key)
      break
    case 2: // add an arbitrary field or item
      if (Array.isArray(parent)) parent.push(step.value)
      else parent[step.key] = step.value
      break
    case 3: // duplicate a sibling into this place
      if (Array.isArray(parent) && parent.length > 0)
        parent.push(parent[0]) // the same object twice: parseManifest must not mutate it
      else (parent as Record<string | number, unknown>)[key] = structuredClone(valid as Json)
      break
    default:
      // turn it into a string
      ;(parent as Record<string | number, unknown>)[key] = String(step.value)
  }
  return doc
}

const weird = fc.oneof(
  fc.jsonValue(),
  fc.constantFrom(Infinity, -Infinity, NaN, -0, 1e308, '', ' ', '../..', 'javascript:alert(1)', '%2e%2e', '__proto__'),
  fc.constantFrom(undefined, null, [], {}, { fr: '' }, Symbol.for('x') as unknown, 10n as unknown),
)
const step = fc.record({
  pick: fc.nat(),
  action: fc.nat(),
  value: weird,
  key: fc.oneof(fc.string(), fc.constant('__proto__')),
})

describe('parseManifest under random mutations', () => {
  it('never throws: it returns a manifest or errors, each with a path and two messages', () => {
    fc.assert(
      fc.property(fc.array(step, { minLength: 1, maxLength: 4 }), (steps) => {
        let doc: unknown = structuredClone(valid)
        for (const s of steps) doc = mutate(doc, s)
        const result = parseManifest(doc)
        if (result.ok) {
          expect(result.manifest.schemaVersion).toBe(1)
        } else {
          expect(result.errors.length).toBeGreaterThan(0)
          for (const e of result.errors) {
            expect(e.path.startsWith('$')).toBe(true)
            expect(e.message.fr).toBeTruthy()
            expect(e.message.en).toBeTruthy()
          }
        }
      }),
      { numRuns: 1000, seed: 20210617 },
    )
  })
})
