/**
 * A build step that makes development-only code droppable from an app's production bundle, the
 * way Redux and RTK ship their messages. An app's bundler replaces `process.env.NODE_ENV` and
 * drops what is then dead; this step rewrites what it could not drop on its own:
 *
 * - Messages: every `fail(code, message, hint)` and `new SagaError(code, message, hint)` becomes
 *   `fail(code, process.env.NODE_ENV !== 'production' ? message : '', ...)` (the hint too), and
 *   every `console.warn` is guarded the same way. `SagaError` then says its code and where the
 *   full message is documented. redux-saga's production build has none of its messages either,
 *   but two: those stay (`KEPT`).
 * - Records: a record's development-only field, `describe: process.env.NODE_ENV !==
 *   'production' ? render : undefined`, becomes `...(process.env.NODE_ENV !== 'production' ?
 *   { describe: render } : {})`, which a production bundle drops whole instead of keeping
 *   `describe: void 0` in every record. Every call of `defineEffect` and `runnerOf` is marked
 *   pure (see below).
 *
 * Done at build time so that the sources keep one plain call per error and plain records: the
 * messages are documentation, and stay where the mistake is detected.
 */
import MagicString from 'magic-string'
import ts from 'typescript'

const DEV = `process.env.NODE_ENV !== 'production'`
const PURE = '/* @__PURE__ */ '

/**
 * The beginnings of the only messages redux-saga's production build throws (a full fixed buffer,
 * and a pattern `take` cannot match): they stay in production, without sagaloop's hint.
 */
const KEPT = [`"Channel's Buffer overflow!"`, '`invalid pattern: ']

function devOnly(out: MagicString, file: ts.SourceFile, node: ts.Node): void {
  out.appendLeft(node.getStart(file), `${DEV} ? (`)
  out.appendRight(node.end, `) : ''`)
}

const isDev = (node: ts.Node, file: ts.SourceFile): boolean =>
  node.getText(file).replace(/["`]/g, "'") === DEV

/** Rewrites `name: DEV ? value : undefined` as `...(DEV ? { name: value } : {})`. */
function devOnlyField(out: MagicString, file: ts.SourceFile, field: ts.Node): void {
  if (!ts.isPropertyAssignment(field) || !ts.isIdentifier(field.name)) return
  const value = field.initializer
  if (!ts.isConditionalExpression(value) || !isDev(value.condition, file)) return
  if (value.whenFalse.getText(file) !== 'undefined') return
  const name = field.name.getText(file)
  out.overwrite(field.getStart(file), value.whenTrue.getStart(file), `...(${DEV} ? { ${name}: `)
  out.overwrite(value.whenTrue.end, field.end, ' } : {})')
}

/** Rewrites one module's source; returns undefined when it has nothing to rewrite. */
export function devOnlyMessages(
  code: string,
  id: string,
): { code: string; map: unknown } | undefined {
  // errors.ts defines `fail` and `SagaError`: the messages passing through them are the callers'.
  if (/[\\/]src[\\/]errors\.ts$/.test(id)) return undefined
  if (!/\b(fail|failExact|SagaError|console\.warn|defineEffect|runnerOf)\b/.test(code))
    return undefined
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const out = new MagicString(code)
  let changed = false
  const visit = (node: ts.Node): void => {
    const call = ts.isCallExpression(node) || ts.isNewExpression(node) ? node : undefined
    const callee = call?.expression.getText(file)
    // The message, then the hint (redux-saga's words, then sagaloop's), when there is one.
    const args = call?.arguments
    if (
      call &&
      (callee === 'fail' || callee === 'failExact' || callee === 'SagaError') &&
      args !== undefined &&
      args.length >= 2
    ) {
      const [, message, hint] = args as unknown as ts.Expression[]
      const text = message?.getText(file) ?? ''
      if (message && !KEPT.some((kept) => text.startsWith(kept))) devOnly(out, file, message)
      if (hint) devOnly(out, file, hint)
      changed = true
    } else if (call && (callee === 'defineEffect' || callee === 'runnerOf')) {
      // A record nobody imports (an app that imports only `call` needs no runner) is dropped by
      // the app's bundler: the records share chunks with the creators in dist/. `runnerOf`
      // builds a record's runner: a call inside the record that would otherwise keep it.
      out.appendLeft(call.getStart(file), PURE)
      const record = args?.[0]
      if (callee === 'defineEffect' && record && ts.isObjectLiteralExpression(record)) {
        for (const field of record.properties) devOnlyField(out, file, field)
      }
      changed = true
    } else if (call && callee === 'console.warn' && ts.isExpressionStatement(node.parent)) {
      out.appendLeft(call.getStart(file), `${DEV} && `)
      changed = true
    }
    ts.forEachChild(node, visit)
  }
  visit(file)
  return changed
    ? { code: out.toString(), map: out.generateMap({ hires: true, source: id }) }
    : undefined
}

/** The rolldown plugin: the runtime's sources only (the testing kit keeps its messages). */
export const devMessages = {
  name: 'sagaloop:dev-messages',
  transform(code: string, id: string) {
    if (!/[\\/]src[\\/]/.test(id) || /[\\/]src[\\/]testing[\\/]/.test(id) || !id.endsWith('.ts'))
      return undefined
    return devOnlyMessages(code, id)
  },
}
