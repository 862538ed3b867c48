import type { Page } from 'playwright-core'
import { describe, expect, it } from 'vitest'
import type { AuditoriumRoom, CameraPose, Layout, LobbyRoom, Vec3 } from '../../src/layout/index.ts'
import { seatPlaces } from '../../src/scene/building/seats.ts'
import type { Harness } from './harness.ts'
import { beforeAllVisit } from './pages.ts'
import { layoutOf, open3D } from './scene3d.ts'
import { hideOverlays, luminanceAt } from './sceneLight.ts'

const [WIDTH, HEIGHT] = [800, 500]
let h: Harness
let page: Page
let layout: Layout | undefined

beforeAllVisit((visit) => ({ h, page } = visit))

/** The scene open on EIG 4, its overlays hidden; opened by the first test that needs it. */
async function scene(): Promise<Layout> {
  if (layout) return layout
  await page.setViewportSize({ width: WIDTH, height: HEIGHT })
  await open3D(page, `${h.baseUrl}/eig4?view=3d&stats&lang=fr`)
  await hideOverlays(page)
  return (layout = await layoutOf(page))
}

/** Puts the camera at `pose` and gives the luminance of the picture at each world point. */
async function lookAt(pose: CameraPose, points: Vec3[]): Promise<number[]> {
  await page.evaluate((p) => window.__vernissage!.goTo(p.position, p.target), pose)
  await page.waitForTimeout(1200)
  const pixels = await page.evaluate((list) => list.map((p) => window.__vernissage!.project(p)), points)
  for (const p of pixels) {
    expect(p.x).toBeGreaterThan(5)
    expect(p.x).toBeLessThan(WIDTH - 5)
    expect(p.y).toBeGreaterThan(5)
    expect(p.y).toBeLessThan(HEIGHT - 5)
  }
  return luminanceAt(page, pixels, 2)
}

describe('the light of the 3D building', () => {
  it('in the lobby, the two long walls differ, and the floor is darker along a wall than mid-room', async () => {
    const lobby = (await scene()).rooms.find((r): r is LobbyRoom => r.kind === 'lobby')!
    const { minX, maxX } = lobby.interior
    // Above the programme board and its sign, below the frieze: plain wall on both sides.
    const [left, right] = await lookAt({ position: { x: 0, y: 1.6, z: -1 }, target: { x: 0, y: 2.4, z: -10 } }, [
      { x: minX, y: 4.1, z: -8 },
      { x: maxX, y: 4.1, z: -8 },
    ])
    expect(Math.abs(left! - right!)).toBeGreaterThan(5)

    // Two floor tiles apart (1.5 m each), so that both points lie on tiles of the same shade.
    const z = -2.5
    const [nearWall, mid] = await lookAt(
      { position: { x: maxX - 2, y: 3, z: -0.5 }, target: { x: minX + 2, y: 0, z } },
      [
        { x: minX + 0.35, y: 0, z },
        { x: minX + 3.35, y: 0, z },
      ],
    )
    expect(nearWall!).toBeLessThan(mid! - 10)
  })

  it('in the auditorium, a seat’s top and front differ, and the floor is darker by the screen wall', async () => {
    const room = (await scene()).rooms.find((r): r is AuditoriumRoom => r.kind === 'auditorium')!
    const seats = seatPlaces(room.seating)
    const { facing } = room.seating
    // The row nearest the screen, and its middle seat.
    const front = Math.max(...seats.map((s) => s.x * facing.x + s.z * facing.z))
    const row = seats.filter((s) => Math.abs(s.x * facing.x + s.z * facing.z - front) < 1e-6)
    const seat = row[Math.floor(row.length / 2)]!
    const at = (along: number, up: number): Vec3 => ({
      x: seat.x + facing.x * along,
      y: up,
      z: seat.z + facing.z * along,
    })
    const [top, back] = await lookAt({ position: at(2.2, 1.7), target: at(0, 0.5) }, [at(0.05, 0.45), at(-0.15, 0.75)])
    expect(Math.abs(top! - back!)).toBeGreaterThan(4)

    // The free floor between the front row and the screen wall.
    const screen = room.screen.position
    const fromWall = (d: number): Vec3 => ({ x: screen.x - facing.x * d, y: 0, z: screen.z - facing.z * d })
    const [nearWall, mid] = await lookAt({ position: { ...fromWall(6), y: 3 }, target: fromWall(1.5) }, [
      fromWall(0.35),
      fromWall(3.35),
    ])
    expect(nearWall!).toBeLessThan(mid! - 10)
  })
})
