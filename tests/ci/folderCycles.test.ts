import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

// The folders of src/ form layers: imports between them run one way. This reads every import (static, dynamic,
// type-only and re-exports alike) and fails on any cycle between two or more top-level folders.
const SRC = path.resolve(import.meta.dirname, '../../src')
const IMPORT =
  /(?:import|export)\s[^'"]*?from\s*['"](\.[^'"]+)['"]|import\(\s*['"](\.[^'"]+)['"]\s*\)|import\s+['"](\.[^'"]+)['"]/g

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name)
    if (statSync(full).isDirectory()) return sourceFiles(full)
    return /\.tsx?$/.test(name) ? [full] : []
  })
}

const folderOf = (file: string) => path.relative(SRC, file).split(path.sep)[0]!

/** Folder → the folders its files import. */
function folderGraph(): Map<string, Set<string>> {
  const graph = new Map<string, Set<string>>()
  for (const file of sourceFiles(SRC)) {
    const from = folderOf(file)
    const edges = graph.get(from) ?? new Set<string>()
    graph.set(from, edges)
    for (const m of readFileSync(file, 'utf8').matchAll(IMPORT)) {
      const target = path.resolve(path.dirname(file), (m[1] ?? m[2] ?? m[3])!)
      if (!target.startsWith(SRC + path.sep)) continue
      const to = folderOf(target)
      if (to !== from && !to.includes('.')) edges.add(to)
    }
  }
  return graph
}

/** Every cycle of the graph as a path `a → b → … → a`, found by depth-first search. */
function cycles(graph: Map<string, Set<string>>): string[] {
  const found = new Set<string>()
  const walk = (node: string, trail: string[]) => {
    for (const next of graph.get(node) ?? []) {
      const at = trail.indexOf(next)
      if (at >= 0) {
        const loop = trail.slice(at)
        // The same loop found from another start is the same cycle: name it from its smallest folder.
        const start = loop.indexOf([...loop].sort()[0]!)
        found.add([...loop.slice(start), ...loop.slice(0, start), loop[start]].join(' → '))
      } else walk(next, [...trail, next])
    }
  }
  for (const node of graph.keys()) walk(node, [node])
  return [...found].sort()
}

describe('the folders of src/', () => {
  it('import one another one way: no cycle between folders', () => {
    expect(cycles(folderGraph())).toEqual([])
  })

  it('are checked by a search that does find a cycle', () => {
    const graph = new Map([
      ['app', new Set(['store', 'ui'])],
      ['store', new Set(['manifest', 'app'])],
      ['ui', new Set(['store'])],
      ['manifest', new Set<string>()],
    ])
    expect(cycles(graph)).toEqual(['app → store → app', 'app → ui → store → app'])
  })
})
