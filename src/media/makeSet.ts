import { createHash, randomBytes } from 'node:crypto'
import { mkdir, mkdtemp, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises'
import path from 'node:path'
import { captionTexts, webVtt } from './captions.ts'
import { runFfmpeg } from './ffmpeg.ts'
import { buildMasterPlaylist } from './hlsMaster.ts'
import { outputPaths, type DemoSet } from './sets.ts'
import { cardText, FPS, titleCardJob } from './titleCard.ts'

/** Bump when what this module writes around ffmpeg changes (playlists, captions), so that every set is made again. */
export const GENERATOR_VERSION = 1

/** What a finished set records next to its files: the inputs it was made from, and what it wrote. */
export type Stamp = { version: number; key: string; files: string[] }

const FFMPEG_TIMEOUT_MS = 180_000

function cardJob(set: DemoSet) {
  const { hls, mp4, poster } = set.outputs
  return titleCardJob(cardText(set.facts), set.colour, set.durationSeconds, {
    ...(mp4 && { mp4: 'out.mp4' }),
    ...(poster && { poster: 'poster.jpg' }),
    ...(hls && { hlsDir: 'hls' }),
  })
}

/**
 * A digest of everything that shows in a set's files: texts, colour, length, where they go, and the ffmpeg
 * command itself, so that a change of layout or encoding settings also makes the sets again.
 */
export function setKey(set: DemoSet): string {
  const inputs = {
    version: GENERATOR_VERSION,
    job: cardJob(set),
    captions: set.outputs.captions.map((c) => ({ ...c, cues: captionTexts(set.facts, c.lang) })),
    seconds: set.durationSeconds,
    outputs: set.outputs,
  }
  return createHash('sha256').update(JSON.stringify(inputs)).digest('hex').slice(0, 32)
}

function primary(set: DemoSet): string {
  return outputPaths(set.outputs)[0]!
}

/** Where a set's stamp lives: beside its first file, e.g. `demo/eig4/adex/.master.m3u8.stamp.json`. */
export function stampPath(mediaDir: string, set: DemoSet): string {
  const first = primary(set)
  return path.join(mediaDir, path.dirname(first), `.${path.basename(first)}.stamp.json`)
}

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  )
}

/** The stamp of a set if it matches `key` and every file it lists is still there; null otherwise. */
export async function freshStamp(mediaDir: string, set: DemoSet, key: string): Promise<Stamp | null> {
  let stamp: Stamp
  try {
    stamp = JSON.parse(await readFile(stampPath(mediaDir, set), 'utf8')) as Stamp
  } catch {
    return null
  }
  if (stamp.key !== key || !Array.isArray(stamp.files)) return null
  const present = await Promise.all(stamp.files.map((f) => exists(path.join(mediaDir, f))))
  return present.every(Boolean) ? stamp : null
}

/** Total size in bytes of files and folders (counted recursively) under `mediaDir`. */
export async function sizeOf(mediaDir: string, files: readonly string[]): Promise<number> {
  let total = 0
  for (const file of files) {
    const full = path.join(mediaDir, file)
    const info = await stat(full).catch(() => null)
    if (!info) continue
    if (!info.isDirectory()) total += info.size
    else total += await sizeOf(full, await readdir(full))
  }
  return total
}

function stemOf(file: string): string {
  return path.basename(file).replace(/\.[^.]*$/, '')
}

async function removeMatching(dir: string, test: (name: string) => boolean): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[])
  await Promise.all(names.filter(test).map((n) => rm(path.join(dir, n), { recursive: true, force: true })))
}

async function moveInto(from: string, to: string): Promise<void> {
  await mkdir(path.dirname(to), { recursive: true })
  await rename(from, to)
}

/**
 * Makes the files of one set in a hidden staging folder beside them, then renames them into place, the HLS
 * ladder (in a freshly named folder) before the master playlist that points at it, and the stamp last: a run cut
 * short leaves either the old files or no stamp, so the set is made again next time.
 */
export async function makeSet(
  mediaDir: string,
  set: DemoSet,
  key: string,
  opts: { signal?: AbortSignal; onProgress?: (fraction: number) => void } = {},
): Promise<Stamp> {
  const first = primary(set)
  const home = path.join(mediaDir, path.dirname(first))
  const stagingPrefix = `.${path.basename(first)}.tmp-`
  await mkdir(home, { recursive: true })
  await removeMatching(home, (n) => n.startsWith(stagingPrefix))
  const staging = await mkdtemp(path.join(home, stagingPrefix))
  try {
    const { hls, mp4, poster, captions } = set.outputs
    const job = cardJob(set)
    for (const [name, text] of Object.entries(job.textFiles)) await writeFile(path.join(staging, name), text)
    if (hls || mp4 || poster) {
      await runFfmpeg(job.args, { cwd: staging, durationSeconds: set.durationSeconds, timeoutMs: FFMPEG_TIMEOUT_MS, ...opts })
    }
    for (const [i, c] of captions.entries()) {
      await writeFile(path.join(staging, `captions-${i}.vtt`), webVtt(captionTexts(set.facts, c.lang), set.durationSeconds))
    }
    const files: string[] = []
    // From here on the files change one by one: without its stamp, the set counts as unfinished until the end.
    await rm(stampPath(mediaDir, set), { force: true })
    if (hls) {
      const ladder = `${stemOf(hls)}-${randomBytes(4).toString('hex')}`
      const master = await buildMasterPlaylist(path.join(staging, 'hls'), 'ffmpeg-master.m3u8', ladder, FPS)
      await rm(path.join(staging, 'hls', 'ffmpeg-master.m3u8'))
      await writeFile(path.join(staging, 'master.m3u8'), master)
      await moveInto(path.join(staging, 'hls'), path.join(mediaDir, path.dirname(hls), ladder))
      await moveInto(path.join(staging, 'master.m3u8'), path.join(mediaDir, hls))
      files.push(hls, path.posix.join(path.posix.dirname(hls), ladder))
      const stale = new RegExp(`^${stemOf(hls).replace(/[.]/g, '\\.')}-[0-9a-f]{8}$`)
      await removeMatching(path.join(mediaDir, path.dirname(hls)), (n) => stale.test(n) && n !== ladder)
    }
    const moves: [string, string | undefined][] = [
      ['out.mp4', mp4],
      ['poster.jpg', poster],
      ...captions.map((c, i): [string, string] => [`captions-${i}.vtt`, c.path]),
    ]
    for (const [from, to] of moves) {
      if (!to) continue
      await moveInto(path.join(staging, from), path.join(mediaDir, to))
      files.push(to)
    }
    const stamp: Stamp = { version: GENERATOR_VERSION, key, files }
    await writeFile(path.join(staging, 'stamp.json'), `${JSON.stringify(stamp, null, 2)}\n`)
    await rename(path.join(staging, 'stamp.json'), stampPath(mediaDir, set))
    return stamp
  } finally {
    await rm(staging, { recursive: true, force: true })
  }
}
