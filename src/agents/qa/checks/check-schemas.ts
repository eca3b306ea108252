import { KNOWN_SCHEMAS } from '../known-schemas.ts';
import { BRAND_CONFIG } from '../qa-artifacts.ts';
import type { QaContext } from '../qa-context.ts';
import { checkOf, notAvailable, problem } from '../qa-problem.ts';
import type { QaCheck } from '../qa-report.ts';

const MAX_ISSUES = 5;

/**
 * Every known JSON artifact against its schema (a missing brand config is blocking, another missing
 * artifact is skipped), and every other JSON file for syntax.
 */
export function checkSchemas(context: QaContext): QaCheck[] {
  const { slug } = context;
  const checks = Object.keys(KNOWN_SCHEMAS).map((path) => {
    const artifact = context.parsed.get(path) ?? { state: 'missing' as const };
    const title = `${path} is valid`;
    switch (artifact.state) {
      case 'missing':
        return checkOf(
          `schema:${path}`,
          title,
          'blocking',
          path === BRAND_CONFIG
            ? [problem(slug, path, 'is missing, and every later agent reads it')]
            : notAvailable(path, 'missing'),
        );
      case 'invalid-json':
        return checkOf(`schema:${path}`, title, 'blocking', [
          problem(slug, path, `is not valid JSON (${artifact.error})`),
        ]);
      case 'invalid': {
        const shown = artifact.issues.slice(0, MAX_ISSUES).join('; ');
        const more =
          artifact.issues.length > MAX_ISSUES ? ` and ${artifact.issues.length - MAX_ISSUES} more` : '';
        return checkOf(`schema:${path}`, title, 'blocking', [
          problem(slug, path, `does not match its schema: ${shown}${more}`),
        ]);
      }
      default:
        return checkOf(`schema:${path}`, title, 'blocking', []);
    }
  });
  const others = [...context.parsed.entries()].filter(([path]) => !(path in KNOWN_SCHEMAS));
  if (others.length > 0) {
    checks.push(
      checkOf(
        'json-syntax',
        'Other JSON files parse',
        'blocking',
        others.flatMap(([path, artifact]) =>
          artifact.state === 'invalid-json'
            ? [problem(slug, path, `is not valid JSON (${artifact.error})`)]
            : [],
        ),
      ),
    );
  }
  return checks;
}
