// Boots the page: asks the dev server where the search server listens, then creates the store.
import { StrictMode } from 'react'
import { createRoot } from 'react-dom/client'
import { Provider } from 'react-redux'
import { createInspector, renderText } from 'sagaloop/monitor'
import { App } from './App'
import { createWebStore, type WebConfig } from './store'
import './styles.css'

declare global {
  interface Window {
    /** For the console: `sagaloop.print()` prints the task tree as text. */
    sagaloop?: { inspector: ReturnType<typeof createInspector>; print(): void }
  }
}

async function main() {
  const response = await fetch('/api/config')
  const config = (await response.json()) as WebConfig
  const inspector = createInspector({ keepFinished: 6 })
  const { store } = createWebStore(config, inspector)
  window.sagaloop = { inspector, print: () => console.log(renderText(inspector.snapshot())) }
  const container = document.getElementById('root')
  if (container === null) throw new Error('no #root element')
  createRoot(container).render(
    <StrictMode>
      <Provider store={store}>
        <App inspector={inspector} />
      </Provider>
    </StrictMode>,
  )
}

void main()
