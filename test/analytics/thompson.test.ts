import { describe, expect, it } from 'vitest';
import { randomFrom, streamFor } from '../../src/analytics/random.ts';
import { type AdCandidate, chooseByThompson, priorFrom } from '../../src/analytics/thompson.ts';

function shareOfPicks(candidates: readonly AdCandidate[], rounds: number, pick: (round: number) => string) {
  const counts = new Map(candidates.map((candidate) => [candidate.id, 0]));
  for (let round = 0; round < rounds; round += 1) {
    const id = pick(round);
    counts.set(id, counts.get(id)! + 1);
  }
  return Object.fromEntries([...counts].map(([id, count]) => [id, count / rounds]));
}

describe('chooseByThompson', () => {
  it('almost always picks the better ad once both have lots of data', () => {
    const better = { id: 'better', impressions: 100_000, clicks: 3_000, conversions: 150 };
    const worse = { id: 'worse', impressions: 100_000, clicks: 2_000, conversions: 100 };
    const share = shareOfPicks(
      [better, worse],
      2000,
      (round) => chooseByThompson([worse, better], streamFor(7, 'rotation', round)).id,
    );
    expect(share.better).toBeGreaterThan(0.99);
  });

  it('explores an unseen ad sometimes, but not most of the time against a proven good one', () => {
    const proven = { id: 'proven', impressions: 40_000, clicks: 1_200, conversions: 60 };
    const average = { id: 'average', impressions: 40_000, clicks: 600, conversions: 24 };
    const unseen = { id: 'unseen', impressions: 0, clicks: 0, conversions: 0 };
    const prior = priorFrom({ impressions: 80_000, clicks: 1_800, conversions: 84 });
    const share = shareOfPicks(
      [proven, average, unseen],
      4000,
      (round) => chooseByThompson([proven, average, unseen], streamFor(8, 'rotation', round), prior).id,
    );
    expect(share.unseen).toBeGreaterThan(0.1);
    expect(share.unseen).toBeLessThan(0.4);
    expect(share.proven).toBeGreaterThan(0.5);
    expect(share.average).toBeLessThan(0.02);
  });

  it('stops exploring an ad once its own data shows it is poor', () => {
    const proven = { id: 'proven', impressions: 40_000, clicks: 1_200, conversions: 60 };
    const flop = { id: 'flop', impressions: 20_000, clicks: 100, conversions: 1 };
    const prior = priorFrom({ impressions: 60_000, clicks: 1_300, conversions: 61 });
    const share = shareOfPicks(
      [proven, flop],
      2000,
      (round) => chooseByThompson([proven, flop], streamFor(9, 'rotation', round), prior).id,
    );
    expect(share.flop).toBeLessThan(0.005);
  });

  it('gives the same choice and draws for the same seed', () => {
    const candidates = [
      { id: 'a', impressions: 900, clicks: 20, conversions: 2 },
      { id: 'b', impressions: 1_100, clicks: 25, conversions: 1 },
      { id: 'c', impressions: 0, clicks: 0, conversions: 0 },
    ];
    const first = chooseByThompson(candidates, randomFrom(42));
    expect(chooseByThompson(candidates, randomFrom(42))).toEqual(first);
    expect(chooseByThompson(candidates, randomFrom(43)).draws).not.toEqual(first.draws);
    expect(Object.keys(first.draws)).toEqual(['a', 'b', 'c']);
    expect(first.draws[first.id]).toBe(Math.max(...Object.values(first.draws)));
  });

  it('rejects an empty or duplicated list of ads', () => {
    expect(() => chooseByThompson([], randomFrom(1))).toThrow(RangeError);
    const ad = { id: 'a', impressions: 10, clicks: 1, conversions: 0 };
    expect(() => chooseByThompson([ad, ad], randomFrom(1))).toThrow(/more than once/);
  });
});

describe('priorFrom', () => {
  const mean = ({ alpha, beta }: { alpha: number; beta: number }) => alpha / (alpha + beta);

  it('centres on the campaign rates with about 20 clicks of evidence', () => {
    const prior = priorFrom({ impressions: 50_000, clicks: 1_000, conversions: 50 });
    expect(mean(prior.ctr)).toBeCloseTo(0.02, 4);
    expect(mean(prior.cvr)).toBeCloseTo(0.05, 3);
    expect(prior.ctr.alpha).toBeCloseTo(20, 6);
    expect(prior.cvr.alpha + prior.cvr.beta).toBeCloseTo(20, 6);
  });

  it('uses the whole history of a campaign with fewer than 20 clicks', () => {
    const prior = priorFrom({ impressions: 400, clicks: 8, conversions: 1 });
    expect(prior.ctr).toEqual({ alpha: 8.5, beta: 392.5 });
    expect(prior.cvr).toEqual({ alpha: 1.5, beta: 7.5 });
  });

  it('stays proper for a campaign with no data yet', () => {
    expect(priorFrom({ impressions: 0, clicks: 0, conversions: 0 })).toEqual({
      ctr: { alpha: 0.5, beta: 0.5 },
      cvr: { alpha: 0.5, beta: 0.5 },
    });
  });
});
