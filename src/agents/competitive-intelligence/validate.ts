import type { CompetitiveLandscape } from '../../schemas/competitive-landscape.ts';
import type { CompetitiveInput, CompetitorMention } from './competitive-input.ts';
import { isBrand, normalise, sameName } from './find-competitor-mentions.ts';

/**
 * Problems the schema cannot see: the brand listed as its own competitor, a competitor said to be
 * named by the client that the client's text does not name, a different brand or industry.
 */
export function validate(output: CompetitiveLandscape, input: CompetitiveInput): string[] {
  const problems: string[] = [];
  if (!sameName(output.brand_name, input.brand_name)) {
    problems.push(`brand_name is "${output.brand_name}" but the brand profile names "${input.brand_name}"`);
  }
  if (output.industry !== input.industry.key && output.industry !== input.industry.label) {
    problems.push(
      `industry is "${output.industry}" but the brand profile's industry is "${input.industry.key}"`,
    );
  }
  const seen = new Set<string>();
  for (const competitor of output.competitors) {
    const label = `competitor "${competitor.name}"`;
    if (seen.has(normalise(competitor.name))) problems.push(`${label} is listed twice`);
    seen.add(normalise(competitor.name));
    if (isBrand(competitor.name, [input.brand_name, ...input.brand_aliases])) {
      problems.push(`${label} is the brand itself; a brand is not its own competitor`);
    }
    if (competitor.kind === 'named-on-site' && !namedIn(competitor.name, input.mentions, 'site')) {
      problems.push(`${label} has kind named-on-site, but no excerpt of the client's website names it`);
    }
    if (competitor.kind === 'named-in-brief' && !namedIn(competitor.name, input.mentions, 'brief')) {
      problems.push(`${label} has kind named-in-brief, but the brief does not name it`);
    }
    if (
      (competitor.kind === 'named-on-site' || competitor.kind === 'named-in-brief') &&
      competitor.sources.length === 0
    ) {
      problems.push(`${label} is named by the client but has no source excerpt`);
    }
  }
  if (output.category_players.length === 0) problems.push('category_players is empty');
  if (output.limitations.length === 0) {
    problems.push(
      'limitations is empty; say plainly what was not researched (prices, share of voice, ad activity …)',
    );
  }
  return problems;
}

function namedIn(name: string, mentions: CompetitorMention[], origin: CompetitorMention['origin']): boolean {
  const wanted = normalise(name);
  if (wanted.length === 0) return false;
  return mentions.some(
    (mention) =>
      mention.origin === origin &&
      (sameName(mention.name, name) || normalise(mention.excerpt).includes(wanted)),
  );
}
