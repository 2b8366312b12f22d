/**
 * A build step that makes the long messages development-only, the way Redux and RTK ship them:
 * every `fail(code, message)` and `new SagaError(code, message)` in the sources becomes
 * `fail(code, process.env.NODE_ENV !== 'production' ? message : '')`, and every `console.warn`
 * is guarded the same way. An app's bundler replaces `process.env.NODE_ENV` and drops the
 * message; `SagaError` then says its code and where the full message is documented.
 *
 * Done at build time so that the sources keep one plain call per error: the messages are
 * documentation, and stay where the mistake is detected.
 */
import MagicString from 'magic-string'
import ts from 'typescript'

const DEV = `process.env.NODE_ENV !== 'production'`

/** Rewrites one module's source; returns undefined when it has nothing to rewrite. */
export function devOnlyMessages(
  code: string,
  id: string,
): { code: string; map: unknown } | undefined {
  if (!/\b(fail|SagaError|console\.warn|defineEffect)\b/.test(code)) return undefined
  const file = ts.createSourceFile(id, code, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS)
  const out = new MagicString(code)
  let changed = false
  const visit = (node: ts.Node): void => {
    const call = ts.isCallExpression(node) || ts.isNewExpression(node) ? node : undefined
    const callee = call?.expression.getText(file)
    // With a hint (the third argument), the message is redux-saga's own short text: it stays.
    const args = call?.arguments
    const message = args === undefined ? undefined : args.length >= 3 ? args[2] : args[1]
    if (call && (callee === 'fail' || callee === 'SagaError') && message) {
      out.appendLeft(message.getStart(file), `${DEV} ? (`)
      out.appendRight(message.end, `) : ''`)
      changed = true
    } else if (call && callee === 'defineEffect') {
      // A record nobody imports (an app that imports only `call` needs no runner) is dropped by
      // the app's bundler: the records share chunks with the creators in dist/.
      out.appendLeft(call.getStart(file), '/* @__PURE__ */ ')
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
