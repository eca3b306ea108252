import type { Command } from 'commander';
import { systemClock } from '../calendar/local-time.ts';
import { FactoryError } from '../errors/factory-error.ts';
import { withClientRuntime } from '../runtime/client-runtime-session.ts';
import { approveDecision, rejectDecision, rollbackDecision } from '../runtime/ledger/decision-actions.ts';
import { type Decision, listDecisions } from '../runtime/ledger/decision-ledger.ts';
import { parsePositiveInteger, withClientsDir } from './common-options.ts';

const ACTIONS = ['list', 'approve', 'reject', 'rollback'] as const;
type Action = (typeof ACTIONS)[number];

/** `factory decisions <slug> [approve|reject|rollback] <id>`: the decision ledger, and what a person does with it. */
export function registerDecisionsCommand(program: Command): void {
  const command = program
    .command('decisions <slug> [action] [id]')
    .description('list the decision ledger (and dead letters), or approve | reject | rollback <id>')
    .option('--limit <n>', 'decisions to list', parsePositiveInteger('--limit'), 20)
    .option('--json', 'machine-readable output');
  withClientsDir(command);
  command.action(
    async (
      slug: string,
      actionInput: string | undefined,
      id: string | undefined,
      flags: { limit: number; json?: boolean; clientsDir: string },
    ) => {
      const action = (actionInput ?? 'list') as Action;
      if (!ACTIONS.includes(action))
        throw new FactoryError(
          'UNKNOWN_ACTION',
          `there is no decisions action "${actionInput}"`,
          `the action must be one of ${ACTIONS.join(', ')}`,
        );
      if (action !== 'list' && !id)
        throw new FactoryError(
          'DECISION_ID_MISSING',
          `${action} needs a decision id`,
          `list them: factory decisions ${slug}`,
        );
      const options = {
        clientsDir: flags.clientsDir,
        slug,
        clock: systemClock,
        databaseUrl: process.env.DATABASE_URL || null,
      };
      await withClientRuntime(options, async ({ context }) => {
        if (action === 'list') {
          const decisions = await listDecisions(context.store, context.brandId, { limit: flags.limit });
          const { rows: deadLetters } = await context.store.query<{
            created_at: Date;
            source: string;
            operation: string;
            error: string;
            attempts: number;
          }>(
            `SELECT created_at, source, operation, error, attempts FROM dead_letters
             WHERE brand_id = $1 AND resolved_at IS NULL ORDER BY created_at DESC LIMIT 10`,
            [context.brandId],
          );
          if (flags.json) {
            process.stdout.write(`${JSON.stringify({ decisions, dead_letters: deadLetters }, null, 2)}\n`);
            return;
          }
          if (decisions.length === 0) process.stdout.write(`No decisions for ${slug} yet.\n`);
          for (const decision of decisions) process.stdout.write(renderDecision(decision));
          if (deadLetters.length)
            process.stdout.write(
              `\nDead letters (calls that failed every retry):\n${deadLetters
                .map(
                  (letter) =>
                    `  ${new Date(letter.created_at).toISOString()}  ${letter.source} ${letter.operation} after ${letter.attempts} attempts: ${letter.error}`,
                )
                .join('\n')}\n`,
            );
          return;
        }
        const decision =
          action === 'approve'
            ? await approveDecision(context, id as string)
            : action === 'reject'
              ? await rejectDecision(context, id as string)
              : await rollbackDecision(context, id as string);
        if (flags.json) process.stdout.write(`${JSON.stringify(decision, null, 2)}\n`);
        else
          process.stdout.write(
            `${action === 'rollback' ? 'Rollback recorded' : `Decision ${action === 'approve' ? 'approved' : 'rejected'}`}:\n${renderDecision(decision)}`,
          );
      });
    },
  );
}

function renderDecision(decision: Decision): string {
  const checks = decision.guardrails
    .filter((check) => check.outcome !== 'passed')
    .map((check) => `\n    guardrail ${check.rule}: ${check.outcome} — ${check.detail}`)
    .join('');
  const actual = decision.actual
    ? `\n    actual: ${decision.actual.metric} per day ${decision.actual.before.toFixed(2)} → ${decision.actual.after.toFixed(2)}${decision.actual.surprise ? ' (a surprise)' : ''}`
    : '';
  return `${decision.id}  ${decision.as_of}  ${decision.status.padEnd(18)} ${decision.agent}\n    ${decision.summary}${checks}${actual}\n`;
}
