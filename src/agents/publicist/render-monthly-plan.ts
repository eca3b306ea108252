import { formatMoney } from './format-money.ts';
import { joinWords } from './join-words.ts';
import { localTimeName } from './local-time-name.ts';
import { pieceFacts } from './piece-facts.ts';
import type { MonthPlan } from './plan-month.ts';
import { describeShape, PLATFORM_GUIDES } from './platform-guides.ts';
import type { PublicistInput } from './publicist-input.ts';
import { sentence } from './sentence.ts';

/** `monthly-content-plan.md`: four weeks of pieces, why each one, and what happens to them. */
export function renderMonthlyPlan(input: PublicistInput, month: MonthPlan): string {
  const { brand, budget } = input;
  const platformIds = [...new Set(month.weeks.flat().map((piece) => piece.platform))];
  const labels = input.platforms.map((platform) => PLATFORM_GUIDES[platform.id].label);
  const total = month.perWeek * month.weeks.length;
  const briefCount = input.creative.briefs.length;
  const lines: string[] = [
    `# Your content plan for the month: ${brand.name}`,
    '',
    `This is what to film, photograph and write over the next four weeks, so your ads and posts always show real, fresh pictures of ${brand.name}.`,
    `Every piece comes from one of the ${briefCount} content ideas our creative team wrote for you (we call them briefs). Each idea has its own shot list in the \`shot-lists\` folder.`,
    '',
    '## How much to make',
    '',
    `- Make **${month.perWeek} pieces a week**, ${total} this month.`,
    `- Your budget of ${formatMoney(budget.monthly, budget.currency)} a month runs ads on ${joinWords(labels)}. At that budget the same picture reaches enough people that they stop noticing it after two or three weeks, so about ${month.budgetPerWeek} new pieces a week keeps your ads fresh.`,
  ];
  const organic = platformIds.filter((id) => !input.platforms.some((platform) => platform.id === id));
  if (organic.length > 0) {
    lines.push(
      `- The pieces for ${joinWords(organic.map((id) => PLATFORM_GUIDES[id].label))} are posted on your own pages there, without ad spend.`,
    );
  }
  if (month.perWeek > month.budgetPerWeek) {
    lines.push(
      `- The plan asks for ${month.perWeek} a week rather than ${month.budgetPerWeek} so that every idea and every platform gets at least one piece this month.`,
    );
  }
  lines.push(
    '- A piece is one short video or a set of three to five photos. With the shot list in hand, most take well under an hour to film.',
    '- A *new take* is an idea filmed again with a different customer or team member, or a new opening line, so people do not see the same video too often.',
    '- Film early in the week and send each piece at least two days before its day, so there is time to prepare it.',
    '',
    '## Where your pieces go',
    '',
    `Times are your local time (${localTimeName(brand.timezone)}).`,
    '',
    '| Platform | What your pieces become | Film it | Length | Good days | Good time |',
    '|---|---|---|---|---|---|',
  );
  for (const id of platformIds) {
    const guide = PLATFORM_GUIDES[id];
    const shapes = [guide.shape, guide.alsoShape].filter((shape) => shape !== null).map(describeShape);
    lines.push(
      `| ${guide.label} | ${guide.becomes} | ${shapes.join(' or ')} | ${guide.length} | ${joinWords(guide.days)} | ${guide.time} |`,
    );
  }

  // Why an idea matters is said the first time it comes up; its new takes only name it.
  const explained = new Set<string>();
  for (const [index, pieces] of month.weeks.entries()) {
    lines.push('', `## Week ${index + 1}`, '');
    for (const piece of pieces) {
      const facts = pieceFacts(input, piece);
      const guide = PLATFORM_GUIDES[piece.platform];
      const where = guide.adsOnly ? `${guide.label} (goes into your ads)` : guide.label;
      const pillar = facts.pillar;
      const why = !pillar
        ? ''
        : explained.has(pillar.name)
          ? ` Idea: ${pillar.name}.`
          : ` Why: ${pillar.name}. ${sentence(pillar.message)}`;
      if (pillar) explained.add(pillar.name);
      lines.push(
        `- [ ] **${piece.day}, ${where}**: ${facts.what} (${facts.shapeAndLength}). For: ${facts.audience}.${why} Shot list: \`shot-lists/${piece.briefId}.md\`.`,
      );
    }
  }

  lines.push(
    '',
    '## What happens to what you send',
    '',
    '1. We look at every file and tell you quickly if a shot needs doing again (usually sound or light).',
    '2. We trim it, add your on-screen text and captions, and size it for each platform.',
    '3. It goes into your ads and posts on the days above.',
    '4. We watch which pieces people stop for, click on and call or buy from, and tell you which kind to make more of.',
    '5. When people stop responding to a piece, it is rested and the next one you sent takes its place. That is why a steady flow matters more than a polished one-off.',
    '',
    '## If you cannot make everything',
    '',
    "- Make each idea's first piece before any new take; the new takes can wait.",
    `- Tell us which weeks are busy for ${brand.name}, and we will move pieces around them.`,
    '- A shaky but real video of your own work beats a polished one that could be anyone.',
    '',
  );
  return lines.join('\n');
}
