import type { RuntimeContext } from '../runtime-context.ts';

/** What a workflow reports: counts and short facts, stored with its run. */
export type WorkflowOutput = Record<string, number | string | boolean>;

/** One scheduled job of the client system (DESIGN §5), run for one local day. */
export interface Workflow {
  name: string;
  /** Local time (`HH:MM`, the client's zone) at which the scheduler starts it. */
  at: string;
  description: string;
  run(context: RuntimeContext, day: string): Promise<WorkflowOutput>;
}
