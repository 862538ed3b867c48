import type { LayoutOptions } from './types.ts'

/** The sizes used when `computeLayout` is given none: 4 m between stands, 1.5 m from the wall, viewed from 2.5 m. */
export const DEFAULT_LAYOUT_OPTIONS: Readonly<LayoutOptions> = {
  standSpacing: 4,
  standWallOffset: 1.5,
  viewDistance: 2.5,
  standWidth: 2.4,
  standDepth: 0.6,
  standHeight: 2.2,
  eyeHeight: 1.6,
  visitorRadius: 0.3,
  wallThickness: 0.2,
  wallHeight: 5,
  doorWidth: 2.4,
  doorHeight: 2.6,
  lobbyWidth: 10,
  entranceLength: 12,
  minRoomSize: 11,
  auditoriumWidth: 18,
  auditoriumDepth: 16,
  islandThreshold: 24,
}

/** The defaults overridden by every option that is given (an `undefined` value keeps the default). */
export function resolveOptions(options: Partial<LayoutOptions> = {}): LayoutOptions {
  const resolved = { ...DEFAULT_LAYOUT_OPTIONS }
  for (const key of Object.keys(resolved) as (keyof LayoutOptions)[]) {
    const value = options[key]
    if (value !== undefined) resolved[key] = value
  }
  return resolved
}

/** How far the first stand of a wall sits from the corner, so that stands on two walls meeting there keep apart. */
export function cornerMargin(o: LayoutOptions): number {
  const apart = o.standWallOffset + o.standSpacing / Math.SQRT2
  const clear = o.standWallOffset + o.standDepth / 2 + o.standWidth / 2 + o.visitorRadius
  return Math.ceil(Math.max(apart, clear) * 2) / 2
}

/** How far in from a themed room's walls its walking area starts: past the stands and a visitor's radius. */
export function standBand(o: LayoutOptions): number {
  return o.standWallOffset + o.standDepth / 2 + o.visitorRadius + 0.2
}
