import { describe, expect, it } from 'vitest';
import type { AgentRunContext, NoteKind } from '../../../src/agents/builder-agent.ts';
import { distillFrom } from '../../../src/agents/competitive-intelligence/distill.ts';
import { offline } from '../../../src/agents/competitive-intelligence/offline.ts';
import { validate } from '../../../src/agents/competitive-intelligence/validate.ts';
import { INDUSTRY_KEYS, industryLabel } from '../../../src/research/industry-keys.ts';
import { CompetitiveLandscape } from '../../../src/schemas/competitive-landscape.ts';
import { brandProfile, briefSnapshot, DENTAL_PAGES, siteSnapshot } from './fixtures.ts';

const dentalInput = () => distillFrom(brandProfile(), siteSnapshot(DENTAL_PAGES), 'bright-smile-dental');

function recordingContext() {
  const notes: Array<{ kind: NoteKind; text: string }> = [];
  const context: AgentRunContext = { note: (kind, text) => notes.push({ kind, text }) };
  return { notes, context };
}

describe('offline competitive intelligence', () => {
  it('produces a landscape that validates against the schema and passes validate', () => {
    const input = dentalInput();
    const landscape = offline(input);
    expect(CompetitiveLandscape.safeParse(landscape).success).toBe(true);
    expect(validate(landscape, input)).toEqual([]);
    expect(landscape.brand_name).toBe('Bright Smile Dental');
    expect(landscape.industry).toBe('dental');
  });

  it('names the competitor the site mentions, with the excerpt as its source', () => {
    const landscape = offline(dentalInput());
    const rival = landscape.competitors.find((competitor) => competitor.name === 'Big Chain Dental');
    expect(rival).toMatchObject({ kind: 'named-on-site', url: null });
    expect(rival?.sources).toEqual([
      {
        kind: 'text',
        page: 'https://www.brightsmiledental.example/',
        excerpt: 'Unlike Big Chain Dental, we never rush you through a check-up.',
      },
    ]);
  });

  it('never lists the brand among its competitors', () => {
    const landscape = offline(dentalInput());
    expect(landscape.competitors.map((competitor) => competitor.name)).toEqual([
      'Big Chain Dental',
      'Smile Factory',
    ]);
    expect(landscape.competitors.some((competitor) => /bright smile/i.test(competitor.name))).toBe(false);
  });

  it('marks competitors from a brief as named-in-brief', () => {
    const input = distillFrom(
      brandProfile({ kind: 'brief' }),
      briefSnapshot('Competitors: Aspen Dental, Pearl Street Dentistry'),
      'bright-smile-dental',
    );
    const landscape = offline(input);
    expect(landscape.competitors.map((competitor) => [competitor.name, competitor.kind])).toEqual([
      ['Aspen Dental', 'named-in-brief'],
      ['Pearl Street Dentistry', 'named-in-brief'],
    ]);
    expect(landscape.competitors[0]?.sources[0]).toMatchObject({ kind: 'brief', page: 'brief' });
    expect(validate(landscape, input)).toEqual([]);
  });

  it('says plainly what was not researched', () => {
    const landscape = offline(dentalInput());
    expect(landscape.limitations.length).toBeGreaterThan(0);
    const text = landscape.limitations.join(' ');
    expect(text).toMatch(/no web search and no language model/);
    expect(text).toMatch(/category archetypes, not researched local rivals/);
    expect(text).toMatch(/prices, share of voice, advertising activity/);
    expect(text).toMatch(/Local rivals in Portland, OR were not identified/);
  });

  it('places the brand on axes from its own evidence and says when there is none', () => {
    const landscape = offline(dentalInput());
    expect(landscape.positioning_axes.length).toBeGreaterThanOrEqual(2);
    const scale = landscape.positioning_axes.find((axis) => axis.axis === 'Scale and ownership');
    expect(scale?.brand_position).toBeLessThan(0.4);
    expect(scale?.rationale).toContain('Family-owned practice');

    const bare = distillFrom(
      brandProfile({ valuePropositions: [], years: null, city: null }),
      siteSnapshot([]),
      'bright-smile-dental',
    );
    const unknown = offline({
      ...bare,
      tagline: null,
      description: null,
      proof: { ...bare.proof, credentials: [], testimonial_count: 0 },
    });
    expect(unknown.positioning_axes.length).toBeGreaterThanOrEqual(2);
    for (const axis of unknown.positioning_axes) {
      expect(axis.brand_position).toBeNull();
      expect(axis.rationale).toMatch(/No evidence/);
    }
    expect(unknown.gaps).toEqual([]);
    expect(unknown.differentiation).toEqual([]);
    expect(unknown.limitations.join(' ')).toMatch(/no value propositions or proof/);
  });

  it('grounds gaps and differentiation in the brand profile', () => {
    const landscape = offline(dentalInput());
    expect(landscape.gaps.length).toBeGreaterThan(0);
    expect(landscape.gaps[0]?.gap).toMatch(/Corporate dental chains/);
    for (const gap of landscape.gaps) expect(gap.evidence).toMatch(/brand's own evidence/);
    const evidence = landscape.differentiation.map((point) => point.evidence).join('\n');
    expect(evidence).toContain('Family-owned practice: you see the same dentist at every visit');
    expect(landscape.differentiation.map((point) => point.point)).toContain(
      'Track record: 26 years in business.',
    );
  });

  it('is deterministic', () => {
    expect(JSON.stringify(offline(dentalInput()))).toBe(JSON.stringify(offline(dentalInput())));
  });

  it('gives every industry 2–4 category players, and different industries different players', () => {
    const archetypes = new Map<string, string>();
    for (const key of INDUSTRY_KEYS) {
      const input = distillFrom(
        brandProfile({ industry: { key, label: industryLabel(key) } }),
        siteSnapshot([]),
        'bright-smile-dental',
      );
      const landscape = offline(input);
      expect(CompetitiveLandscape.safeParse(landscape).success).toBe(true);
      expect(landscape.category_players.length).toBeGreaterThanOrEqual(2);
      expect(landscape.category_players.length).toBeLessThanOrEqual(4);
      archetypes.set(key, landscape.category_players.map((player) => player.archetype).join('|'));
    }
    expect(new Set(archetypes.values()).size).toBe(INDUSTRY_KEYS.length);
    const examples = (key: 'dental' | 'fitness') =>
      offline(
        distillFrom(brandProfile({ industry: { key, label: industryLabel(key) } }), null, 'x'),
      ).category_players.flatMap((player) => player.examples);
    expect(examples('dental')).toContain('Aspen Dental');
    expect(examples('fitness')).toEqual(expect.arrayContaining(['Planet Fitness', 'Orangetheory Fitness']));
  });

  it('notes its discoveries and warns when nobody is named', () => {
    const named = recordingContext();
    offline(dentalInput(), named.context);
    expect(named.notes).toContainEqual({
      kind: 'discovery',
      text: 'competitor "Big Chain Dental" is named on the site',
    });

    const none = recordingContext();
    offline(distillFrom(brandProfile(), siteSnapshot([]), 'bright-smile-dental'), none.context);
    expect(none.notes.map((note) => note.kind)).toEqual(['warning']);
  });
});
