import { describe, expect, it } from 'vitest'
import { cardText, layoutCard, textColour, titleCardJob } from '../../src/media/titleCard.ts'
import type { SetFacts } from '../../src/media/sets.ts'

const facts: SetFacts = {
  kind: 'defi',
  title: { fr: 'ADEX', en: 'ADEX' },
  by: 'Haute Autorité de Santé',
  summary: { fr: 'Prévenir', en: 'Prevent' },
  exhibition: { fr: 'Demo Day EIG 4', en: 'EIG 4 Demo Day' },
}

describe('textColour', () => {
  it('writes white on dark theme colours and dark on light ones', () => {
    expect(textColour('#000091')).toBe('#ffffff')
    expect(textColour('#ffe552')).toBe('#161616')
  })
})

describe('layoutCard', () => {
  it('keeps the text blocks inside the frame, above the progress bar, without overlapping', () => {
    const long = cardText({ ...facts, title: { fr: 'Un titre de défi vraiment très long '.repeat(4), en: '' } })
    const blocks = layoutCard(long).sort((a, b) => a.y - b.y)
    blocks.forEach((b, i) => {
      const bottom = b.y + b.text.lines.length * b.text.size * 1.4
      expect(bottom).toBeLessThanOrEqual(640)
      const next = blocks[i + 1]
      if (next) expect(bottom).toBeLessThanOrEqual(next.y + 1)
    })
  })
})

describe('titleCardJob', () => {
  it('passes every text to drawtext through a file, so quotes and colons in titles need no escaping', () => {
    const job = titleCardJob(cardText({ ...facts, title: { fr: "L'IA: [test], d'accord ; 100%", en: '' } }), '#000091', 10, {
      mp4: 'out.mp4',
    })
    expect(job.textFiles['title.txt']?.replace(/\n/g, ' ')).toBe("L'IA: [test], d'accord ; 100%")
    const graph = job.args[job.args.indexOf('-filter_complex') + 1]!
    expect(graph).not.toContain("L'IA")
    expect(graph).toContain('textfile=title.txt')
  })
})
