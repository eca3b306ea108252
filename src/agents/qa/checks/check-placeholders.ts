import * as cheerio from 'cheerio';
import { htmlText, markdownLines } from '../document-text.ts';
import type { QaContext } from '../qa-context.ts';
import { checkOf, problem } from '../qa-problem.ts';
import type { QaCheck } from '../qa-report.ts';

const PLACEHOLDERS: Array<[label: string, pattern: RegExp]> = [
  ['TODO', /(?<![A-Za-z])TODO(?![A-Za-z])/],
  ['TBD', /(?<![A-Za-z])TBD(?![A-Za-z])/],
  ['lorem ipsum', /lorem ipsum/i],
  ['{{', /\{\{/],
  ['}}', /\}\}/],
  ['[insert', /\[insert/i],
];

/** Content that stands in for a section: nothing between a heading and the next heading of its level or above. */
const CONTENT_ELEMENTS = new Set([
  'img',
  'picture',
  'video',
  'iframe',
  'canvas',
  'form',
  'input',
  'table',
  'svg',
  'button',
  'select',
  'textarea',
  'object',
  'embed',
]);

/** No Markdown or HTML file ships with a placeholder or an empty section. */
export function checkPlaceholders(context: QaContext): QaCheck[] {
  const { slug, files } = context;
  const documents = Object.keys(files).filter((path) => /\.(md|html?)$/.test(path));
  const problems = documents.flatMap((path) => {
    const found = path.endsWith('.md') ? markdownProblems(files[path]!) : htmlProblems(files[path]!);
    return found.map((what) => problem(slug, path, what));
  });
  return [
    checkOf(
      'placeholders',
      'No placeholders or empty sections in Markdown and HTML',
      'blocking',
      documents.length > 0 ? problems : { skipped: 'no Markdown or HTML files yet' },
    ),
  ];
}

function markdownProblems(text: string): string[] {
  const problems: string[] = [];
  const lines = markdownLines(text);
  for (const { line, text: content } of lines) {
    for (const [label, pattern] of PLACEHOLDERS) {
      if (pattern.test(content)) problems.push(`placeholder "${label}" on line ${line}: "${clip(content)}"`);
    }
  }
  const meaningful = lines.filter(
    (line) => line.text.trim().length > 0 && !/^\s*<!--.*-->\s*$/.test(line.text),
  );
  for (const [index, { line, text: content }] of meaningful.entries()) {
    const level = headingLevel(content);
    if (level === null) continue;
    const next = meaningful[index + 1];
    const nextLevel = next ? headingLevel(next.text) : 0;
    if (nextLevel !== null && nextLevel <= level) {
      problems.push(`the section "${content.replace(/^#+\s*/, '').trim()}" (line ${line}) is empty`);
    }
  }
  return problems;
}

function htmlProblems(html: string): string[] {
  const problems: string[] = [];
  for (const content of htmlText(html)
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean)) {
    for (const [label, pattern] of PLACEHOLDERS) {
      if (pattern.test(content)) problems.push(`placeholder "${label}": "${clip(content)}"`);
    }
  }
  const $ = cheerio.load(html);
  $('script, style, template, noscript').remove();
  const sequence: Array<{ heading: number; text: string } | { heading: null }> = [];
  const walk = (nodes: ReturnType<typeof $>) => {
    nodes.contents().each((_, node) => {
      if (node.type === 'text') {
        if ((node.data ?? '').trim().length > 0) sequence.push({ heading: null });
        return;
      }
      if (node.type !== 'tag') return;
      const heading = /^h([1-6])$/.exec(node.tagName);
      if (heading) sequence.push({ heading: Number(heading[1]), text: $(node).text().trim() });
      else if (CONTENT_ELEMENTS.has(node.tagName)) sequence.push({ heading: null });
      else walk($(node));
    });
  };
  walk($('body').length > 0 ? $('body') : $.root());
  for (const [index, item] of sequence.entries()) {
    if (item.heading === null) continue;
    const next = sequence[index + 1];
    if (!next || (next.heading !== null && next.heading <= item.heading)) {
      problems.push(`the section "${item.text}" is empty`);
    }
  }
  return problems;
}

function headingLevel(line: string): number | null {
  const match = /^(#{1,6})\s+\S/.exec(line);
  return match ? match[1]!.length : null;
}

function clip(text: string): string {
  const trimmed = text.trim();
  return trimmed.length > 80 ? `${trimmed.slice(0, 77)}…` : trimmed;
}
