import { INK, mix, PAPER, parseHex, type Rgb } from '../colour.ts'

/** The colours a room is painted in, all derived from its theme colour. */
export type RoomPalette = { theme: Rgb; wall: Rgb; frieze: Rgb; skirting: Rgb; floor: Rgb; ceiling: Rgb }

const STONE: Rgb = { r: 214, g: 208, b: 198 }

/** Paints a room from its theme colour: light tinted walls, a band of the full colour near the ceiling, a warm floor. */
export function roomPalette(themeColor: string): RoomPalette {
  const theme = parseHex(themeColor)
  return {
    theme,
    wall: mix(PAPER, theme, 0.12),
    frieze: theme,
    skirting: mix(theme, INK, 0.45),
    floor: mix(STONE, theme, 0.14),
    ceiling: mix(PAPER, theme, 0.04),
  }
}

/** The outside of the building, seen only through a glitch: neutral. */
export const OUTSIDE: Rgb = { r: 180, g: 180, b: 180 }
