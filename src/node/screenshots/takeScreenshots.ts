import { copyFile, mkdir, mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium, type Browser, type Page } from 'playwright-core'
import type { CameraPose, Layout } from '../../layout/index.ts'
import { parseManifest } from '../../manifest/index.ts'
import { createServer } from '../../server/app.ts'
import { BIG_EXHIBITION_ID, writeBigGallery } from '../bench/bigGallery.ts'
import { CHROMIUM_WEBGL_ARGS, chromiumPath } from '../chromium.ts'

/** One README picture: where the page opens, and the pose the camera is put at (none: where the URL leads). */
type Shot = { file: string; url: string; pose?: (layout: Layout) => CameraPose; phone?: boolean }

const eye = 1.6
const middle = (r: Layout['rooms'][number]) => ({
  x: (r.interior.minX + r.interior.maxX) / 2,
  z: (r.interior.minZ + r.interior.maxZ) / 2,
})

/** A room seen from its door side, looking across it at its far corner. */
function roomView(layout: Layout, roomId: string): CameraPose {
  const room = layout.rooms.find((r) => r.id === roomId)!
  const door = layout.doors.find((d) => d.rooms[1] === roomId)!
  const inside = door.approaches[1]
  const c = middle(room)
  return {
    position: { x: inside.x, y: eye + 0.6, z: inside.z },
    target: { x: c.x + (c.x - inside.x) * 0.3, y: 1.2, z: c.z + (c.z - inside.z) * 0.3 },
  }
}

function shots(layout: Layout, base: string): Shot[] {
  const themed = layout.rooms.find((r) => r.kind === 'themed' && r.standIds.length > 0)!
  const stand = layout.stands.find((s) => s.roomId === themed.id)!
  return [
    { file: 'lobby.png', url: `${base}/eig4?view=3d&stats` },
    { file: 'room.png', url: `${base}/eig4?view=3d&stats`, pose: (l) => roomView(l, themed.id) },
    { file: 'stand.png', url: `${base}/eig4/${themed.id}/${stand.defiId}?view=3d&stats` },
    {
      file: 'auditorium.png',
      url: `${base}/eig4?view=3d&stats`,
      pose: (l) => {
        const room = l.rooms.find((r) => r.kind === 'auditorium')
        if (room?.kind !== 'auditorium') return l.spawn
        const { position } = room.seating.pose
        const back = { x: position.x - room.seating.facing.x * 4, z: position.z - room.seating.facing.z * 4 }
        return { position: { x: back.x, y: 2.4, z: back.z }, target: room.screen.position }
      },
    },
    {
      file: 'room-90.png',
      url: `${base}/${BIG_EXHIBITION_ID}?view=3d&stats`,
      pose: (l) => roomView(l, l.rooms.find((r) => r.kind === 'themed')!.id),
    },
    { file: 'phone.png', url: `${base}/eig4?view=3d&stats`, phone: true },
  ]
}

async function take(browser: Browser, shot: Shot, out: string, say: (line: string) => void): Promise<void> {
  const context = await browser.newContext(
    shot.phone
      ? { viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true, deviceScaleFactor: 1 }
      : { viewport: { width: 1280, height: 720 } },
  )
  try {
    const page: Page = await context.newPage()
    await page.goto(shot.url)
    await page.waitForFunction(() => window.__vernissage !== undefined, null, { timeout: 120_000 })
    if (shot.pose) {
      const layout = await page.evaluate(() => window.__vernissage!.layout)
      const pose = shot.pose(layout)
      await page.evaluate((p) => window.__vernissage!.goTo(p.position, p.target), pose)
    }
    // The pictures are painted in slices, and the stand panel loads its own part: time for both.
    await page.waitForTimeout(4000)
    await page.evaluate(() => document.querySelector<HTMLElement>('[data-testid=render-stats]')?.remove())
    await page.screenshot({ path: path.join(out, shot.file) })
    say(`screenshots: ${shot.file}`)
  } finally {
    await context.close()
  }
}

/**
 * Serves the built app with EIG 4 and a 90-stand exhibition and takes the README's pictures into `out`: the lobby,
 * a themed room, a stand with its panel open, the auditorium, the 90-stand room and the lobby on a phone.
 */
export async function takeScreenshots(options: {
  root: string
  distDir: string
  out: string
  say?: (line: string) => void
}): Promise<string[]> {
  const { root, distDir, out, say = () => {} } = options
  const galleryDir = await mkdtemp(path.join(tmpdir(), 'vernissage-shots-'))
  const eig4File = path.join(root, 'gallery', 'eig4.json')
  await copyFile(eig4File, path.join(galleryDir, 'eig4.json'))
  const parsed = parseManifest(JSON.parse(await readFile(eig4File, 'utf8')))
  if (!parsed.ok) throw new Error('gallery/eig4.json does not parse')
  await writeBigGallery(galleryDir, parsed.manifest)
  await mkdir(out, { recursive: true })
  const dataDir = await mkdtemp(path.join(tmpdir(), 'vernissage-shots-data-'))
  const server = await createServer({ galleryDir, mediaDir: path.join(root, 'media'), distDir, dataDir })
  let browser: Browser | undefined
  try {
    await server.listen({ port: 0, host: '127.0.0.1' })
    const base = `http://127.0.0.1:${(server.server.address() as { port: number }).port}`
    browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_WEBGL_ARGS })
    const probe = await browser.newPage()
    await probe.goto(`${base}/eig4?view=3d&stats`)
    await probe.waitForFunction(() => window.__vernissage !== undefined, null, { timeout: 120_000 })
    const layout = await probe.evaluate(() => window.__vernissage!.layout)
    await probe.close()
    const list = shots(layout, base)
    for (const shot of list) await take(browser, shot, out, say)
    return list.map((s) => s.file)
  } finally {
    await browser?.close()
    await server.close()
    await rm(galleryDir, { recursive: true, force: true })
    await rm(dataDir, { recursive: true, force: true })
  }
}
