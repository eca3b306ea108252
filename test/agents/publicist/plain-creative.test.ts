import { describe, expect, it } from 'vitest';
import { plainCreative } from '../../../src/agents/publicist/plain-creative.ts';
import { plainWords } from '../../../src/agents/publicist/plain-language.ts';
import { findAvoided, withoutAvoided } from '../../../src/creative/avoided-words.ts';
import { dentalPublicistInput, recordingContext } from './fixtures.ts';

describe('plain language', () => {
  it('matches avoided phrases as words, ignoring the advice in parentheses', () => {
    const avoid = ['best', '#1', 'authentic (unless explained)', '100% safe'];
    expect(findAvoided('The #1 choice, 100% safe and authentic.', avoid)).toEqual([
      '#1',
      'authentic (unless explained)',
      '100% safe',
    ]);
    expect(findAvoided('Bestow a gift on the bestseller list', avoid)).toEqual([]);
    expect(withoutAvoided('The best care in town.', avoid)).toBe('The care in town.');
  });

  it('replaces jargon with plain words, keeping plurals', () => {
    expect(plainWords('Stock photos of Models and a data pipeline')).toBe(
      'Stock photos of actors and a data process',
    );
  });

  it("takes avoided claims out of the briefs' words and notes it for the account manager", () => {
    const input = dentalPublicistInput();
    const brief = input.creative.briefs[0]!;
    const scenes = brief.scenes.map((scene, index) =>
      index === 0 ? { ...scene, on_screen_text: 'The best evening dentist, guaranteed' } : scene,
    );
    const context = recordingContext();
    const creative = plainCreative(
      {
        ...input,
        creative: { ...input.creative, briefs: [{ ...brief, scenes }, ...input.creative.briefs.slice(1)] },
      },
      context,
    );
    expect(creative.briefs[0]!.scenes[0]!.on_screen_text).toBe('The evening dentist,');
    expect(context.notes.some((note) => note.kind === 'warning' && note.text.includes('"best"'))).toBe(true);
  });
});
