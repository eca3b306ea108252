import type { RuntimeContext } from '../runtime-context.ts';
import type { Workflow, WorkflowOutput } from './workflow.ts';

export interface WorkflowRun {
  id: string;
  workflow: string;
  run_key: string;
  status: 'succeeded' | 'failed' | 'skipped';
  started_at: string;
  finished_at: string;
  output: WorkflowOutput | null;
  error: string | null;
}

/**
 * Runs one workflow for one local day and records the run in `workflow_runs` (start, end, status,
 * error, counts). The run key is claimed first (`INSERT … ON CONFLICT DO NOTHING`), so two
 * processes sharing a store never run the same day twice; a claimed key is `skipped`. A failure is
 * recorded and returned, never thrown: the next workflow still runs. Real-time timeout from the
 * policy (a hung call must not hold the schedule).
 *
 * @example
 * const run = await runWorkflow(context, dailyPerformance, '2026-03-02'); // run.status === 'succeeded'
 */
export async function runWorkflow(
  context: RuntimeContext,
  workflow: Workflow,
  day: string,
  options: { runKey?: string } = {},
): Promise<WorkflowRun> {
  const runKey = options.runKey ?? day;
  const startedAt = context.clock().toISOString();
  const { rows } = await context.store.query<{ id: string }>(
    `INSERT INTO workflow_runs (brand_id, workflow, run_key, status, started_at)
     VALUES ($1, $2, $3, 'running', $4)
     ON CONFLICT (brand_id, workflow, run_key) DO NOTHING RETURNING id`,
    [context.brandId, workflow.name, runKey, startedAt],
  );
  const id = rows[0]?.id;
  if (!id)
    return {
      id: '',
      workflow: workflow.name,
      run_key: runKey,
      status: 'skipped',
      started_at: startedAt,
      finished_at: startedAt,
      output: null,
      error: null,
    };
  let output: WorkflowOutput | null = null;
  let error: string | null = null;
  const timeoutMinutes = context.setup.policy.external_calls.workflow_timeout_minutes;
  let timer: NodeJS.Timeout | undefined;
  try {
    output = await Promise.race([
      workflow.run(context, day),
      new Promise<never>((_, reject) => {
        timer = setTimeout(
          () => reject(new Error(`timed out after ${timeoutMinutes} minutes`)),
          timeoutMinutes * 60_000,
        );
        timer.unref();
      }),
    ]);
  } catch (caught) {
    error = (caught as Error).message || String(caught);
    context.log(`workflow ${workflow.name} for ${day} failed: ${error}`);
  } finally {
    clearTimeout(timer);
  }
  const finishedAt = context.clock().toISOString();
  const status = error === null ? 'succeeded' : 'failed';
  await context.store.query(
    `UPDATE workflow_runs SET status = $3, finished_at = $4, output = $5::jsonb, error = $6
     WHERE brand_id = $1 AND id = $2`,
    [context.brandId, id, status, finishedAt, output ? JSON.stringify(output) : null, error],
  );
  return {
    id,
    workflow: workflow.name,
    run_key: runKey,
    status,
    started_at: startedAt,
    finished_at: finishedAt,
    output,
    error,
  };
}
