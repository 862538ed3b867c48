import path from 'node:path'
import { ESLint } from 'eslint'
import { describe, expect, it } from 'vitest'

// Each fence of .ci/eslint.config.js, proved by linting one import it must refuse (and one it must let through) in a
// file that does not exist: ESLint's Node API lints the text as if it lived at that path, nested folders included.
const ROOT = path.resolve(import.meta.dirname, '../..')
const eslint = new ESLint({ cwd: ROOT, overrideConfigFile: path.join(ROOT, '.ci/eslint.config.js') })

async function refused(file: string, specifier: string): Promise<boolean> {
  const [result] = await eslint.lintText(`import '${specifier}'\n`, { filePath: path.join(ROOT, file) })
  return result!.messages.some((m) => m.ruleId === 'no-restricted-imports')
}

const FORBIDDEN: [string, string][] = [
  ['src/manifest/x.ts', '../layout/index.ts'],
  ['src/manifest/x.ts', 'react'],
  ['src/manifest/x.ts', 'node:fs'],
  ['src/layout/deep/x.ts', '../../store/index.ts'],
  ['src/layout/x.ts', 'three'],
  ['src/curation/x.ts', '../server/db/database.ts'],
  ['src/curation/deep/x.ts', '../../ui/i18n.ts'],
  ['src/opendata/x.ts', 'node:path'],
  ['src/store/x.ts', '../ui/i18n.ts'],
  ['src/store/x.ts', '../app/App.tsx'],
  ['src/ui/overlay/x.tsx', '../../app/App.tsx'],
  ['src/scene/controls/x.ts', '../../app/View3D.tsx'],
  ['src/store/x.ts', '../scene/colour.ts'],
  ['src/store/x.ts', '../server/app.ts'],
  ['src/store/x.ts', 'react'],
  ['src/store/x.ts', 'three'],
  ['src/store/x.ts', 'node:fs'],
  ['src/ui/x.tsx', 'three'],
  ['src/ui/x.tsx', '../scene/Exhibition3D.tsx'],
  ['src/ui/overlay/x.tsx', '../../scene/Exhibition3D.tsx'],
  ['src/ui/overlay/x.tsx', '@react-three/fiber'],
  ['src/ui/curate/deep/x.tsx', '../../../server/app.ts'],
  ['src/ui/overlay/x.tsx', 'node:fs'],
  ['src/scene/x.tsx', '../ui/i18n.ts'],
  ['src/scene/atlas/x.ts', '../../server/app.ts'],
  ['src/scene/atlas/x.ts', '../../ui/overlay/strings.ts'],
  ['src/scene/atlas/x.ts', 'node:fs'],
  ['src/server/x.ts', '../ui/i18n.ts'],
  ['src/server/curate/x.ts', '../../store/index.ts'],
  ['src/server/curate/x.ts', '../../app/routes.ts'],
  ['src/server/db/x.ts', '../../scene/colour.ts'],
  ['src/server/x.ts', 'react'],
  ['src/node/bench/x.ts', '../../ui/i18n.ts'],
  ['src/cli/x.ts', 'three'],
]

const ALLOWED: [string, string][] = [
  ['src/manifest/x.ts', './schema.ts'],
  ['src/manifest/x.ts', 'zod'],
  ['src/layout/x.ts', '../manifest/index.ts'],
  ['src/curation/x.ts', '../manifest/index.ts'],
  ['src/store/x.ts', '../manifest/index.ts'],
  ['src/store/x.ts', 'zustand/vanilla'],
  ['src/ui/overlay/x.tsx', '../../store/index.ts'],
  ['src/ui/overlay/x.tsx', '../../video/hlsLoader.ts'],
  ['src/scene/atlas/x.ts', '../../layout/index.ts'],
  ['src/scene/x.tsx', '@react-three/fiber'],
  ['src/server/curate/x.ts', '../../curation/index.ts'],
  ['src/server/x.ts', '../manifest/index.ts'],
]

describe('the lint fences between folders', () => {
  it.each(FORBIDDEN)('refuse, in %s, an import of %s', async (file, specifier) => {
    expect(await refused(file, specifier)).toBe(true)
  })

  it.each(ALLOWED)('allow, in %s, an import of %s', async (file, specifier) => {
    expect(await refused(file, specifier)).toBe(false)
  })
})
