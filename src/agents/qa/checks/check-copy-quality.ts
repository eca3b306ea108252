import { variantOverlaps } from '../../../creative/index.ts';
import {
  type CopyProblem,
  editCopy,
  findRepeatedSentences,
  isProse,
} from '../../../text/copy-editor/index.ts';
import { documentLines } from '../document-text.ts';
import { avoidPhrases } from '../find-phrase.ts';
import { AD_COPY } from '../qa-artifacts.ts';
import type { QaContext } from '../qa-context.ts';
import { checkOf, problem } from '../qa-problem.ts';
import type { QaCheck } from '../qa-report.ts';
import { variantTexts } from './check-voice.ts';

/** Where customer-facing words live besides the ad copy. */
const CUSTOMER_FACING = [
  /^website\/.*\.html$/,
  /^proposal\/.*\.html$/,
  /^docs\/.*\.md$/,
  /^content-requests\/.*\.md$/,
];

// Ad fields that are headlines by nature: judged as fragments even when they end with a full stop.
const HEADLINE_FIELDS = /^(headlines|headline|title|call_to_action)\b/;

/**
 * The editor: reads every customer-facing text the way an account manager would before sending it,
 * and blocks on copy that is not English or not copy (see `src/text/copy-editor`), on ads of one
 * campaign that repeat each other, and on words the brand avoids on its website.
 */
export function checkCopyQuality(context: QaContext): QaCheck[] {
  const { slug, adCopy, config } = context;
  const knownSlugs = [slug];
  const found: string[] = [];
  const report = (path: string, where: string, item: CopyProblem) =>
    found.push(problem(slug, path, `${where}${item.rule}: "${clip(item.sentence)}" (${item.message})`));

  for (const variant of adCopy?.variants ?? []) {
    for (const { field, text } of variantTexts(variant)) {
      // Display-URL paths are hyphenated by nature.
      if (field.startsWith('path')) continue;
      const form = !HEADLINE_FIELDS.test(field) && isProse(text) ? 'prose' : 'fragment';
      for (const item of editCopy(text, { form, knownSlugs, pureCopy: true }))
        report(AD_COPY, `variant "${variant.id}" ${field} `, item);
    }
  }
  for (const overlap of variantOverlaps(adCopy?.variants ?? []))
    found.push(
      problem(
        slug,
        AD_COPY,
        `${overlap.ids.length === 1 ? 'variant' : 'variants'} ${overlap.ids.map((id) => `"${id}"`).join(' and ')}: ${overlap.message}`,
      ),
    );

  const avoid = avoidPhrases(config?.brand_voice.avoid ?? []).filter((phrase) => !phrase.qualified);
  const paths = Object.keys(context.files).filter((path) =>
    CUSTOMER_FACING.some((pattern) => pattern.test(path)),
  );
  for (const path of paths.sort()) {
    const parts = documentLines(path, context.files[path]!)
      .flatMap(({ text }) => readableParts(text))
      .filter((part) => /\p{L}/u.test(part.text));
    const lines = parts.map((part) => part.text);
    for (const { text: line, cell } of parts) {
      const form = isProse(line) ? 'prose' : 'fragment';
      for (const item of editCopy(line, { form, knownSlugs, wholeFragment: !cell })) report(path, '', item);
      if (path.startsWith('website/'))
        for (const phrase of avoid.filter((candidate) => candidate.pattern.test(line)))
          report(path, '', {
            rule: 'avoided-word',
            sentence: line,
            message: `"${phrase.phrase}" is on the brand's avoid list`,
          });
    }
    // Only prose repeats: a table's cells and a menu's links are meant to recur.
    const prose = lines.filter(isProse);
    for (const item of findRepeatedSentences(prose, path.endsWith('.html') ? 2 : 3)) report(path, '', item);
  }
  return [
    checkOf(
      'copy-quality',
      'Customer-facing copy reads as written by an editor',
      'blocking',
      adCopy || paths.length > 0 ? found : { skipped: 'no ad copy or customer-facing documents yet' },
    ),
  ];
}

/** A Markdown line as readers see it: no list marker, heading hashes or emphasis; table cells apart. */
function readableParts(line: string): Array<{ text: string; cell: boolean }> {
  const text = line
    .replace(/^\s*(?:#{1,6}\s+|[-*+]\s+(?:\[[ x]\]\s+)?|\d+[.)]\s+|>\s*)/, '')
    .replace(/\*\*|__|(?<!\w)[*_](?!\s)|(?<!\s)[*_](?!\w)/g, '')
    .replace(/!?\[([^\]]*)\]\([^)]*\)/g, '$1')
    .trim();
  if (/^\|.*\|$/.test(text))
    return text
      .slice(1, -1)
      .split('|')
      .map((cell) => cell.trim())
      .filter((cell) => cell.length > 0 && !/^:?-+:?$/.test(cell))
      .map((cell) => ({ text: cell, cell: true }));
  return text ? [{ text, cell: false }] : [];
}

function clip(text: string): string {
  return text.length > 160 ? `${text.slice(0, 157)}…` : text;
}
