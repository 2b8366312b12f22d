// Small formatting helpers shared by the tree and the log.
import type { TaskSnapshot } from 'sagaloop/monitor'

/** `850ms`, `2.4s`, `1m 05s`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.max(0, Math.round(ms))}ms`
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)}s`
  const seconds = Math.floor(ms / 1000)
  return `${Math.floor(seconds / 60)}m ${String(seconds % 60).padStart(2, '0')}s`
}

/** How long a task has run (while it runs) or ran (once it ended). */
export function taskAge(task: TaskSnapshot, now: number): string {
  return formatDuration((task.endedAt ?? now) - task.startedAt)
}

export const isFinished = (task: TaskSnapshot) =>
  task.state === 'done' || task.state === 'cancelled' || task.state === 'failed'
