import { JSONParseError, NoObjectGeneratedError, NoOutputGeneratedError, TypeValidationError } from 'ai';

const MAX_PROBLEMS = 20;

/**
 * What was wrong with a model's answer, as lines a model can act on, when `error` is an answer
 * failure (unparseable JSON, schema mismatch, no answer); `null` for any other error.
 */
export function describeOutputFailure(error: unknown): string[] | null {
  if (NoOutputGeneratedError.isInstance(error)) return ['The answer was empty: no JSON object was returned.'];
  if (!NoObjectGeneratedError.isInstance(error)) return null;

  const problems: string[] = [];
  const cause = error.cause;
  if (JSONParseError.isInstance(cause)) {
    problems.push(`The answer is not valid JSON (${messageOf(cause.cause)}).`);
  } else if (TypeValidationError.isInstance(cause)) {
    problems.push(...schemaIssues(cause.cause));
  } else {
    problems.push(error.message);
  }
  if (error.finishReason === 'length') {
    problems.push('The answer was cut off at the output token limit; keep it shorter so it is complete.');
  }
  return problems;
}

// Zod errors and Standard Schema failures both carry `issues` with a path and a message.
function schemaIssues(cause: unknown): string[] {
  const issues = Array.isArray(cause)
    ? cause
    : cause && typeof cause === 'object' && 'issues' in cause && Array.isArray(cause.issues)
      ? cause.issues
      : null;
  if (!issues || issues.length === 0) return [`The answer does not match the schema (${messageOf(cause)}).`];
  const lines = issues.slice(0, MAX_PROBLEMS).map((issue: { path?: unknown[]; message?: string }) => {
    const path = (issue.path ?? []).map((key) =>
      typeof key === 'object' && key && 'key' in key ? key.key : key,
    );
    return `Schema: ${path.length > 0 ? path.join('.') : '(root)'}: ${issue.message ?? 'invalid value'}`;
  });
  if (issues.length > MAX_PROBLEMS) lines.push(`…and ${issues.length - MAX_PROBLEMS} more schema problems.`);
  return lines;
}

function messageOf(value: unknown): string {
  return value instanceof Error ? value.message : String(value);
}
