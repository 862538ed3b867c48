import type { Layout, Vec3 } from '../../layout/index.ts'

/** What a pointer ray lands on first. */
export type Pick = { kind: 'stand'; defiId: string } | { kind: 'floor'; x: number; z: number } | { kind: 'wall' }

/**
 * Where the ray enters a box standing on the floor, centred on (`cx`, `cz`), turned by `rotationY` (three.js
 * convention), `halfX` by `halfZ` wide and `height` tall; Infinity when it misses.
 */
function hitUprightBox(
  o: Vec3,
  d: Vec3,
  cx: number,
  cz: number,
  rotationY: number,
  halfX: number,
  halfZ: number,
  height: number,
): number {
  const cos = Math.cos(rotationY)
  const sin = Math.sin(rotationY)
  // Into the box's own frame: the inverse of three's rotation about y.
  const rx = o.x - cx
  const rz = o.z - cz
  const ox = rx * cos - rz * sin
  const oz = rx * sin + rz * cos
  const dx = d.x * cos - d.z * sin
  const dz = d.x * sin + d.z * cos
  let near = 0
  let far = Infinity
  for (const [origin, dir, lo, hi] of [
    [ox, dx, -halfX, halfX],
    [o.y, d.y, 0, height],
    [oz, dz, -halfZ, halfZ],
  ] as const) {
    if (Math.abs(dir) < 1e-12) {
      if (origin < lo || origin > hi) return Infinity
      continue
    }
    const t1 = (lo - origin) / dir
    const t2 = (hi - origin) / dir
    near = Math.max(near, Math.min(t1, t2))
    far = Math.min(far, Math.max(t1, t2))
    if (near > far) return Infinity
  }
  return near
}

/**
 * The first thing a ray from the camera (`origin`, unit or not `direction`) meets in the building: a stand, a wall
 * or the floor; null when it meets nothing (looking up, or out of the building).
 */
export function pickRay(layout: Layout, origin: Vec3, direction: Vec3): Pick | null {
  let best = Infinity
  let pick: Pick | null = null
  for (const stand of layout.stands) {
    const { width, depth, height } = stand.size
    const t = hitUprightBox(
      origin,
      direction,
      stand.position.x,
      stand.position.z,
      stand.rotationY,
      width / 2,
      depth / 2,
      height,
    )
    if (t < best) {
      best = t
      pick = { kind: 'stand', defiId: stand.defiId }
    }
  }
  const wallHeight = layout.options.wallHeight
  for (const wall of layout.walls) {
    const mx = (wall.a.x + wall.b.x) / 2
    const mz = (wall.a.z + wall.b.z) / 2
    const ax = wall.b.x - wall.a.x
    const az = wall.b.z - wall.a.z
    // The wall's local +x runs along it: the rotation that takes +x to (ax, az) in three's convention.
    const rotationY = Math.atan2(-az, ax)
    const t = hitUprightBox(
      origin,
      direction,
      mx,
      mz,
      rotationY,
      Math.hypot(ax, az) / 2,
      wall.thickness / 2,
      wallHeight,
    )
    if (t < best) {
      best = t
      pick = { kind: 'wall' }
    }
  }
  if (direction.y < 0) {
    const t = -origin.y / direction.y
    if (t < best) {
      const x = origin.x + direction.x * t
      const z = origin.z + direction.z * t
      const inside = layout.rooms.some(
        (r) => x >= r.bounds.minX && x <= r.bounds.maxX && z >= r.bounds.minZ && z <= r.bounds.maxZ,
      )
      if (inside) return { kind: 'floor', x, z }
    }
  }
  return pick
}
