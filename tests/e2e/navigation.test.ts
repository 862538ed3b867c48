import type { CDPSession, Page } from 'playwright-core'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { Layout } from '../../src/layout/index.ts'
import { localize, type Manifest } from '../../src/manifest/index.ts'
import { startHarness, type Harness } from './harness.ts'
import { axeViolations } from './pages.ts'

let h: Harness
let manifest: Manifest
let page: Page

type Pose = { x: number; z: number; yaw: number; pitch: number; gliding: boolean }

beforeAll(async () => {
  h = await startHarness()
  const res = await fetch(`${h.baseUrl}/api/exhibitions/eig4`)
  manifest = (await res.json()) as Manifest
}, 900_000)

afterAll(async () => {
  await h?.close()
})

afterEach(async () => {
  await page?.close()
  expect(h.errors).toEqual([])
})

const defi = (id: string) => manifest.defis.find((d) => d.id === id)!
const room = (id: string) => manifest.rooms.find((r) => r.id === id)!
const standsInOrder = () => manifest.rooms.flatMap((r) => r.stands)

/** Opens a 3D page with the test hooks (`?stats`) on a small viewport, SwiftShader being slow per pixel. */
async function open(
  path: string,
  options: { reducedMotion?: boolean; lang?: 'fr' | 'en'; touch?: (cdp: CDPSession) => void } = {},
): Promise<void> {
  page = await h.newPage()
  await page.setViewportSize({ width: 800, height: 500 })
  if (options.touch) {
    // A phone: touch events and a coarse pointer, through the DevTools protocol.
    const cdp = await h.context.newCDPSession(page)
    await cdp.send('Emulation.setTouchEmulationEnabled', { enabled: true, maxTouchPoints: 2 })
    options.touch(cdp)
  }
  if (options.reducedMotion) await page.emulateMedia({ reducedMotion: 'reduce' })
  const glue = path.includes('?') ? '&' : '?'
  await page.goto(`${h.baseUrl}${path}${glue}view=3d&stats&lang=${options.lang ?? 'fr'}`)
  await page.waitForFunction(
    () => window.__vernissageVisitor !== undefined && window.__vernissage !== undefined,
    null,
    { timeout: 60_000 },
  )
  // The overlays come in a chunk of their own, after the scene.
  await page.getByTestId('announcer').waitFor({ state: 'attached', timeout: 30_000 })
}

const pose = () => page.evaluate(() => window.__vernissageVisitor!())
const layout = () => page.evaluate(() => window.__vernissage!.layout) as Promise<Layout>
const announced = () => page.getByTestId('announcer').textContent()
const settle = () => page.waitForFunction(() => !window.__vernissageVisitor!().gliding, null, { timeout: 30_000 })

/** Holds `key` until `done(pose)` holds (checked every 50 ms), then releases it. */
async function holdUntil(key: string, done: (p: Pose) => boolean | Promise<boolean>, timeout = 30_000): Promise<Pose> {
  await page.keyboard.down(key)
  const start = Date.now()
  try {
    for (;;) {
      const p = await pose()
      if (await done(p)) return p
      if (Date.now() - start > timeout) throw new Error(`${key} held ${timeout} ms: ${JSON.stringify(p)}`)
      await page.waitForTimeout(50)
    }
  } finally {
    await page.keyboard.up(key)
  }
}

