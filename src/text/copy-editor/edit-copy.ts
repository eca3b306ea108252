import type { CopyProblem, TextForm } from './copy-problem.ts';
import { findFragmentProblem, findGrammarProblem } from './find-grammar-problem.ts';
import { findMenuText } from './find-menu-text.ts';
import { findRawSlot } from './find-raw-slot.ts';
import { findRepeatedSubject } from './find-repeated-subject.ts';
import { findSlugs } from './find-slug.ts';
import { findSplitWord } from './find-split-word.ts';
import { splitSentences } from './split-sentences.ts';

export interface EditOptions {
  /** Prose is judged sentence by sentence; fragments (headlines, buttons, list items) by fragment rules. */
  form: TextForm;
  /** Slugs known to be identifiers (the client's), flagged wherever they appear. */
  knownSlugs?: readonly string[];
  /** Whether the text is copy through and through (an ad field), so a label even at its start is a slot. */
  pureCopy?: boolean;
  /** False for a table's cells, whose labels ("Aimed at") lean on the cell beside them. */
  wholeFragment?: boolean;
}

/**
 * An editor's reading of one text: every sentence (or the fragment) with what is wrong with it.
 *
 * @example editCopy('Rosalind Bakery at Rosalind Bakery. Visit us.', { form: 'prose' })
 * // → [{ rule: 'repeated-subject', sentence: 'Rosalind Bakery at Rosalind Bakery.', … }]
 */
export function editCopy(text: string, options: EditOptions): CopyProblem[] {
  const units = options.form === 'prose' ? splitSentences(text) : [text.trim()].filter(Boolean);
  return units.flatMap((unit) => editUnit(unit, options));
}

function editUnit(sentence: string, options: EditOptions): CopyProblem[] {
  const problems: CopyProblem[] = [];
  const add = (rule: CopyProblem['rule'], message: string) => problems.push({ rule, sentence, message });
  const repeated = findRepeatedSubject(sentence);
  if (repeated) add('repeated-subject', `"${repeated}" is joined to itself`);
  for (const slug of findSlugs(sentence, options.knownSlugs))
    add('slug', `"${slug}" is an identifier, not words`);
  const menu = findMenuText(sentence);
  if (menu) add('menu-text', `"${menu}" is navigation pasted into copy`);
  const split = findSplitWord(sentence);
  if (split) add('split-word', `"${split}" is a word broken in two`);
  const raw = findRawSlot(sentence, options.pureCopy ?? false);
  if (raw) add('raw-slot', `"${raw}" is a raw field value, not copy`);
  if (problems.length === 0) {
    const grammar =
      options.form === 'prose'
        ? findGrammarProblem(sentence)
        : options.wholeFragment === false
          ? null
          : findFragmentProblem(sentence);
    if (grammar) add('grammar', grammar);
  }
  return problems;
}
