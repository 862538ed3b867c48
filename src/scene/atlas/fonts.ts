import marianneBold from '@codegouvfr/react-dsfr/dsfr/fonts/Marianne-Bold.woff2?url'
import marianneRegular from '@codegouvfr/react-dsfr/dsfr/fonts/Marianne-Regular.woff2?url'

/** The faces the pictures are painted with (src/scene/atlas/draw.ts): Marianne, regular and bold. */
export const MARIANNE_FACES = [
  { url: marianneRegular, weight: '400' },
  { url: marianneBold, weight: '700' },
] as const

/** The part of the document's FontFaceSet used here. */
export type FontSet = { add(face: FontFace): unknown }

const declaredIn = new WeakSet<FontSet>()

/**
 * Declares Marianne's two weights in `fonts`, once. DSFR's stylesheet declares them for the 2D pages, but it is kept
 * off the first 3D frame's path: the scene declares the faces it paints with itself, from the very same files (the
 * browser downloads each once).
 */
export function declareMarianne(fonts: FontSet, makeFace: (url: string, weight: string) => FontFace = newFace): void {
  if (declaredIn.has(fonts)) return
  declaredIn.add(fonts)
  for (const { url, weight } of MARIANNE_FACES) fonts.add(makeFace(url, weight))
}

function newFace(url: string, weight: string): FontFace {
  return new FontFace('Marianne', `url(${JSON.stringify(url)}) format("woff2")`, {
    weight,
    style: 'normal',
    display: 'swap',
  })
}
