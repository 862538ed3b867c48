import type { BufferGeometry } from 'three'
import type { Seating, Vec2 } from '../../layout/index.ts'
import { mix, parseHex } from '../colour.ts'
import { face, MeshBuilder } from './meshBuilder.ts'

/** One seat on the floor plan and the angle that turns it towards the screen. */
export type SeatPlace = { x: number; z: number; rotationY: number }

const SEAT_WIDTH = 0.5
const ROW_GAP = 1

/** Rows of seats across the seating area, facing the screen, with a central aisle when there is room for one. */
export function seatPlaces(seating: Seating): SeatPlace[] {
  const { bounds, rows, seatsPerRow, facing } = seating
  if (rows === 0 || seatsPerRow === 0) return []
  const rotationY = Math.atan2(facing.x, facing.z)
  // Rows run across `facing`; `across` is the unit vector along a row.
  const across: Vec2 = { x: -facing.z, z: facing.x }
  const centre = { x: (bounds.minX + bounds.maxX) / 2, z: (bounds.minZ + bounds.maxZ) / 2 }
  const depth = Math.abs(facing.x) > 0.5 ? bounds.maxX - bounds.minX : bounds.maxZ - bounds.minZ
  const usableRows = Math.max(1, Math.min(rows, Math.floor(depth / ROW_GAP) + 1))
  const aisle = seatsPerRow >= 8 ? 1 : 0
  const perRow = seatsPerRow - aisle
  const places: SeatPlace[] = []
  for (let row = 0; row < usableRows; row++) {
    // Row 0 is the back row, nearest the door; rows step towards the screen along `facing`.
    const along = (row - (usableRows - 1) / 2) * ROW_GAP
    for (let seat = 0; seat < perRow; seat++) {
      let offset = (seat - (perRow - 1) / 2) * (SEAT_WIDTH + 0.1)
      if (aisle) offset += Math.sign(offset || 1) * 0.5
      places.push({
        x: centre.x + facing.x * along + across.x * offset,
        z: centre.z + facing.z * along + across.z * offset,
        rotationY,
      })
    }
  }
  return places
}

/** One seat (cushion and back, the back away from the screen), coloured from the auditorium's theme. */
export function buildSeatGeometry(themeColor: string): BufferGeometry {
  const b = new MeshBuilder()
  const fabric = mix(parseHex(themeColor), { r: 30, g: 30, b: 30 }, 0.25)
  const w = SEAT_WIDTH / 2
  // Every side the same fabric: the baked light tells them apart (see `lightFor`); the feet darker, by the floor.
  const side = face(fabric, 1, 0.7)
  b.box([-w, 0, -0.25], [w, 0.45, 0.2], { top: side, pz: side, px: side, nx: side })
  const back = face(fabric, 1)
  b.box([-w, 0.45, -0.25], [w, 0.95, -0.15], { top: back, pz: back, nz: back, px: back, nx: back })
  return b.build()
}
