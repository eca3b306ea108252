/**
 * An error a user can meet: a stable code, a plain one-line message and a hint of what to do.
 * The CLI prints these without a stack trace; anything else that is thrown is an internal bug.
 */
export class FactoryError extends Error {
  readonly code: string;
  readonly hint: string;

  constructor(code: string, message: string, hint = '') {
    super(message);
    this.name = 'FactoryError';
    this.code = code;
    this.hint = hint;
  }
}

export function isFactoryError(error: unknown): error is FactoryError {
  return error instanceof FactoryError;
}
