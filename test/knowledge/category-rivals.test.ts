import { describe, expect, it } from 'vitest';
import { loadIndustries } from '../../src/knowledge/index.ts';

// Words that place a rival where the client is: the customer compares businesses they can get to.
const SAME_PLACE = /\b(nearby|local|in the area|within (walking|a short) distance)\b/i;

describe('category players: the rivals a customer would compare', () => {
  const industries = loadIndustries().all.filter(
    (industry) => industry.playbook.defaultBusinessModel === 'brick-and-mortar-primary',
  );

  it('lists, for every local kind of business, rivals of the same kind in the same place', () => {
    const without = industries
      .filter(
        (industry) =>
          !industry.category.players.some((player) =>
            SAME_PLACE.test(`${player.archetype} ${player.how_they_compete}`),
          ),
      )
      .map((industry) => industry.key);
    expect(without).toEqual([]);
    expect(industries.length).toBeGreaterThan(10);
  });

  it('places a clinic against other practices, not only against chains and telehealth', () => {
    const medical = loadIndustries().lookup('medical').category.players;
    expect(medical[0]!.archetype).toMatch(/other practices/i);
    const legal = loadIndustries().lookup('legal').category.players;
    expect(legal[0]!.archetype).toMatch(/other local firms/i);
  });
});
