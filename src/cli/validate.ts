import path from 'node:path'
import { checkManifestFile } from '../node/manifestFiles.ts'

const files = process.argv.slice(2).filter((a) => a !== '--')
if (files.length === 0) {
  console.error('usage: npm run validate -- FILE...   (MEDIA_DIR sets the media folder, ./media by default)')
  process.exit(2)
}
const mediaDir = process.env.MEDIA_DIR ?? path.resolve('media')
let failed = false
for (const file of files) {
  if (path.basename(file) === 'schema.json') continue
  const checked = await checkManifestFile(file, mediaDir)
  for (const f of checked.findings) {
    const label = f.severity === 'warning' ? 'warning: ' : ''
    console.log(`${file}: ${f.path}: ${label}${f.message.en} / ${f.message.fr}`)
    if (f.severity === 'error') failed = true
  }
  if (!checked.findings.some((f) => f.severity === 'error')) console.error(`${file}: ok`)
}
process.exit(failed ? 1 : 0)
