import { describe, expect, it } from 'vitest'
import { captionLines, captionTexts, webVtt } from '../../src/media/captions.ts'
import type { SetFacts } from '../../src/media/sets.ts'

const defi: SetFacts = {
  kind: 'defi',
  title: { fr: 'ADEX', en: 'ADEX' },
  by: 'Haute Autorité de Santé',
  summary: { fr: 'Prévenir les conflits d’intérêts', en: 'Preventing conflicts of interest' },
  exhibition: { fr: 'Demo Day EIG 4', en: 'EIG 4 Demo Day' },
}

function cues(vtt: string): { from: number; to: number; text: string }[] {
  const seconds = (t: string) => t.split(':').reduce((a, part) => a * 60 + Number(part), 0)
  return vtt
    .split('\n\n')
    .slice(1)
    .map((block) => {
      const [, timing, ...text] = block.trim().split('\n')
      const [from, to] = timing!.split(' --> ')
      return { from: seconds(from!), to: seconds(to!), text: text.join('\n') }
    })
}

describe('captionTexts', () => {
  it('tells, in French, the défi, its administration, its pitch and the exhibition', () => {
    const said = captionTexts(defi, 'fr').join(' ').replace(/\s+/g, ' ')
    expect(said).toContain('Restitution du défi « ADEX »')
    expect(said).toContain('Haute Autorité de Santé')
    expect(said).toContain('Prévenir les conflits d’intérêts')
    expect(said).toContain('Demo Day EIG 4')
  })

  it('speaks English in an English track', () => {
    expect(captionTexts(defi, 'en').join(' ')).toContain('Preventing conflicts of interest')
  })

  it('names the moderator and speakers of a recording, and has at least three cues without them', () => {
    const panel: SetFacts = {
      ...defi,
      kind: 'recording',
      recordingKind: 'round-table',
      by: 'Anne Catel, Paul Martin',
      moderator: 'Léa Dupont',
      summary: { fr: '', en: '' },
    }
    const said = captionTexts(panel, 'fr').join(' ').replace(/\s+/g, ' ')
    expect(said).toContain('Table ronde')
    expect(said).toContain('Animé par Léa Dupont')
    expect(said).toContain('Avec Anne Catel, Paul Martin')
    expect(captionTexts({ ...panel, by: '', moderator: undefined }, 'fr').length).toBeGreaterThanOrEqual(3)
  })

  it('keeps every line to 42 characters and at most five cues, even for a long pitch', () => {
    const long = { ...defi, summary: { fr: 'une phrase très longue '.repeat(20), en: '' } }
    const texts = captionTexts(long, 'fr')
    expect(texts.length).toBeLessThanOrEqual(5)
    for (const line of texts.flatMap((t) => t.split('\n'))) expect(line.length).toBeLessThanOrEqual(42)
  })
})

describe('webVtt', () => {
  it('spreads the cues in order inside the clip', () => {
    const parsed = cues(webVtt(captionTexts(defi, 'fr'), 12))
    expect(parsed.length).toBe(4)
    parsed.forEach((cue, i) => {
      expect(cue.to).toBeGreaterThan(cue.from)
      expect(cue.to).toBeLessThanOrEqual(12)
      if (i > 0) expect(cue.from).toBeGreaterThanOrEqual(parsed[i - 1]!.to)
    })
  })

  it('escapes what WebVTT would read as markup or as a timing line', () => {
    const vtt = webVtt(['R&D <b>gras</b> --> suite', 'deux', 'trois'], 10)
    expect(vtt).toContain('R&amp;D &lt;b&gt;gras&lt;/b&gt; --&gt; suite')
    expect(vtt.match(/-->/g)).toHaveLength(3)
  })
})

describe('captionLines', () => {
  it('wraps at word boundaries', () => {
    expect(captionLines('Administration porteuse : Haute Autorité de Santé.')).toEqual([
      'Administration porteuse : Haute Autorité',
      'de Santé.',
    ])
  })
})
