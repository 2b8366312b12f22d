// The task tree: one row per task with its state, what it waits on, and its children below,
// joined by guide lines. Every row carries data attributes so tests can find a task by name.
import type { TaskSnapshot } from 'sagaloop/monitor'
import { isFinished, taskAge } from './format'

interface TreeProps {
  tasks: TaskSnapshot[]
  now: number
  showFinished: boolean
}

const KIND_LABEL = { root: 'root', fork: null, spawn: 'spawned', call: 'called' } as const

function StateBadge({ task }: { task: TaskSnapshot }) {
  const label = task.state === 'waiting' ? 'waiting' : task.state
  return <span className={`badge badge--${task.state}`}>{label}</span>
}

function TaskRow({ task, now, showFinished }: { task: TaskSnapshot } & Omit<TreeProps, 'tasks'>) {
  const kind = KIND_LABEL[task.kind]
  return (
    <li
      className={`task task--${task.state}`}
      data-task={task.name}
      data-task-id={task.id}
      data-state={task.state}
    >
      <div className="task-row">
        <StateBadge task={task} />
        <span className="task-name" title={`task #${task.id}`}>
          {task.name}
        </span>
        {kind && <span className="task-kind">{kind}</span>}
        <span className="task-age">{taskAge(task, now)}</span>
      </div>
      {task.blockedOn !== undefined && (
        <div className="task-effect" data-blocked-on={task.blockedOn}>
          <span className="task-effect-label">
            {task.state === 'blocked' ? 'blocked on' : 'finishing'}
          </span>
          <code>{task.blockedOn}</code>
        </div>
      )}
      {task.branches !== undefined && (
        <ul className="task-branches">
          {task.branches.map((branch) => (
            <li key={branch}>
              <code>{branch}</code>
            </li>
          ))}
        </ul>
      )}
      {task.state === 'waiting' && (
        <div className="task-note">main flow returned; waiting for its forks</div>
      )}
      {task.error !== undefined && <div className="task-error">{task.error}</div>}
      <TaskTree tasks={task.children} now={now} showFinished={showFinished} />
    </li>
  )
}

export function TaskTree({ tasks, now, showFinished }: TreeProps) {
  const shown = showFinished ? tasks : tasks.filter((task) => !isFinished(task))
  if (shown.length === 0) return null
  return (
    <ul className="tree">
      {shown.map((task) => (
        <TaskRow key={task.id} task={task} now={now} showFinished={showFinished} />
      ))}
    </ul>
  )
}
