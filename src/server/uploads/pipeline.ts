import { copyFile } from 'node:fs/promises'
import path from 'node:path'
import type { Db } from '../db/database.ts'
import { getUpload, setUploadState, type UploadRow } from '../db/uploads.ts'
import type { JobQueue } from '../jobs/queue.ts'
import { checkUpload } from './checks.ts'
import type { UploadLimits } from './limits.ts'
import { uploadMediaFolder, type MediaPatch, type SubmitMedia } from './media.ts'
import { partialFolder, publishFolder, removeUploadFiles, uploadFile } from './store.ts'

/** What the upload pipeline works with; every part is given, so that tests and workers build their own. */
export type PipelineContext = {
  db: Db
  dataDir: string
  mediaDir: string
  limits: UploadLimits
  queue: JobQueue
  submit: SubmitMedia
}

async function publishSmallFile(ctx: PipelineContext, row: UploadRow, checked: string, name: string) {
  const folder = uploadMediaFolder(row.exhibitionId, row.defiId, row.id)
  const partial = await partialFolder(ctx.mediaDir, row.id)
  await copyFile(checked, path.join(partial, name))
  await publishFolder(ctx.mediaDir, partial, folder)
  return `${folder}/${name}`
}

/**
 * What happens once the last byte of an upload has arrived: its checks, then a refusal (reason recorded, files
 * deleted, no job), a transcode job (videos; the original is kept until the organisers approve), or the checked
 * poster or captions published and put into the draft.
 */
export async function afterUpload(ctx: PipelineContext, id: string): Promise<void> {
  const row = getUpload(ctx.db, id)
  if (!row || row.state !== 'checking') return
  const file = uploadFile(ctx.dataDir, id)
  const checked = `${file}.checked`
  const verdict = await checkUpload(row.kind, file, checked, ctx.limits)
  if (!verdict.ok) {
    await removeUploadFiles(ctx.dataDir, id)
    setUploadState(ctx.db, id, 'refused', { reason: verdict.reason })
    return
  }
  if (verdict.checked.kind === 'video') {
    setUploadState(ctx.db, id, 'transcoding', { progress: 0 })
    await ctx.queue.enqueue('transcode', { uploadId: id })
    return
  }
  let patch: MediaPatch
  if (verdict.checked.kind === 'poster') {
    const src = await publishSmallFile(ctx, row, checked, 'poster.webp')
    patch = { poster: { src, alt: { fr: 'Affiche de la vidéo', en: 'Poster of the video' } } }
  } else {
    const lang = row.lang ?? 'fr'
    patch = { captions: [{ lang, src: await publishSmallFile(ctx, row, checked, `captions.${lang}.vtt`) }] }
  }
  await removeUploadFiles(ctx.dataDir, id)
  const submitted = await ctx.submit({ exhibitionId: row.exhibitionId, defiId: row.defiId, linkId: row.linkId, patch })
  if (!submitted.ok) setUploadState(ctx.db, id, 'failed', { reason: submitted.reason })
  else setUploadState(ctx.db, id, 'ready', { result: patch })
}
