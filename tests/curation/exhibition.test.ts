import { describe, expect, it } from 'vitest'
import { applyOk, refusal, startDoc } from './fixture.ts'

describe('exhibition.set', () => {
  it('sets the title, dates and time zone, languages', () => {
    const title = { fr: 'Demo Day 5', en: 'Demo Day 5' }
    expect(applyOk(startDoc(), { type: 'exhibition.set', field: 'title', value: title }).doc.exhibition.title).toEqual(
      title,
    )
    const dates = { start: '2022-06-01', end: '2022-06-02', timezone: 'America/Cayenne' }
    expect(applyOk(startDoc(), { type: 'exhibition.set', field: 'dates', value: dates }).doc.exhibition.dates).toEqual(
      dates,
    )
    expect(
      applyOk(startDoc(), { type: 'exhibition.set', field: 'languages', value: ['fr'] }).doc.exhibition.languages,
    ).toEqual(['fr'])
  })
  it('refuses an end before the start, an unknown time zone, no language', () => {
    const dates = { start: '2022-06-02', end: '2022-06-01' }
    expect(refusal(startDoc(), { type: 'exhibition.set', field: 'dates', value: dates }).path).toBe(
      '$.exhibition.dates.end',
    )
    const zone = { start: '2022-06-01', end: '2022-06-02', timezone: 'Mars/Olympus' }
    expect(refusal(startDoc(), { type: 'exhibition.set', field: 'dates', value: zone }).path).toBe(
      '$.exhibition.dates.timezone',
    )
    expect(refusal(startDoc(), { type: 'exhibition.set', field: 'languages', value: [] }).path).toBe(
      '$.exhibition.languages',
    )
  })
  it('takes the subtitle away and puts it back in its place on undo', () => {
    expect(applyOk(startDoc(), { type: 'exhibition.set', field: 'subtitle' }).doc.exhibition).not.toHaveProperty(
      'subtitle',
    )
  })
})
