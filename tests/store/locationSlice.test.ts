import { describe, expect, it } from 'vitest'
import { createGalleryStore } from '../../src/store/galleryStore.ts'
import { createHttpApi } from '../../src/store/api.ts'

function storeAt(url: string) {
  const entries: string[] = []
  const history = { push: (u: string) => entries.push(u), replace: (u: string) => entries.push(`replace ${u}`) }
  // The API is never reached here: navigation does not load anything by itself.
  const store = createGalleryStore({ api: createHttpApi({ baseUrl: 'http://127.0.0.1:9' }), history })
  store.getState().navigate(url)
  entries.length = 0
  return { store, entries }
}

describe('navigate', () => {
  it('keeps the 2D view when a page’s link names no view', () => {
    const { store, entries } = storeAt('/eig4?view=2d')
    store.getState().navigate('/eig4/anticiper/monitorfish')
    expect(store.getState().location.view).toBe('2d')
    expect(entries).toEqual(['/eig4/anticiper/monitorfish?view=2d'])
  })

  it('lets a link switch the view explicitly', () => {
    const { store } = storeAt('/eig4?view=2d')
    store.getState().navigate('/eig4?view=3d')
    expect(store.getState().location.view).toBe('3d')
  })

  it('adds no view when none was chosen', () => {
    const { store, entries } = storeAt('/eig4')
    store.getState().navigate('/eig4/anticiper')
    expect(store.getState().location.view).toBeUndefined()
    expect(entries).toEqual(['/eig4/anticiper'])
  })
})
