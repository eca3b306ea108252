import { producerOf } from './qa-artifacts.ts';
import type { QaCheck } from './qa-report.ts';

/**
 * One problem as people read it: the file, what is wrong, and the fix (by default, the agent that
 * produces the file re-run, or a hand edit).
 *
 * @example problem('harbor', 'brand-config.json', 'allocation sums to 2900, not 3000')
 */
export function problem(slug: string, path: string, what: string, fix?: string): string {
  const agent = producerOf(path);
  const remedy =
    fix ??
    (agent === 'the factory'
      ? 'correct the file by hand'
      : `re-run ${agent} (\`factory spawn-client --name ${slug} --from ${agent}\`) or correct the file by hand`);
  return `${path}: ${what} — fix: ${remedy}`;
}

export type Severity = 'blocking' | 'warning';

/** A check's result from its problems: none is a pass; otherwise a fail (blocking) or a warning. */
export function checkOf(
  id: string,
  title: string,
  severity: Severity,
  result: string[] | { skipped: string },
): QaCheck {
  if (!Array.isArray(result)) return { id, title, status: 'skipped', details: [result.skipped] };
  if (result.length === 0) return { id, title, status: 'pass', details: [] };
  return { id, title, status: severity === 'blocking' ? 'fail' : 'warn', details: [...new Set(result)] };
}

/** Why a check could not run because an artifact is absent or invalid. */
export function notAvailable(path: string, state: 'missing' | 'invalid'): { skipped: string } {
  const agent = producerOf(path);
  return {
    skipped:
      state === 'missing'
        ? `${path} is not there: ${agent} has not produced it (not built yet, or it failed)`
        : `${path} is invalid (see its schema check)`,
  };
}
