import { access, readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { parseManifestText, type Bilingual } from '../manifest/index.ts'
import { ffmpegVersion, missingFfmpeg, MissingToolError } from './ffmpeg.ts'
import { freshStamp, makeSet, setKey, sizeOf } from './makeSet.ts'
import { listDemoSets, outputPaths, type DemoSet } from './sets.ts'
import { FONTS } from './titleCard.ts'

/** How far a run has got: sets finished (made or skipped) out of all, the set concerned, and the overall fraction. */
export type DemoProgress = { done: number; total: number; label: string; fraction: number }

/** Something the run could not use: a manifest that does not validate, a set that clashes or fails. */
export type DemoProblem = { file: string; message: Bilingual }

/** Options of `ensureDemoMedia`. */
export type DemoOptions = {
  galleryDir: string
  mediaDir: string
  /** Make every set again, even those whose stamp says they are up to date. */
  force?: boolean
  onProgress?: (p: DemoProgress) => void
  onProblem?: (p: DemoProblem) => void
  /** Stops the run: ffmpeg is killed and no half-made set is left looking complete. */
  signal?: AbortSignal
}

/** What a run did: sets made and skipped (up to date), sets that failed, and the size of all demo sets in bytes. */
export type DemoResult = { made: number; skipped: number; failed: number; bytes: number; problems: DemoProblem[] }

/** At most this many ffmpeg processes at once: the machines this runs on may have two cores. */
export const MAX_JOBS = 2

async function readSets(galleryDir: string, report: (p: DemoProblem) => void): Promise<DemoSet[]> {
  const names = (await readdir(galleryDir)).filter((n) => n.endsWith('.json') && n !== 'schema.json').sort()
  const sets: DemoSet[] = []
  const claimed = new Map<string, string>()
  for (const name of names) {
    const file = path.join(galleryDir, name)
    const result = parseManifestText(await readFile(file, 'utf8'))
    if (!result.ok) {
      const first = result.errors[0]
      const more = result.errors.length - 1
      const where = first ? `${first.path}: ` : ''
      report({
        file,
        message: {
          fr: `manifeste invalide, ignoré — ${where}${first?.message.fr ?? ''}${more > 0 ? ` (et ${more} autre(s) erreur(s))` : ''}`,
          en: `invalid manifest, skipped — ${where}${first?.message.en ?? ''}${more > 0 ? ` (and ${more} more error(s))` : ''}`,
        },
      })
      continue
    }
    for (const set of listDemoSets(result.manifest, name)) {
      const clash = outputPaths(set.outputs).find((p) => claimed.has(p))
      if (clash) {
        report({
          file,
          message: {
            fr: `${set.at} : ${clash} est déjà produit par ${claimed.get(clash)} ; ensemble ignoré`,
            en: `${set.at}: ${clash} is already made for ${claimed.get(clash)}; set skipped`,
          },
        })
        continue
      }
      outputPaths(set.outputs).forEach((p) => claimed.set(p, set.at))
      sets.push(set)
    }
  }
  return sets
}

async function checkTools(): Promise<void> {
  if ((await ffmpegVersion()) === null) throw missingFfmpeg('ffmpeg')
  for (const font of Object.values(FONTS)) {
    await access(font).catch(() => {
      throw new MissingToolError('fonts-dejavu-core', {
        fr: `police introuvable (${font}) : installez le paquet Debian fonts-dejavu-core`,
        en: `font not found (${font}): install Debian's fonts-dejavu-core package`,
      })
    })
  }
}

/**
 * Makes, with ffmpeg, a placeholder clip (HLS ladder, MP4, poster, captions) for every défi, extra and recording
 * of the manifests in `galleryDir` whose media paths start with `demo/`, at those paths under `mediaDir`.
 * Sets whose inputs did not change since the last run are skipped; invalid manifests are reported and skipped.
 */
export async function ensureDemoMedia(opts: DemoOptions): Promise<DemoResult> {
  const mediaDir = path.resolve(opts.mediaDir)
  const problems: DemoProblem[] = []
  const report = (p: DemoProblem) => {
    problems.push(p)
    opts.onProblem?.(p)
  }
  const sets = await readSets(opts.galleryDir, report)
  const result: DemoResult = { made: 0, skipped: 0, failed: 0, bytes: 0, problems }
  const running = new Map<string, number>()
  let done = 0
  const progress = (label: string) => {
    const inFlight = [...running.values()].reduce((a, b) => a + b, 0)
    opts.onProgress?.({ done, total: sets.length, label, fraction: sets.length ? (done + inFlight) / sets.length : 1 })
  }

  const todo: { set: DemoSet; key: string }[] = []
  for (const set of sets) {
    const key = setKey(set)
    const stamp = opts.force ? null : await freshStamp(mediaDir, set, key)
    if (!stamp) {
      todo.push({ set, key })
      continue
    }
    result.skipped++
    result.bytes += await sizeOf(mediaDir, stamp.files)
    done++
    progress(set.label)
  }
  if (todo.length === 0) return result
  await checkTools()

  let next = 0
  let fatal: unknown = null
  const worker = async () => {
    while (next < todo.length && fatal === null) {
      const { set, key } = todo[next++]!
      running.set(set.at, 0)
      try {
        const stamp = await makeSet(mediaDir, set, key, {
          ...(opts.signal && { signal: opts.signal }),
          onProgress: (fraction) => {
            if (!running.has(set.at)) return
            running.set(set.at, fraction)
            progress(set.label)
          },
        })
        result.made++
        result.bytes += await sizeOf(mediaDir, stamp.files)
      } catch (err) {
        if (opts.signal?.aborted || err instanceof MissingToolError) fatal ??= err
        else {
          result.failed++
          const detail = err instanceof Error ? err.message : String(err)
          report({ file: set.at, message: { fr: `échec de ffmpeg : ${detail}`, en: `ffmpeg failed: ${detail}` } })
        }
      }
      running.delete(set.at)
      done++
      progress(set.label)
    }
  }
  await Promise.all(Array.from({ length: Math.min(MAX_JOBS, todo.length) }, worker))
  if (fatal !== null) throw fatal
  return result
}
