// npm start: checks its settings, builds the app if needed, makes sure the demo media exist, then serves everything.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { createServer } from '../server/app.ts'
import { queueOptionsFromEnv } from '../server/jobs/index.ts'
import { limitsFromEnv } from '../server/uploads/limits.ts'
import { prepare } from '../server/prepare.ts'
import { checkCanListen, listenProblem, readStartConfig, StartError } from '../server/startConfig.ts'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..')

function say(line: string): void {
  process.stdout.write(`${line}\n`)
}

async function main(): Promise<void> {
  // Everything that can be wrong with the settings is found here, in a second, before the build and the media.
  const config = await readStartConfig(process.env, root)
  await checkCanListen(config.host, config.port)
  await prepare({ root, ...config, say })
  const uploads = {
    limits: limitsFromEnv(process.env),
    ...queueOptionsFromEnv(process.env),
    ...(process.env.REDIS_URL && { redisUrl: process.env.REDIS_URL }),
  }
  const app = await createServer({ ...config, logger: true, uploads })
  let closing = false
  const shutdown = (signal: string) => {
    if (closing) process.exit(1)
    closing = true
    say(`${signal} received, closing (press Ctrl+C again to force)…`)
    app.close().then(
      () => process.exit(0),
      () => process.exit(1),
    )
  }
  process.on('SIGINT', () => shutdown('SIGINT'))
  process.on('SIGTERM', () => shutdown('SIGTERM'))
  try {
    await app.listen({ host: config.host, port: config.port })
  } catch (error) {
    // Another process may have taken the port while the app was being built.
    throw new StartError(listenProblem(error, config.host, config.port))
  }
  const address = app.server.address()
  const port = address !== null && typeof address !== 'string' ? address.port : config.port
  const host = config.host.includes(':') ? `[${config.host}]` : config.host
  say(`Vernissage is open at http://${host}:${port}/`)
  if (config.publicUrl) say(`Its public address (PUBLIC_URL): ${config.publicUrl}/`)
  else if (config.host === '0.0.0.0' || config.host === '::') {
    say('Set PUBLIC_URL to the address visitors use: the links the server writes (data.csv) name this machine.')
  }
}

main().catch((error: unknown) => {
  // A problem of the settings is one line; anything else is a bug, with its stack.
  const line =
    error instanceof StartError
      ? `vernissage cannot start: ${error.message}`
      : error instanceof Error
        ? (error.stack ?? error.message)
        : String(error)
  process.stderr.write(`${line}\n`)
  process.exit(1)
})
