import { describe, expect, it } from 'vitest';
import { distillFrom } from '../../../src/agents/competitive-intelligence/distill.ts';
import { offline } from '../../../src/agents/competitive-intelligence/offline.ts';
import { validate } from '../../../src/agents/competitive-intelligence/validate.ts';
import type { Competitor } from '../../../src/schemas/competitive-landscape.ts';
import { brandProfile, DENTAL_PAGES, siteSnapshot } from './fixtures.ts';

const input = distillFrom(brandProfile(), siteSnapshot(DENTAL_PAGES), 'bright-smile-dental');
const good = offline(input);
const competitor = (name: string, kind: Competitor['kind']): Competitor => ({
  name,
  kind,
  description: 'A dental group.',
  url: null,
  sources: [{ kind: 'model' }],
  confidence: 0.5,
});

describe('validate', () => {
  it('rejects a named-on-site competitor that the site does not name', () => {
    const output = {
      ...good,
      competitors: [...good.competitors, competitor('Gentle Dental Co', 'named-on-site')],
    };
    expect(validate(output, input)).toEqual([
      `competitor "Gentle Dental Co" has kind named-on-site, but no excerpt of the client's website names it`,
    ]);
  });

  it('rejects the brand listed as its own competitor', () => {
    const output = { ...good, competitors: [competitor('Bright Smile Dental', 'model-research')] };
    expect(validate(output, input)).toEqual([
      'competitor "Bright Smile Dental" is the brand itself; a brand is not its own competitor',
    ]);
  });

  it('rejects a different brand name, a duplicate and empty limitations', () => {
    const output = {
      ...good,
      brand_name: 'Other Dental',
      competitors: [
        competitor('Aspen Dental', 'model-research'),
        competitor('aspen dental', 'model-research'),
      ],
      limitations: [],
    };
    expect(validate(output, input)).toEqual([
      'brand_name is "Other Dental" but the brand profile names "Bright Smile Dental"',
      'competitor "aspen dental" is listed twice',
      'limitations is empty; say plainly what was not researched (prices, share of voice, ad activity …)',
    ]);
  });

  it('accepts model-researched competitors', () => {
    const output = {
      ...good,
      competitors: [...good.competitors, competitor('Aspen Dental', 'model-research')],
    };
    expect(validate(output, input)).toEqual([]);
  });
});
