/**
 * Runs one scenario with one library, for profiling:
 * `node --import tsx --cpu-prof bench/one.ts <scenario-id> <sagaloop|redux-saga> [runs] [--quick]`
 */
import { reduxSaga, sagaloop } from './libs.js'
import { allScenarios } from './scenarios/index.js'

async function main(): Promise<void> {
  const [id, libName = 'sagaloop', runs = '3'] = process.argv
    .slice(2)
    .filter((a) => !a.startsWith('--'))
  const lib = libName === 'redux-saga' ? reduxSaga : sagaloop
  const scenario = allScenarios(process.argv.includes('--quick')).find((s) => s.id === id)
  if (scenario === undefined) throw new Error(`no scenario ${String(id)}`)
  for (let i = 0; i < Number(runs); i++) {
    if (process.argv.includes('--gc')) (globalThis as { gc?: () => void }).gc?.()
    const { ms, result } = await scenario.run(lib)
    const ok = result === scenario.expected ? 'ok' : `WRONG: ${String(result)}`
    console.log(`${id} ${lib.name} ${ms.toFixed(2)} ms ${ok}`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
