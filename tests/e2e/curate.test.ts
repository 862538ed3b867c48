import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Layout } from '../../src/layout/index.ts'
import { localize, type Manifest } from '../../src/manifest/index.ts'
import { openDatabase } from '../../src/server/db/database.ts'
import { seedOrganiser, PASSWORD } from '../server/authHelpers.ts'
import { startHarness, type Harness } from './harness.ts'
import { axeViolations } from './pages.ts'
import { layoutOf, open3D } from './scene3d.ts'

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

/** Signs in on the curation screen and opens the exhibition. */
async function signIn(page: Page, email: string, lang = 'fr'): Promise<void> {
  await page.goto(`${h.baseUrl}/curate?lang=${lang}`)
  await page.locator('#signin-email').fill(email)
  await page.locator('#signin-password').fill(PASSWORD)
  await page.locator('#signin-password').press('Enter')
  await page
    .getByRole('link', { name: /EIG 4|Demo Day/ })
    .first()
    .waitFor()
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
    await page.keyboard.press('ArrowLeft')
    await expect
      .poll(() => page.locator('[id^="DndLiveRegion"]').textContent(), { timeout: 5000 })
      .toContain('Nouvelle salle')
    await page.keyboard.press('Space')
    await expect.poll(() => column(page, NEW_ROOM)).toEqual([moved])
    expect(await column(page, firstRoom.id)).toEqual(firstRoom.stands.slice(1))

    await section(page, /Défis/)
    await page.locator('#defi-choice').selectOption(moved)
    const pitch = page.locator('#defi-pitchFr')
    const before = await pitch.inputValue()
    await pitch.fill('Un nouveau pitch, écrit pendant le test.')
    await page.getByRole('button', { name: 'Enregistrer' }).click()
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
})
