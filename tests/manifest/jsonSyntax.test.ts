import { describe, expect, it } from 'vitest'
import { findJsonSyntaxError } from '../../src/manifest/index.ts'

describe('findJsonSyntaxError', () => {
  it('finds nothing wrong in valid JSON', () => {
    for (const text of ['{}', '[]', '{"a":[1,2.5e3,-0,true,false,null,"\\u00e9\\n"]}', '\ufeff{"a":1}', ' 1 ']) {
      expect(findJsonSyntaxError(text)).toBeNull()
    }
  })

  it.each([
    ['{\n  "a": 1,\n  "b": }', 3, 8],
    ['{\n  "a": 1\n  "b": 2\n}', 3, 3],
    ['{"a": 1,}', 1, 9],
    ["{'a': 1}", 1, 2],
    ['{"a": tru}', 1, 7],
    ['{"a": "x', 1, 9],
    ['[1, 2', 1, 6],
    ['{"a": 1} x', 1, 10],
    ['', 1, 1],
    ['{"a": 01}', 1, 8],
  ])('locates the fault in %j at line %i, column %i', (text, line, column) => {
    const error = findJsonSyntaxError(text)
    expect(error).toMatchObject({ line, column })
    expect(error?.detail.length).toBeGreaterThan(3)
    expect(error?.detailFr.length).toBeGreaterThan(3)
    expect(() => JSON.parse(text)).toThrow()
  })
})
