import { readFileSync } from 'node:fs'
import { computeLayout, type Layout } from '../../../src/layout/index.ts'
import { parseManifestText, type Manifest } from '../../../src/manifest/index.ts'

/** The EIG 4 Demo Day manifest as of its 2021 Demo Day (a fixture, frozen: editing gallery/ breaks no test), parsed. */
export function eig4(): Manifest {
  const result = parseManifestText(readFileSync(new URL('../../fixtures/eig4-2021.json', import.meta.url), 'utf8'))
  if (!result.ok) throw new Error(JSON.stringify(result.errors))
  return result.manifest
}

/** The EIG 4 building. */
export const eig4Layout = (): Layout => computeLayout(eig4())
