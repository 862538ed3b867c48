import { copyFile, mkdir, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { measureLoad } from '../../../src/node/bench/load.ts'
import { tempDir } from '../../server/helpers.ts'

const MINIMAL = fileURLToPath(new URL('../../fixtures/valid/minimal.json', import.meta.url))

let folder: Awaited<ReturnType<typeof tempDir>>

beforeAll(async () => {
  folder = await tempDir('bench-load')
  const clip = path.join(folder.dir, 'media', 'demo', 'clip')
  await mkdir(path.join(clip, '480p'), { recursive: true })
  await mkdir(path.join(folder.dir, 'gallery'))
  await mkdir(path.join(folder.dir, 'dist'))
  await copyFile(MINIMAL, path.join(folder.dir, 'gallery', 'demo.json'))
  await writeFile(path.join(folder.dir, 'dist', 'index.html'), '<!doctype html><title>app</title>')
  // Bytes enough for a segment and a Range request: the bench serves files, it does not play them.
  await writeFile(path.join(clip, '480p', 'seg-0.m4s'), Buffer.alloc(50_000, 1))
  await writeFile(path.join(clip, 'restitution.mp4'), Buffer.alloc(200_000, 2))
})

afterAll(() => folder.remove())

describe('measureLoad', () => {
  it('loads the real server on its five targets and reports figures, RSS and checks, every answer a success', async () => {
    const lines: string[] = []
    const report = await measureLoad({
      galleryDir: path.join(folder.dir, 'gallery'),
      mediaDir: path.join(folder.dir, 'media'),
      distDir: path.join(folder.dir, 'dist'),
      roundSeconds: 1,
      memorySeconds: 1,
      soakSeconds: 1,
      workers: 1,
      say: (line) => lines.push(line),
    })
    expect(report.rounds.map((r) => `${r.target}×${r.connections}`)).toEqual([
      ...['app page', 'API br', 'data.csv', 'HLS segment', 'Range'].map((t) => `${t}×50`),
      ...['app page', 'API br', 'data.csv', 'HLS segment', 'Range'].map((t) => `${t}×200`),
    ])
    for (const round of [...report.rounds, ...report.memory.rounds]) {
      expect(round.non2xx, round.target).toBe(0)
      expect(round.reqPerSec, round.target).toBeGreaterThan(0)
      expect(round.peakRssMb).toBeGreaterThan(0)
    }
    expect(report.memory.rounds).toHaveLength(3)
    expect(report.soak.non2xx).toBe(0)
    expect(report.soak.rssMb.peak).toBeGreaterThanOrEqual(report.soak.rssMb.start)
    expect(Object.keys(report.checks)).toEqual([
      'apiBrotliVsAppPageAt200',
      'rssAfterMemoryRoundsMb',
      'soakEndOverWarmRss',
    ])
    expect(lines.join('\n')).toContain('API br × 200')
  }, 90_000)
})
