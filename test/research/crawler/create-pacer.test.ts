import { describe, expect, it } from 'vitest';
import { createPacer } from '../../../src/research/crawler/create-pacer.ts';

describe('createPacer', () => {
  it('spaces request starts by the interval even when they are asked for all at once', async () => {
    const pace = createPacer(40);
    const origin = Date.now();

    const starts = await Promise.all([0, 1, 2].map(() => pace().then(() => Date.now() - origin)));

    expect(starts[0]).toBeLessThan(30);
    expect(starts[1]).toBeGreaterThanOrEqual(35);
    expect(starts[2]).toBeGreaterThanOrEqual(75);
  });

  it('does not wait at all without an interval', async () => {
    const pace = createPacer(0);
    const origin = Date.now();

    await Promise.all([pace(), pace(), pace()]);

    expect(Date.now() - origin).toBeLessThan(20);
  });
});
