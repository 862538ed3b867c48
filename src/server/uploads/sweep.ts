import type { Db } from '../db/database.ts'
import { setUploadState, staleUploads } from '../db/uploads.ts'
import { removeUploadFiles } from './store.ts'

/**
 * Deletes the bytes of uploads no byte reached since `before` (a closed tab, a team that gave up) and marks them
 * cancelled with the reason, so that they stop counting against their team and stop filling the disk.
 */
export async function sweepAbandonedUploads(db: Db, dataDir: string, before: number): Promise<string[]> {
  const stale = staleUploads(db, before)
  for (const row of stale) {
    await removeUploadFiles(dataDir, row.id)
    setUploadState(db, row.id, 'cancelled', {
      reason: {
        fr: 'envoi abandonné : plus rien reçu depuis longtemps',
        en: 'upload abandoned: nothing received for long',
      },
    })
  }
  return stale.map((row) => row.id)
}