describe('getting around the 3D exhibition in a real Chromium', () => {
  it('puts the way to the 2D version first in the tab order', async () => {
    await open('/eig4')
    await page.keyboard.press('Tab')
    const first = await page.evaluate(() => ({
      text: document.activeElement?.textContent,
      href: document.activeElement?.getAttribute('href'),
    }))
    expect(first.text).toBe('Version 2D')
    expect(first.href).toContain('view=2d')
    const canvas = page.locator('canvas')
    expect(await canvas.getAttribute('aria-labelledby')).toBe('visit-title')
    expect(await page.locator('#visit-help').textContent()).toContain('Entrée')
  })

  it('switches the 3D interface to English and back, keeping the visitor in 3D', async () => {
    await open('/eig4')
    await page.getByTestId('language-switch-3d').click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en')
    await expect.poll(() => page.getByTestId('language-switch-3d').textContent()).toBe('Français')
    expect(page.url()).toContain('lang=en')
    expect(page.url()).toContain('view=3d')
    expect(await page.locator('canvas').count()).toBe(1)
    await page.getByTestId('language-switch-3d').click()
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('fr')
  })

  it('walks into a room with the keyboard alone, and announces it', async () => {
    await open('/eig4')
    const target = 'faire-parler-les-donnees-publiques'
    const door = (await layout()).doors.find((d) => d.rooms.includes(target))!
    // Down the hall to the door, a quarter turn left, and through.
    await holdUntil('ArrowUp', (p) => p.z <= door.center.z)
    await holdUntil('ArrowLeft', (p) => p.yaw >= Math.PI / 2 - 0.05)
    await holdUntil(
      'w',
      async () => (await announced()) === `Salle «\u00a0${localize(room(target).title, 'fr')}\u00a0»`,
    )
    const inside = await pose()
    expect(inside.x).toBeLessThan(door.center.x)
    expect(page.url()).toContain(`/eig4/${target}`)
  })

  it('never ends inside a wall after a long walk into one', async () => {
    await open('/eig4')
    const plan = await layout()
    const lobby = plan.rooms[0]!
    const radius = plan.options.visitorRadius + plan.options.wallThickness / 2
    await holdUntil('ArrowLeft', (p) => p.yaw >= Math.PI / 2 - 0.05)
    const start = Date.now()
    // Four seconds into the side wall of the hall, with a side step thrown in: the visitor slides, never through.
    await holdUntil('ArrowUp', async (p) => {
      expect(p.x).toBeGreaterThanOrEqual(lobby.bounds.minX + radius - 1e-3)
      if (Date.now() - start > 2000) await page.keyboard.down('KeyD')
      return Date.now() - start > 4000
    })
    await page.keyboard.up('KeyD')
    const end = await pose()
    expect(end.x).toBeCloseTo(lobby.bounds.minX + radius, 2)
    expect(end.z).toBeLessThan(plan.spawn.position.z)
  })

  it('opens a deep link in front of its stand with the panel open, focus inside; Escape closes it', async () => {
    await open('/eig4/faire-parler-les-donnees-publiques/datamed')
    const panel = page.getByRole('dialog', { name: defi('datamed').title })
    await panel.waitFor({ timeout: 30_000 })
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('stand-panel-title')
    expect(await announced()).toBe(`Stand ${defi('datamed').title} — ${defi('datamed').administration.name}`)
    const front = (await layout()).stands.find((s) => s.defiId === 'datamed')!.front
    const here = await pose()
    expect([here.x, here.z]).toEqual([front.x, front.z])
    // Deliverables open in a new tab without giving it this page.
    for (const link of await panel.locator('a[target=_blank]').all())
      expect(await link.getAttribute('rel')).toContain('noopener')
    await page.keyboard.press('Escape')
    await panel.waitFor({ state: 'detached' })
  })

  it('moves the visitor with back and forward', async () => {
    await open('/eig4/faire-parler-les-donnees-publiques/datamed')
    await page.getByRole('dialog').waitFor({ timeout: 30_000 })
    await page.keyboard.press('Escape')
    const next = standsInOrder()[standsInOrder().indexOf('datamed') + 1]!
    await page.keyboard.press('n')
    await page.waitForURL(`**/${next}?**`, { timeout: 30_000 })
    await settle()
    expect(await announced()).toContain(defi(next).title)
    await page.goBack()
    await page.getByRole('dialog', { name: defi('datamed').title }).waitFor({ timeout: 30_000 })
    await settle()
    expect(await announced()).toContain(defi('datamed').title)
    await page.goForward()
    await page.getByRole('dialog', { name: defi(next).title }).waitFor({ timeout: 30_000 })
    await settle()
    expect(await announced()).toContain(defi(next).title)
  })

  it('follows the guided tour over 3 stands in manifest order, each selected for its video', async () => {
    await open('/eig4', { reducedMotion: true })
    await page.evaluate(() => {
      const seen: string[] = ((window as unknown as { seen: string[] }).seen = [])
      const region = document.querySelector('[data-testid=announcer]')!
      new MutationObserver(() => seen.push(region.textContent ?? '')).observe(region, {
        childList: true,
        characterData: true,
        subtree: true,
      })
    })
    await page.getByRole('button', { name: 'Visite guidée « Vernissage »' }).click()
    const order = standsInOrder().slice(0, 3)
    const selected: string[] = []
    for (const id of order) {
      await page.waitForFunction((want) => window.__vernissage!.store.getState().selectedDefiId === want, id, {
        timeout: 40_000,
      })
      selected.push(id)
      expect(page.url()).toContain(`/${id}?`)
      // Reduced motion: the camera cut there, it did not fly.
      const front = (await layout()).stands.find((s) => s.defiId === id)!.front
      const here = await pose()
      expect([here.x, here.z, here.gliding]).toEqual([front.x, front.z, false])
    }
    const stands = (await page.evaluate(() => (window as unknown as { seen: string[] }).seen)).filter((t) =>
      t.startsWith('Stand '),
    )
    expect(stands).toEqual(order.map((id) => `Stand ${defi(id).title} — ${defi(id).administration.name}`))
    await page.getByRole('button', { name: 'Pause' }).click()
    await page.getByRole('button', { name: 'Quitter la visite' }).click()
    await page.getByRole('button', { name: 'Visite guidée « Vernissage »' }).waitFor()
  })

  it('searches an administration and lands on its stand with the panel open', async () => {
    await open('/eig4')
    const adex = defi('adex')
    const box = page.getByRole('combobox')
    await box.fill('haute autorite')
    const option = page.getByRole('option').filter({ hasText: adex.title })
    await option.waitFor()
    await box.press('ArrowDown')
    expect(await box.getAttribute('aria-activedescendant')).toBe(
      await page.getByRole('option').first().getAttribute('id'),
    )
    await box.press('Enter')
    await page.getByRole('dialog', { name: adex.title }).waitFor({ timeout: 30_000 })
    await settle()
    expect(await announced()).toBe(`Stand ${adex.title} — ${adex.administration.name}`)
    expect(page.url()).toContain('/eig4/faire-parler-les-donnees-publiques/adex')
  })

  it('says what is on now and goes to its room', async () => {
    await open('/eig4?now=2021-06-17T14:10:00%2B02:00')
    const banner = page.getByTestId('now-banner')
    await banner.waitFor()
    const session = manifest.exhibition.programme.find((s) => s.id === 'voisinage')!
    expect(await banner.textContent()).toContain('En ce moment')
    expect(await banner.textContent()).toContain(localize(session.title, 'fr'))
    await banner.getByRole('link').click()
    await page.waitForFunction(() => window.__vernissage!.store.getState().roomId === 'auditorium', null, {
      timeout: 30_000,
    })
    await settle()
    expect(await announced()).toBe(`Salle «\u00a0Auditorium\u00a0»`)
  })

  it('walks to the floor spot clicked, and to the stand clicked', async () => {
    await open('/eig4/faire-parler-les-donnees-publiques')
    await settle()
    const before = await pose()
    // The floor just below the middle of the view, a few metres ahead.
    await page.mouse.click(400, 330)
    await page.waitForFunction(
      (b) => Math.hypot(window.__vernissageVisitor!().x - b.x, window.__vernissageVisitor!().z - b.z) > 0.5,
      before,
      { timeout: 10_000 },
    )
    await settle()
    const after = await pose()
    // Straight ahead (the visitor looks into the room), a few metres, still in the room.
    expect(Math.hypot(after.x - before.x, after.z - before.z)).toBeGreaterThan(2)
    expect(await page.evaluate(() => window.__vernissage!.store.getState().roomId)).toBe(
      'faire-parler-les-donnees-publiques',
    )
    // Aim at a stand from the test hook, then click the middle of the view.
    const plan = await layout()
    const stand = plan.stands.find((s) => s.defiId === 'label')!
    await page.evaluate(({ at, look }) => window.__vernissage!.goTo(at, look), {
      at: { x: after.x, y: 1.6, z: after.z },
      look: { x: stand.position.x, y: 1.2, z: stand.position.z },
    })
    await page.mouse.click(400, 250)
    await page.waitForFunction(() => window.__vernissage!.store.getState().selectedDefiId === 'label', null, {
      timeout: 20_000,
    })
    const there = await pose()
    expect([there.x, there.z]).toEqual([stand.front.x, stand.front.z])
  })

  it.each(['fr', 'en'] as const)(
    'passes axe-core (WCAG 2.1 AA) with a stand panel and search results open, in %s',
    async (lang) => {
      await open('/eig4/faire-parler-les-donnees-publiques/adex', { lang })
      await page.getByRole('dialog').waitFor({ timeout: 30_000 })
      await page.getByRole('combobox').fill('data')
      await page.getByRole('option').first().waitFor()
      expect(await axeViolations(page)).toEqual([])
    },
  )

  it('walks with the touch stick, looks by dragging and goes where the finger taps', async () => {
    let cdp: CDPSession | undefined
    await open('/eig4', { touch: (session) => (cdp = session) })
    const touch = (type: 'touchStart' | 'touchMove' | 'touchEnd', points: { x: number; y: number }[]) =>
      cdp!.send('Input.dispatchTouchEvent', { type, touchPoints: points })
    const stick = page.getByRole('img', { name: /Manette/ })
    const box = (await stick.boundingBox())!
    const centre = { x: box.x + box.width / 2, y: box.y + box.height / 2 }
    const start = await pose()
    // Thumb pushed up: forward, down the hall.
    await touch('touchStart', [centre])
    await touch('touchMove', [{ x: centre.x, y: centre.y - 40 }])
    await page.waitForFunction((z) => window.__vernissageVisitor!().z < z - 2, start.z, { timeout: 20_000 })
    await touch('touchEnd', [])
    const walked = await pose()
    expect(walked.x).toBeCloseTo(start.x, 1)
    // A drag on the view turns it; a tap on the floor walks there.
    await touch('touchStart', [{ x: 400, y: 200 }])
    await touch('touchMove', [{ x: 480, y: 200 }])
    await touch('touchMove', [{ x: 560, y: 200 }])
    await touch('touchEnd', [])
    await page.waitForFunction((yaw) => window.__vernissageVisitor!().yaw > yaw + 0.2, walked.yaw, { timeout: 10_000 })
    const turned = await pose()
    await touch('touchStart', [{ x: 400, y: 330 }])
    await touch('touchEnd', [])
    await page.waitForFunction(
      (p) => Math.hypot(window.__vernissageVisitor!().x - p.x, window.__vernissageVisitor!().z - p.z) > 1,
      turned,
      { timeout: 10_000 },
    )
  })
})
