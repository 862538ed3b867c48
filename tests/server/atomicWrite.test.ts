import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { writeFileAtomic } from '../../src/server/atomicWrite.ts'
import { isManifestFile } from '../../src/server/catalogue.ts'
import { tempDir } from './helpers.ts'

let dir: string
let remove: () => Promise<void>
beforeEach(async () => ({ dir, remove } = await tempDir('atomic')))
afterEach(() => remove())

describe('writeFileAtomic', () => {
  it('replaces a file with exactly the new bytes and leaves nothing else behind', async () => {
    const file = path.join(dir, 'eig4.json')
    writeFileSync(file, 'old')
    await writeFileAtomic(file, '{"é": 1}\n')
    expect(readFileSync(file, 'utf8')).toBe('{"é": 1}\n')
    expect(readdirSync(dir)).toEqual(['eig4.json'])
  })

  it('writes its temporary file as a dotfile, which the catalogue never takes for a manifest', async () => {
    const file = path.join(dir, 'eig4.json')
    let done = false
    const writing = writeFileAtomic(file, 'x'.repeat(16 << 20)).finally(() => (done = true))
    const seen = new Set<string>()
    while (!done) {
      for (const name of readdirSync(dir)) seen.add(name)
      await new Promise((resolve) => setImmediate(resolve))
    }
    await writing
    const temps = [...seen].filter((name) => name !== 'eig4.json')
    expect(temps).toHaveLength(1)
    expect(temps[0]).toMatch(/^\.eig4\.json\.\d+\.[0-9a-f]{12}\.tmp$/)
    expect(isManifestFile(temps[0]!)).toBe(false)
  })

  it('removes what a killed writer left, never a live one', async () => {
    const file = path.join(dir, 'eig4.json')
    // pid 2^22 + 1 is above Linux's pid_max: no process has it.
    const dead = `.eig4.json.${2 ** 22 + 1}.0123456789ab.tmp`
    const live = `.eig4.json.${process.pid}.0123456789ab.tmp`
    const other = `.eig3.json.${2 ** 22 + 1}.0123456789ab.tmp`
    for (const name of [dead, live, other]) writeFileSync(path.join(dir, name), 'half')
    await writeFileAtomic(file, 'new')
    expect(readdirSync(dir).sort()).toEqual([other, live, 'eig4.json'].sort())
  })

  it('leaves no temporary file when it cannot write', async () => {
    mkdirSync(path.join(dir, 'eig4.json'))
    await expect(writeFileAtomic(path.join(dir, 'eig4.json'), 'new')).rejects.toThrow()
    expect(readdirSync(dir)).toEqual(['eig4.json'])
  })
})
