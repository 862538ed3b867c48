import { createStore } from 'zustand/vanilla'
import { applyCommands, type Command, type DraftDocument } from '../../curation/index.ts'
import type { Bilingual } from '../../manifest/index.ts'
import { CurateError } from './api.ts'

/** What the screen says after an edit: a refusal on a field, a conflict, or others' changes merged in. */
export type Notice = { kind: 'error' | 'conflict' | 'merged' | 'saved'; message: Bilingual; path?: string }

/** The server side a session talks to (the HTTP API in the browser, anything alike in tests). */
export type DraftServer = {
  draft(id: string): Promise<{ doc: DraftDocument; etag: string }>
  commands(id: string, baseEtag: string, commands: Command[]): Promise<{ etag: string; draft?: DraftDocument }>
}

/** One organiser's editing of one draft: the document as last known, undo and redo stacks, the last notice. */
export type DraftState = {
  doc: DraftDocument | null
  etag: string
  undo: Command[][]
  redo: Command[][]
  busy: boolean
  notice: Notice | null
  edit(commands: Command[]): Promise<boolean>
  undoLast(): Promise<void>
  redoLast(): Promise<void>
  reload(): Promise<void>
  /** Fetches the draft; when someone else changed it, shows it with a notice saying so. */
  refresh(): Promise<void>
}

const MERGED: Bilingual = {
  fr: 'Un autre organisateur a modifié le brouillon entre-temps : ses changements sont affichés, les vôtres gardés.',
  en: 'Another organiser changed the draft meanwhile: their changes are shown, and yours are kept.',
}

/**
 * Makes the editing session of one exhibition. Every edit is checked locally with the same commands the server
 * runs, then sent; the server applies it to the draft as it now is, and answers with that draft when someone else
 * changed it, which is then shown. A command refused as a conflict leaves the other organiser's value in place.
 */
export function createDraftSession(server: DraftServer, id: string) {
  // Edits go one at a time, in order, so that each one's base is the answer to the one before.
  let queue: Promise<unknown> = Promise.resolve()
  const store = createStore<DraftState>()((set, get) => {
    async function send(commands: Command[], onApplied: (inverse: Command[]) => void): Promise<boolean> {
      const { doc, etag } = get()
      if (!doc) return false
      const local = applyCommands(doc, commands)
      if (!local.ok) {
        set({
          notice: {
            kind: local.conflict ? 'conflict' : 'error',
            message: local.reason,
            ...(local.path ? { path: local.path } : {}),
          },
        })
        return false
      }
      set({ doc: local.doc, busy: true })
      try {
        const answer = await server.commands(id, etag, commands)
        const merged = answer.draft !== undefined
        set({
          etag: answer.etag,
          doc: answer.draft ?? local.doc,
          busy: false,
          notice: merged ? { kind: 'merged', message: MERGED } : null,
        })
        onApplied(local.inverse)
        return true
      } catch (error) {
        const body = error instanceof CurateError ? error.body : {}
        const fresh = await server.draft(id).catch(() => null)
        const first = body.errors?.[0]
        const message = first?.message ??
          body.error ?? { fr: 'le serveur ne répond pas', en: 'the server does not answer' }
        const conflict = error instanceof CurateError && error.status === 409
        set({
          busy: false,
          ...(fresh ? { doc: fresh.doc, etag: fresh.etag } : { doc }),
          notice: { kind: conflict ? 'conflict' : 'error', message, ...(first?.path ? { path: first.path } : {}) },
        })
        return false
      }
    }
    const enqueue = <T>(task: () => Promise<T>): Promise<T> => {
      const next = queue.then(task, task)
      queue = next.catch(() => undefined)
      return next
    }
    return {
      doc: null,
      etag: '',
      undo: [],
      redo: [],
      busy: false,
      notice: null,
      edit: (commands) => enqueue(() => send(commands, (inverse) => set({ undo: [...get().undo, inverse], redo: [] }))),
      undoLast: () =>
        enqueue(async () => {
          const last = get().undo.at(-1)
          if (!last) return
          await send(last, (inverse) => set({ undo: get().undo.slice(0, -1), redo: [...get().redo, inverse] }))
        }),
      redoLast: () =>
        enqueue(async () => {
          const last = get().redo.at(-1)
          if (!last) return
          await send(last, (inverse) => set({ redo: get().redo.slice(0, -1), undo: [...get().undo, inverse] }))
        }),
      reload: () =>
        enqueue(async () => {
          const { doc, etag } = await server.draft(id)
          set({ doc, etag })
        }),
      refresh: () =>
        enqueue(async () => {
          const fresh = await server.draft(id).catch(() => null)
          if (fresh && fresh.etag !== get().etag) {
            set({ doc: fresh.doc, etag: fresh.etag, notice: { kind: 'merged', message: MERGED } })
          }
        }),
    }
  })
  return store
}

/** The store of one exhibition's editing session. */
export type DraftSession = ReturnType<typeof createDraftSession>
