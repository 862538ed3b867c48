// npm run organiser:add -- EMAIL (password on standard input) | organiser:list | organiser:remove -- EMAIL
import { createOrganiserAccount, removeOrganiserAccount } from '../server/auth/accounts.ts'
import { openDatabase } from '../server/db/database.ts'
import { listOrganisers } from '../server/db/organisers.ts'
import { cliUser, dataDir } from './env.ts'
import { readNewPassword } from './readPassword.ts'

const USAGE = `usage:
  npm run organiser:add -- EMAIL      (password on standard input: typed, or piped; 12 characters at least)
  npm run organiser:list
  npm run organiser:remove -- EMAIL   (ends the account's sessions too)`

function fail(line: string): never {
  process.stderr.write(`${line}\n`)
  process.exit(1)
}

async function main(): Promise<void> {
  const [command, email, ...extra] = process.argv.slice(2)
  if (extra.length > 0 || (command !== 'list' && email === undefined)) fail(USAGE)
  const actor = { kind: 'cli' as const, user: cliUser() }
  if (command === 'add') {
    // Read before opening the store, so that a slow typist holds no lock.
    const password = await readNewPassword()
    const db = openDatabase(dataDir())
    try {
      const added = await createOrganiserAccount(db, actor, email!, password)
      if (!added.ok) fail(`${added.reason.fr}\n${added.reason.en}`)
    } finally {
      db.close()
    }
    process.stdout.write(`compte créé / account created: ${email!.trim()}\n`)
  } else if (command === 'list') {
    if (email !== undefined) fail(USAGE)
    const db = openDatabase(dataDir())
    const organisers = listOrganisers(db)
    db.close()
    for (const o of organisers) process.stdout.write(`${o.email}\t${new Date(o.createdAt).toISOString()}\n`)
  } else if (command === 'remove') {
    const db = openDatabase(dataDir())
    const removed = removeOrganiserAccount(db, actor, email!)
    db.close()
    if (!removed) fail(`aucun compte pour ${email!} / no account for ${email!}`)
    process.stdout.write(`compte supprimé, sessions closes / account removed, sessions ended: ${email!.trim()}\n`)
  } else {
    fail(USAGE)
  }
}

main().catch((error: unknown) => fail(error instanceof Error ? error.message : String(error)))
