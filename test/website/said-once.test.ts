import { describe, expect, it } from 'vitest';
import { onlyRepeats, saidOnce } from '../../src/website/said-once.ts';
import type { PlannedPage } from '../../src/website/site-plan.ts';

describe('a page says each thing once', () => {
  it('leaves out a section item that repeats the lead or an earlier item, and a section left empty', () => {
    const page = {
      intro: 'BrightPath IT is a managed IT firm in Denver. We look after small offices.',
      sections: [
        { heading: 'Why us', items: ['We look after small offices.', 'In business since 2011'] },
        {
          heading: 'Again',
          items: ['BrightPath IT is a managed IT firm in Denver.', 'In business since 2011'],
        },
      ],
    } as unknown as PlannedPage;
    expect(saidOnce(page).sections).toEqual([{ heading: 'Why us', items: ['In business since 2011'] }]);
  });

  it('tells a description that only repeats the lead from one that adds to it', () => {
    const lead = 'We fix pipes in Springfield. Call any time.';
    expect(onlyRepeats('We fix pipes in Springfield.', lead)).toBe(true);
    expect(onlyRepeats('We fix pipes in Springfield. Boilers too.', lead)).toBe(false);
    expect(onlyRepeats('', lead)).toBe(false);
  });
});
