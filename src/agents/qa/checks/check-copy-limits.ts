import { type CopyRules, checkAdVariant, createCopyRules } from '../../../creative/index.ts';
import type { BrandConfig } from '../../../schemas/brand-config.ts';
import { jsonStrings } from '../document-text.ts';
import { AD_COPY, BRAND_CONFIG, BRAND_PROFILE } from '../qa-artifacts.ts';
import { type QaContext, rawJson } from '../qa-context.ts';
import { checkOf, notAvailable, problem } from '../qa-problem.ts';
import type { QaCheck } from '../qa-report.ts';

/**
 * Every ad variant re-checked with the same rules the creative director writes under (platform
 * limits, counts, unprovable claims): a hard problem blocks, a soft one is a warning. Words to avoid
 * are left to the voice check, which names them once.
 */
export function checkCopyLimits(context: QaContext): QaCheck[] {
  const { slug, config, adCopy, files } = context;
  const title = 'Ad copy fits every platform limit and rule';
  const softTitle = 'Ad copy advisories (recommended lengths, claims)';
  const skip = !config
    ? notAvailable(BRAND_CONFIG, files[BRAND_CONFIG] ? 'invalid' : 'missing')
    : !adCopy
      ? notAvailable(AD_COPY, files[AD_COPY] ? 'invalid' : 'missing')
      : null;
  if (!config || !adCopy || skip) {
    return [
      checkOf('copy-limits', title, 'blocking', skip!),
      checkOf('copy-advisories', softTitle, 'warning', skip!),
    ];
  }
  const rules = qaCopyRules(config, rawJson(context, BRAND_PROFILE));
  const hard: string[] = [];
  const soft: string[] = [];
  for (const variant of adCopy.variants) {
    for (const found of checkAdVariant(variant, rules)) {
      if (found.rule === 'avoid') continue;
      const what = `variant "${variant.id}" (${variant.platform}) ${found.field}: ${found.message}`;
      if (found.severity === 'hard') {
        hard.push(
          problem(
            slug,
            AD_COPY,
            what,
            `shorten or rewrite the field, or re-run creative-director (\`factory spawn-client --name ${slug} --from creative-director\`)`,
          ),
        );
      } else soft.push(problem(slug, AD_COPY, what, 'review the wording'));
    }
  }
  return [
    checkOf('copy-limits', title, 'blocking', hard),
    checkOf('copy-advisories', softTitle, 'warning', soft),
  ];
}

/**
 * The rules QA re-checks copy under: the brand's avoid list, and as source text everything research
 * found (the profile's strings) plus the brand config's own facts. Broader than what the creative
 * director quotes from, so a re-check never rejects a claim the writer could prove.
 */
export function qaCopyRules(config: BrandConfig, profileJson: unknown): CopyRules {
  return createCopyRules(config, [
    ...jsonStrings(profileJson ?? null),
    config.brand_name,
    config.tagline ?? '',
    ...config.offerings.flatMap((offering) => [
      offering.name,
      offering.description ?? '',
      offering.price ?? '',
    ]),
  ]);
}
