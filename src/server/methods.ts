import type { FastifyReply, FastifyRequest, RouteOptions } from 'fastify'
import { errorBody } from './errors.ts'

type Known = { pattern: RegExp; prefix: number; methods: string[]; catchAll: boolean }

/** Route config of a catch-all that answers 404 for a whole prefix (`/api/*`): it names no resource. */
export const CATCH_ALL = { catchAll: true } as const

function toRegExp(url: string): RegExp {
  let source = ''
  for (let i = 0; i < url.length; i++) {
    const c = url[i]!
    if (c === ':' && url[i + 1] === ':') {
      source += ':'
      i++
    } else if (c === ':') {
      const name = /^:\w+/.exec(url.slice(i))![0]
      i += name.length - 1
      source += '[^/]+'
      if (url[i + 1] === '(') {
        // A parameter's own pattern: the segment is still one segment, which is all an Allow header needs.
        let depth = 0
        do {
          i++
          if (url[i] === '(') depth++
          if (url[i] === ')') depth--
        } while (depth > 0 && i < url.length)
      }
    } else if (c === '*') source += '.*'
    else source += c.replace(/[.+?^${}()|[\]\\]/g, '\\$&')
  }
  return new RegExp(`^${source}$`)
}

/**
 * Every route's methods, collected as routes are added (an `onRoute` hook on the root, so that the routes of every
 * plugin, the write side's included, count): what a 405 must list in `Allow`.
 */
export function createMethodIndex() {
  const routes: Known[] = []
  return {
    onRoute(route: RouteOptions): void {
      const methods = [route.method].flat().map(String)
      if (methods.includes('GET')) methods.push('HEAD')
      const star = route.url.search(/[:*]/)
      routes.push({
        pattern: toRegExp(route.url),
        prefix: star === -1 ? route.url.length : star,
        methods,
        catchAll: (route.config as { catchAll?: boolean } | undefined)?.catchAll === true,
      })
    },
    /** The methods a path answers, as the router would pick its route for each: the most specific match wins. */
    allowed(urlPath: string): string[] {
      const best = new Map<string, Known>()
      for (const route of routes) {
        if (!route.pattern.test(urlPath)) continue
        for (const method of route.methods) {
          const held = best.get(method)
          if (!held || route.prefix > held.prefix) best.set(method, route)
        }
      }
      return [...best].filter(([, route]) => !route.catchAll).map(([method]) => method)
    },
  }
}

/** The method index of a server. */
export type MethodIndex = ReturnType<typeof createMethodIndex>

const ORDER = ['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']

/**
 * For a request no route took: 405 with `Allow` when the path answers other methods (204 with `Allow` to a plain
 * OPTIONS); undefined when the path answers no method at all, which is a 404.
 */
export function answerOtherMethod(methods: MethodIndex, request: FastifyRequest, reply: FastifyReply) {
  const allowed = methods.allowed((request.raw.url ?? '/').split('?')[0] ?? '/')
  if (allowed.length === 0 || allowed.includes(request.method)) return undefined
  const allow = [...new Set([...allowed, 'OPTIONS'])].sort((a, b) => ORDER.indexOf(a) - ORDER.indexOf(b)).join(', ')
  reply.header('Allow', allow)
  if (request.method === 'OPTIONS') return reply.code(204).send()
  return reply.code(405).send(errorBody('méthode non permise', 'method not allowed'))
}
