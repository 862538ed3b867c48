import { randomBytes } from 'node:crypto'
import { mkdir, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

/** The folder tus writes into: `DATA_DIR/uploads/`, one file per upload named by its server-made id. */
export function uploadsDir(dataDir: string): string {
  return path.join(dataDir, 'uploads')
}

/** The bytes of upload `id` as tus stored them. */
export function uploadFile(dataDir: string, id: string): string {
  if (!isUploadId(id)) throw new Error('not an upload id')
  return path.join(uploadsDir(dataDir), id)
}

/** A new upload id: 128 random bits in hex. It names the file, so it never comes from the client. */
export function newUploadId(): string {
  return randomBytes(16).toString('hex')
}

/** True for what `newUploadId` makes. */
export function isUploadId(id: string): boolean {
  return /^[0-9a-f]{32}$/.test(id)
}

/** Deletes everything an upload left in `DATA_DIR/uploads/`: its bytes, tus's record, the checked copy. */
export async function removeUploadFiles(dataDir: string, id: string): Promise<void> {
  const file = uploadFile(dataDir, id)
  await Promise.all([file, `${file}.json`, `${file}.checked`].map((f) => rm(f, { force: true })))
}

/**
 * A folder under `media/uploads/.partial/` (a dot folder: the media route never serves it) on the same disk as
 * `media/`, where a rendition is written before it is renamed into place whole.
 */
export async function partialFolder(mediaDir: string, label: string): Promise<string> {
  const dir = path.join(mediaDir, 'uploads', '.partial', `${label}-${randomBytes(4).toString('hex')}`)
  await mkdir(dir, { recursive: true })
  return dir
}

/** Removes the hidden folders earlier attempts for `label` left (a worker killed mid-way cannot clean up). */
export async function removePartials(mediaDir: string, label: string): Promise<void> {
  const root = path.join(mediaDir, 'uploads', '.partial')
  const names = await readdir(root).catch(() => [] as string[])
  await Promise.all(
    names.filter((n) => n.startsWith(`${label}-`)).map((n) => rm(path.join(root, n), { recursive: true, force: true })),
  )
}

/** Moves a finished folder to `media/<relative>` in one rename, replacing what an earlier attempt left there. */
export async function publishFolder(mediaDir: string, from: string, relative: string): Promise<void> {
  const target = path.join(mediaDir, relative)
  await mkdir(path.dirname(target), { recursive: true })
  await rm(target, { recursive: true, force: true })
  await rename(from, target)
}
