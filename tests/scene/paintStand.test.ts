import { describe, expect, it } from 'vitest'
import type { Defi } from '../../src/manifest/index.ts'
import { POSTER_GROUND } from '../../src/scene/atlas/draw.ts'
import { standPanel, standPoster } from '../../src/scene/atlas/paintStand.ts'
import { minimalManifest } from '../layout/helpers.ts'

type Call = { op: string; args: unknown[]; fillStyle: string }

/** A 2D context that records what is drawn; text is measured as half its size per character. */
function recorder(width: number, height: number) {
  const calls: Call[] = []
  const state = { fillStyle: '#000000', font: '10px x' }
  const size = () => Number(/(\d+(\.\d+)?)px/.exec(state.font)?.[1] ?? 10)
  const ctx = {
    canvas: { width, height },
    get fillStyle() {
      return state.fillStyle
    },
    set fillStyle(v: string) {
      state.fillStyle = v
    },
    get font() {
      return state.font
    },
    set font(v: string) {
      state.font = v
    },
    textAlign: 'left',
    textBaseline: 'alphabetic',
    save() {},
    restore() {},
    setTransform() {},
    measureText: (text: string) => ({ width: text.length * size() * 0.5 }),
    fillRect: (...args: unknown[]) => calls.push({ op: 'fillRect', args, fillStyle: state.fillStyle }),
    fillText: (...args: unknown[]) => calls.push({ op: 'fillText', args, fillStyle: state.fillStyle }),
    drawImage: (...args: unknown[]) => calls.push({ op: 'drawImage', args, fillStyle: state.fillStyle }),
  }
  return { ctx: ctx as unknown as CanvasRenderingContext2D, calls }
}

const base: Defi = minimalManifest().defis[0]!
const texts = (calls: Call[]) => calls.filter((c) => c.op === 'fillText').map((c) => String(c.args[0]))

describe('standPoster', () => {
  it('letterboxes a square poster on a light ground, whole and centred, never cropped', () => {
    const { ctx, calls } = recorder(320, 180)
    const image = { width: 100, height: 100 } as unknown as HTMLImageElement
    standPoster(base, { r: 0, g: 0, b: 145 }, image, 'fr')(ctx, 320, 180)
    expect(calls[0]).toMatchObject({ op: 'fillRect', fillStyle: POSTER_GROUND })
    expect(calls.find((c) => c.op === 'drawImage')!.args).toEqual([image, 70, 0, 180, 180])
  })
})

describe('standPanel', () => {
  const deliverable = (i: number) => ({ kind: 'website' as const, title: `Livrable ${i}`, url: `https://x.fr/${i}` })

  it('says how many deliverables it could not show: « + N autres »', () => {
    const defi = { ...base, deliverables: Array.from({ length: 9 }, (_, i) => deliverable(i + 1)) }
    const { ctx, calls } = recorder(300, 300)
    standPanel(defi, 'fr')(ctx, 300, 300)
    const shown = texts(calls).filter((t) => t.startsWith('Livrable')).length
    expect(shown).toBeGreaterThan(0)
    expect(shown).toBeLessThan(9)
    expect(texts(calls)).toContain(`+ ${9 - shown} autres`)
  })

  it('writes no « more » line when every deliverable fits', () => {
    const defi = { ...base, deliverables: [deliverable(1), deliverable(2)] }
    const { ctx, calls } = recorder(300, 300)
    standPanel(defi, 'en')(ctx, 300, 300)
    expect(texts(calls).filter((t) => t.startsWith('Livrable'))).toHaveLength(2)
    expect(texts(calls).some((t) => t.startsWith('+'))).toBe(false)
  })
})
