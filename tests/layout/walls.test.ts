import { describe, expect, it } from 'vitest'
import { computeLayout } from '../../src/layout/index.ts'
import { buildWalls } from '../../src/layout/walls.ts'
import { bigRooms, buildManifest, clearance } from './helpers.ts'

const layout = computeLayout(buildManifest(bigRooms))

describe('buildWalls', () => {
  it('builds a wall two rooms share only once', () => {
    const rooms = [
      { bounds: { minX: 0, minZ: 0, maxX: 4, maxZ: 4 } },
      { bounds: { minX: 4, minZ: 1, maxX: 8, maxZ: 3 } },
    ]
    const walls = buildWalls(rooms, [], 0.2)
    const shared = walls.filter((w) => w.a.x === 4 && w.b.x === 4)
    expect(shared).toEqual([{ a: { x: 4, z: 0 }, b: { x: 4, z: 4 }, thickness: 0.2 }])
    expect(walls).toHaveLength(7)
  })

  it('closes every room but leaves its doorways open', () => {
    const t = layout.options.wallThickness
    for (const room of layout.rooms) {
      const { minX, minZ, maxX, maxZ } = room.bounds
      const edges = [
        [minX, minZ, maxX, minZ],
        [maxX, minZ, maxX, maxZ],
        [maxX, maxZ, minX, maxZ],
        [minX, maxZ, minX, minZ],
      ] as const
      for (const [x0, z0, x1, z1] of edges) {
        for (let k = 0; k <= 200; k++) {
          const p = { x: x0 + ((x1 - x0) * k) / 200, z: z0 + ((z1 - z0) * k) / 200 }
          const near = layout.doors.map((d) => ({ d, off: Math.hypot(p.x - d.center.x, p.z - d.center.z) }))
          const door = near.find(({ d, off }) => off < d.width / 2)
          // The round ends of the walls beside a doorway reach half a thickness into it.
          if (door && door.off < door.d.width / 2 - t) {
            expect(clearance(p, layout.walls), `${door.d.id} is open`).toBeGreaterThan(0)
          } else if (!door)
            expect(clearance(p, layout.walls), `${room.id} is closed at ${JSON.stringify(p)}`).toBeLessThan(0)
        }
      }
    }
  })
})
