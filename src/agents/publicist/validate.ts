import { findAvoided } from '../../creative/avoided-words.ts';
import {
  COPY_TEMPLATES_PATH,
  FILMING_GUIDE_PATH,
  MONTHLY_PLAN_PATH,
  README_PATH,
  shotListPath,
} from './content-request-paths.ts';
import { LEAVE_OUT_HEADING } from './leave-out-section.ts';
import { findEmptySections, findPlaceholders, withoutSection } from './markdown-problems.ts';
import { findJargon } from './plain-language.ts';
import { WEEKS } from './plan-month.ts';
import { PLATFORM_GUIDES } from './platform-guides.ts';
import type { PublicistInput } from './publicist-input.ts';
import type { PublicistOutput } from './publicist-output.ts';

const REQUIRED_PATHS = [README_PATH, MONTHLY_PLAN_PATH, FILMING_GUIDE_PATH, COPY_TEMPLATES_PATH];

/**
 * Checks the schema cannot make: every brief has its shot list, the client reads no factory
 * jargon, no avoided claim, no placeholder and no empty section, and every document names the brand.
 */
export function validateContentRequests(output: PublicistOutput, input: PublicistInput): string[] {
  const problems: string[] = [];
  const byPath = new Map<string, string>();
  for (const file of output.files) {
    if (byPath.has(file.path)) problems.push(`${file.path} is written twice`);
    byPath.set(file.path, file.markdown);
  }

  for (const path of REQUIRED_PATHS) if (!byPath.has(path)) problems.push(`${path} is missing`);
  const briefIds = new Set(input.creative.briefs.map((brief) => brief.id));
  for (const id of briefIds) {
    if (!byPath.has(shotListPath(id))) problems.push(`brief "${id}" has no shot list (${shotListPath(id)})`);
  }
  for (const path of byPath.keys()) {
    const id = /^content-requests\/shot-lists\/(.+)\.md$/.exec(path)?.[1];
    if (id !== undefined && !briefIds.has(id)) problems.push(`${path} is a shot list for no brief`);
  }

  for (const [path, markdown] of byPath) {
    if (!markdown.includes(input.brand.name)) problems.push(`${path} does not name ${input.brand.name}`);
    const ownWordsOut = withoutOwnNames(markdown, input);
    const jargon = findJargon(ownWordsOut);
    if (jargon.length > 0)
      problems.push(`${path} uses jargon the client should not see: ${jargon.join(', ')}`);
    const avoided = findAvoided(withoutSection(ownWordsOut, LEAVE_OUT_HEADING), input.voice.avoid);
    if (avoided.length > 0) {
      problems.push(
        `${path} uses words the brand voice avoids: ${avoided.map((word) => `"${word}"`).join(', ')}`,
      );
    }
    const placeholders = findPlaceholders(markdown);
    if (placeholders.length > 0) problems.push(`${path} contains placeholders: ${placeholders.join(', ')}`);
    for (const heading of findEmptySections(markdown))
      problems.push(`${path}: section "${heading}" is empty`);
  }

  const plan = byPath.get(MONTHLY_PLAN_PATH);
  if (plan !== undefined) {
    for (let week = 1; week <= WEEKS; week++) {
      if (!new RegExp(`^#{1,6} Week ${week}\\b`, 'm').test(plan))
        problems.push(`the monthly plan has no week ${week}`);
    }
    for (const platform of input.platforms) {
      const label = PLATFORM_GUIDES[platform.id].label;
      if (!plan.includes(label)) problems.push(`the monthly plan does not cover ${label}`);
    }
  }
  const guide = byPath.get(FILMING_GUIDE_PATH);
  if (guide !== undefined && !/\b(consent|release|permission)\b/i.test(guide)) {
    problems.push('the filming guide does not ask for consent before filming people');
  }
  return problems;
}

// The brand's own names (its name, what it sells, its places) may contain any word; they are quoted, not written.
function withoutOwnNames(markdown: string, input: PublicistInput): string {
  const names = [input.brand.name, ...input.offerings.map((offering) => offering.name), ...input.places.names]
    .filter((name) => name.length > 0)
    .sort((a, b) => b.length - a.length);
  let text = markdown;
  for (const name of names) text = text.split(name).join(' ');
  return text;
}
