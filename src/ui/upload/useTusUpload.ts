import { useCallback, useRef, useState } from 'react'
import { Upload } from 'tus-js-client'

/** Where one file's upload stands, as the page shows it. */
export type TusProgress = {
  phase: 'idle' | 'uploading' | 'retrying' | 'done' | 'error' | 'cancelled'
  sent: number
  total: number
  /** Bytes per second over the last few seconds. */
  speed: number
  uploadId?: string
  error?: string
}

const IDLE: TusProgress = { phase: 'idle', sent: 0, total: 0, speed: 0 }

/**
 * One resumable upload with tus-js-client: 8 MB chunks (well under the server's timeouts), retries that keep going
 * through a dropped connection, and the fingerprint that lets the same file picked again resume where it stopped.
 */
export function useTusUpload(token: string, meta: { kind: string; lang?: string }) {
  const [progress, setProgress] = useState<TusProgress>(IDLE)
  const upload = useRef<Upload | null>(null)
  const samples = useRef<{ at: number; bytes: number }[]>([])

  const start = useCallback(
    (file: File) => {
      samples.current = []
      const u = new Upload(file, {
        endpoint: '/api/uploads',
        headers: { Authorization: `Bearer ${token}` },
        chunkSize: 8 * 1024 * 1024,
        retryDelays: [0, 1000, 2000, 3000, 5000, 5000, 10_000, 10_000, 20_000, 20_000, 30_000, 30_000, 60_000],
        removeFingerprintOnSuccess: true,
        metadata: { filename: file.name, ...meta },
        onProgress(sent, total) {
          const now = performance.now()
          const window = [...samples.current, { at: now, bytes: sent }].filter((x) => now - x.at < 5000)
          samples.current = window
          const first = window[0]!
          const speed = now > first.at ? ((sent - first.bytes) * 1000) / (now - first.at) : 0
          setProgress({ phase: 'uploading', sent, total, speed })
        },
        // tus-js-client gives up while the browser says it is offline; a team on a flaky network wants it to wait.
        onShouldRetry(error) {
          const status = error.originalResponse?.getStatus() ?? 0
          if (status >= 400 && status < 500 && status !== 409 && status !== 423) return false
          setProgress((p) => ({ ...p, phase: 'retrying', speed: 0 }))
          return true
        },
        onSuccess() {
          const id = u.url?.split('/').at(-1)
          setProgress((p) => ({ ...p, phase: 'done', sent: p.total, ...(id && { uploadId: id }) }))
        },
        onError(error) {
          setProgress((p) => ({ ...p, phase: 'error', error: error.message }))
        },
      })
      upload.current = u
      setProgress({ phase: 'uploading', sent: 0, total: file.size, speed: 0 })
      void u.findPreviousUploads().then((previous) => {
        if (previous[0]) u.resumeFromPreviousUpload(previous[0])
        u.start()
      })
    },
    [token, meta],
  )

  const cancel = useCallback(() => {
    // true: the server deletes what it received (tus termination).
    void upload.current?.abort(true)
    setProgress({ ...IDLE, phase: 'cancelled' })
  }, [])

  return { progress, start, cancel }
}
