import { ensureDemoMedia } from '../media/demo.ts'
import { ensureBuilt } from './build.ts'

/** Where things are, and where progress lines go. */
export type PrepareOptions = {
  root: string
  galleryDir: string
  mediaDir: string
  distDir: string
  say: (line: string) => void
}

/**
 * Gets everything the server shows ready: builds the app when it is missing or stale, then makes the demo
 * media that are missing or out of date. A failed build or missing ffmpeg is reported, not thrown: the
 * server still serves what exists (the 503 page says to build; the exhibition opens without videos).
 */
export async function prepare({ root, galleryDir, mediaDir, distDir, say }: PrepareOptions): Promise<void> {
  try {
    const built = await ensureBuilt(root, distDir, (line) => say(`  ${line}`))
    if (built === 'no-entry') say('The app has no src/index.html yet: serving the API and media only.')
  } catch (error) {
    say(
      `The app could not be built (${error instanceof Error ? error.message : String(error)}): serving what dist/ has.`,
    )
  }

  say('Checking the demo media…')
  // Progress comes many times a second while ffmpeg runs: print at most a line every two seconds.
  let lastLine = 0
  try {
    const result = await ensureDemoMedia({
      galleryDir,
      mediaDir,
      onProgress: ({ done, total, label }) => {
        if (Date.now() - lastLine < 2000) return
        lastLine = Date.now()
        say(`  demo media ${done}/${total}: ${label}`)
      },
      onProblem: ({ file, message }) => say(`  ${file}: ${message.en}`),
    })
    const mb = (result.bytes / 1e6).toFixed(1)
    say(`Demo media: ${result.made} made, ${result.skipped} up to date, ${result.failed} failed (${mb} MB).`)
  } catch (error) {
    say(`Demo media could not be made: ${error instanceof Error ? error.message : String(error)}`)
  }
}
