import { describe, expect, it } from 'vitest'
import { applyOk, refusal, startDoc } from './fixture.ts'

describe('defi.approve', () => {
  it('approves a submitted défi; undo gives its status back', () => {
    const start = startDoc()
    start.defis![1] = { ...start.defis![1]!, status: 'submitted' }
    const { doc, inverse } = applyOk(start, { type: 'defi.approve', defi: 'beta' })
    expect(doc.defis![1]!.status).toBe('approved')
    expect(inverse).toEqual([{ type: 'defi.set', defi: 'beta', field: 'status', value: 'submitted' }])
  })
})

describe('defi.sendBack', () => {
  it('sends a défi back to its team as a draft', () => {
    const { doc } = applyOk(startDoc(), { type: 'defi.sendBack', defi: 'alpha', message: 'Sous-titres anglais ?' })
    expect(doc.defis![0]!.status).toBe('draft')
  })
  it('needs a message', () => {
    expect(refusal(startDoc(), { type: 'defi.sendBack', defi: 'alpha', message: ' ' }).reason.en).toMatch(/missing/)
  })
})
