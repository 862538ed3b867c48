import type { Bilingual } from '../../manifest/index.ts'

/** An upload as `GET /api/team` shows it. */
export type TeamUpload = {
  id: string
  kind: 'video' | 'poster' | 'captions'
  lang?: string
  filename: string
  state: 'uploading' | 'checking' | 'refused' | 'transcoding' | 'ready' | 'failed' | 'cancelled'
  percent?: number
  reason?: Bilingual
  media?: { mp4?: string; hls?: string; poster?: { src: string }; captions?: { lang: string; src: string }[] }
}

/** What `GET /api/team` answers: the exhibition, the défi as its document holds it, and the uploads. */
export type Team = {
  exhibition: { id: string; title: unknown }
  defi: { id: string; title?: string; pitch?: unknown; description?: unknown } & Record<string, unknown>
  uploads: TeamUpload[]
}

/** Fetches the team's view; null when the link is refused. */
export async function fetchTeam(token: string): Promise<Team | null> {
  const res = await fetch('/api/team', { headers: { Authorization: `Bearer ${token}` }, cache: 'no-store' })
  if (res.status === 401 || res.status === 404) return null
  if (!res.ok) throw new Error(`GET /api/team: ${res.status}`)
  return (await res.json()) as Team
}

/** Sends `defi.set` commands on the team's défi; the error's text when refused. */
export async function sendTeamCommands(token: string, commands: unknown[]): Promise<Bilingual | null> {
  const res = await fetch('/api/team/commands', {
    method: 'POST',
    headers: { Authorization: `Bearer ${token}`, 'Content-Type': 'application/json' },
    body: JSON.stringify({ commands }),
  })
  if (res.ok) return null
  const body = (await res.json().catch(() => ({}))) as { error?: Bilingual }
  return body.error ?? { fr: `erreur ${res.status}`, en: `error ${res.status}` }
}
