import { afterEach, describe, expect, it } from 'vitest';
import { distill } from '../../../src/agents/competitive-intelligence/distill.ts';
import { brandProfile, briefSnapshot, DENTAL_PAGES, siteSnapshot } from './fixtures.ts';
import { createTempWorkspace, type TempWorkspace } from './temp-workspace.ts';

describe('distill', () => {
  let workspace: TempWorkspace | undefined;
  afterEach(async () => {
    await workspace?.remove();
    workspace = undefined;
  });

  async function clientDir(profile: unknown, snapshot: unknown | null) {
    workspace = await createTempWorkspace('bright-smile-dental');
    await workspace.write('research/brand-profile.json', `${JSON.stringify(profile, null, 2)}\n`);
    if (snapshot) await workspace.write('research/sources/snapshot.json', JSON.stringify(snapshot));
    return workspace;
  }

  it('keeps the brand essentials from the brand profile', async () => {
    const input = await distill(await clientDir(brandProfile(), siteSnapshot(DENTAL_PAGES)));
    expect(input.brand_name).toBe('Bright Smile Dental');
    expect(input.industry).toEqual({ key: 'dental', label: 'Dental practice' });
    expect(input.business_model).toBe('brick-and-mortar-primary');
    expect(input.locations).toEqual([{ city: 'Portland', region: 'OR', country: 'US' }]);
    expect(input.offerings).toEqual(['Check-ups and cleanings', 'Teeth whitening', 'Dental implants']);
    expect(input.value_propositions[0]).toEqual({
      text: 'Family-owned practice: you see the same dentist at every visit',
      page: 'https://www.brightsmiledental.example/about',
    });
    expect(input.proof.years_in_business).toEqual({
      years: 26,
      page: 'https://www.brightsmiledental.example/about',
    });
    expect(input.tagline?.text).toBe('Gentle family dentistry in the heart of Portland');
  });

  it('extracts comparative mentions of other businesses with their page and a short excerpt', async () => {
    const input = await distill(await clientDir(brandProfile(), siteSnapshot(DENTAL_PAGES)));
    expect(input.mentions).toEqual([
      {
        name: 'Big Chain Dental',
        cue: 'unlike',
        excerpt: 'Unlike Big Chain Dental, we never rush you through a check-up.',
        page: 'https://www.brightsmiledental.example/',
        origin: 'site',
      },
      {
        name: 'Smile Factory',
        cue: 'switch from',
        excerpt: 'Many patients switch from Smile Factory after one visit.',
        page: 'https://www.brightsmiledental.example/about',
        origin: 'site',
      },
    ]);
  });

  it('never takes the brand itself, generic phrases or script text as a competitor', async () => {
    const input = await distill(await clientDir(brandProfile(), siteSnapshot(DENTAL_PAGES)));
    const names = input.mentions.map((mention) => mention.name);
    expect(names.some((name) => name.includes('Bright Smile'))).toBe(false);
    expect(names).not.toContain('Script Co');
    expect(names.some((name) => /most|big chains|rest/i.test(name))).toBe(false);
  });

  it('reads "Competitors: A, B" lines and comparisons from a brief', async () => {
    const brief = [
      'Bright Smile Dental is a family dental practice in Portland.',
      'Competitors: Aspen Dental, Pearl Street Dentistry and Smile Co (downtown)',
      'We are a friendly alternative to Heartland Dental offices for families.',
    ].join('\n');
    const input = await distill(await clientDir(brandProfile({ kind: 'brief' }), briefSnapshot(brief)));
    expect(input.mentions.map((mention) => [mention.name, mention.origin, mention.page])).toEqual([
      ['Aspen Dental', 'brief', 'brief'],
      ['Pearl Street Dentistry', 'brief', 'brief'],
      ['Smile Co', 'brief', 'brief'],
      ['Heartland Dental', 'brief', 'brief'],
    ]);
    expect(input.mentions[0]?.excerpt).toBe(
      'Competitors: Aspen Dental, Pearl Street Dentistry and Smile Co (downtown)',
    );
  });

  it('works without a snapshot, with no mentions', async () => {
    const input = await distill(await clientDir(brandProfile(), null));
    expect(input.mentions).toEqual([]);
    expect(input.brand_name).toBe('Bright Smile Dental');
  });

  it('maps an unknown industry to the "other" category', async () => {
    const input = await distill(await clientDir(brandProfile({ industry: null }), siteSnapshot([])));
    expect(input.industry).toEqual({ key: 'other', label: 'Other business' });
  });
});
