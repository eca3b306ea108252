import { describe, expect, it } from 'vitest';
import { lowerFirst, motivationQuestion } from '../../../src/agents/creative-director/copy-text.ts';

describe('copy text inside a sentence', () => {
  it('lowers a title-cased name word by word and keeps acronyms and inner capitals', () => {
    expect(lowerFirst('Network Management')).toBe('network management');
    expect(lowerFirst('Managed IT Services')).toBe('managed IT services');
    expect(lowerFirst('Black, Green and Herbal Teas')).toBe('black, green and herbal teas');
    expect(lowerFirst('ADA Compliance')).toBe('ADA compliance');
    expect(lowerFirst('iPhone repair')).toBe('iPhone repair');
  });

  it('asks the reader about their own wish, in the second person', () => {
    expect(motivationQuestion('Solve their need quickly')).toBe('Want to solve your need quickly?');
    expect(motivationQuestion('Treat themselves and family')).toBe('Want to treat yourself and family?');
  });
});
