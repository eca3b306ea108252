import { isFactoryError } from '../errors/factory-error.ts';

/** Prints a user-facing error as one line and a hint (JSON with --json); returns the exit code. */
export function reportError(error: unknown, json: boolean): number {
  if (isFactoryError(error)) {
    if (json) {
      process.stdout.write(
        `${JSON.stringify({ error: { code: error.code, message: error.message, hint: error.hint } })}\n`,
      );
    } else {
      process.stderr.write(
        `error: ${error.message.replace(/\.$/, '')}${error.hint ? ` — ${error.hint}` : ''}\n`,
      );
    }
    return 1;
  }
  process.stderr.write(
    `internal error (a bug in the factory; please report it):\n${(error as Error)?.stack ?? String(error)}\n`,
  );
  return 70;
}
