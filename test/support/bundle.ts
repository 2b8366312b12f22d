/**
 * Bundles `code` (imports relative to src/) as an app's bundler does, for tests of what a bundle
 * keeps: with `mode`, `process.env.NODE_ENV` is replaced and dead branches are dropped.
 */
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const src = fileURLToPath(new URL('../../src/', import.meta.url))

export async function bundleSource(
  code: string,
  mode?: 'development' | 'production',
): Promise<string> {
  const result = await build({
    stdin: { contents: code, resolveDir: src, loader: 'ts' },
    bundle: true,
    write: false,
    format: 'esm',
    platform: 'neutral',
    minifySyntax: mode !== undefined,
    ...(mode === undefined ? {} : { define: { 'process.env.NODE_ENV': JSON.stringify(mode) } }),
  })
  return result.outputFiles[0]?.text ?? ''
}
