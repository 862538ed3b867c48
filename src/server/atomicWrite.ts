import { randomBytes } from 'node:crypto'
import { open, readdir, rename, rm } from 'node:fs/promises'
import path from 'node:path'

const TEMP = /^\.(.+)\.(\d+)\.[0-9a-f]{12}\.tmp$/

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    // EPERM: the process exists, it is just not ours.
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** Removes the temporary files of `file` that a process killed while writing left behind (never a live writer's). */
export async function removeLeftovers(file: string): Promise<string[]> {
  const dir = path.dirname(file)
  const removed: string[] = []
  for (const name of await readdir(dir).catch(() => [] as string[])) {
    const match = TEMP.exec(name)
    if (!match || match[1] !== path.basename(file) || alive(Number(match[2]))) continue
    await rm(path.join(dir, name), { force: true })
    removed.push(name)
  }
  return removed
}

/**
 * Replaces `file` so that a reader, or the machine after a crash, finds either the old bytes or the new ones, never a
 * mix: a temporary file in the same folder (a dotfile, which the catalogue ignores), written and flushed to disk,
 * renamed over `file`, then the folder flushed so that the rename itself survives a power cut.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  const dir = path.dirname(file)
  await removeLeftovers(file)
  const temp = path.join(dir, `.${path.basename(file)}.${process.pid}.${randomBytes(6).toString('hex')}.tmp`)
  try {
    const handle = await open(temp, 'wx', 0o644)
    try {
      await handle.writeFile(data)
      await handle.sync()
    } finally {
      await handle.close()
    }
    await rename(temp, file)
  } catch (error) {
    await rm(temp, { force: true })
    throw error
  }
  const folder = await open(dir, 'r')
  try {
    await folder.sync()
  } finally {
    await folder.close()
  }
}
