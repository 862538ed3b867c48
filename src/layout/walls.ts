import type { Door, Rect, Wall } from './types.ts'

type Interval = [number, number]

/** Joins overlapping or touching intervals. */
function merge(intervals: Interval[]): Interval[] {
  const sorted = [...intervals].sort((a, b) => a[0] - b[0] || a[1] - b[1])
  const out: Interval[] = []
  for (const [from, to] of sorted) {
    const last = out[out.length - 1]
    if (last && from <= last[1] + 1e-9) last[1] = Math.max(last[1], to)
    else out.push([from, to])
  }
  return out
}

/** `intervals` with the `holes` cut out. */
function cut(intervals: Interval[], holes: Interval[]): Interval[] {
  let pieces = intervals
  for (const [from, to] of holes) {
    pieces = pieces.flatMap(([a, b]): Interval[] =>
      to <= a || from >= b
        ? [[a, b]]
        : (
            [
              [a, from],
              [to, b],
            ] as Interval[]
          ).filter(([x, y]) => y - x > 1e-6),
    )
  }
  return pieces
}

/**
 * The building's walls: every room edge on the same line merged into one run, so that a wall two rooms share is
 * built once, with the doorways cut out. Rooms are axis-aligned rectangles drawn on their walls' centre-lines.
 */
export function buildWalls(rooms: readonly { bounds: Rect }[], doors: readonly Door[], thickness: number): Wall[] {
  // Key: 'x' lines run along x at a fixed z; 'z' lines run along z at a fixed x.
  const lines = new Map<string, { along: 'x' | 'z'; at: number; runs: Interval[]; holes: Interval[] }>()
  const line = (along: 'x' | 'z', at: number) => {
    const key = `${along}${at}`
    let entry = lines.get(key)
    if (!entry) lines.set(key, (entry = { along, at, runs: [], holes: [] }))
    return entry
  }
  for (const { bounds: r } of rooms) {
    line('x', r.minZ).runs.push([r.minX, r.maxX])
    line('x', r.maxZ).runs.push([r.minX, r.maxX])
    line('z', r.minX).runs.push([r.minZ, r.maxZ])
    line('z', r.maxX).runs.push([r.minZ, r.maxZ])
  }
  for (const d of doors) {
    if (d.a.z === d.b.z) line('x', d.a.z).holes.push([Math.min(d.a.x, d.b.x), Math.max(d.a.x, d.b.x)])
    else line('z', d.a.x).holes.push([Math.min(d.a.z, d.b.z), Math.max(d.a.z, d.b.z)])
  }
  const ordered = [...lines.values()].sort((p, q) => p.along.localeCompare(q.along) || p.at - q.at)
  return ordered.flatMap(({ along, at, runs, holes }) =>
    cut(merge(runs), holes).map(([from, to]): Wall =>
      along === 'x'
        ? { a: { x: from, z: at }, b: { x: to, z: at }, thickness }
        : { a: { x: at, z: from }, b: { x: at, z: to }, thickness },
    ),
  )
}
