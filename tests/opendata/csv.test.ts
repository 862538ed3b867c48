import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { CSV_COLUMNS, csvField, defiRows, manifestCsv, toCsv } from '../../src/opendata/csv.ts'
import { publicManifest } from '../../src/server/publicManifest.ts'
import { sampleManifest } from '../ui/sampleManifest.ts'
import { parseCsv } from './parseCsv.ts'

const manifest = sampleManifest()

/** The rows of the sample's CSV as objects keyed by column. */
function records(csv: string): Record<string, string>[] {
  const [header, ...rows] = parseCsv(csv)
  return rows.map((row) => Object.fromEntries(header!.map((name, i) => [name, row[i] ?? ''])))
}

describe('manifestCsv', () => {
  it('starts with a UTF-8 byte order mark and a header row, then one row per défi', () => {
    const csv = manifestCsv(manifest, 'https://expo.example')
    expect(csv.startsWith('\uFEFFexhibition,room,')).toBe(true)
    const rows = parseCsv(csv)
    expect(rows[0]).toEqual([...CSV_COLUMNS])
    expect(rows.slice(1).map((r) => r[CSV_COLUMNS.indexOf('id')])).toEqual(manifest.defis.map((d) => d.id))
    expect(rows.every((r) => r.length === CSV_COLUMNS.length)).toBe(true)
  })

  it('ends every record with CRLF, as RFC 4180 asks', () => {
    const csv = manifestCsv(manifest)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(csv.split('\r\n')).toHaveLength(manifest.defis.length + 2)
  })

  it('fills each column from the défi: room, pitches, people, figures, deliverables, stand URL', () => {
    const adex = records(manifestCsv(manifest, 'https://expo.example')).find((r) => r.id === 'adex')!
    const defi = manifest.defis.find((d) => d.id === 'adex')!
    expect(adex.exhibition).toBe('expo')
    expect(adex.room).toBe('donnees')
    expect(adex.room_title).toBe('Données')
    expect(adex.title).toBe(defi.title)
    expect(adex.administration).toBe(defi.administration.name)
    expect(adex.stand_url).toBe('https://expo.example/expo/donnees/adex')
    expect(adex.deliverable_urls!.split(' | ')).toEqual(defi.deliverables.map((d) => d.url))
    expect(adex.team!.split(' | ')).toHaveLength(defi.team.length)
    expect(adex.key_figures!.split(' | ')).toHaveLength(defi.keyFigures.length)
    expect(adex.status).toBe(defi.status)
  })

  it('leaves a language column empty rather than copying the other language into it', () => {
    const m = structuredClone(manifest)
    m.defis[0]!.pitch = { fr: 'Seulement en français' }
    const row = records(manifestCsv(m))[0]!
    expect(row.pitch_fr).toBe('Seulement en français')
    expect(row.pitch_en).toBe('')
  })

  it('gives a défi that no room shows an empty room and no stand URL', () => {
    const m = structuredClone(manifest)
    for (const room of m.rooms) room.stands = room.stands.filter((id) => id !== 'adex')
    const row = records(manifestCsv(m, 'https://expo.example')).find((r) => r.id === 'adex')!
    expect(row.room).toBe('')
    expect(row.stand_url).toBe('')
  })

  it('lists no draft when given the public manifest', () => {
    const m = structuredClone(manifest)
    m.defis[0]!.status = 'draft'
    const ids = defiRows(publicManifest(m))
      .slice(1)
      .map((r) => r[CSV_COLUMNS.indexOf('id')])
    expect(ids).not.toContain(m.defis[0]!.id)
    expect(ids).toHaveLength(m.defis.length - 1)
  })
})

describe('csvField', () => {
  it('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('plain')).toBe('plain')
    expect(csvField('a, b')).toBe('"a, b"')
    expect(csvField('le « défi » "ADEX"')).toBe('"le « défi » ""ADEX"""')
    expect(csvField('two\nlines')).toBe('"two\nlines"')
  })

  it('defuses text a spreadsheet would run as a formula, but keeps signed numbers', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`)
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('-12,5')).toBe('"-12,5"')
    expect(csvField('+33')).toBe('+33')
  })
})

describe('toCsv', () => {
  it('reads back as the same rows, whatever the text', () => {
    const text = fc.string({ unit: 'grapheme' }).filter((s) => !/^[=+\-@\t\r]/.test(s))
    fc.assert(
      fc.property(fc.array(fc.array(text, { minLength: 2, maxLength: 4 }), { minLength: 1, maxLength: 5 }), (rows) => {
        expect(parseCsv(toCsv(rows))).toEqual(rows)
      }),
    )
  })
})
