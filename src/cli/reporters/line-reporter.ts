import type { AgentOutcome, BuildReporter, PlannedAgent } from '../../factory/build-reporter.ts';

const MARK: Record<AgentOutcome['status'], string> = {
  ran: '✓',
  resumed: '↺',
  failed: '✗',
  blocked: '⊘',
  'not-built': '·',
};

export function describeOutcome(outcome: AgentOutcome): string {
  const seconds = (outcome.durationMs / 1000).toFixed(1);
  switch (outcome.status) {
    case 'ran':
      return `ran ${outcome.engine === 'model' ? `with ${outcome.model}` : 'offline'} in ${seconds} s${outcome.warnings.length > 0 ? ` (${outcome.warnings.length} warning${outcome.warnings.length > 1 ? 's' : ''})` : ''}`;
    case 'resumed':
      return 'resumed: inputs unchanged since the last build';
    case 'failed':
      return `failed${outcome.required ? '' : ' (optional: carrying on)'}: ${outcome.message?.split('\n')[0] ?? 'unknown error'}`;
    case 'blocked':
      return outcome.message ?? 'not run';
    case 'not-built':
      return `skipped: ${outcome.message ?? 'not built yet'}`;
  }
}

/** One line per agent as it finishes, then one per agent not built yet: for pipes, logs and CI. */
export function lineReporter(write: (line: string) => void): BuildReporter {
  let width = 0;
  const notBuilt: AgentOutcome[] = [];
  const line = (outcome: AgentOutcome) =>
    write(`  ${MARK[outcome.status]} ${outcome.name.padEnd(width)}  ${describeOutcome(outcome)}`);
  return {
    planned(agents: PlannedAgent[]) {
      width = Math.max(0, ...agents.map((agent) => agent.name.length));
      const runnable = agents.filter((agent) => agent.willRun).length;
      write(`Building: ${runnable} agents to check, ${agents.length - runnable} not built yet`);
    },
    started() {},
    finished(outcome) {
      // Agents not built yet finish at once; listed after the real work so it stays in view.
      if (outcome.status === 'not-built') notBuilt.push(outcome);
      else line(outcome);
    },
    close: async () => {
      for (const outcome of notBuilt) line(outcome);
    },
  };
}
