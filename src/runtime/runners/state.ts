/**
 * Effects on the store's state, the task's context and channels: `select`, `actionChannel`,
 * `flush`, `cancelled`, `getContext`, `setContext`, `abortSignal`.
 */
import type { End } from '../../types.js'
import type { ActionChannelPayload, SelectPayload } from '../../effects/descriptors.js'
import { channel as createChannel, isEnd } from '../../channels/channel.js'
import { toMatcher } from '../../channels/pattern.js'
import { assignContext } from '../task.js'
import type { Runner } from './runner.js'

export const select: Runner<SelectPayload> = ({ selector, args }, step, { env }) => {
  let selected: unknown
  try {
    selected = (selector as (state: unknown, ...rest: unknown[]) => unknown)(
      env.getState(),
      ...args,
    )
  } catch (error) {
    step.reject(error)
    return
  }
  step.resolve(selected)
}

export const actionChannel: Runner<ActionChannelPayload> = ({ pattern, buffer }, step, { env }) => {
  const chan = createChannel(buffer)
  const match = toMatcher(pattern)
  const taker = ((action: unknown) => {
    if (!isEnd(action)) env.channel.take(taker, match)
    chan.put(action as End)
  }) as ((action: unknown) => void) & { cancel?: () => void }
  const close = chan.close
  chan.close = () => {
    taker.cancel?.()
    close()
  }
  env.channel.take(taker, match)
  step.resolve(chan)
}

export const cancelled: Runner<unknown> = (_, step, { task }) => {
  step.resolve(task.isCancelled())
}

export const flush: Runner<{ flush(cb: (items: unknown) => void): void }> = (channel, step) => {
  channel.flush((items) => step.resolve(items))
}

export const getContext: Runner<string> = (prop, step, { task }) => {
  step.resolve(task.context[prop])
}

export const setContext: Runner<Record<string, unknown>> = (props, step, { task }) => {
  assignContext('setContext', task.context, props)
  step.resolve(undefined)
}

export const abortSignal: Runner<unknown> = (_, step, { task }) => {
  step.resolve(task.signal)
}
