import { describe, expect, it } from 'vitest'
import { webVtt } from '../../src/media/captions.ts'
import { formatCueTime, parseTimestamp, parseVtt } from '../../src/ui/vtt.ts'

describe('parseTimestamp', () => {
  it('reads hours, minutes, seconds and milliseconds, hours optional', () => {
    expect(parseTimestamp('00:00:03.250')).toBe(3.25)
    expect(parseTimestamp('01:02:03.004')).toBeCloseTo(3723.004, 6)
    expect(parseTimestamp('02:03.500')).toBe(123.5)
  })

  it('refuses what is not a WebVTT timestamp', () => {
    for (const bad of ['3.25', '00:60:00.000', '00:00:03,250', '00:00:03', 'abc'])
      expect(parseTimestamp(bad)).toBeNull()
  })
})

describe('parseVtt', () => {
  it('reads back the captions that npm run media:demo writes, escapes included', () => {
    const texts = ['Restitution du défi « ADEX ».', 'Sur deux lignes\net des <chevrons> & esperluettes']
    const cues = parseVtt(webVtt(texts, 11))
    expect(cues.map((c) => c.text)).toEqual(texts)
    expect(cues.map((c) => c.start)).toEqual([0.5, 5.5])
    expect(cues[0]!.end).toBeCloseTo(5.3, 6)
  })

  it('takes cues with or without identifiers, CRLF line ends and a BOM', () => {
    const source =
      '\uFEFFWEBVTT - titre\r\n\r\n00:01.000 --> 00:02.000\r\nSans identifiant\r\n\r\nc2\r\n00:03.000 --> 00:04.000 align:start line:0\r\nAvec\r\n'
    expect(parseVtt(source)).toEqual([
      { start: 1, end: 2, text: 'Sans identifiant' },
      { start: 3, end: 4, text: 'Avec' },
    ])
  })

  it('drops tags, keeps the speaker of a voice span and decodes entities', () => {
    const source =
      'WEBVTT\n\n00:00.000 --> 00:01.000\n<v.loud Anne Catel><b>Bonjour</b> &amp; <i>bienvenue</i> &lt;3&nbsp;!</v>\n'
    expect(parseVtt(source)).toEqual([
      { start: 0, end: 1, text: 'Bonjour & bienvenue <3\u00a0!', speaker: 'Anne Catel' },
    ])
  })

  it('skips NOTE, STYLE and broken blocks instead of failing', () => {
    const source = [
      'WEBVTT\nKind: captions',
      'NOTE une note\nsur deux lignes',
      'STYLE\n::cue { color: red }',
      '00:05.000 --> 00:04.000\nFin avant le début',
      'x\ny\n00:01.000 --> 00:02.000\nTrop de lignes avant le minutage',
      '00:06.000 --> 00:07.000\n',
      '00:08.000 --> 00:09.000\nGardé',
    ].join('\n\n')
    expect(parseVtt(source)).toEqual([{ start: 8, end: 9, text: 'Gardé' }])
  })

  it('finds no cue in a file that is not WebVTT', () => {
    expect(parseVtt('1\n00:00:01,000 --> 00:00:02,000\nSRT\n')).toEqual([])
    expect(parseVtt('<!doctype html><title>404</title>')).toEqual([])
  })
})

describe('formatCueTime', () => {
  it('writes times as a player shows them', () => {
    expect(formatCueTime(7.9)).toBe('0:07')
    expect(formatCueTime(725)).toBe('12:05')
    expect(formatCueTime(3723)).toBe('1:02:03')
  })
})
