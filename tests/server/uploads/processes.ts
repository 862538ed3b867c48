import { spawn, type ChildProcess } from 'node:child_process'
import { createServer as createNetServer } from 'node:net'
import { fileURLToPath } from 'node:url'

const ROOT = fileURLToPath(new URL('../../../', import.meta.url))

/** A child process and what it printed so far. */
export type Child = { proc: ChildProcess; output: () => string; exited: Promise<number | null> }

/**
 * Starts `node --import tsx file` from the repository root with `env`, collecting its output. Node itself, not the
 * `tsx` command: that one runs the script in a child of its own, which a SIGKILL of the parent would leave running.
 */
export function startTsx(file: string, env: Record<string, string>): Child {
  const proc = spawn(process.execPath, ['--import', 'tsx', file], {
    cwd: ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let out = ''
  proc.stdout!.setEncoding('utf8').on('data', (c: string) => (out += c))
  proc.stderr!.setEncoding('utf8').on('data', (c: string) => (out += c))
  const exited = new Promise<number | null>((resolve) => proc.on('exit', (code) => resolve(code)))
  return { proc, output: () => out, exited }
}

/** Waits until the child printed a line matching `pattern`; returns the match. */
export async function waitForOutput(child: Child, pattern: RegExp, ms = 30_000): Promise<RegExpMatchArray> {
  const end = Date.now() + ms
  for (;;) {
    const match = pattern.exec(child.output())
    if (match) return match
    if (Date.now() > end || child.proc.exitCode !== null) throw new Error(`no ${pattern} in:\n${child.output()}`)
    await new Promise((r) => setTimeout(r, 50))
  }
}

/** Kills a child with SIGKILL (no chance to clean up) and waits for it to be gone. */
export async function killHard(child: Child): Promise<void> {
  if (child.proc.exitCode === null && child.proc.signalCode === null) child.proc.kill('SIGKILL')
  await child.exited
}

/** Starts the real server in a child process on `dataDir`; resolves with its base URL once it listens. */
export async function startServerChild(env: Record<string, string>): Promise<{ child: Child; base: string }> {
  const child = startTsx('tests/server/uploads/serverChild.ts', env)
  const [, port] = await waitForOutput(child, /listening (\d+)/)
  return { child, base: `http://127.0.0.1:${port}` }
}

/** A free TCP port on loopback. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createNetServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      const port = typeof address === 'object' && address ? address.port : 0
      server.close(() => resolve(port))
    })
    server.on('error', reject)
  })
}
