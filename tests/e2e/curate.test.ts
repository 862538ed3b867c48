import { chromium, type Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Layout } from '../../src/layout/index.ts'
import { localize, type Manifest } from '../../src/manifest/index.ts'
import { openDatabase } from '../../src/server/db/database.ts'
import { TABS } from '../../src/ui/curate/route.ts'
import { seedOrganiser, PASSWORD } from '../server/authHelpers.ts'
import { CHROMIUM_BASE_ARGS } from './chromium.ts'
import { startHarness, type Harness } from './harness.ts'
import { axeViolations } from './pages.ts'
import { layoutOf, open3D } from './scene3d.ts'

// The tests run in order on one server and one copy of the gallery: the later ones build on the room the first makes.
const ID = 'eig4'
const NEW_ROOM = 'nouvelle-salle'
let h: Harness
let manifest: Manifest

beforeAll(async () => {
  h = await startHarness({ copyGallery: true })
  const db = openDatabase(h.dataDir)
  await seedOrganiser(db, 'alice@example.org')
  await seedOrganiser(db, 'bruno@example.org')
  db.close()
  manifest = (await (await fetch(`${h.baseUrl}/api/exhibitions/${ID}`)).json()) as Manifest
})
afterAll(async () => h?.close())

/** Signs in on the curation screen (unless this browser already is) and waits for the exhibitions. */
async function signIn(page: Page, email: string, lang = 'fr'): Promise<void> {
  await page.goto(`${h.baseUrl}/curate?lang=${lang}`)
  const list = page.getByRole('link', { name: /EIG 4|Demo Day/ }).first()
  await page.locator('#signin-email').or(list).first().waitFor()
  if (await page.locator('#signin-email').isVisible()) {
    await page.locator('#signin-email').fill(email)
    await page.locator('#signin-password').fill(PASSWORD)
    await page.locator('#signin-password').press('Enter')
  }
  await list.waitFor()
}

const section = async (page: Page, name: RegExp) => {
  await page
    .getByRole('navigation', { name: /Sections/ })
    .getByRole('link', { name })
    .click()
}

/** The stands of a room as the board shows them. */
const column = (page: Page, room: string) =>
  page
    .locator(`[data-column="${room}"] [data-stand]`)
    .evaluateAll((els) => els.map((e) => e.getAttribute('data-stand')))

