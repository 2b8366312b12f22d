/**
 * Bundles `code` (imports relative to src/) as an app's bundler does, for tests of what a bundle
 * keeps: with `mode`, `process.env.NODE_ENV` is replaced and dead branches are dropped. With
 * `devMessages`, the sources first go through the package build's rewrite of development-only
 * messages (tsdown.dev-messages.ts), as dist/ ships them.
 */
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { build, type Plugin } from 'esbuild'
import { devOnlyMessages } from '../../tsdown.dev-messages'

const src = fileURLToPath(new URL('../../src/', import.meta.url))

const devMessagesPlugin: Plugin = {
  name: 'dev-messages',
  setup(builder) {
    builder.onLoad({ filter: /[\\/]src[\\/].*\.ts$/ }, ({ path }) => {
      const source = readFileSync(path, 'utf8')
      return { contents: devOnlyMessages(source, path)?.code ?? source, loader: 'ts' }
    })
  },
}

export async function bundleSource(
  code: string,
  mode?: 'development' | 'production',
  { devMessages = false }: { devMessages?: boolean } = {},
): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: src, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    minifySyntax: mode !== undefined,
    ...(mode === undefined ? {} : { define: { 'process.env.NODE_ENV': JSON.stringify(mode) } }),
    ...(devMessages ? { plugins: [devMessagesPlugin] } : {}),
  })
  return result.outputFiles[0]?.text ?? ''
}
