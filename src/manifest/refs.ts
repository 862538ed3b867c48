import { formatPath, type ManifestError } from './errors.ts'
import { message } from './messages.ts'
import { isReservedExhibitionId, isReservedRoomId, RESERVED_EXHIBITION_IDS, RESERVED_ROOM_IDS } from './reserved.ts'
import type { Manifest } from './schema.ts'

type Located = { id: string; path: (string | number)[] }

function duplicates(items: readonly Located[]): ManifestError[] {
  const seen = new Map<string, string>()
  const errors: ManifestError[] = []
  for (const item of items) {
    const first = seen.get(item.id)
    const path = formatPath([...item.path, 'id'])
    if (first) errors.push({ path, message: message('id.duplicate', { id: item.id, first }) })
    else seen.set(item.id, path)
  }
  return errors
}

/** Checks what the schema alone cannot: unique ids, and that every reference points at something that exists. */
export function checkReferences(manifest: Manifest): ManifestError[] {
  const errors: ManifestError[] = []
  const sessions = manifest.exhibition.programme
  errors.push(...duplicates(manifest.defis.map((d, i) => ({ id: d.id, path: ['defis', i] }))))
  errors.push(...duplicates(manifest.rooms.map((r, i) => ({ id: r.id, path: ['rooms', i] }))))
  errors.push(...duplicates(manifest.recordings.map((r, i) => ({ id: r.id, path: ['recordings', i] }))))
  errors.push(...duplicates(sessions.map((s, i) => ({ id: s.id, path: ['exhibition', 'programme', i] }))))

  if (isReservedExhibitionId(manifest.exhibition.id)) {
    const params = { id: manifest.exhibition.id, reserved: RESERVED_EXHIBITION_IDS.join(', ') }
    errors.push({ path: '$.exhibition.id', message: message('exhibition.reserved', params) })
  }
  manifest.rooms.forEach((room, r) => {
    if (!isReservedRoomId(room.id)) return
    const params = { id: room.id, reserved: RESERVED_ROOM_IDS.join(', ') }
    errors.push({ path: formatPath(['rooms', r, 'id']), message: message('room.reserved', params) })
  })

  const defiIds = new Set(manifest.defis.map((d) => d.id))
  const roomIds = new Set(manifest.rooms.map((r) => r.id))
  const recordingIds = new Set(manifest.recordings.map((r) => r.id))
  const placed = new Map<string, string>()

  if (manifest.rooms.filter((r) => r.kind === 'lobby').length > 1) {
    const second = manifest.rooms.findIndex(
      (r, i) => r.kind === 'lobby' && manifest.rooms.findIndex((x) => x.kind === 'lobby') !== i,
    )
    errors.push({ path: formatPath(['rooms', second, 'kind']), message: message('room.lobbyCount') })
  }

  manifest.rooms.forEach((room, r) => {
    if (room.kind !== 'themed' && room.stands.length > 0) {
      errors.push({
        path: formatPath(['rooms', r, 'stands']),
        message: message('stand.notThemed', { kind: room.kind }),
      })
    }
    room.stands.forEach((id, s) => {
      const path = formatPath(['rooms', r, 'stands', s])
      if (!defiIds.has(id)) errors.push({ path, message: message('stand.unknown', { id }) })
      const first = placed.get(id)
      if (first) errors.push({ path, message: message('stand.twice', { id, first }) })
      else placed.set(id, path)
    })
  })

  sessions.forEach((session, i) => {
    const at = (key: string) => formatPath(['exhibition', 'programme', i, key])
    if (session.room !== undefined && !roomIds.has(session.room)) {
      errors.push({ path: at('room'), message: message('room.unknown', { id: session.room }) })
    }
    if (session.recording !== undefined && !recordingIds.has(session.recording)) {
      errors.push({ path: at('recording'), message: message('recording.unknown', { id: session.recording }) })
    }
    if (Date.parse(session.end) <= Date.parse(session.start)) {
      errors.push({ path: at('end'), message: message('session.order') })
    }
  })

  const { dates } = manifest.exhibition
  if (dates.end < dates.start) errors.push({ path: '$.exhibition.dates.end', message: message('dates.order') })
  return errors
}
