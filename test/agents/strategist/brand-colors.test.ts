import { describe, expect, it } from 'vitest';
import { chooseBrandColors, NEUTRAL_PALETTE } from '../../../src/agents/strategist/brand-colors.ts';
import { contrastRatio } from '../../../src/agents/strategist/contrast-ratio.ts';

describe('chooseBrandColors', () => {
  it('uses the neutral palette and says so when the site gave no colours', () => {
    const { colors, notes } = chooseBrandColors([]);
    expect(colors).toEqual(NEUTRAL_PALETTE);
    expect(notes[0]).toMatch(/no brand colours/);
    expect(contrastRatio(colors.text, colors.background)).toBeGreaterThanOrEqual(4.5);
  });

  it('takes the heaviest colour per role and fills missing roles from the neutral palette', () => {
    const { colors, notes } = chooseBrandColors([
      { hex: '#aa0000', role: 'primary', weight: 1 },
      { hex: '#00aa00', role: 'primary', weight: 5 },
    ]);
    expect(colors.primary).toBe('#00aa00');
    expect(colors.accent).toBe(NEUTRAL_PALETTE.accent);
    expect(notes[0]).toMatch(/No secondary, accent, background, text colour/);
  });

  it('darkens light text on a light background until it passes WCAG AA', () => {
    const { colors, notes, fixes } = chooseBrandColors([
      { hex: '#fafafa', role: 'background', weight: 1 },
      { hex: '#b0b0b0', role: 'text', weight: 1 },
    ]);
    expect(colors.text).not.toBe('#b0b0b0');
    expect(contrastRatio(colors.text, colors.background)).toBeGreaterThanOrEqual(4.5);
    expect(fixes[0]).toMatch(/adjusted to #[0-9a-f]{6}/);
    expect(notes).toEqual([expect.stringMatching(/No primary, secondary, accent colour/)]);
  });

  it('lightens text on a dark background instead', () => {
    const { colors } = chooseBrandColors([
      { hex: '#101820', role: 'background', weight: 1 },
      { hex: '#303840', role: 'text', weight: 1 },
    ]);
    expect(contrastRatio(colors.text, colors.background)).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(colors.text, '#ffffff')).toBeLessThan(contrastRatio('#303840', '#ffffff'));
  });
});
