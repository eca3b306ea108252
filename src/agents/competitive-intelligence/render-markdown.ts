import { INDUSTRY_LABELS, isIndustryKey } from '../../research/industry-keys.ts';
import type { CompetitiveLandscape, Competitor } from '../../schemas/competitive-landscape.ts';

const KIND_LABELS: Record<Competitor['kind'], string> = {
  'named-on-site': 'named on the website',
  'named-in-brief': 'named in the brief',
  'category-player': 'typical player of the category',
  'model-research': 'found by model research',
};

/** `research/competitive-landscape.md`: the landscape as a report a client can read. */
export function renderMarkdown(landscape: CompetitiveLandscape): string {
  const lines: string[] = [
    `# Competitive landscape: ${landscape.brand_name}`,
    '',
    `Industry: ${isIndustryKey(landscape.industry) ? INDUSTRY_LABELS[landscape.industry] : landscape.industry}`,
    '',
    '## Competitors',
    '',
  ];
  if (landscape.competitors.length === 0) {
    lines.push('No competitor is named by the client; see the category players below.', '');
  } else {
    lines.push('| Competitor | How we know | Evidence | Confidence |', '|---|---|---|---|');
    for (const competitor of landscape.competitors) {
      const evidence = competitor.sources
        .map((source) =>
          `${source.excerpt ? `“${source.excerpt}”` : ''}${source.page ? ` (${source.page})` : ''}`.trim(),
        )
        .filter((text) => text.length > 0)
        .join('<br>');
      const name = competitor.url ? `[${competitor.name}](${competitor.url})` : competitor.name;
      lines.push(
        `| ${cell(name)} | ${cell(KIND_LABELS[competitor.kind])} | ${cell(evidence || competitor.description)} | ${percent(competitor.confidence)} |`,
      );
    }
    lines.push('');
  }

  lines.push('## Category players', '', '| Kind of player | How they compete | Examples |', '|---|---|---|');
  for (const player of landscape.category_players) {
    lines.push(
      `| ${cell(player.archetype)} | ${cell(player.how_they_compete)} | ${cell(player.examples.join(', ') || '—')} |`,
    );
  }
  lines.push('', '## Positioning', '', '| Axis | From | To | Brand | Why |', '|---|---|---|---|---|');
  for (const axis of landscape.positioning_axes) {
    lines.push(
      `| ${cell(axis.axis)} | ${cell(axis.low)} | ${cell(axis.high)} | ${position(axis.brand_position)} | ${cell(axis.rationale)} |`,
    );
  }

  lines.push('', '## Gaps', '');
  if (landscape.gaps.length === 0) lines.push('No gap could be grounded in the brand’s own evidence.');
  for (const gap of landscape.gaps) lines.push(`- **${gap.gap}** ${gap.evidence}`);

  lines.push('', '## Differentiation', '');
  if (landscape.differentiation.length === 0)
    lines.push('No differentiation point could be grounded in evidence.');
  for (const point of landscape.differentiation) lines.push(`- **${point.point}** ${point.evidence}`);

  lines.push('', '## What we could not research', '');
  for (const limitation of landscape.limitations) lines.push(`- ${limitation}`);
  return `${lines.join('\n')}\n`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ');
}

function percent(value: number): string {
  return `${Math.round(value * 100)}%`;
}

function position(value: number | null): string {
  if (value === null) return 'unknown';
  const lean = value < 0.4 ? 'towards “from”' : value > 0.6 ? 'towards “to”' : 'in between';
  return `${value.toFixed(2)} (${lean})`;
}
