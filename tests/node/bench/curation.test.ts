import { describe, expect, it } from 'vitest'
import { measureCuration } from '../../../src/node/bench/curation.ts'

describe('measureCuration', () => {
  it('times every command of every writer, all landed, p50 ≤ p99 ≤ max', async () => {
    const { commands } = await measureCuration(process.cwd(), 3, 4)
    expect(commands).toMatchObject({ writers: 3, requests: 12, allLanded: true })
    expect(commands.p50Ms).toBeGreaterThan(0)
    expect(commands.p50Ms).toBeLessThanOrEqual(commands.p99Ms)
    expect(commands.p99Ms).toBeLessThanOrEqual(commands.maxMs)
  })
})
