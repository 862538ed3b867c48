export { applyCommand, type Command, type DefiField } from './commands.ts'
export type { CommandResult, DraftDocument } from './types.ts'
export { CommandSchema, parseCommands } from './parse.ts'
