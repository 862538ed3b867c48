import {
  Color,
  DoubleSide,
  FrontSide,
  InstancedMesh,
  Mesh,
  MeshBasicMaterial,
  Object3D,
  type BufferGeometry,
} from 'three'
import type { Layout } from '../../layout/index.ts'
import { buildStandGeometry } from '../stands/standGeometry.ts'
import { buildArchitecture } from './architecture.ts'
import { buildOcclusion } from './occlusion.ts'
import { buildSeatGeometry, seatPlaces } from './seats.ts'

const place = new Object3D()

function instanced(
  geometry: BufferGeometry,
  items: readonly { x: number; z: number; rotationY: number; colour?: string | undefined }[],
): InstancedMesh {
  const mesh = new InstancedMesh(geometry, new MeshBasicMaterial({ vertexColors: true }), items.length)
  const colour = new Color()
  items.forEach((item, i) => {
    place.position.set(item.x, 0, item.z)
    place.rotation.set(0, item.rotationY, 0)
    place.updateMatrix()
    mesh.setMatrixAt(i, place.matrix)
    if (item.colour) mesh.setColorAt(i, colour.set(item.colour))
  })
  mesh.computeBoundingSphere()
  return mesh
}

/**
 * What never moves: floors, ceilings, walls and door frames (one merged mesh), every stand's body and screen frame
 * (instanced, coloured by room), the auditorium's seats (instanced). Three draw calls whatever the number of stands.
 */
export function buildBuilding(layout: Layout): Mesh[] {
  const meshes: Mesh[] = []
  const architecture = new Mesh(
    buildArchitecture(layout),
    new MeshBasicMaterial({ vertexColors: true, side: FrontSide }),
  )
  architecture.matrixAutoUpdate = false
  architecture.name = 'architecture'
  meshes.push(architecture)
  const first = layout.stands[0]
  if (first) {
    const colours = new Map(layout.rooms.map((r) => [r.id, r.themeColor]))
    const { body, trim } = buildStandGeometry(first.size)
    const places = layout.stands.map((s) => ({ x: s.position.x, z: s.position.z, rotationY: s.rotationY }))
    const stands = instanced(
      body,
      layout.stands.map((s, i) => ({ ...places[i]!, colour: colours.get(s.roomId) })),
    )
    // Read by the interaction code: a ray's `instanceId` names the défi it hit.
    stands.userData = { defiIds: layout.stands.map((s) => s.defiId) }
    stands.name = 'stands'
    const trims = instanced(trim, places)
    trims.userData = stands.userData
    trims.name = 'stand-trims'
    meshes.push(stands, trims)
  }
  const auditorium = layout.rooms.find((r) => r.kind === 'auditorium')
  if (auditorium?.kind === 'auditorium') {
    const places = seatPlaces(auditorium.seating)
    if (places.length > 0) {
      const seats = instanced(buildSeatGeometry(auditorium.themeColor), places)
      seats.name = 'seats'
      meshes.push(seats)
    }
  }
  // Last, over the surfaces it darkens: black fading to nothing, never written to the depth buffer.
  const occlusion = new Mesh(
    buildOcclusion(layout),
    new MeshBasicMaterial({
      vertexColors: true,
      transparent: true,
      depthWrite: false,
      side: DoubleSide,
      polygonOffset: true,
      polygonOffsetFactor: -1,
      polygonOffsetUnits: -4,
    }),
  )
  occlusion.matrixAutoUpdate = false
  occlusion.renderOrder = 1
  occlusion.name = 'occlusion'
  meshes.push(occlusion)
  return meshes
}

/** Frees a mesh's GPU buffers (geometry, materials, instance buffers). */
export function disposeMesh(mesh: Mesh): void {
  mesh.geometry.dispose()
  for (const material of Array.isArray(mesh.material) ? mesh.material : [mesh.material]) material.dispose()
  if (mesh instanceof InstancedMesh) mesh.dispose()
}
