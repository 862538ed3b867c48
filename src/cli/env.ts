// What the command-line entries share: the repository root and the folders the environment may move.
import { userInfo } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

/** The repository root. */
export const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

/** The store's folder: `DATA_DIR`, or `data/` at the root. */
export const dataDir = (): string => path.resolve(process.env.DATA_DIR ?? path.join(ROOT, 'data'))

/** The published manifests' folder: `GALLERY_DIR`, or `gallery/` at the root. */
export const galleryDir = (): string => path.resolve(process.env.GALLERY_DIR ?? path.join(ROOT, 'gallery'))

/** Who runs the command, as the audit log names them. */
export function cliUser(): string {
  try {
    return userInfo().username
  } catch {
    return 'unknown'
  }
}
