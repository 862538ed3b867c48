import { rm } from 'node:fs/promises'
import { transcodeLadder } from '../../../media/ladder.ts'
import { probeUpload } from '../../../media/probe.ts'
import type { Db } from '../../db/database.ts'
import { getUpload, hasReadyPoster, setUploadProgress, setUploadState } from '../../db/uploads.ts'
import { uploadMediaFolder, type MediaPatch, type SubmitMedia } from '../../uploads/media.ts'
import { partialFolder, publishFolder, removePartials, uploadFile } from '../../uploads/store.ts'
import type { JobHandler } from '../queue.ts'

/** What the transcode handler reloads its job's upload from, and where it writes. */
export type TranscodeContext = { db: Db; dataDir: string; mediaDir: string; submit: SubmitMedia; timeoutMs?: number }

/**
 * The `transcode` job: reloads the upload by id, makes the HLS ladder, the MP4 and (when the team sent no poster)
 * a poster frame in a hidden folder, renames it whole into `media/uploads/<exhibition>/<défi>/<upload id>/`, then
 * puts it into the draft as submitted. An attempt cut short leaves only its hidden folder, which it removes.
 */
export function transcodeHandler(ctx: TranscodeContext): JobHandler {
  return {
    async run({ payload, signal }) {
      const row = getUpload(ctx.db, payload.uploadId)
      // Cancelled, or already done by an attempt whose worker died after finishing: nothing to do.
      if (!row || row.kind !== 'video' || row.state !== 'transcoding') return
      setUploadProgress(ctx.db, row.id, 0)
      const input = uploadFile(ctx.dataDir, row.id)
      const probe = await probeUpload(input)
      const video = probe.streams.find((s) => s.type === 'video' && s.width && s.height)
      if (!video?.width || !video.height) throw new Error('no video stream')
      const poster = !hasReadyPoster(ctx.db, row.exhibitionId, row.defiId)
      // What an earlier attempt left when its worker was killed: it will never be finished.
      await removePartials(ctx.mediaDir, row.id)
      const partial = await partialFolder(ctx.mediaDir, row.id)
      let last = 0
      try {
        const out = await transcodeLadder(
          input,
          {
            width: video.width,
            height: video.height,
            hasAudio: probe.streams.some((s) => s.type === 'audio'),
            durationSeconds: probe.durationSeconds,
            ...(video.fps !== undefined && { fps: video.fps }),
          },
          partial,
          {
            poster,
            signal,
            timeoutMs: ctx.timeoutMs ?? Math.max(600_000, probe.durationSeconds * 20_000),
            onProgress: (fraction) => {
              // A write per whole percent, not per ffmpeg report.
              const percent = Math.floor(fraction * 100)
              if (percent > last && percent < 100) setUploadProgress(ctx.db, row.id, (last = percent) / 100)
            },
          },
        )
        const folder = uploadMediaFolder(row.exhibitionId, row.defiId, row.id)
        await publishFolder(ctx.mediaDir, partial, folder)
        const patch: MediaPatch = {
          hls: `${folder}/${out.hls}`,
          mp4: `${folder}/${out.mp4}`,
          durationSeconds: Math.round(probe.durationSeconds * 1000) / 1000,
          ...(out.poster && {
            poster: { src: `${folder}/${out.poster}`, alt: { fr: 'Image de la vidéo', en: 'Still from the video' } },
          }),
        }
        const submitted = await ctx.submit({
          exhibitionId: row.exhibitionId,
          defiId: row.defiId,
          linkId: row.linkId,
          patch,
        })
        if (!submitted.ok) throw new Error(`${submitted.reason.en} / ${submitted.reason.fr}`)
        setUploadState(ctx.db, row.id, 'ready', { result: patch })
      } finally {
        await rm(partial, { recursive: true, force: true })
      }
    },
    failed(payload, error) {
      const row = getUpload(ctx.db, payload.uploadId)
      if (!row || row.state !== 'transcoding') return
      setUploadState(ctx.db, row.id, 'failed', {
        reason: {
          fr: `la conversion de la vidéo a échoué après plusieurs essais (${error.slice(0, 200)})`,
          en: `converting the video failed after several attempts (${error.slice(0, 200)})`,
        },
      })
    },
  }
}
