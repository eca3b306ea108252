import { FactoryError } from '../errors/factory-error.ts';
import type { TokenUsage } from './token-usage.ts';

/** The model kept answering with output that failed the schema or the agent's validation. */
export class StructuredOutputError extends FactoryError {
  /** What was wrong with the last answer. */
  readonly problems: string[];
  /** Tokens of all attempts together (they are billed even though they failed). */
  readonly usage: TokenUsage;
  readonly attempts: number;
  /** True when retrying stopped early because another attempt was not affordable. */
  readonly retriesStopped: boolean;

  constructor({
    problems,
    usage,
    attempts,
    retriesStopped = false,
  }: { problems: string[]; usage: TokenUsage; attempts: number; retriesStopped?: boolean }) {
    super(
      'MODEL_OUTPUT_INVALID',
      `The model's answer was still invalid after ${attempts} attempt${attempts === 1 ? '' : 's'}: ${problems[0] ?? 'unknown problem'}`,
      'Try a more capable model with --model, or run with --model offline.',
    );
    this.name = 'StructuredOutputError';
    this.problems = problems;
    this.usage = usage;
    this.attempts = attempts;
    this.retriesStopped = retriesStopped;
  }
}
