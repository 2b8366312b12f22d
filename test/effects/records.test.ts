/**
 * The list of records (effects/records.ts) declares which effects exist; the runtime finds a
 * record in the runner table that `defineEffect` fills as record files load. The two must agree,
 * and a creator's descriptor must find its record, which is what keeps it in an app's bundle.
 */
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, test } from 'vitest'
import * as effects from 'sagaloop/effects'
import { effectRecords } from '../../src/effects/records'
import { recordOf } from '../../src/kernel/record'

const src = fileURLToPath(new URL('../../src', import.meta.url))

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) =>
    entry.isDirectory()
      ? sourceFiles(join(dir, entry.name))
      : entry.name.endsWith('.ts')
        ? [join(dir, entry.name)]
        : [],
  )
}

describe('the runner table', () => {
  test('holds every record of the list, under its type', () => {
    for (const record of effectRecords) expect(recordOf(record.type)).toBe(record)
  })

  test('every record defined in src/ is in the list', () => {
    const defined = sourceFiles(src).flatMap((file) =>
      [...readFileSync(file, 'utf8').matchAll(/export const (\w+) = defineEffect\(/g)].map(
        (match) => match[1],
      ),
    )
    expect(defined.length).toBe(effectRecords.length)
  })

  test('a descriptor made by a creator finds the record of its type', () => {
    const made = [
      effects.take('A'),
      effects.put({ type: 'A' }),
      effects.call(() => 1),
      effects.delay(1),
      effects.fork(function* () {}),
      effects.select(),
      effects.cancelled(),
      effects.all([]),
      effects.race([]),
      effects.getContext('x'),
      effects.abortSignal(),
    ]
    for (const effect of made) expect(recordOf(effect.type)?.type).toBe(effect.type)
  })

  test('a type no record declares finds none, even a name of Object.prototype', () => {
    expect(recordOf('NOT_AN_EFFECT')).toBeUndefined()
    expect(recordOf('toString')).toBeUndefined()
    expect(recordOf(42)).toBeUndefined()
  })
})
