import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { promisify } from 'node:util'
import { brotliCompress, constants, gzip } from 'node:zlib'
import type { Plugin } from 'vite'

const brotli = promisify(brotliCompress)
const gzipAsync = promisify(gzip)

/** Files worth compressing: text. Images, fonts (woff2 is compressed already) and media are left as they are. */
const COMPRESSIBLE = /\.(?:m?js|css|html|svg|json|txt|webmanifest|xml)$/i
/** Below this, the headers of a compressed response outweigh what it saves. */
export const PRECOMPRESS_MIN_BYTES = 1024

/** Whether a built file gets `.br` and `.gz` siblings. */
export function shouldPrecompress(file: string, bytes: number): boolean {
  return COMPRESSIBLE.test(file) && bytes >= PRECOMPRESS_MIN_BYTES
}

/** Writes `file.br` (Brotli, best) and `file.gz` (gzip, best) beside `file`, whose content is `content`. */
export async function writeCompressed(file: string, content: Buffer): Promise<void> {
  const [br, gz] = await Promise.all([
    brotli(content, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
      },
    }),
    gzipAsync(content, { level: 9 }),
  ])
  await Promise.all([writeFile(`${file}.br`, br), writeFile(`${file}.gz`, gz)])
}

/**
 * A Vite plugin that compresses the built app's text files once, at build time, so that the server sends a phone
 * about a quarter of the bytes without compressing on every request (the server's static files use them).
 */
export function precompress(): Plugin {
  return {
    name: 'vernissage:precompress',
    apply: 'build',
    async writeBundle(options, bundle) {
      const outDir = options.dir ?? path.dirname(options.file ?? '')
      const jobs: Promise<void>[] = []
      for (const [fileName, output] of Object.entries(bundle)) {
        const content = Buffer.from(output.type === 'chunk' ? output.code : output.source)
        if (shouldPrecompress(fileName, content.length))
          jobs.push(writeCompressed(path.join(outDir, fileName), content))
      }
      await Promise.all(jobs)
    },
  }
}