describe('the curation screen', () => {
  it('creates a room, moves a stand into it with the keyboard, edits a pitch, undoes, redoes and publishes', async () => {
    const page = await h.newPage()
    await signIn(page, 'alice@example.org')
    await page.goto(`${h.baseUrl}/curate/${ID}/rooms?lang=fr`)
    await page.locator('#new-room-fr').fill('Nouvelle salle')
    await page.locator('#new-room-en').fill('New room')
    await page.getByRole('button', { name: 'Créer la salle' }).click()
    const row = page.locator(`[data-room="${NEW_ROOM}"]`)
    await row.waitFor()
    // Up to the first themed room, with the keyboard too.
    for (let i = 0; i < manifest.rooms.length - 1; i++) {
      await row.getByRole('button', { name: 'Monter' }).focus()
      await page.keyboard.press('Enter')
      await expect
        .poll(() =>
          page
            .locator('[data-room]')
            .nth(manifest.rooms.length - 1 - i)
            .getAttribute('data-room'),
        )
        .toBe(NEW_ROOM)
    }

    await section(page, /Stands/)
    const firstRoom = manifest.rooms.find((r) => r.kind === 'themed')!
    const moved = firstRoom.stands[0]!
    await page.locator(`[data-stand="${moved}"]`).focus()
    await page.keyboard.press('Space')
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').textContent())
      .toContain(localize(firstRoom.title, 'fr'))
    // dnd-kit measures the columns just after the pick-up: on a busy machine an arrow pressed before that is dropped
    // (nothing moves, nothing is announced), so the arrow is pressed again only when no move was announced.
    const announced = () => page.locator('[id^="DndLiveRegion"]').textContent()
    for (let attempt = 0; attempt < 3 && !(await announced())?.includes('Nouvelle salle'); attempt++) {
      await page.keyboard.press('ArrowLeft')
      await expect
        .poll(announced, { timeout: 3000 })
        .toContain('Nouvelle salle')
        .catch(() => undefined)
    }
    expect(await announced()).toContain('Nouvelle salle')
    await page.keyboard.press('Space')
    await expect.poll(() => column(page, NEW_ROOM)).toEqual([moved])
    expect(await column(page, firstRoom.id)).toEqual(firstRoom.stands.slice(1))

    await section(page, /Défis/)
    await page.locator('#defi-choice').selectOption(moved)
    const pitch = page.locator('#defi-pitchFr')
    const before = await pitch.inputValue()
    await pitch.fill('Un nouveau pitch, écrit pendant le test.')
    await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
    await expect.poll(() => page.getByRole('button', { name: 'Annuler' }).isEnabled()).toBe(true)
    await page.locator('h1').click()
    await page.keyboard.press('Control+Z')
    await expect.poll(() => pitch.inputValue()).toBe(before)
    await page.keyboard.press('Control+Shift+Z')
    await expect.poll(() => pitch.inputValue()).toBe('Un nouveau pitch, écrit pendant le test.')

    await section(page, /Publier/)
    await expect(page.getByText('Rien ne bloque la publication.').count()).resolves.toBe(1)
    const pressed = Date.now()
    await page.getByRole('button', { name: 'Publier cette version' }).click()
    await expect.poll(() => page.locator('[data-publish-result]').textContent()).toContain('Publié')
    const published = (await (await fetch(`${h.baseUrl}/api/exhibitions/${ID}`)).json()) as Manifest
    console.log(`[curate] publish to served: ${Date.now() - pressed} ms`)
    expect(published.rooms.find((r) => r.id === NEW_ROOM)?.stands).toEqual([moved])
    expect(published.defis.find((d) => d.id === moved)?.pitch).toMatchObject({
      fr: 'Un nouveau pitch, écrit pendant le test.',
    })

    await page.goto(`${h.baseUrl}/${ID}/${NEW_ROOM}?view=2d&lang=fr`)
    await expect.poll(() => page.locator('main h1').textContent()).toBe('Nouvelle salle')
    expect(
      await page
        .locator('main')
        .getByText(published.defis.find((d) => d.id === moved)!.title)
        .count(),
    ).toBeGreaterThan(0)

    if (await h.webgl2()) {
      await open3D(page, `${h.baseUrl}/${ID}/${NEW_ROOM}?stats`)
      const layout: Layout = await layoutOf(page)
      expect(layout.stands.filter((s) => s.roomId === NEW_ROOM).map((s) => s.defiId)).toEqual([moved])
    }
    await page.close()
  })

  it("keeps both organisers' edits, and shows a conflict on the same field instead of overwriting it", async () => {
    const alice = await h.newPage()
    // Bruno signs in from another browser: his own cookies, his own session.
    const other = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: CHROMIUM_BASE_ARGS,
    })
    try {
      const bruno = await (await other.newContext()).newPage()
      await signIn(alice, 'alice@example.org')
      await signIn(bruno, 'bruno@example.org')
      const [x, y] = [manifest.defis[1]!.id, manifest.defis[2]!.id]
      const setCity = async (page: Page, defi: string, city: string) => {
        await page.goto(`${h.baseUrl}/curate/${ID}/defis?lang=fr&defi=${defi}`)
        await page.locator('#defi-city').fill(city)
        await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
      }
      await bruno.goto(`${h.baseUrl}/curate/${ID}/defis?lang=fr&defi=${y}`)
      await bruno.locator('#defi-city').waitFor()
      await setCity(alice, x, 'Lille')
      await expect.poll(() => alice.getByRole('button', { name: 'Annuler' }).isEnabled()).toBe(true)
      // Bruno's page was opened before Alice's edit of x: his edit of y lands, and hers shows in his screen.
      await bruno.locator('#defi-city').fill('Brest')
      await bruno.getByRole('button', { name: 'Enregistrer', exact: true }).click()
      await expect.poll(() => bruno.locator('[data-notice]').getAttribute('data-notice')).toBe('merged')
      await bruno.locator('#defi-choice').selectOption(x)
      await expect.poll(() => bruno.locator('#defi-city').inputValue()).toBe('Lille')

      // The same field: Alice changes x's city again; Bruno, who still sees "Lille", is told, not allowed to overwrite.
      await setCity(alice, x, 'Lens')
      await expect.poll(() => alice.locator('#defi-city').inputValue()).toBe('Lens')
      await bruno.locator('#defi-city').fill('Bordeaux')
      await bruno.getByRole('button', { name: 'Enregistrer', exact: true }).click()
      await expect.poll(() => bruno.locator('[data-notice]').getAttribute('data-notice')).toBe('conflict')
      await expect.poll(() => bruno.locator('#defi-city').inputValue()).toBe('Lens')
      await alice.reload()
      await alice.locator('#defi-choice').selectOption(y)
      await expect.poll(() => alice.locator('#defi-city').inputValue()).toBe('Brest')
    } finally {
      await other.close()
      await alice.close()
    }
  })

  it('has no axe-core violation in any section, in French and English, and works with text at 200%', async () => {
    const page = await h.newPage()
    await signIn(page, 'alice@example.org')
    await page.getByRole('button', { name: 'Se déconnecter' }).click()
    await page.locator('#signin-email').waitFor()
    expect(await axeViolations(page), 'sign-in').toEqual([])
    await signIn(page, 'alice@example.org')
    for (const lang of ['fr', 'en']) {
      await page.goto(`${h.baseUrl}/curate?lang=${lang}`)
      await page.locator('main h1').waitFor()
      expect(await axeViolations(page), `list ${lang}`).toEqual([])
      for (const tab of TABS) {
        await page.goto(`${h.baseUrl}/curate/${ID}/${tab}?lang=${lang}`)
        await page.locator('main h2').first().waitFor()
        await expect.poll(() => page.getByText(/^(Chargement|Loading)…$/).count()).toBe(0)
        expect(await axeViolations(page), `${tab} ${lang}`).toEqual([])
      }
    }
    // 200% text in a 640 px window: no section scrolls sideways, the board still takes a stand with the keyboard.
    await page.setViewportSize({ width: 640, height: 900 })
    for (const tab of ['settings', 'rooms', 'defis', 'review', 'programme', 'versions', 'audit', 'publish']) {
      await page.goto(`${h.baseUrl}/curate/${ID}/${tab}?lang=fr`)
      await page.locator('main h2').first().waitFor()
      await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
      const [scroll, inner] = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
      expect(scroll, `${tab} at 200%`).toBeLessThanOrEqual(inner!)
    }
    await page.goto(`${h.baseUrl}/curate/${ID}/stands?lang=fr`)
    await page.locator('[data-stand]').first().waitFor()
    await page.evaluate(() => (document.documentElement.style.fontSize = '200%'))
    const width = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth])
    expect(width[0]).toBeLessThanOrEqual(width[1]!)
    const stand = await page.locator('[data-stand]').first().getAttribute('data-stand')
    await page.locator(`[data-stand="${stand}"]`).focus()
    const before = await column(page, NEW_ROOM)
    await page.keyboard.press('Space')
    await expect.poll(() => page.locator('[id^="DndLiveRegion"]').textContent(), { timeout: 5000 }).toContain('Dans')
    await page.keyboard.press('ArrowDown')
    await page.waitForTimeout(500)
    await page.keyboard.press('Escape')
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').textContent(), { timeout: 5000 })
      .toContain('Déplacement annulé')
    expect(await column(page, NEW_ROOM)).toEqual(before)
    await page.close()
  })

  it('previews the draft in the visitor app with a banner, and tells a visitor when the exhibition is published again', async () => {
    const organiser = await h.newPage()
    await signIn(organiser, 'alice@example.org')
    await organiser.goto(`${h.baseUrl}/curate/${ID}/preview/${ID}/${NEW_ROOM}?view=2d&lang=fr`)
    await organiser.getByTestId('draft-banner').waitFor()
    await expect.poll(() => organiser.locator('main h1').textContent()).toBe('Nouvelle salle')
    if (await h.webgl2()) {
      await open3D(organiser, `${h.baseUrl}/curate/${ID}/preview/${ID}/${NEW_ROOM}?stats`)
      expect(await organiser.getByTestId('draft-banner').count()).toBe(1)
      const layout: Layout = await layoutOf(organiser)
      expect(layout.rooms.some((r) => r.id === NEW_ROOM)).toBe(true)
      expect(new URL(organiser.url()).pathname.startsWith(`/curate/${ID}/preview/`)).toBe(true)
    }

    const visitor = await h.newPage()
    await visitor.goto(`${h.baseUrl}/${ID}/${NEW_ROOM}?view=2d&lang=fr&poll=1`)
    await expect.poll(() => visitor.locator('main h1').textContent()).toBe('Nouvelle salle')
    await organiser.goto(`${h.baseUrl}/curate/${ID}/rooms?lang=fr`)
    await organiser.locator(`#room-${NEW_ROOM}-fr`).fill('Salle renommée')
    await organiser.locator(`[data-room="${NEW_ROOM}"]`).getByRole('button', { name: 'Renommer' }).click()
    await expect.poll(() => organiser.getByRole('button', { name: 'Annuler' }).isEnabled()).toBe(true)
    expect(await visitor.getByTestId('update-notice').count()).toBe(0)
    await organiser.goto(`${h.baseUrl}/curate/${ID}/publish?lang=fr`)
    await organiser.getByRole('button', { name: 'Publier cette version' }).click()
    await expect.poll(() => organiser.locator('[data-publish-result]').textContent()).toContain('Publié')
    await visitor.getByTestId('update-notice').waitFor({ timeout: 10_000 })
    await visitor.getByTestId('update-notice').getByRole('button').click()
    await expect.poll(() => visitor.locator('main h1').textContent()).toBe('Salle renommée')
    await visitor.close()
    await organiser.close()
  })

  it('plays a submitted video with its captions for review, approves one and sends one back with a message', async () => {
    const page = await h.newPage()
    await signIn(page, 'alice@example.org')
    const [one, two] = manifest.defis.filter((d) => d.media?.mp4 && d.media.captions.length > 0).slice(3, 5)
    for (const defi of [one!, two!]) {
      await page.goto(`${h.baseUrl}/curate/${ID}/defis?lang=fr&defi=${defi.id}`)
      await page.locator('#defi-status').selectOption('submitted')
      await page.getByRole('button', { name: 'Enregistrer', exact: true }).click()
      await expect.poll(() => page.locator('#defi-status').inputValue()).toBe('submitted')
    }
    await section(page, /Relecture/)
    const article = (id: string) => page.locator('article', { has: page.locator(`#review-${id}`) })
    const video = article(one!.id).locator('video')
    await expect
      .poll(() => video.evaluate((v: HTMLVideoElement) => v.readyState), { timeout: 15_000 })
      .toBeGreaterThan(0)
    expect(await video.evaluate((v: HTMLVideoElement) => [...v.textTracks].map((t) => t.language))).toContain('fr')
    await article(one!.id).getByRole('button', { name: 'Approuver' }).click()
    await expect.poll(() => article(one!.id).count()).toBe(0)
    await article(two!.id).getByLabel('Message pour l’équipe').fill('Il manque les sous-titres anglais.')
    await article(two!.id).getByRole('button', { name: 'Renvoyer à l’équipe' }).click()
    await expect.poll(() => article(two!.id).count()).toBe(0)
    await page.close()
  })

  it('moves a stand with the pointer too', async () => {
    const page = await h.newPage()
    await page.setViewportSize({ width: 1280, height: 1400 })
    await signIn(page, 'alice@example.org')
    await page.goto(`${h.baseUrl}/curate/${ID}/stands?lang=fr`)
    await page.locator(`[data-column="${NEW_ROOM}"] [data-stand]`).first().waitFor()
    const [stand] = await column(page, NEW_ROOM)
    const target = manifest.rooms.filter((r) => r.kind === 'themed')[1]!
    const from = (await page.locator(`[data-stand="${stand}"]`).boundingBox())!
    const to = (await page.locator(`[data-column="${target.id}"] ul`).boundingBox())!
    await page.mouse.move(from.x + from.width / 2, from.y + from.height / 2)
    await page.mouse.down()
    await page.mouse.move(from.x + from.width / 2 + 10, from.y + from.height / 2, { steps: 3 })
    await page.mouse.move(to.x + to.width / 2, to.y + to.height - 5, { steps: 10 })
    await page.mouse.up()
    await expect.poll(() => column(page, target.id)).toContain(stand)
    expect(await column(page, NEW_ROOM)).toEqual([])
    await page.close()
  })

  it("shows the validator's error on the field at fault, in the interface language", async () => {
    const page = await h.newPage()
    await signIn(page, 'alice@example.org')
    const defi = manifest.defis[5]!
    for (const [lang, save, message] of [
      ['fr', 'Enregistrer', 'le texte ne doit pas être vide'],
      ['en', 'Save', 'text must not be empty'],
    ] as const) {
      await page.goto(`${h.baseUrl}/curate/${ID}/defis?lang=${lang}&defi=${defi.id}`)
      await page.locator('#defi-title').fill(' ')
      await page.getByRole('button', { name: save, exact: true }).click()
      await expect.poll(() => page.locator('#defi-title-error').textContent()).toBe(message)
      expect(await page.locator('#defi-title').getAttribute('aria-invalid')).toBe('true')
    }
    const draft = await page.evaluate(
      async (id) => (await (await fetch(`/api/curate/exhibitions/${id}`)).json()) as Manifest,
      ID,
    )
    expect(draft.defis.find((d) => d.id === defi.id)?.title).toBe(defi.title)
    await page.close()
  })
})
