// The web example in a real browser: build it, serve the build with `vite preview`, drive it with
// playwright-core in Debian's headless chromium, and check what a person would see — search
// results, an aborted request, a login and a logout, and the saga panel (sagaloop/devtools): its
// task tree, timeline and causality views. Then the panel on a plain page with no framework,
// built against dist/. Screenshots go to test-results/. Run with `npm run test:browser`.
import assert from 'node:assert/strict'
import { mkdtempSync, mkdirSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium, type BrowserContext, type Page } from 'playwright-core'
import { build, preview, type PreviewServer } from 'vite'
import { ensureChromium } from './chromium'

const repo = fileURLToPath(new URL('../..', import.meta.url))
const configFile = join(repo, 'examples/web/vite.config.ts')
const plainConfig = join(repo, 'test/browser/plain/vite.config.ts')
const results = join(repo, 'test-results')
const WAIT_MS = 10_000
const DEADLINE_MS = 150_000

interface Row {
  id: number
  name: string
  state: string
  blockedOn: string | null
  parent: string | null
}

/** The inspector's task tree as drawn on the page, one row per task. */
function readTree(page: Page): Promise<Row[]> {
  return page.evaluate(() =>
    Array.from(document.querySelectorAll<HTMLElement>('[data-testid=saga-panel] li.task')).map(
      (li) => ({
        id: Number(li.dataset.taskId),
        name: li.dataset.task ?? '',
        state: li.dataset.state ?? '',
        blockedOn:
          li.querySelector(':scope > .task-effect')?.getAttribute('data-blocked-on') ?? null,
        parent: li.parentElement?.closest('li.task')?.getAttribute('data-task') ?? null,
      }),
    ),
  )
}

const showTree = (rows: Row[]) =>
  rows
    .map((row) => `  ${row.name} [${row.state}] ${row.blockedOn ?? ''} (under ${row.parent})`)
    .join('\n')

