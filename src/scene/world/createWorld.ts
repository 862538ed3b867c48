import { NoToneMapping, PerspectiveCamera, Scene, SRGBColorSpace, WebGLRenderer, type Mesh } from 'three'
import type { CameraPose, Layout } from '../../layout/index.ts'
import { buildBuilding, disposeMesh } from '../building/buildingMeshes.ts'

/** The highest device pixel ratio drawn at: sharp enough, and a phone does not draw 9 pixels per CSS pixel. */
export const MAX_DPR = 1.5

/**
 * The three.js side of the 3D view: renderer, scene and camera, and the building already in the scene. It draws its
 * first frame on its own; the interactive part (fiber, controls, video) takes the same renderer, scene and camera
 * once it has loaded, and from then on draws the frames (`drive`).
 */
export type World = {
  readonly renderer: WebGLRenderer
  readonly scene: Scene
  readonly camera: PerspectiveCamera
  /** Asks for one frame: drawn by the driver when there is one, else on the next animation frame. */
  requestFrame(): void
  /** Hands frame drawing to `invalidate` (fiber's), or takes it back with null. */
  drive(invalidate: (() => void) | null): void
  setSize(width: number, height: number): void
  add(...meshes: Mesh[]): void
  dispose(): void
}

/** Builds the world on `canvas`; throws when WebGL 2 cannot start. */
export function createWorld(canvas: HTMLCanvasElement, layout: Layout, pose: CameraPose, background: string): World {
  const renderer = new WebGLRenderer({
    canvas,
    antialias: true,
    alpha: false,
    stencil: false,
    powerPreference: 'high-performance',
  })
  renderer.outputColorSpace = SRGBColorSpace
  // Colours as authored: walls, signs and posters are not lit scenes to tone-map.
  renderer.toneMapping = NoToneMapping
  renderer.setClearColor(background)
  renderer.setPixelRatio(Math.min(window.devicePixelRatio || 1, MAX_DPR))
  const scene = new Scene()
  const camera = new PerspectiveCamera(70, 1, 0.05, 300)
  // Yaw then pitch, as a visitor turns their head (the controls rely on it).
  camera.rotation.order = 'YXZ'
  camera.position.set(pose.position.x, pose.position.y, pose.position.z)
  camera.lookAt(pose.target.x, pose.target.y, pose.target.z)
  const owned: Mesh[] = buildBuilding(layout)
  scene.add(...owned)

  let driver: (() => void) | null = null
  let pending = 0
  let drawn = false
  const draw = () => {
    pending = 0
    renderer.render(scene, camera)
    if (!drawn) {
      drawn = true
      // For `npm run bench`: the first frame, read from the Performance timeline.
      performance.mark('vernissage:first-frame')
    }
  }
  return {
    renderer,
    scene,
    camera,
    requestFrame() {
      if (driver) driver()
      else pending ||= requestAnimationFrame(draw)
    },
    drive(invalidate) {
      driver = invalidate
      if (pending && driver) {
        cancelAnimationFrame(pending)
        pending = 0
      }
    },
    setSize(width, height) {
      camera.aspect = width / height
      camera.updateProjectionMatrix()
      renderer.setSize(width, height, false)
    },
    add(...meshes) {
      owned.push(...meshes)
      scene.add(...meshes)
    },
    dispose() {
      if (pending) cancelAnimationFrame(pending)
      owned.forEach(disposeMesh)
      renderer.dispose()
    },
  }
}
