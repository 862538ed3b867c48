// DSFR's core runs a render loop on every animation frame for as long as the page lives, even when no component has
// anything to draw (its `render` module asks for the next frame before looking whether anyone needs it): some 30 ms
// of main-thread work a second on an idle page. This makes that loop run only while it has work: while a component
// renders (an animation) or has asked for a next step, and stop as soon as nothing is left.

type Collection = { length: number; forEach(fn: (item: { render(): void; next(): void }) => void): void }
type Renderer = Collection & {
  nexts: Collection & { clone(): Collection; clear(): void }
  rendering: () => void
  activate: () => void
  request: (instance: unknown) => void
  onPopulate?: () => void
}
type DsfrApi = { internals?: { state?: { isActive: boolean; getModule(type: string): Renderer | undefined } } }

/** Turns DSFR's render loop (started by `dsfr.start`, not yet started when this runs) into one run on demand. */
export function renderOnDemand(api: DsfrApi | undefined): boolean {
  const state = api?.internals?.state
  const renderer = state?.getModule('render')
  if (!state || !renderer || typeof renderer.request !== 'function') return false
  let scheduled = false
  const schedule = () => {
    if (scheduled) return
    scheduled = true
    requestAnimationFrame(tick)
  }
  const tick = () => {
    scheduled = false
    if (!state.isActive) return
    renderer.forEach((instance) => instance.render())
    if (renderer.nexts.length > 0) {
      const nexts = renderer.nexts.clone()
      renderer.nexts.clear()
      nexts.forEach((instance) => instance.next())
      document.documentElement.dispatchEvent(new CustomEvent('dsfr.render'))
    }
    if (renderer.length > 0 || renderer.nexts.length > 0) schedule()
  }
  const request = renderer.request.bind(renderer)
  renderer.rendering = tick
  renderer.activate = schedule
  renderer.onPopulate = schedule
  renderer.request = (instance) => {
    request(instance)
    schedule()
  }
  return true
}
