import { useEffect, useMemo } from 'react'
import { Color, FrontSide, InstancedMesh, MeshBasicMaterial, Object3D, type Material } from 'three'
import type { Layout } from '../../layout/index.ts'
import { buildStandGeometry } from '../stands/standGeometry.ts'
import { buildArchitecture } from './architecture.ts'
import { buildSeatGeometry, seatPlaces } from './seats.ts'

const place = new Object3D()

/** Frees a mesh's GPU buffers when it is replaced or unmounted. */
function useDisposal(mesh: InstancedMesh | { geometry: { dispose(): void }; material: Material } | null) {
  useEffect(
    () => () => {
      if (!mesh) return
      mesh.geometry.dispose()
      for (const material of Array.isArray(mesh.material) ? mesh.material : [mesh.material]) material.dispose()
      if (mesh instanceof InstancedMesh) mesh.dispose()
    },
    [mesh],
  )
}

function instanced(
  geometry: InstancedMesh['geometry'],
  items: readonly { x: number; z: number; rotationY: number; colour?: string }[],
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

/** Floors, ceilings, walls, lintels and door frames of every room: one geometry, one material, one draw call. */
export function Architecture({ layout }: { layout: Layout }) {
  const parts = useMemo(
    () => ({
      geometry: buildArchitecture(layout),
      material: new MeshBasicMaterial({ vertexColors: true, side: FrontSide }),
    }),
    [layout],
  )
  useDisposal(parts)
  return <mesh geometry={parts.geometry} material={parts.material} matrixAutoUpdate={false} />
}

/** Every stand's body and screen frame, instanced: one draw call for 1 stand or 90; coloured by its room's theme. */
export function Stands({ layout }: { layout: Layout }) {
  const mesh = useMemo(() => {
    const first = layout.stands[0]
    if (!first) return null
    const colours = new Map(layout.rooms.map((r) => [r.id, r.themeColor]))
    const stands = instanced(
      buildStandGeometry(first.size),
      layout.stands.map((s) => ({
        x: s.position.x,
        z: s.position.z,
        rotationY: s.rotationY,
        colour: colours.get(s.roomId),
      })),
    )
    // Read by the interaction code: a ray's `instanceId` names the défi it hit.
    stands.userData = { defiIds: layout.stands.map((s) => s.defiId) }
    stands.name = 'stands'
    return stands
  }, [layout])
  useDisposal(mesh)
  return mesh ? <primitive object={mesh} /> : null
}

/** The auditorium's rows of seats, instanced. */
export function Seats({ layout }: { layout: Layout }) {
  const mesh = useMemo(() => {
    const room = layout.rooms.find((r) => r.kind === 'auditorium')
    if (!room || room.kind !== 'auditorium') return null
    const places = seatPlaces(room.seating)
    return places.length > 0 ? instanced(buildSeatGeometry(room.themeColor), places) : null
  }, [layout])
  useDisposal(mesh)
  return mesh ? <primitive object={mesh} /> : null
}
