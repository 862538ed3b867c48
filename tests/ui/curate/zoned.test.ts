import { describe, expect, it } from 'vitest'
import { zonedIso, zonedLocal } from '../../../src/ui/curate/zoned.ts'

describe('zonedIso', () => {
  it("writes a wall-clock time with the zone's offset on that day, summer and winter", () => {
    expect(zonedIso('2021-06-17T14:00', 'Europe/Paris')).toBe('2021-06-17T14:00:00+02:00')
    expect(zonedIso('2021-12-17T14:00', 'Europe/Paris')).toBe('2021-12-17T14:00:00+01:00')
    expect(zonedIso('2021-06-17T14:00', 'America/Cayenne')).toBe('2021-06-17T14:00:00-03:00')
  })
  it('reads back what it wrote', () => {
    expect(zonedLocal('2021-06-17T14:00:00+02:00', 'Europe/Paris')).toBe('2021-06-17T14:00')
    expect(zonedLocal('2021-06-17T12:00:00Z', 'Pacific/Noumea')).toBe('2021-06-17T23:00')
  })
})
