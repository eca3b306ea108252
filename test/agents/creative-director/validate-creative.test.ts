import { describe, expect, it } from 'vitest';
import { creativeDirector } from '../../../src/agents/creative-director/index.ts';
import { dentalInput, recordingContext, saasInput } from './fixtures.ts';

describe('creative director validation', () => {
  it('catches a brief for an audience the strategy does not have', async () => {
    const input = await dentalInput();
    const output = await creativeDirector.offline(input, recordingContext());
    const [first, ...rest] = output.plan.briefs;
    const broken = {
      ...output,
      plan: { ...output.plan, briefs: [{ ...first!, demographic: 'retired-sailors' }, ...rest] },
    };
    expect(creativeDirector.validate(broken, input)).toContain(
      `brief ${first!.id} is for unknown demographic "retired-sailors"`,
    );
  });

  it('catches a platform without copy, a foreign brand id, an unknown pillar and an off-brand colour', async () => {
    const input = await saasInput();
    const output = await creativeDirector.offline(input, recordingContext());
    const broken = {
      plan: {
        ...output.plan,
        brand_id: 'someone-else',
        visual_direction: { ...output.plan.visual_direction, palette: ['#123456', input.colors.primary] },
      },
      adCopy: {
        ...output.adCopy,
        variants: output.adCopy.variants
          .filter((variant) => variant.platform !== 'linkedin')
          .map((variant, index) => (index === 0 ? { ...variant, pillar: 'made-up' } : variant)),
      },
    };
    const problems = creativeDirector.validate(broken, input);
    expect(problems).toContain('plan brand_id "someone-else" is not "ledgerly"');
    expect(problems.some((problem) => problem.startsWith('platform linkedin has no ad copy'))).toBe(true);
    expect(problems.some((problem) => problem.includes('unknown pillar "made-up"'))).toBe(true);
    expect(problems).toContain('palette colour #123456 is not a brand colour');
  });

  it('catches a brief on a platform that does not target its audience', async () => {
    const input = await saasInput();
    const output = await creativeDirector.offline(input, recordingContext());
    const google = input.platforms.find((platform) => platform.id === 'google')!;
    const outsider = input.demographics.find((demographic) => !google.demographics.includes(demographic.id))!;
    const brief = output.plan.briefs.find((item) => item.platform === 'google')!;
    const broken = {
      ...output,
      plan: {
        ...output.plan,
        briefs: output.plan.briefs.map((item) =>
          item === brief ? { ...item, demographic: outsider.id } : item,
        ),
      },
    };
    expect(creativeDirector.validate(broken, input)).toContain(
      `brief ${brief.id} is for "${outsider.id}", whom google does not target`,
    );
  });
});
