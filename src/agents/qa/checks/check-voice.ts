import type { AdVariant } from '../../../schemas/ad-copy.ts';
import { documentLines, type TextLine } from '../document-text.ts';
import { type AvoidPhrase, avoidPhrases } from '../find-phrase.ts';
import { AD_COPY, BRAND_CONFIG } from '../qa-artifacts.ts';
import type { QaContext } from '../qa-context.ts';
import { checkOf, notAvailable, problem } from '../qa-problem.ts';
import type { QaCheck } from '../qa-report.ts';

/** Where words to avoid are looked for besides ad copy (warnings there: a person edits these). */
const DOCUMENT_FOLDERS = ['creative/briefs/', 'content-requests/', 'docs/', 'proposal/'];

/**
 * No word of `brand_voice.avoid` in the copy: in ad copy it blocks (ads go out as written); in
 * briefs, documents, content requests and the proposal it is a warning. A line that talks about
 * avoiding (a brief's "Avoid" list) is not a use of the word.
 */
export function checkVoice(context: QaContext): QaCheck[] {
  const { slug, config, adCopy } = context;
  const adTitle = 'Ad copy uses no word the brand avoids';
  const docTitle = 'Briefs, documents, content requests and proposal use no word the brand avoids';
  if (!config) {
    const why = notAvailable(BRAND_CONFIG, context.files[BRAND_CONFIG] ? 'invalid' : 'missing');
    return [
      checkOf('voice-ad-copy', adTitle, 'blocking', why),
      checkOf('voice-documents', docTitle, 'warning', why),
    ];
  }
  const phrases = avoidPhrases(config.brand_voice.avoid);
  const blocking: string[] = [];
  const warnings: string[] = [];
  for (const variant of adCopy?.variants ?? []) {
    for (const { field, text } of variantTexts(variant)) {
      for (const phrase of phrases.filter((candidate) => candidate.pattern.test(text))) {
        const what = `variant "${variant.id}" ${field} uses "${phrase.phrase}" ("${text}"), which brand_voice.avoid lists as "${phrase.entry}"`;
        if (phrase.qualified) warnings.push(problem(slug, AD_COPY, `${what}; make sure the condition holds`));
        else blocking.push(problem(slug, AD_COPY, what, rewriteFix(slug)));
      }
    }
  }
  const documents = Object.keys(context.files).filter((path) =>
    DOCUMENT_FOLDERS.some((folder) => path.startsWith(folder)),
  );
  for (const path of documents) {
    for (const { line, phrase } of findInDocument(documentLines(path, context.files[path]!), phrases)) {
      const where = line === null ? '' : ` (line ${line})`;
      warnings.push(
        problem(
          slug,
          path,
          `uses "${phrase.phrase}"${where}, which brand_voice.avoid lists as "${phrase.entry}"`,
        ),
      );
    }
  }
  return [
    checkOf(
      'voice-ad-copy',
      adTitle,
      'blocking',
      adCopy ? blocking : notAvailable(AD_COPY, context.files[AD_COPY] ? 'invalid' : 'missing'),
    ),
    checkOf(
      'voice-documents',
      docTitle,
      'warning',
      documents.length > 0 || adCopy
        ? warnings
        : { skipped: 'no briefs, documents, content requests or proposal yet' },
    ),
  ];
}

/** Every text field of a variant, named as in the file (`headlines[2]`). */
export function variantTexts(variant: AdVariant): Array<{ field: string; text: string }> {
  return Object.entries(variant.fields).flatMap(([field, value]) => {
    if (field === 'kind') return [];
    if (Array.isArray(value)) return value.map((text, index) => ({ field: `${field}[${index}]`, text }));
    return typeof value === 'string' ? [{ field, text: value }] : [];
  });
}

/** A section that lists what not to say ("## Do not", "## Words to avoid"). */
const AVOID_HEADING = /\b(avoid|do not|don[’']t|never|leave out)\b/i;
const AVOID_TALK = /\bavoid|\bnever (say|use)|\bdon[’']t (say|use)|\bdo not (say|use)/i;

function findInDocument(lines: TextLine[], phrases: AvoidPhrase[]) {
  const found: Array<{ line: number | null; phrase: AvoidPhrase }> = [];
  let avoidSection: number | null = null;
  for (const { line, text } of lines) {
    const heading = /^(#{1,6})\s/.exec(text);
    if (heading) {
      const level = heading[1]!.length;
      if (avoidSection === null || level <= avoidSection)
        avoidSection = AVOID_HEADING.test(text) ? level : null;
    }
    if (avoidSection !== null || AVOID_TALK.test(text)) continue;
    for (const phrase of phrases) if (phrase.pattern.test(text)) found.push({ line, phrase });
  }
  return found;
}

function rewriteFix(slug: string): string {
  return `rewrite the variant without it, or re-run creative-director (\`factory spawn-client --name ${slug} --from creative-director\`)`;
}
