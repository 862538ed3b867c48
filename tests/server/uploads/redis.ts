import { spawn } from 'node:child_process'
import { connect } from 'node:net'
import { freePort, killHard, type Child } from './processes.ts'

/** A throw-away redis-server on a free loopback port, keeping nothing on disk. */
export async function startRedis(): Promise<{ url: string; stop(): Promise<void> }> {
  const port = await freePort()
  const proc = spawn(
    'redis-server',
    ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
    {
      stdio: 'ignore',
    },
  )
  const child: Child = {
    proc,
    output: () => '',
    exited: new Promise((resolve) => proc.on('exit', (code) => resolve(code))),
  }
  const end = Date.now() + 10_000
  for (;;) {
    const up = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.end()
        resolve(true)
      })
      socket.on('error', () => resolve(false))
    })
    if (up) break
    if (Date.now() > end) throw new Error('redis-server did not start')
    await new Promise((r) => setTimeout(r, 50))
  }
  return { url: `redis://127.0.0.1:${port}`, stop: () => killHard(child) }
}
