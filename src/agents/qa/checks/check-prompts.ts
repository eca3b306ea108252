import { wholeWord } from '../find-phrase.ts';
import { BRAND_CONFIG } from '../qa-artifacts.ts';
import type { QaContext } from '../qa-context.ts';
import { checkOf, notAvailable, problem } from '../qa-problem.ts';
import type { QaCheck } from '../qa-report.ts';

const PROMPTS = 'automation/prompts/';

/**
 * The runtime agents' prompts must be about this client: each names the brand and states its
 * monthly budget. (Naming other platforms is normal: the agents know the whole market, not only
 * the plan, so that is not checked.)
 */
export function checkPrompts(context: QaContext): QaCheck[] {
  const { slug, config, files } = context;
  const prompts = Object.keys(files).filter((path) => path.startsWith(PROMPTS) && path.endsWith('.md'));
  const title = 'Runtime prompts name the brand and its monthly budget';
  if (!config) {
    return [
      checkOf(
        'prompts',
        title,
        'blocking',
        notAvailable(BRAND_CONFIG, files[BRAND_CONFIG] ? 'invalid' : 'missing'),
      ),
    ];
  }
  if (prompts.length === 0) return [checkOf('prompts', title, 'blocking', notAvailable(PROMPTS, 'missing'))];
  const brand = wholeWord(config.brand_name);
  const budget = amountPattern(config.budget.monthly_total);
  const missing: string[] = [];
  for (const path of prompts) {
    const text = files[path]!;
    if (!brand.test(text))
      missing.push(problem(slug, path, `does not name the brand "${config.brand_name}"`));
    if (!budget.test(text)) {
      missing.push(
        problem(
          slug,
          path,
          `does not state the monthly budget (${config.budget.monthly_total} ${config.budget.currency})`,
        ),
      );
    }
  }
  return [checkOf('prompts', title, 'blocking', missing)];
}

/** The amount as written in prose: 3000, 3,000, 3 000, 3.000 (not inside a longer number). */
export function amountPattern(amount: number): RegExp {
  const digits = String(Math.round(amount));
  const groups: string[] = [];
  for (let end = digits.length; end > 0; end -= 3) groups.unshift(digits.slice(Math.max(0, end - 3), end));
  return new RegExp(`(?<![\\d.,])${groups.join("[,.\\s\\u00a0\\u202f']?")}(?![\\d]|[.,]\\d)`);
}
