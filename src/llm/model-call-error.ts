import { FactoryError } from '../errors/factory-error.ts';
import type { TokenUsage } from './token-usage.ts';

/** A model call failed for a reason other than its answer: network, authentication, limits, outage. */
export class ModelCallError extends FactoryError {
  /** Tokens of the attempts that did complete before the failure. */
  readonly usage: TokenUsage;
  readonly attempts: number;

  constructor({
    reason,
    usage,
    attempts,
    cause,
  }: { reason: string; usage: TokenUsage; attempts: number; cause: unknown }) {
    super(
      'MODEL_CALL_FAILED',
      `The model call failed: ${reason}`,
      'Check the API key, the model name and the network, or run with --model offline.',
    );
    this.name = 'ModelCallError';
    this.usage = usage;
    this.attempts = attempts;
    this.cause = cause;
  }
}
