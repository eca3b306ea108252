import type { QaContext } from '../qa-context.ts';
import { checkOf, problem } from '../qa-problem.ts';
import type { QaCheck } from '../qa-report.ts';

/** Shapes of real credentials; configuration names them (`ANTHROPIC_API_KEY`), never holds them. */
const SECRETS: Array<[label: string, pattern: RegExp]> = [
  ['an Anthropic API key', /sk-ant-[A-Za-z0-9_-]{20,}/],
  ['an OpenAI API key', /sk-(?:proj-)?[A-Za-z0-9_-]{32,}/],
  ['an AWS access key', /\bAKIA[0-9A-Z]{16}\b/],
  ['a GitHub token', /\bgh[pousr]_[A-Za-z0-9]{36,}\b/],
  ['a Slack token', /\bxox[abposr]-[A-Za-z0-9-]{10,}/],
  ['a Stripe secret key', /\b[sr]k_live_[A-Za-z0-9]{16,}/],
  ['a Google API key', /\bAIza[0-9A-Za-z_-]{35}\b/],
  ['a private key', /-----BEGIN (?:[A-Z]+ )?PRIVATE KEY-----/],
];

/** No file QA reads may contain a credential. */
export function checkSecrets(context: QaContext): QaCheck[] {
  const { slug, files } = context;
  const problems = Object.entries(files).flatMap(([path, text]) =>
    SECRETS.filter(([, pattern]) => pattern.test(text)).map(([label]) =>
      problem(
        slug,
        path,
        `contains what looks like ${label}`,
        'remove it, rotate the credential, and keep keys in the environment only',
      ),
    ),
  );
  return [checkOf('secrets', 'No credentials in any file', 'blocking', problems)];
}
