import { access, readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import {
  listMediaReferences,
  manifestWarnings,
  MAX_MANIFEST_BYTES,
  message,
  parseManifestText,
  type Bilingual,
  type Manifest,
} from '../manifest/index.ts'

/** One finding of the validator: an error fails the file, a warning does not. */
export type Finding = { file: string; path: string; message: Bilingual; severity: 'error' | 'warning' }

/** A manifest file read from disk: its manifest when valid, and every finding. */
export type CheckedFile = { file: string; manifest: Manifest | null; findings: Finding[] }

async function exists(file: string): Promise<boolean> {
  try {
    await access(file)
    return true
  } catch {
    return false
  }
}

/**
 * Reads and validates a manifest file, then checks that every media file it names is under `mediaDir`:
 * missing media is an error for approved défis and recordings, a warning for drafts and submissions. Links
 * that are valid but probably wrong (a host without a domain) are warnings too.
 */
export async function checkManifestFile(file: string, mediaDir: string): Promise<CheckedFile> {
  const findings: Finding[] = []
  let size: number
  try {
    size = (await stat(file)).size
  } catch {
    return {
      file,
      manifest: null,
      findings: [{ file, path: '$', severity: 'error', message: { fr: 'fichier introuvable', en: 'file not found' } }],
    }
  }
  if (size > MAX_MANIFEST_BYTES) {
    const msg = message('file.tooLarge', { size, limit: MAX_MANIFEST_BYTES })
    return { file, manifest: null, findings: [{ file, path: '$', severity: 'error', message: msg }] }
  }
  const result = parseManifestText(await readFile(file, 'utf8'))
  if (!result.ok) {
    return { file, manifest: null, findings: result.errors.map((e) => ({ file, ...e, severity: 'error' })) }
  }
  for (const warning of manifestWarnings(result.manifest)) findings.push({ file, ...warning, severity: 'warning' })
  const root = path.resolve(mediaDir)
  const refs = listMediaReferences(result.manifest)
  const present = await Promise.all(refs.map((ref) => exists(path.join(root, ref.path))))
  refs.forEach((ref, i) => {
    if (present[i]) return
    findings.push({
      file,
      path: ref.at,
      severity: ref.required ? 'error' : 'warning',
      message: message('media.missing', { path: path.join(path.relative(process.cwd(), root) || '.', ref.path) }),
    })
  })
  return { file, manifest: result.manifest, findings }
}
