import {
  Box3,
  Frustum,
  Matrix4,
  Mesh,
  MeshBasicMaterial,
  PlaneGeometry,
  SRGBColorSpace,
  Vector3,
  VideoTexture,
  type Camera,
  type Group,
} from 'three'
import type { Vec2 } from '../../layout/index.ts'
import type { PlayerHandle, PlayerRequest, VideoPool } from '../../video/index.ts'
import type { Placement } from '../atlas/quadPlan.ts'
import { rankScreens, type ScreenView, type Viewer } from './screenPriority.ts'

/** A screen the director can play: where it hangs and what it plays (without the per-frame fields). */
export type ScreenSpec = {
  key: string
  defiId: string | null
  roomId: string
  placement: Placement
  request: Omit<PlayerRequest, 'key' | 'priority' | 'screenHeightPx'>
}

type Active = {
  spec: ScreenSpec
  handle: PlayerHandle
  priority: number
  heightPx: number
  mesh: Mesh | null
  texture: VideoTexture | null
  unsubscribe: () => void
}

const plane = new PlaneGeometry(1, 1)
const corner = new Vector3()
const projected = new Vector3()
const frustum = new Frustum()
const matrix = new Matrix4()
const box = new Box3()

/**
 * Decides, frame by frame, which screens hold a player of the pool, and shows each playing one as a mesh with a
 * `VideoTexture` in front of its poster. Only while a video plays does it ask for frames (`invalidate` per decoded
 * frame); a screen that leaves the view or the priorities loses its player and its texture is disposed.
 */
export class ScreenDirector {
  private readonly active = new Map<string, Active>()
  private readonly views: (ScreenView & { spec: ScreenSpec })[]
  private caption = ''

  constructor(
    private readonly pool: VideoPool,
    private readonly group: Group,
    specs: readonly ScreenSpec[],
    private readonly invalidate: () => void,
    private readonly onCaption: (text: string) => void = () => {},
  ) {
    this.views = specs.map((spec) => ({
      spec,
      key: spec.key,
      defiId: spec.defiId,
      roomId: spec.roomId,
      position: { x: spec.placement.position.x, z: spec.placement.position.z },
      facing: { x: Math.sin(spec.placement.rotationY), z: Math.cos(spec.placement.rotationY) },
      inView: false,
    }))
  }

  /** Runs once per drawn frame: updates visibility, priorities, players and each player's screen size. */
  update(camera: Camera, viewer: Omit<Viewer, 'position' | 'forward'>, heightPx: number): void {
    matrix.multiplyMatrices(camera.projectionMatrix, camera.matrixWorldInverse)
    frustum.setFromProjectionMatrix(matrix)
    for (const view of this.views) view.inView = frustum.intersectsBox(boxOf(view.spec.placement))
    camera.getWorldDirection(corner)
    const flat = Math.hypot(corner.x, corner.z) || 1
    const forward: Vec2 = { x: corner.x / flat, z: corner.z / flat }
    const position: Vec2 = { x: camera.position.x, z: camera.position.z }
    const wanted = rankScreens(this.views, { ...viewer, position, forward })
    const keep = new Set(wanted.map((w) => w.key))
    for (const key of [...this.active.keys()]) if (!keep.has(key)) this.drop(key)
    for (const { key, priority } of wanted) {
      const view = this.views.find((v) => v.key === key)!
      const px = projectedHeight(view.spec.placement, camera, heightPx)
      const current = this.active.get(key)
      if (current) {
        if (current.priority !== priority) current.handle.setPriority(priority)
        current.priority = priority
        if (Math.abs(current.heightPx - px) >= 24) {
          current.heightPx = px
          current.handle.setScreenHeight(px)
        }
      } else this.take(view.spec, priority, px)
    }
  }

  /** The video elements now shown in the scene (for `?stats` test hooks). */
  videos(): HTMLVideoElement[] {
    return [...this.active.values()].flatMap((a) => (a.handle.video ? [a.handle.video] : []))
  }

  /** Releases every player and frees every texture. */
  dispose(): void {
    for (const key of [...this.active.keys()]) this.drop(key)
  }

  private take(spec: ScreenSpec, priority: number, heightPx: number): void {
    const handle = this.pool.acquire({ ...spec.request, key: spec.key, priority, screenHeightPx: heightPx })
    const entry: Active = { spec, handle, priority, heightPx, mesh: null, texture: null, unsubscribe: () => {} }
    const offSnapshot = handle.subscribe(() => this.sync(entry))
    const offFrame = handle.onFrame(() => {
      if (entry.mesh && !entry.mesh.visible) {
        entry.mesh.visible = true
        // For `npm run bench`: when a screen first shows a decoded frame.
        performance.mark(`vernissage:video-frame:${spec.key}`)
      }
      this.invalidate()
    })
    entry.unsubscribe = () => {
      offSnapshot()
      offFrame()
    }
    this.active.set(spec.key, entry)
    this.sync(entry)
  }

  /** Follows the player: a mesh while it has a video element, none while it shows its poster. */
  private sync(entry: Active): void {
    const video = entry.handle.video
    if (entry.texture && entry.texture.image !== video) this.unmount(entry)
    if (video && !entry.texture) {
      const texture = new VideoTexture(video)
      texture.colorSpace = SRGBColorSpace
      const mesh = new Mesh(plane, new MeshBasicMaterial({ map: texture, toneMapped: false }))
      const { position, rotationY, width, height } = entry.spec.placement
      mesh.position.set(position.x, position.y, position.z)
      mesh.rotation.set(0, rotationY, 0)
      mesh.scale.set(width, height, 1)
      // Hidden until the first frame is decoded: an empty texture would cover the poster with black.
      mesh.visible = false
      this.group.add(mesh)
      entry.texture = texture
      entry.mesh = mesh
    }
    this.reportCaption()
    this.invalidate()
  }

  /** Passes on the current cue of the playing screen with the highest priority, when it changes. */
  private reportCaption(): void {
    let top: Active | null = null
    for (const entry of this.active.values()) {
      if (entry.handle.state === 'playing' && (!top || entry.priority > top.priority)) top = entry
    }
    const text = top?.handle.cueText ?? ''
    if (text === this.caption) return
    this.caption = text
    this.onCaption(text)
  }

  private unmount(entry: Active): void {
    if (entry.mesh) {
      this.group.remove(entry.mesh)
      ;(entry.mesh.material as MeshBasicMaterial).dispose()
    }
    entry.texture?.dispose()
    entry.mesh = null
    entry.texture = null
  }

  private drop(key: string): void {
    const entry = this.active.get(key)
    if (!entry) return
    entry.unsubscribe()
    this.unmount(entry)
    this.active.delete(key)
    this.pool.release(key)
    this.reportCaption()
    this.invalidate()
  }
}

function boxOf(p: Placement): Box3 {
  const half = Math.max(p.width, p.height) / 2
  box.min.set(p.position.x - half, p.position.y - p.height / 2, p.position.z - half)
  box.max.set(p.position.x + half, p.position.y + p.height / 2, p.position.z + half)
  return box
}

/** The screen's height on the canvas, in device pixels; 0 when it is behind the camera. */
function projectedHeight(p: Placement, camera: Camera, canvasHeightPx: number): number {
  corner.set(p.position.x, p.position.y + p.height / 2, p.position.z).project(camera)
  const top = corner.y
  const behind = corner.z > 1
  projected.set(p.position.x, p.position.y - p.height / 2, p.position.z).project(camera)
  if (behind || projected.z > 1) return 0
  return Math.round((Math.abs(top - projected.y) / 2) * canvasHeightPx)
}
