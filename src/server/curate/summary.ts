import type { Command } from '../../curation/index.ts'

const LIMIT = 200

function describe(command: Command): string {
  // Commands added later carry other fields: name what each one targets when it says, its type otherwise.
  const c = command as { type: string; defi?: unknown; room?: unknown; field?: unknown }
  if (typeof c.defi === 'string' && typeof c.field === 'string') return `${c.type} ${c.defi}.${c.field}`
  if (typeof c.defi === 'string') return `${c.type} ${c.defi}${typeof c.room === 'string' ? ` → ${c.room}` : ''}`
  if (typeof c.room === 'string') return `${c.type} ${c.room}`
  return c.type
}

/** A short line saying what a batch of commands changed, for the version history (`defi.set adex.title, …`). */
export function describeCommands(commands: readonly Command[]): string {
  let line = ''
  for (const [i, command] of commands.entries()) {
    const next = line === '' ? describe(command) : `${line}, ${describe(command)}`
    if (next.length > LIMIT) return `${line} … (+${commands.length - i})`
    line = next
  }
  return line
}
