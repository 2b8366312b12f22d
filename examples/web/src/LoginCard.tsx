// The login flow: `loginFlow` forks `authorize` on login and cancels it on logout, whether it is
// still logging in (the request is aborted) or already refreshing the token on a timer.
import { useState, type FormEvent } from 'react'
import { loginRequested, logoutRequested } from '../../login-flow/slice'
import { useWebDispatch, useWebSelector } from './hooks'

export function LoginCard() {
  const dispatch = useWebDispatch()
  const auth = useWebSelector((state) => state.auth)
  const [username, setUsername] = useState('alice')
  const [password, setPassword] = useState('wonderland')
  const submit = (event: FormEvent) => {
    event.preventDefault()
    dispatch(loginRequested({ username, password }))
  }
  return (
    <section className="card" data-testid="login-card">
      <header className="card-header">
        <h2>Login</h2>
        <code className="card-effects">fork · cancel · race · delay</code>
      </header>
      <p className="card-help">
        alice / wonderland logs in (900&nbsp;ms). While logged in, the token is refreshed every
        12&nbsp;s. Log out, or cancel while authorizing, and <code>authorize</code> is cancelled.
      </p>
      {auth.status === 'loggedOut' && (
        <form className="login-form" onSubmit={submit}>
          <label>
            Username
            <input
              className="input"
              data-testid="login-username"
              value={username}
              onChange={(event) => setUsername(event.target.value)}
            />
          </label>
          <label>
            Password
            <input
              className="input"
              type="password"
              data-testid="login-password"
              value={password}
              onChange={(event) => setPassword(event.target.value)}
            />
          </label>
          <button className="button button--primary" type="submit" data-testid="login-button">
            Log in
          </button>
        </form>
      )}
      {auth.status === 'authorizing' && (
        <div className="login-state">
          <div className="status status--loading" data-testid="login-status">
            <span className="spinner" /> Authorizing…
          </div>
          <button className="button" onClick={() => dispatch(logoutRequested())}>
            Cancel
          </button>
        </div>
      )}
      {auth.status === 'loggedIn' && (
        <div className="login-state">
          <div className="status status--succeeded" data-testid="login-status">
            Logged in as <strong>{auth.username}</strong>
          </div>
          <dl className="facts">
            <dt>token</dt>
            <dd>
              <code>{auth.token}</code>
            </dd>
            <dt>refreshes</dt>
            <dd>{auth.refreshes}</dd>
          </dl>
          <button
            className="button"
            data-testid="logout-button"
            onClick={() => dispatch(logoutRequested())}
          >
            Log out
          </button>
        </div>
      )}
      {auth.error !== null && (
        <div className="status status--failed" data-testid="login-error">
          {auth.error}
        </div>
      )}
    </section>
  )
}
