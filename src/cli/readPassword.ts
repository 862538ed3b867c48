// Reads a password from standard input: the first line of a pipe, or typed at a terminal without echo.

/** The first line of everything piped in (without its line ending). */
async function fromPipe(): Promise<string> {
  const chunks: Buffer[] = []
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks).toString('utf8').split(/\r?\n/)[0] ?? ''
}

/** One line typed at the terminal, nothing shown (not even stars: the length is a secret too). */
function fromTerminal(prompt: string): Promise<string> {
  const stdin = process.stdin
  // Echo off before the prompt shows, so that not even a quick typist's first keys appear.
  stdin.setRawMode(true)
  process.stderr.write(prompt)
  stdin.resume()
  stdin.setEncoding('utf8')
  return new Promise((resolve, reject) => {
    let typed = ''
    const done = (error?: Error) => {
      stdin.off('data', onData)
      stdin.setRawMode(false)
      stdin.pause()
      process.stderr.write('\n')
      if (error) reject(error)
      else resolve(typed)
    }
    const onData = (data: string) => {
      for (const char of data) {
        if (char === '\r' || char === '\n' || char === '\u0004') return done()
        if (char === '\u0003') return done(new Error('cancelled'))
        if (char === '\u007f' || char === '\b') typed = [...typed].slice(0, -1).join('')
        else if (char >= ' ') typed += char
      }
    }
    stdin.on('data', onData)
  })
}

/** The new password: piped in, or typed twice at a terminal. */
export async function readNewPassword(): Promise<string> {
  if (!process.stdin.isTTY) return fromPipe()
  const first = await fromTerminal('Mot de passe / Password: ')
  const again = await fromTerminal('Encore / Again: ')
  if (first !== again) throw new Error('les deux saisies diffèrent / the two entries differ')
  return first
}
