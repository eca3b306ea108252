import { describe, expect, it } from 'vitest';
import { planStrategy } from '../../../src/agents/strategist/offline.ts';
import type { StrategistOutput } from '../../../src/agents/strategist/strategist-output.ts';
import { validateStrategy } from '../../../src/agents/strategist/validate.ts';
import { dentalInput, recordingContext, saasInput } from './fixtures.ts';

function withConfig(output: StrategistOutput, patch: Partial<StrategistOutput['config']>): StrategistOutput {
  return { ...output, config: { ...output.config, ...patch } };
}

describe('validateStrategy', () => {
  it('catches a phone number the profile never mentioned', () => {
    const input = saasInput();
    const output = planStrategy(input, recordingContext());
    const invented = withConfig(output, { contact: { ...output.config.contact, phone: '+1 415 555 0100' } });
    expect(validateStrategy(invented, input)).toEqual([
      'contact phone "+1 415 555 0100" does not appear in the brand profile',
    ]);
  });

  it('accepts the profile phone in another format but not an invented email', () => {
    const input = dentalInput();
    const output = planStrategy(input, recordingContext());
    const reformatted = withConfig(output, {
      contact: {
        ...output.config.contact,
        phone: '360-555-0142',
        email: 'sales@bellinghamfamilydental.example',
      },
    });
    expect(validateStrategy(reformatted, input)).toEqual([
      'contact email "sales@bellinghamfamilydental.example" does not appear in the brand profile',
    ]);
  });

  it('catches a renamed brand, an orphan budget line and an unknown demographic', () => {
    const input = dentalInput();
    const output = planStrategy(input, recordingContext());
    const [google, meta] = output.config.platforms;
    const broken = withConfig(output, {
      brand_name: 'Bellingham Dental Experts',
      platforms: [{ ...google!, demographics: ['nobody'], budget_share: 1 }],
    });
    const problems = validateStrategy(broken, input);
    expect(problems).toContain(
      'brand_name "Bellingham Dental Experts" differs from the profile\'s "Bellingham Family Dental"',
    );
    expect(problems).toContain('platform google targets unknown demographic "nobody"');
    expect(problems).toContain(`budget line for ${meta!.id} has no platform`);
  });

  it('catches offerings and geo centres that research did not find', () => {
    const input = dentalInput();
    const output = planStrategy(input, recordingContext());
    const zones = output.config.geographic_strategy.zones.map((zone, index) =>
      index === 0 ? { ...zone, center: { lat: 1, lng: 2 } } : zone,
    );
    const broken = withConfig(output, {
      offerings: [{ name: 'Sedation dentistry', description: null, price: null }],
      geographic_strategy: { ...output.config.geographic_strategy, zones },
    });
    const problems = validateStrategy(broken, input);
    expect(problems.some((problem) => problem.includes('"Sedation dentistry" is not among'))).toBe(true);
    expect(problems.some((problem) => problem.includes('centre that is not a location'))).toBe(true);
  });
});
