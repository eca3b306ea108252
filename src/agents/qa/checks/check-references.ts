import { PLATFORM_KIND } from '../../../creative/index.ts';
import { AD_COPY, BRAND_CONFIG, CREATIVE_PLAN } from '../qa-artifacts.ts';
import type { QaContext } from '../qa-context.ts';
import { checkOf, notAvailable, problem } from '../qa-problem.ts';
import type { QaCheck } from '../qa-report.ts';

/**
 * Briefs, pillars and ad variants may only name the brand's own demographics, platforms and
 * pillars; every funded platform needs ad copy. Objectives and targeting that differ from the
 * strategy are warnings.
 */
export function checkReferences(context: QaContext): QaCheck[] {
  const { slug, config, plan, adCopy } = context;
  const title = 'Briefs and ad copy refer to demographics and platforms of brand-config.json';
  const coverageTitle = 'Every platform in brand-config.json has ad copy';
  const targetingTitle = 'Ad copy serves the objective and audiences the strategy gave its platform';
  if (!config) {
    const why = notAvailable(BRAND_CONFIG, context.files[BRAND_CONFIG] ? 'invalid' : 'missing');
    return [
      checkOf('references', title, 'blocking', why),
      checkOf('platform-coverage', coverageTitle, 'blocking', why),
      checkOf('targeting', targetingTitle, 'warning', why),
    ];
  }
  const demographics = new Set(
    [config.demographics.primary, config.demographics.secondary, config.demographics.tertiary].map(
      (d) => d.id,
    ),
  );
  const platforms = new Map(config.platforms.map((platform) => [platform.id, platform]));
  const known = (set: { has(value: string): boolean }) => (value: string) => set.has(value);
  const isDemographic = known(demographics);
  const isPlatform = known(platforms);
  const list = (values: Iterable<string>) => [...values].join(', ');

  const references: string[] = [];
  const targeting: string[] = [];
  if (plan) {
    if (plan.brand_id !== config.brand_id)
      references.push(
        problem(slug, CREATIVE_PLAN, `brand_id "${plan.brand_id}" is not "${config.brand_id}"`),
      );
    const pillars = new Set(plan.pillars.map((pillar) => pillar.id));
    for (const pillar of plan.pillars) {
      for (const id of pillar.demographics.filter((id) => !isDemographic(id))) {
        references.push(
          problem(
            slug,
            CREATIVE_PLAN,
            `pillar "${pillar.id}" names unknown demographic "${id}" (known: ${list(demographics)})`,
          ),
        );
      }
    }
    for (const brief of plan.briefs) {
      if (!isDemographic(brief.demographic)) {
        references.push(
          problem(
            slug,
            CREATIVE_PLAN,
            `brief "${brief.id}" targets unknown demographic "${brief.demographic}" (known: ${list(demographics)})`,
          ),
        );
      }
      if (!isPlatform(brief.platform)) {
        references.push(
          problem(
            slug,
            CREATIVE_PLAN,
            `brief "${brief.id}" is for platform "${brief.platform}", which brand-config.json does not use (${list(platforms.keys())})`,
          ),
        );
      }
      if (!pillars.has(brief.pillar)) {
        references.push(
          problem(slug, CREATIVE_PLAN, `brief "${brief.id}" names unknown pillar "${brief.pillar}"`),
        );
      }
    }
  }
  if (adCopy) {
    if (adCopy.brand_id !== config.brand_id)
      references.push(problem(slug, AD_COPY, `brand_id "${adCopy.brand_id}" is not "${config.brand_id}"`));
    const pillars = plan ? new Set(plan.pillars.map((pillar) => pillar.id)) : null;
    for (const variant of adCopy.variants) {
      const where = `variant "${variant.id}"`;
      if (!isDemographic(variant.demographic)) {
        references.push(
          problem(
            slug,
            AD_COPY,
            `${where} targets unknown demographic "${variant.demographic}" (known: ${list(demographics)})`,
          ),
        );
      }
      const platform = platforms.get(variant.platform);
      if (!platform) {
        references.push(
          problem(
            slug,
            AD_COPY,
            `${where} is for platform "${variant.platform}", which brand-config.json does not use (${list(platforms.keys())})`,
          ),
        );
      } else {
        if (variant.objective !== platform.objective) {
          targeting.push(
            problem(
              slug,
              AD_COPY,
              `${where} serves objective "${variant.objective}" but ${platform.id}'s objective is "${platform.objective}"`,
            ),
          );
        }
        if (isDemographic(variant.demographic) && !platform.demographics.includes(variant.demographic)) {
          targeting.push(
            problem(
              slug,
              AD_COPY,
              `${where} targets "${variant.demographic}", which the strategy does not target on ${platform.id}`,
            ),
          );
        }
      }
      if (variant.fields.kind !== PLATFORM_KIND[variant.platform]) {
        references.push(
          problem(
            slug,
            AD_COPY,
            `${where} is a "${variant.fields.kind}" ad on ${variant.platform}, which runs "${PLATFORM_KIND[variant.platform]}" ads`,
          ),
        );
      }
      if (pillars && !pillars.has(variant.pillar)) {
        references.push(
          problem(
            slug,
            AD_COPY,
            `${where} names pillar "${variant.pillar}", which ${CREATIVE_PLAN} does not have`,
          ),
        );
      }
    }
  }
  const uncovered = adCopy
    ? [...platforms.keys()].filter((id) => !adCopy.variants.some((variant) => variant.platform === id))
    : [];
  return [
    checkOf(
      'references',
      title,
      'blocking',
      plan || adCopy ? references : notAvailable(AD_COPY, context.files[AD_COPY] ? 'invalid' : 'missing'),
    ),
    checkOf(
      'platform-coverage',
      coverageTitle,
      'blocking',
      adCopy
        ? uncovered.map((id) =>
            problem(slug, AD_COPY, `platform ${id} is funded in brand-config.json but has no ad variant`),
          )
        : notAvailable(AD_COPY, context.files[AD_COPY] ? 'invalid' : 'missing'),
    ),
    checkOf(
      'targeting',
      targetingTitle,
      'warning',
      adCopy ? targeting : notAvailable(AD_COPY, context.files[AD_COPY] ? 'invalid' : 'missing'),
    ),
  ];
}
