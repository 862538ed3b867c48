/** A few raw tus 1.0 requests, written out so that tests can send exactly what a bad client would. */
export type Tus = ReturnType<typeof tusClient>

const b64 = (text: string) => Buffer.from(text, 'utf8').toString('base64')

/** Encodes `Upload-Metadata` from plain values. */
export function metadata(values: Record<string, string>): string {
  return Object.entries(values)
    .map(([k, v]) => `${k} ${b64(v)}`)
    .join(',')
}

export function tusClient(base: string) {
  const auth = (token: string | null): Record<string, string> => (token ? { Authorization: `Bearer ${token}` } : {})
  return {
    async create(token: string | null, length: number, meta: Record<string, string> | string) {
      return fetch(`${base}/api/uploads`, {
        method: 'POST',
        headers: {
          ...auth(token),
          'Tus-Resumable': '1.0.0',
          'Upload-Length': String(length),
          'Upload-Metadata': typeof meta === 'string' ? meta : metadata(meta),
        },
      })
    },
    async patch(token: string | null, location: string, offset: number, body: Uint8Array) {
      return fetch(new URL(location, base), {
        method: 'PATCH',
        headers: {
          ...auth(token),
          'Tus-Resumable': '1.0.0',
          'Upload-Offset': String(offset),
          'Content-Type': 'application/offset+octet-stream',
        },
        body: new Uint8Array(body),
      })
    },
    async head(token: string | null, location: string) {
      return fetch(new URL(location, base), { method: 'HEAD', headers: { ...auth(token), 'Tus-Resumable': '1.0.0' } })
    },
    async remove(token: string | null, location: string) {
      return fetch(new URL(location, base), { method: 'DELETE', headers: { ...auth(token), 'Tus-Resumable': '1.0.0' } })
    },
    /** Creates an upload and sends `bytes` in one PATCH; returns the upload's location. */
    async send(token: string, bytes: Uint8Array, meta: Record<string, string>) {
      const created = await this.create(token, bytes.length, meta)
      if (created.status !== 201) throw new Error(`create: ${created.status} ${await created.text()}`)
      const location = created.headers.get('location')!
      const sent = await this.patch(token, location, 0, bytes)
      if (sent.status !== 204) throw new Error(`patch: ${sent.status} ${await sent.text()}`)
      return location
    },
  }
}
