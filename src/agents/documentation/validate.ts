import { load } from 'cheerio';
import { CAPABILITIES, unshippedMentions } from '../../capabilities/index.ts';
import { API_ROUTES } from '../../runtime/server/api-contract.ts';
import type { AgentRunContext } from '../builder-agent.ts';
import type { DocumentationInput } from './documentation-input.ts';
import {
  DOC_PATHS,
  type DocKey,
  type DocPage,
  type DocumentationOutput,
  PROPOSAL_PATH,
  writtenGuides,
} from './documentation-output.ts';
import { mdText } from './markdown-text.ts';
import { writeDocumentation } from './offline.ts';
import { renderDocumentation } from './render-documentation.ts';
import { CONTENT_REQUESTS_LINK } from './write-uploading-content.ts';

const SILENT: AgentRunContext = { note: () => {} };
const PLACEHOLDERS = [/\bTODO\b/, /\bTBD\b/, /lorem ipsum|\blorem\b/i, /\{\{/];
const MONEY = /[$€£¥]\s?\d[\d,]*(?:\.\d+)?/g;
const EXTERNAL = [/<script\b/i, /<img\b/i, /<link\b/i, /<iframe\b/i, /\burl\(/i, /@import/i, /\bsrc=/i];

/**
 * Checks the schema cannot make: every file written and every section filled, no placeholder
 * text, a budget table that adds up to the monthly total, a 90-day timeline without gaps, and no
 * money figure, code example or link that the computed baseline does not have.
 */
export function validateDocumentation(output: DocumentationOutput, input: DocumentationInput): string[] {
  const problems: string[] = [];
  const baseline = writeDocumentation(input, SILENT);
  const expected = writtenGuides(baseline).map(([key]) => key);
  const artifacts = renderDocumentation(output, input);
  for (const path of [...expected.map((key) => DOC_PATHS[key]), PROPOSAL_PATH]) {
    const artifact = artifacts.find((candidate) => candidate.path === path);
    if (!artifact || artifact.content.trim() === '') problems.push(`${path} is missing or empty`);
  }
  const guides = writtenGuides(output);
  for (const [key] of guides)
    if (!expected.includes(key)) problems.push(`${DOC_PATHS[key]} is not a guide the client system has`);

  for (const [key, page] of guides) {
    if (!page.title.trim() || !page.intro.trim())
      problems.push(`${DOC_PATHS[key]}: the title or intro is empty`);
    for (const section of page.sections) {
      if (!section.heading.trim() || !section.body.trim())
        problems.push(`${DOC_PATHS[key]}: section "${section.heading}" is empty`);
    }
  }
  for (const [field, value] of Object.entries(output.proposal)) {
    if (typeof value === 'string' && !value.trim()) problems.push(`proposal: ${field} is empty`);
  }

  for (const artifact of artifacts) {
    for (const pattern of PLACEHOLDERS) {
      if (pattern.test(artifact.content))
        problems.push(`${artifact.path} contains placeholder text (${pattern.source})`);
    }
  }

  const proposal = artifacts.find((artifact) => artifact.path === PROPOSAL_PATH)?.content ?? '';
  problems.push(...checkProposalHtml(proposal, input));
  problems.push(...checkTimeline(output.proposal.timeline));

  const knownFigures = new Set([
    ...(JSON.stringify(baseline).match(MONEY) ?? []),
    ...(JSON.stringify(input.config).match(MONEY) ?? []),
  ]);
  for (const figure of new Set(JSON.stringify(output).match(MONEY) ?? [])) {
    if (!knownFigures.has(figure)) problems.push(`the figure ${figure} is not one the plan computed`);
  }

  const linkable = new Set(expected.map((key) => DOC_PATHS[key].replace(/^docs\//, '')));
  for (const [key, page] of guides) {
    const computed = baseline.docs[key];
    const known = new Set(computed ? codeBlocks(computed) : []);
    for (const block of codeBlocks(page)) {
      if (!known.has(block)) problems.push(`${DOC_PATHS[key]}: a code example differs from the computed one`);
    }
    problems.push(...checkLinks(key, page, linkable));
  }

  const api = JSON.stringify(output.docs.api_and_webhooks);
  for (const route of API_ROUTES) {
    if (!api.includes(route.url))
      problems.push(`${DOC_PATHS.api_and_webhooks} does not describe ${route.url}`);
  }
  const quoted = [
    ...[input.config.brand_name, mdText(input.config.brand_name)].flatMap((name) => [
      name,
      JSON.stringify(name).slice(1, -1),
    ]),
    ...input.config.offerings.map((offering) => offering.name),
  ];
  for (const [key, page] of guides) {
    for (const mention of unshippedMentions(JSON.stringify(page), quoted))
      problems.push(
        `${DOC_PATHS[key]} promises ${CAPABILITIES[mention.id].summary} ("${mention.words}"), which the client system does not have yet`,
      );
  }
  for (const mention of unshippedMentions(JSON.stringify(output.proposal), quoted))
    problems.push(
      `the proposal promises ${CAPABILITIES[mention.id].summary} ("${mention.words}"), which the client system does not have yet`,
    );
  if (!JSON.stringify(output.docs.uploading_content).includes(CONTENT_REQUESTS_LINK)) {
    problems.push(`${DOC_PATHS.uploading_content} does not link to ${CONTENT_REQUESTS_LINK}`);
  }
  return problems;
}

/** The budget table must add up, the brand must be in the h1, and nothing may load from elsewhere. */
export function checkProposalHtml(html: string, input: DocumentationInput): string[] {
  const problems: string[] = [];
  const $ = load(html);
  const { budget } = input.config;
  const cells = $('table[data-budget-table] tbody td[data-monthly]')
    .map((_, cell) => Number($(cell).attr('data-monthly')))
    .get() as number[];
  const sum = cells.reduce((total, amount) => total + amount, 0);
  const total = Number($('table[data-budget-table] tfoot [data-monthly-total]').attr('data-monthly-total'));
  if (cells.length !== budget.allocation.length)
    problems.push(`the proposal's budget table has ${cells.length} rows, not ${budget.allocation.length}`);
  if (sum !== budget.monthly_total)
    problems.push(
      `the proposal's budget table sums to ${sum}, not the monthly total ${budget.monthly_total}`,
    );
  if (total !== budget.monthly_total)
    problems.push(`the proposal's budget total shows ${total}, not ${budget.monthly_total}`);
  if (!$('h1').text().includes(input.config.brand_name))
    problems.push('the proposal h1 does not name the brand');
  $('main section').each((_, section) => {
    const text = $(section).clone().find('h2').remove().end().text().trim();
    if (!text) problems.push(`proposal section #${$(section).attr('id')} is empty`);
  });
  for (const pattern of EXTERNAL) {
    if (pattern.test(html)) problems.push(`the proposal would load something external (${pattern.source})`);
  }
  return problems;
}

function checkTimeline(timeline: DocumentationOutput['proposal']['timeline']): string[] {
  let next = 1;
  for (const phase of timeline) {
    if (phase.from_day !== next || phase.to_day < phase.from_day) {
      return [`the timeline phase "${phase.title}" does not continue from day ${next}`];
    }
    next = phase.to_day + 1;
  }
  return next === 91 ? [] : [`the timeline ends on day ${next - 1}, not day 90`];
}

function codeBlocks(page: DocPage): string[] {
  return [...pageText(page).matchAll(/```[\s\S]*?```/g)].map((match) => match[0].trim());
}

function pageText(page: DocPage): string {
  return [page.intro, ...page.sections.map((section) => section.body)].join('\n');
}

/** Relative links may only point at the other guides, the proposal, or the content requests folder. */
function checkLinks(key: DocKey, page: DocPage, linkable: Set<string>): string[] {
  const problems: string[] = [];
  for (const [, target] of pageText(page).matchAll(/\]\(([^)\s]+)\)/g)) {
    if (!target || /^(https?:|mailto:|#)/.test(target)) continue;
    if (linkable.has(target) || target === CONTENT_REQUESTS_LINK || target === '../proposal/index.html')
      continue;
    problems.push(`${DOC_PATHS[key]} links to "${target}", which the factory does not write`);
  }
  return problems;
}
