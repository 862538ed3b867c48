/** Where a JSON text first goes wrong: 1-based line and column, and what was expected. */
export type JsonSyntaxError = { line: number; column: number; detail: string; detailFr: string }

class Fault extends Error {
  constructor(
    readonly offset: number,
    readonly detail: string,
    readonly detailFr: string,
  ) {
    super(detail)
  }
}

/**
 * Scans a JSON text and reports its first syntax error with line and column, or null when it is valid.
 * JSON.parse's own messages do not always carry a position, so this walks the grammar itself.
 */
export function findJsonSyntaxError(text: string): JsonSyntaxError | null {
  let i = 0
  const ws = () => {
    while (i < text.length && ' \t\n\r'.includes(text[i] as string)) i++
  }
  const fail = (en: string, fr: string): never => {
    throw new Fault(i, en, fr)
  }
  const describe = () => (i >= text.length ? 'end of file' : `"${text[i]}"`)
  const decrire = () => (i >= text.length ? 'fin du fichier' : `« ${text[i]} »`)
  const literal = (word: string) => {
    if (text.startsWith(word, i)) i += word.length
    else fail(`unexpected ${describe()}`, `${decrire()} inattendu`)
  }
  const string = () => {
    i++
    while (i < text.length) {
      const c = text[i] as string
      if (c === '"') {
        i++
        return
      }
      if (c === '\\') {
        const e = text[i + 1] ?? ''
        if ('"\\/bfnrt'.includes(e) && e !== '') i += 2
        else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) i += 6
        else fail('invalid escape in string', 'échappement invalide dans une chaîne')
      } else if (c < ' ') fail('control character in string', 'caractère de contrôle dans une chaîne')
      else i++
    }
    fail('unterminated string', 'chaîne non terminée')
  }
  const number = () => {
    const m = /^-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/.exec(text.slice(i))
    if (!m) fail(`unexpected ${describe()}`, `${decrire()} inattendu`)
    else i += m[0].length
  }
  const value = (depth: number): void => {
    if (depth > 512) fail('nesting too deep', 'imbrication trop profonde')
    ws()
    const c = text[i]
    if (c === '{') {
      i++
      ws()
      if (text[i] === '}') {
        i++
        return
      }
      for (;;) {
        ws()
        if (text[i] !== '"')
          fail(
            `expected a property name in double quotes, found ${describe()}`,
            `nom de propriété entre guillemets attendu, ${decrire()} trouvé`,
          )
        string()
        ws()
        if (text[i] !== ':')
          fail(
            `expected ":" after the property name, found ${describe()}`,
            `« : » attendu après le nom de propriété, ${decrire()} trouvé`,
          )
        i++
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === '}') {
          i++
          return
        }
        fail(`expected "," or "}", found ${describe()}`, `« , » ou « } » attendu, ${decrire()} trouvé`)
      }
    }
    if (c === '[') {
      i++
      ws()
      if (text[i] === ']') {
        i++
        return
      }
      for (;;) {
        value(depth + 1)
        ws()
        if (text[i] === ',') {
          i++
          continue
        }
        if (text[i] === ']') {
          i++
          return
        }
        fail(`expected "," or "]", found ${describe()}`, `« , » ou « ] » attendu, ${decrire()} trouvé`)
      }
    }
    if (c === '"') return string()
    if (c === 't') return literal('true')
    if (c === 'f') return literal('false')
    if (c === 'n') return literal('null')
    number()
  }
  try {
    if (text.charCodeAt(0) === 0xfeff) i = 1
    value(0)
    ws()
    if (i < text.length)
      fail(`unexpected ${describe()} after the end of the document`, `${decrire()} inattendu après la fin du document`)
    return null
  } catch (e) {
    if (!(e instanceof Fault)) throw e
    const before = text.slice(0, e.offset)
    const line = before.split('\n').length
    const column = e.offset - before.lastIndexOf('\n')
    return { line, column, detail: e.detail, detailFr: e.detailFr }
  }
}
