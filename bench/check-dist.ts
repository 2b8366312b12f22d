// No class-field helper in dist/: a lowered class field costs an Object.defineProperty call per
// field per object (a quarter of the time of helper-heavy workloads when the build targeted
// es2020). Run after the build, by `npm run test:size`.
import { readdirSync, readFileSync } from 'node:fs'

const dir = new URL('../dist/', import.meta.url)
const helpers = /\b(_defineProperty|__publicField|_classPrivateFieldInitSpec|__privateAdd)\b/
const offenders: string[] = readdirSync(dir)
  .filter((file) => /\.(c|m)?js$/.test(file))
  .filter((file) => helpers.test(readFileSync(new URL(file, dir), 'utf8')))
if (offenders.length > 0) {
  console.error(
    `class-field helpers in dist/: ${offenders.join(', ')} (build target below es2022?)`,
  )
  process.exit(1)
}
console.log('dist/: no class-field helpers')
