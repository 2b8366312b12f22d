/**
 * The import graph of src/, read with the TypeScript parser: which module imports which, and
 * whether the import survives compilation (a type-only import is erased, so it cannot take part
 * in a cycle at run time, but it still counts for layering).
 */
import { readdirSync, readFileSync } from 'node:fs'
import { dirname, join, posix, relative } from 'node:path'
import ts from 'typescript'

export interface Edge {
  from: string
  to: string
  typeOnly: boolean
}

function filesUnder(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return filesUnder(path)
    return entry.name.endsWith('.ts') && !entry.name.endsWith('.d.ts') ? [path] : []
  })
}

function isTypeOnly(node: ts.ImportDeclaration | ts.ExportDeclaration): boolean {
  if (ts.isImportDeclaration(node)) {
    const clause = node.importClause
    if (clause === undefined) return false // `import './x.js'` runs the module
    if (clause.isTypeOnly) return true
    if (clause.name !== undefined) return false
    const bindings = clause.namedBindings
    return (
      bindings !== undefined &&
      ts.isNamedImports(bindings) &&
      bindings.elements.length > 0 &&
      bindings.elements.every((element) => element.isTypeOnly)
    )
  }
  if (node.isTypeOnly) return true
  const clause = node.exportClause
  return (
    clause !== undefined &&
    ts.isNamedExports(clause) &&
    clause.elements.length > 0 &&
    clause.elements.every((element) => element.isTypeOnly)
  )
}

/** Every relative import between the `.ts` files under `root`, as root-relative paths. */
export function importGraph(root: string): Edge[] {
  const edges: Edge[] = []
  for (const file of filesUnder(root)) {
    const from = relative(root, file).split('\\').join('/')
    const source = ts.createSourceFile(file, readFileSync(file, 'utf8'), ts.ScriptTarget.Latest)
    for (const node of source.statements) {
      if (!ts.isImportDeclaration(node) && !ts.isExportDeclaration(node)) continue
      const specifier = node.moduleSpecifier
      if (specifier === undefined || !ts.isStringLiteral(specifier)) continue
      if (!specifier.text.startsWith('.')) continue
      const to = posix.join(dirname(from), specifier.text).replace(/\.js$/, '.ts')
      edges.push({ from, to, typeOnly: isTypeOnly(node) })
    }
  }
  return edges
}

/** The cycles among run-time imports, each as the list of modules around it. */
export function cycles(edges: readonly Edge[]): string[][] {
  const next = new Map<string, string[]>()
  for (const edge of edges) {
    if (edge.typeOnly) continue
    next.set(edge.from, [...(next.get(edge.from) ?? []), edge.to])
  }
  const found: string[][] = []
  const done = new Set<string>()
  const visit = (node: string, path: string[]): void => {
    const at = path.indexOf(node)
    if (at >= 0) {
      found.push([...path.slice(at), node])
      return
    }
    if (done.has(node)) return
    path.push(node)
    for (const to of next.get(node) ?? []) visit(to, path)
    path.pop()
    done.add(node)
  }
  for (const node of next.keys()) visit(node, [])
  return found
}

/**
 * The layers, lowest first: a module may import its own layer and the ones before it. The
 * first matching prefix decides; `index.ts` (the '.' entry) may import everything.
 */
export const layers: readonly (readonly string[])[] = [
  ['symbols.ts', 'errors.ts', 'messages.ts'],
  ['types.ts'],
  ['channels/'],
  ['kernel/'],
  // redux-saga's type names are aliases of the effect types.
  ['effects/', 'redux-saga-types.ts'],
  ['runtime/'],
  ['redux/', 'monitor/', 'toolkit/'],
  ['testing/', 'devtools/'],
  ['index.ts'],
]

export function layerOf(module: string): number {
  const index = layers.findIndex((prefixes) =>
    prefixes.some((prefix) =>
      prefix.endsWith('/') ? module.startsWith(prefix) : module === prefix,
    ),
  )
  if (index < 0)
    throw new Error(`${module} belongs to no layer: add it to test/support/import-graph.ts`)
  return index
}

/** Imports that reach a higher layer, as `from -> to`. */
export function upwardImports(edges: readonly Edge[]): string[] {
  return edges
    .filter((edge) => layerOf(edge.to) > layerOf(edge.from))
    .map((edge) => `${edge.from} -> ${edge.to}`)
}
