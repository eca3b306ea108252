import { BRAND_CONFIG, CREATIVE_PLAN, PROPOSAL_PAGE } from '../qa-artifacts.ts';
import type { QaContext } from '../qa-context.ts';
import { checkOf, notAvailable, problem } from '../qa-problem.ts';
import type { QaCheck } from '../qa-report.ts';

/** The creative palette comes from the brand's colours, and the proposal wears the primary one. */
export function checkColours(context: QaContext): QaCheck[] {
  const { slug, config, plan, files } = context;
  const title = 'Brand colours are used consistently';
  if (!config)
    return [
      checkOf(
        'brand-colours',
        title,
        'warning',
        notAvailable(BRAND_CONFIG, files[BRAND_CONFIG] ? 'invalid' : 'missing'),
      ),
    ];
  const brand = new Set(Object.values(config.brand_colors).map((hex) => hex.toLowerCase()));
  const problems: string[] = [];
  for (const hex of plan?.visual_direction.palette ?? []) {
    if (!brand.has(hex.toLowerCase())) {
      problems.push(
        problem(
          slug,
          CREATIVE_PLAN,
          `palette colour ${hex} is not one of the brand colours (${[...brand].join(', ')})`,
        ),
      );
    }
  }
  const proposal = files[PROPOSAL_PAGE];
  if (proposal !== undefined && !proposal.toLowerCase().includes(config.brand_colors.primary)) {
    problems.push(
      problem(slug, PROPOSAL_PAGE, `does not use the primary brand colour ${config.brand_colors.primary}`),
    );
  }
  if (!plan && proposal === undefined) {
    return [
      checkOf('brand-colours', title, 'warning', {
        skipped: `neither ${CREATIVE_PLAN} nor ${PROPOSAL_PAGE} is there yet`,
      }),
    ];
  }
  return [checkOf('brand-colours', title, 'warning', problems)];
}
