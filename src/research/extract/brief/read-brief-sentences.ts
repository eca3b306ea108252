import nlp from 'compromise';
import type { Source } from '../../../schemas/finding.ts';
import { evidence } from '../evidence.ts';
import { cleanText, wordCount } from '../text-utils.ts';
import { type LabelKind, labelKind } from './brief-labels.ts';

export const BRIEF_PAGE = 'brief';

/**
 * One unit of a brief: a sentence of prose, or a line that stands on its own (a title, a labelled
 * line such as "Phone: …", a list item, a heading, an address line).
 */
export interface BriefSentence {
  text: string;
  /** 1-based line of the file the unit starts on. */
  line: number;
  /** Index of the paragraph (blank-line separated block) it belongs to. */
  block: number;
  kind: 'prose' | 'title' | 'line' | 'label' | 'bullet' | 'heading';
  /** For a labelled line: the label as written and what it introduces. */
  label?: { name: string; kind: LabelKind; value: string };
}

const LABEL = /^(?:[-*#>\s]*)([A-Za-z][A-Za-z /&']{1,30}):\s*(.+)$/;
const BULLET = /^\s*(?:[-*•·]|\d+[.)])\s+(.+)$/;
const HEADING = /^#{1,6}\s+(.+)$/;
const ENDS_SENTENCE = /[.!?:;"”')]$/;
// A line this short without a full stop is a title or an address, not the start of a paragraph.
const SHORT_LINE_WORDS = 8;

interface Unit {
  kind: BriefSentence['kind'];
  lines: { text: string; line: number }[];
  block: number;
  label?: BriefSentence['label'];
}

/**
 * Splits a brief into sentences and standalone lines, each with the line it starts on. Wrapped
 * lines of a paragraph are joined before sentences are found (by compromise), so a sentence that
 * runs over two lines is still one sentence.
 *
 * @example
 * readBriefSentences('Acme Bakery\n\nAcme is a bakery. We bake bread.')
 * // [{ text: 'Acme Bakery', kind: 'title', line: 1 }, { text: 'Acme is a bakery.', kind: 'prose', line: 3 }, …]
 */
export function readBriefSentences(text: string): BriefSentence[] {
  const units = groupUnits(text.split(/\r?\n/));
  return units.flatMap((unit, index) => {
    if (unit.kind !== 'prose') {
      const first = unit.lines[0]!;
      const kind = index === 0 && unit.kind === 'line' && looksLikeTitle(first.text) ? 'title' : unit.kind;
      return [{ text: first.text, line: first.line, block: unit.block, kind, label: unit.label }];
    }
    return splitProse(unit);
  });
}

/** The provenance of a brief unit: the file's line, quoting the unit (or the part given). */
export function briefSource(sentence: Pick<BriefSentence, 'line' | 'text'>, excerpt?: string): Source {
  return evidence('brief', BRIEF_PAGE, `line ${sentence.line}`, excerpt ?? sentence.text);
}

function groupUnits(rawLines: string[]): Unit[] {
  const units: Unit[] = [];
  let block = 0;
  let open: Unit | null = null;
  rawLines.forEach((raw, index) => {
    const text = cleanText(stripMarkdown(raw));
    const line = index + 1;
    if (text === '') {
      if (units.at(-1)?.block === block) block++;
      open = null;
      return;
    }
    const heading = text.match(HEADING)?.[1];
    if (heading) {
      units.push({ kind: 'heading', lines: [{ text: cleanText(heading), line }], block });
      open = null;
      return;
    }
    const bullet = text.match(BULLET)?.[1];
    if (bullet) {
      units.push({ kind: 'bullet', lines: [{ text: cleanText(bullet), line }], block });
      open = null;
      return;
    }
    const label = readLabel(text);
    if (label) {
      units.push({ kind: 'label', lines: [{ text, line }], block, label });
      open = null;
      return;
    }
    if (/:$/.test(text) && wordCount(text) <= 5) {
      units.push({ kind: 'heading', lines: [{ text: text.replace(/:$/, ''), line }], block });
      open = null;
      return;
    }
    if (open && continuesParagraph(open, text)) {
      open.lines.push({ text, line });
      open.kind = 'prose';
      return;
    }
    open = { kind: isShortLine(text) ? 'line' : 'prose', lines: [{ text, line }], block };
    units.push(open);
  });
  return units;
}

/** A wrapped paragraph continues until a line ends a sentence; short standalone lines never join. */
function continuesParagraph(open: Unit, text: string): boolean {
  const previous = open.lines.at(-1)!.text;
  if (ENDS_SENTENCE.test(previous)) return !isShortLine(text) && open.kind === 'prose';
  if (isShortLine(previous) && open.lines.length === 1) return /^\p{Ll}/u.test(text);
  return true;
}

/** Markdown emphasis and links are how a brief was typed, not what it says. */
function stripMarkdown(line: string): string {
  return line
    .replace(/\*\*|__/g, '')
    .replace(/\[([^\]]+)\]\((https?:[^)]+)\)/g, '$1 ($2)')
    .replace(/^\s*>\s?/, '');
}

function isShortLine(text: string): boolean {
  return wordCount(text) <= SHORT_LINE_WORDS && !/[.!?]["”']?$/.test(text);
}

function looksLikeTitle(text: string): boolean {
  return wordCount(text) <= SHORT_LINE_WORDS && !/@|\d{3}/.test(text);
}

function readLabel(text: string): BriefSentence['label'] | undefined {
  const match = text.match(LABEL);
  const name = match?.[1]?.trim();
  const value = match?.[2] ? cleanText(match[2]) : '';
  if (!name || !value || /^https?$/i.test(name)) return undefined;
  const kind = labelKind(name);
  if (kind) return { name, kind, value };
  // An unknown label is still a label when it is a short name, not a clause ("One customer wrote:").
  if (wordCount(name) <= 3 && !nlp(name).has('(#Verb|#Pronoun)')) return { name, kind: 'other', value };
  return undefined;
}

function splitProse(unit: Unit): BriefSentence[] {
  const joined = unit.lines.map((line) => line.text).join(' ');
  const starts: number[] = [];
  let offset = 0;
  for (const line of unit.lines) {
    starts.push(offset);
    offset += line.text.length + 1;
  }
  const lineAt = (position: number) => {
    let index = 0;
    while (index + 1 < starts.length && starts[index + 1]! <= position) index++;
    return unit.lines[index]!.line;
  };
  const sentences: BriefSentence[] = [];
  let cursor = 0;
  for (const raw of mergeFragments(nlp(joined).sentences().out('array') as string[])) {
    const text = cleanText(raw);
    if (!text) continue;
    const at = joined.indexOf(text.slice(0, 20), cursor);
    const position = at === -1 ? cursor : at;
    cursor = position + 1;
    sentences.push({ text, line: lineAt(position), block: unit.block, kind: 'prose' });
  }
  return sentences;
}

/**
 * compromise ends a sentence at every question mark, so a name such as "Which?" splits "We are
 * Which? Trusted Traders" in two; a fragment that short is joined back to what follows.
 */
function mergeFragments(sentences: string[]): string[] {
  const merged: string[] = [];
  let carry = '';
  for (const sentence of sentences) {
    const text = carry ? `${carry} ${sentence.trim()}` : sentence.trim();
    carry = '';
    if (wordCount(text) <= 3 && /[?!]$/.test(text)) {
      carry = text;
      continue;
    }
    merged.push(text);
  }
  if (carry) merged.push(carry);
  return merged;
}
