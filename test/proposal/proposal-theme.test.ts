import { describe, expect, it } from 'vitest';
import { MIN_CONTRAST, proposalTheme } from '../../src/proposal/proposal-theme.ts';

describe('proposalTheme', () => {
  it('keeps brand colours that already read at AA', () => {
    const theme = proposalTheme({
      primary: '#1f4e79',
      secondary: '#4a6572',
      accent: '#e07a2f',
      background: '#ffffff',
      text: '#1f2933',
    });
    expect(theme.heading).toBe('#1f4e79');
    expect(theme.band).toBe('#1f4e79');
    expect(theme.text).toBe('#1f2933');
  });

  it('adjusts a pale palette until every text colour passes AA on its background', () => {
    const theme = proposalTheme({
      primary: '#ffe14d',
      secondary: '#ffd0e0',
      accent: '#00ffcc',
      background: '#fafafa',
      text: '#bbbbbb',
    });
    for (const pair of theme.pairs) expect(pair.ratio, pair.name).toBeGreaterThanOrEqual(MIN_CONTRAST);
    expect(theme.text).not.toBe('#bbbbbb');
  });

  it('keeps a printable light page even when the brand background is dark', () => {
    const theme = proposalTheme({
      primary: '#7c3aed',
      secondary: '#4a6572',
      accent: '#e07a2f',
      background: '#111111',
      text: '#eeeeee',
    });
    expect(theme.paper).toBe('#ffffff');
    for (const pair of theme.pairs) expect(pair.ratio, pair.name).toBeGreaterThanOrEqual(MIN_CONTRAST);
  });
});