/** Polls `check` until it returns true; fails with `what` and the last value seen. */
async function waitUntil<T>(
  what: string,
  read: () => Promise<T>,
  check: (value: T) => boolean,
  show: (value: T) => string = (value) => JSON.stringify(value, null, 1),
): Promise<T> {
  const end = Date.now() + WAIT_MS
  let last = await read()
  while (!check(last)) {
    if (Date.now() > end) assert.fail(`timed out waiting for: ${what}\nlast seen:\n${show(last)}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
    last = await read()
  }
  return last
}

const waitForTree = (page: Page, what: string, check: (rows: Row[]) => boolean) =>
  waitUntil(what, () => readTree(page), check, showTree)

const has = (rows: Row[], name: string, state: string, blockedOn?: string) =>
  rows.some(
    (row) =>
      row.name === name &&
      row.state === state &&
      (blockedOn === undefined || row.blockedOn === blockedOn),
  )

async function text(page: Page, testId: string): Promise<string> {
  return (await page.getByTestId(testId).textContent()) ?? ''
}

async function shot(page: Page, name: string, prefix = 'web'): Promise<void> {
  await page.screenshot({ path: join(results, `${prefix}-${name}.png`), fullPage: true })
  console.log(`  screenshot test-results/${prefix}-${name}.png`)
}

interface ServerRequest {
  query: string
  outcome: string
}

async function scenario(page: Page, url: string): Promise<void> {
  const requests = async () => (await (await fetch(`${url}api/requests`)).json()) as ServerRequest[]

  console.log('• the page loads with every saga waiting for its first action')
  await page.goto(url)
  await waitForTree(page, 'loginFlow blocked on its login take', (rows) =>
    has(rows, 'loginFlow', 'blocked', 'take("auth/loginRequested")'),
  )
  const initial = await readTree(page)
  assert.ok(has(initial, 'rootSaga', 'waiting'), showTree(initial))
  assert.ok(
    initial.some((row) => row.name.startsWith('takeLatest("search/queryChanged"')),
    showTree(initial),
  )
  assert.ok(has(initial, 'takeEvery("counter/incrementAsync", incrementLater, 2000)', 'blocked'))
  await shot(page, '1-loaded')

  console.log('• typing a query shows its results')
  await page.getByTestId('search-input').fill('redux')
  await waitUntil(
    'results for “redux”',
    () => text(page, 'search-status'),
    (s) => s.includes('results for “redux”'),
  )
  const hits = await page.getByTestId('search-results').locator('li').allTextContents()
  assert.deepEqual(hits, ['react-redux', 'redux', 'redux-saga', 'redux-thunk'])
  await waitForTree(page, 'the finished search worker', (rows) => has(rows, 'searchWorker', 'done'))
  await shot(page, '2-search-results')

  console.log('• a keystroke during a request aborts the request in flight')
  await page.getByTestId('search-input').fill('')
  const input = page.getByTestId('search-input')
  await input.pressSequentially('vit', { delay: 450 })
  // While `vit` is in flight, the inspector shows the worker blocked on its request.
  await waitForTree(page, 'a search worker blocked on the request for "vit"', (rows) =>
    rows.some(
      (row) =>
        row.name === 'searchWorker' && (row.blockedOn ?? '').startsWith('call(search, "vit"'),
    ),
  )
  await shot(page, '3-search-in-flight')
  await waitUntil(
    'results for “vit”',
    () => text(page, 'search-status'),
    (s) => s.includes('results for “vit”'),
  )
  const seen = await waitUntil('the server to record "v" and "vi" as aborted', requests, (list) =>
    ['v', 'vi'].every((q) => list.some((r) => r.query === q && r.outcome === 'aborted')),
  )
  assert.ok(
    seen.some((r) => r.query === 'vit' && r.outcome === 'answered'),
    JSON.stringify(seen),
  )
  await waitUntil(
    'the page to list the aborted requests',
    () => page.getByTestId('server-requests').locator('[data-outcome=aborted]').count(),
    (count) => count >= 2,
  )
  const afterSearch = await readTree(page)
  assert.ok(has(afterSearch, 'searchWorker', 'cancelled'), showTree(afterSearch))
  await shot(page, '4-search-aborted')

  console.log('• logging in forks authorize; the inspector shows what each task waits on')
  await page.getByTestId('login-button').click()
  await waitForTree(
    page,
    'authorize racing the login request against a timeout',
    (rows) =>
      has(rows, 'authorize', 'blocked', 'race({won, timeout})') &&
      has(rows, 'requestSession', 'blocked') &&
      has(rows, 'loginFlow', 'blocked', 'take(["auth/logoutRequested", "auth/loginFailed"])'),
  )
  await shot(page, '5-authorizing')
  await waitUntil(
    'logged in',
    () => text(page, 'login-status'),
    (s) => s.includes('Logged in as alice'),
  )
  await waitForTree(
    page,
    'authorize keeping the session fresh',
    (rows) =>
      has(rows, 'keepSessionFresh', 'blocked', 'delay(12000)') &&
      rows.some(
        (row) =>
          row.name === 'authorize' &&
          row.state === 'blocked' &&
          (row.blockedOn ?? '').startsWith('call(keepSessionFresh'),
      ),
  )
  await shot(page, '6-logged-in')

  console.log('• logging out cancels authorize, and loginFlow waits for the next login')
  await page.getByTestId('logout-button').click()
  await page.getByTestId('login-button').waitFor({ timeout: WAIT_MS })
  const loggedOut = await waitForTree(
    page,
    'authorize cancelled, loginFlow back on its take',
    (rows) =>
      has(rows, 'authorize', 'cancelled') &&
      has(rows, 'keepSessionFresh', 'cancelled') &&
      has(rows, 'loginFlow', 'blocked', 'take("auth/loginRequested")'),
  )
  assert.ok(
    loggedOut.some((row) => row.name === 'authorize' && row.parent === 'loginFlow'),
    showTree(loggedOut),
  )
  await shot(page, '7-logged-out')

  console.log('• each delayed increment is a worker of its own')
  for (let i = 0; i < 3; i++) await page.getByTestId('increment-later').click()
  await waitForTree(
    page,
    'three incrementLater workers blocked on delay(2000)',
    (rows) =>
      rows.filter((row) => row.name === 'incrementLater' && row.blockedOn === 'delay(2000)')
        .length === 3,
  )
  await shot(page, '8-counter-workers')
  await waitUntil(
    'the counter to reach 3',
    () => text(page, 'counter-value'),
    (s) => s === '3',
  )

  console.log('• the timeline draws task lifetimes; zoom widens it; a bar selects its task')
  const panel = page.getByTestId('saga-panel')
  await panel.getByRole('tab', { name: 'Timeline' }).click()
  const bars = panel.locator('.timeline .tl-bar')
  assert.ok((await bars.count()) > 5, 'one bar per task')
  assert.ok((await panel.locator('.timeline .tl-mark').count()) > 5, 'effects as marks')
  assert.ok((await panel.locator('.timeline .tl-action').count()) > 5, 'actions as marks')
  const trackWidth = () =>
    panel
      .locator('.tl-track')
      .first()
      .evaluate((el) => el.getBoundingClientRect().width)
  const fitWidth = await trackWidth()
  await panel.locator('[data-zoom=in]').click()
  await panel.locator('[data-zoom=in]').click()
  assert.ok((await trackWidth()) > fitWidth * 3, 'zoom ×4 widens the track')
  await panel.locator('[data-zoom=fit]').click()
  await panel.locator('.tl-row[data-task=authorize] .tl-bar').first().click()
  const started = await panel.locator('[data-details=task] [data-chain]').textContent()
  assert.match(started ?? '', /forked by loginFlow for action #\d+ auth\/loginRequested/)
  await shot(page, '9-timeline')

  console.log('• the actions view: select an action to see its saga chain and what it caused')
  await panel.getByRole('tab', { name: 'Actions' }).click()
  await panel.locator('[data-filter]').fill('search/searchSucceeded')
  const listed = await panel.locator('li.action').allTextContents()
  assert.ok(
    listed.length >= 1 && listed.every((t) => t.includes('search/searchSucceeded')),
    listed.join(),
  )
  await panel.locator('li.action').last().click()
  const chain = (await panel.locator('[data-details=action] [data-chain]').textContent()) ?? ''
  assert.match(chain, /put by searchWorker/)
  assert.match(chain, /forked by takeLatest\("search\/queryChanged"/)
  assert.match(chain, /dispatched from outside the sagas/)
  await shot(page, '10-causality-action')
  // The keystroke in the chain is a link: following it shows what that keystroke caused.
  await panel.locator('[data-details=action] [data-chain] button.link').first().click()
  const caused = (await panel.locator('[data-details=action]').textContent()) ?? ''
  assert.match(caused, /search\/queryChanged/)
  assert.match(caused, /Started\s*searchWorker/)

  console.log('• the filter narrows the task tree to matching sagas')
  await panel.locator('[data-filter]').fill('keepSession')
  await panel.getByRole('tab', { name: 'Tasks' }).click()
  const filtered = await readTree(page)
  assert.ok(
    filtered.some((row) => row.name === 'keepSessionFresh'),
    showTree(filtered),
  )
  assert.ok(!filtered.some((row) => row.name === 'incrementLater'), showTree(filtered))
  await shot(page, '11-filtered-tree')
}

/** The panel on a plain page: mounted with one call, no React, the package from dist/. */
async function plainScenario(page: Page, url: string): Promise<void> {
  console.log('• plain page: the docked panel shows the task tree at once')
  await page.goto(url)
  const panel = page.getByTestId('saga-panel')
  await waitForTree(
    page,
    'the two helpers blocked on their takes',
    (rows) => rows.filter((row) => row.name.startsWith('take')).length === 2,
  )
  await page.locator('#search').click()
  await page.locator('#login').click()
  await waitUntil(
    'both flows to finish',
    () => readTree(page),
    (rows) => has(rows, 'searchWorker', 'done') && has(rows, 'loginWorker', 'done'),
    showTree,
  )

  console.log('• plain page: a put action names its saga; secrets in payloads are masked')
  await panel.getByRole('tab', { name: 'Actions' }).click()
  await panel.locator('li.action[data-action-type="auth/loggedIn"]').click()
  const details = (await panel.locator('[data-details=action]').textContent()) ?? ''
  assert.match(
    details,
    /put by loginWorker\s*← forked by takeEvery\("auth\/loginRequested", loginWorker\)/,
  )
  assert.ok(!details.includes('secret-token-123'), 'the token is masked')
  await panel.locator('li.action[data-action-type="auth/loginRequested"]').click()
  const request = (await panel.locator('[data-payload]').textContent()) ?? ''
  assert.ok(request.includes('alice') && !request.includes('wonderland'), request)
  await shot(page, '1-causality', 'plain')

  console.log('• plain page: export the session as JSON, import it back')
  const download = page.waitForEvent('download')
  await panel.locator('[data-action=export]').click()
  const file = await (await download).path()
  const session = JSON.parse(readFileSync(file, 'utf8')) as { format: string; actions: unknown[] }
  assert.equal(session.format, 'sagaloop-session')
  assert.ok(session.actions.length >= 5, `${session.actions.length} actions exported`)
  assert.ok(!readFileSync(file, 'utf8').includes('wonderland'), 'no password in the export')
  await page.reload()
  await panel.locator('[data-import-file]').setInputFiles(file)
  await waitUntil(
    'the panel to show the recorded session',
    () => panel.locator('.sl-mode').textContent(),
    (mode) => mode === 'recorded session',
  )
  await panel.getByRole('tab', { name: 'Actions' }).click()
  await panel.locator('li.action[data-action-type="search/succeeded"]').click()
  const replayed = (await panel.locator('[data-details=action] [data-chain]').textContent()) ?? ''
  assert.match(replayed, /put by searchWorker/)
  await shot(page, '2-imported', 'plain')
}

async function main(): Promise<void> {
  const found = ensureChromium()
  if ('missing' in found) {
    // Skipped only where nothing could install it (not Linux, no apt-get, not root).
    if (found.fatal === true) throw new Error(`the browser test needs chromium: ${found.missing}.`)
    console.log(`SKIPPED: the browser test needs chromium: ${found.missing}.`)
    return
  }
  mkdirSync(results, { recursive: true })
  const outDir = mkdtempSync(join(tmpdir(), 'sagaloop-web-build-'))
  const plainOut = mkdtempSync(join(tmpdir(), 'sagaloop-plain-build-'))
  const profile = mkdtempSync(join(tmpdir(), 'sagaloop-chromium-'))
  let server: PreviewServer | undefined
  let plainServer: PreviewServer | undefined
  let browser: BrowserContext | undefined
  const problems: string[] = []
  try {
    console.log('building examples/web…')
    await build({ configFile, logLevel: 'warn', build: { outDir, emptyOutDir: true } })
    server = await preview({
      configFile,
      logLevel: 'warn',
      build: { outDir },
      preview: { host: '127.0.0.1', port: 0, strictPort: true },
    })
    const url = server.resolvedUrls?.local[0]
    assert.ok(url, 'vite preview gave no URL')
    console.log(`serving ${url}`)
    console.log('building the plain page against dist/…')
    await build({ configFile: plainConfig, build: { outDir: plainOut, emptyOutDir: true } })
    plainServer = await preview({
      configFile: plainConfig,
      build: { outDir: plainOut },
      preview: { host: '127.0.0.1', port: 0, strictPort: true },
    })
    const plainUrl = plainServer.resolvedUrls?.local[0]
    assert.ok(plainUrl, 'vite preview gave no URL for the plain page')

    // A fresh profile: nothing from an earlier run (cache, storage) can make this one pass.
    browser = await chromium.launchPersistentContext(profile, {
      executablePath: found.path,
      viewport: { width: 1440, height: 1000 },
      acceptDownloads: true,
      args: [
        '--no-sandbox',
        '--headless',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    })
    const page = browser.pages()[0] ?? (await browser.newPage())
    page.on('pageerror', (error) => problems.push(`page error: ${error.message}`))
    page.on('console', (message) => {
      if (message.type() === 'error') problems.push(`console error: ${message.text()}`)
    })
    await scenario(page, url)
    await plainScenario(page, plainUrl)
    assert.deepEqual(problems, [], 'the page logged no errors')
    console.log('browser test passed')
  } finally {
    await browser?.close()
    await server?.close()
    await plainServer?.close()
    rmSync(plainOut, { recursive: true, force: true })
    rmSync(outDir, { recursive: true, force: true })
    rmSync(profile, { recursive: true, force: true })
  }
}

const deadline = setTimeout(() => {
  console.error(`browser test: no result after ${DEADLINE_MS / 1000}s`)
  process.exit(1)
}, DEADLINE_MS)
deadline.unref()

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error instanceof Error ? (error.stack ?? error.message) : error)
    process.exit(1)
  },
)
