import { describe, expect, it } from 'vitest';
import { creativeDirector } from '../../../src/agents/creative-director/index.ts';
import {
  checkAdVariant,
  countChars,
  PLATFORM_KIND,
  PLATFORM_LIMITS,
  variantOverlaps,
} from '../../../src/creative/index.ts';
import type { AdVariant } from '../../../src/schemas/ad-copy.ts';
import { dentalInput, recordingContext, saasInput } from './fixtures.ts';

const BRANDS = [
  ['a dental practice on Google and Meta', dentalInput],
  ['a B2B SaaS on Google and LinkedIn', saasInput],
] as const;

function texts(variant: AdVariant): string[] {
  const { kind: _kind, ...fields } = variant.fields;
  return Object.values(fields).flatMap((value) => (Array.isArray(value) ? value : [value]));
}

function wholeWord(word: string): RegExp {
  const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\w-])${escaped}(?![\\w-])`, 'i');
}

describe.each(BRANDS)('creative director offline, for %s', (_label, makeInput) => {
  it('produces output that matches the schema and passes its own validation', async () => {
    const input = await makeInput();
    const output = await creativeDirector.offline(input, recordingContext());
    expect(creativeDirector.schema.safeParse(output).success).toBe(true);
    expect(creativeDirector.validate(output, input)).toEqual([]);
  });

  it('writes 5–8 briefs covering every platform and every targeted audience', async () => {
    const input = await makeInput();
    const { plan } = await creativeDirector.offline(input, recordingContext());
    expect(plan.briefs.length).toBeGreaterThanOrEqual(5);
    expect(plan.briefs.length).toBeLessThanOrEqual(8);
    for (const platform of input.platforms) {
      expect(plan.briefs.some((brief) => brief.platform === platform.id)).toBe(true);
    }
    const targeted = new Set(input.platforms.flatMap((platform) => platform.demographics));
    for (const id of targeted) expect(plan.briefs.some((brief) => brief.demographic === id)).toBe(true);
    for (const brief of plan.briefs.filter((item) => item.duration_seconds > 0)) {
      const seconds = brief.scenes.reduce((sum, scene) => sum + scene.seconds, 0);
      expect(seconds).toBe(brief.duration_seconds);
      expect(brief.duration_seconds).toBeGreaterThanOrEqual(15);
      expect(brief.duration_seconds).toBeLessThanOrEqual(60);
    }
  });

  it('gives every audience at least one search ad and two ads elsewhere, none a near-copy of another', async () => {
    const input = await makeInput();
    const { adCopy } = await creativeDirector.offline(input, recordingContext());
    expect(variantOverlaps(adCopy.variants)).toEqual([]);
    for (const platform of input.platforms) {
      for (const demographic of platform.demographics) {
        const variants = adCopy.variants.filter(
          (variant) => variant.platform === platform.id && variant.demographic === demographic,
        );
        const search = PLATFORM_KIND[platform.id].endsWith('-rsa');
        expect(variants.length, `${platform.id} × ${demographic}`).toBeGreaterThanOrEqual(search ? 1 : 2);
        for (const variant of variants) {
          expect(variant.objective).toBe(platform.objective);
          expect(variant.final_url_path).toBe(`/lp/${platform.id}-${platform.objective}`);
        }
      }
    }
  });

  it('keeps no variant over a hard limit, re-checked field by field', async () => {
    const input = await makeInput();
    const { adCopy } = await creativeDirector.offline(input, recordingContext());
    const rules = { avoid: input.voice.avoid, sourceText: input.source_text };
    for (const variant of adCopy.variants) {
      expect(checkAdVariant(variant, rules).filter((problem) => problem.severity === 'hard')).toEqual([]);
      const { fields } = variant;
      if (fields.kind === 'google-rsa' || fields.kind === 'microsoft-rsa') {
        expect(fields.headlines.length).toBeGreaterThanOrEqual(8);
        expect(fields.headlines.length).toBeLessThanOrEqual(15);
        expect(fields.descriptions.length).toBeGreaterThanOrEqual(2);
        expect(fields.descriptions.length).toBeLessThanOrEqual(4);
        for (const line of fields.headlines) expect(countChars(line, fields.kind)).toBeLessThanOrEqual(30);
        for (const line of fields.descriptions) expect(countChars(line, fields.kind)).toBeLessThanOrEqual(90);
        expect(fields.path1.length).toBeLessThanOrEqual(15);
        expect(fields.path2.length).toBeLessThanOrEqual(15);
      }
      if (fields.kind === 'linkedin') {
        expect(countChars(fields.intro)).toBeLessThanOrEqual(PLATFORM_LIMITS.linkedin.intro.hard);
        expect(countChars(fields.headline)).toBeLessThanOrEqual(PLATFORM_LIMITS.linkedin.headline.hard);
      }
      if (fields.kind === 'meta') {
        expect(countChars(fields.primary_text)).toBeLessThanOrEqual(PLATFORM_LIMITS.meta.primary_text.hard);
      }
    }
  });

  it("writes copy from the brand's own offerings and name", async () => {
    const input = await makeInput();
    const { adCopy } = await creativeDirector.offline(input, recordingContext());
    const offerings = input.offerings.map((offering) => offering.name.toLowerCase());
    for (const platform of input.platforms) {
      const copy = adCopy.variants
        .filter((variant) => variant.platform === platform.id)
        .flatMap(texts)
        .join('\n')
        .toLowerCase();
      expect(
        offerings.some((name) => copy.includes(name)),
        platform.id,
      ).toBe(true);
      expect(copy).toContain(input.brand.name.toLowerCase());
    }
  });

  it('never uses a word of the avoid list, in copy or briefs', async () => {
    const input = await makeInput();
    const { plan, adCopy } = await creativeDirector.offline(input, recordingContext());
    const { avoid: _avoid, ...rest } = plan;
    const written = [JSON.stringify(rest), ...adCopy.variants.flatMap(texts)].join('\n');
    for (const word of input.voice.avoid) expect(written).not.toMatch(wholeWord(word));
  });

  it('builds the palette from the brand colours and keeps claims to research', async () => {
    const input = await makeInput();
    const { plan } = await creativeDirector.offline(input, recordingContext());
    const brandHexes = Object.values(input.colors);
    for (const hex of plan.visual_direction.palette) expect(brandHexes).toContain(hex);
    expect(plan.visual_direction.palette).toContain(input.colors.primary);
    expect(plan.pillars.length).toBeGreaterThanOrEqual(2);
    expect(plan.pillars.length).toBeLessThanOrEqual(4);
    const source = input.source_text.toLowerCase();
    for (const pillar of plan.pillars) {
      for (const proof of pillar.proof) {
        const claim = proof
          .replace(/[“”]/g, '')
          .replace(/ \([^)]*\)$/, '')
          .split(':')[0]!
          .toLowerCase();
        const fromLandscape = input.competition?.differentiation.some((point) => point.point === proof);
        expect(fromLandscape || source.includes(claim), proof).toBe(true);
      }
    }
  });

  it('is deterministic: two runs render identical files', async () => {
    const input = await makeInput();
    const first = creativeDirector.render(await creativeDirector.offline(input, recordingContext()), input);
    const second = creativeDirector.render(await creativeDirector.offline(input, recordingContext()), input);
    expect(second).toEqual(first);
  });

  it('records its main creative decisions in the build context', async () => {
    const input = await makeInput();
    const context = recordingContext();
    await creativeDirector.offline(input, context);
    const decisions = context.notes.filter((note) => note.kind === 'decision').map((note) => note.text);
    expect(decisions.some((text) => text.startsWith('Messaging pillars'))).toBe(true);
    expect(decisions.some((text) => /\d briefs/.test(text))).toBe(true);
  });
});

describe('creative director across brands', () => {
  it('writes different copy for two different brands', async () => {
    const dental = await dentalInput();
    const saas = await saasInput();
    const dentalCopy = new Set(
      (await creativeDirector.offline(dental, recordingContext())).adCopy.variants.flatMap(texts),
    );
    const saasCopy = (await creativeDirector.offline(saas, recordingContext())).adCopy.variants.flatMap(
      texts,
    );
    const shared = saasCopy.filter((line) => dentalCopy.has(line));
    // Only the platforms' generic fillers may coincide ("Learn More"); nothing about the brand does.
    expect(shared.filter((line) => line.split(' ').length > 2)).toEqual([]);
    expect([...dentalCopy].join(' ')).toContain('Bellingham');
    expect(saasCopy.join(' ')).not.toContain('Bellingham');
  });
});

describe('offering names inside ad sentences', () => {
  it('lowers plain title case, keeps proper names, and adds the article a single plan needs', async () => {
    const { nameInSentence } = await import('../../../src/agents/creative-director/copy-text.ts');
    expect(nameInSentence('Silver Prepaid Plan')).toBe('a silver prepaid plan');
    expect(nameInSentence('Intro Assessment')).toBe('an intro assessment');
    expect(nameInSentence('Teeth Whitening')).toBe('teeth whitening');
    expect(nameInSentence('CrossFit Classes')).toBe('CrossFit classes');
  });
});

describe('what an ad may say', () => {
  it('never puts the market analysis (differentiation points) into customer-facing copy', async () => {
    const { creativeDirector } = await import('../../../src/agents/creative-director/index.ts');
    const { dentalInput } = await import('./fixtures.ts');
    const base = await dentalInput();
    const analysis = 'Social proof from 3 customer testimonials.';
    const input = {
      ...base,
      competition: {
        ...(base.competition ?? { gaps: [], differentiation: [] }),
        differentiation: [{ point: analysis, evidence: 'three testimonials on the site' }],
      },
    } as typeof base;
    const output = await creativeDirector.offline(input, { note() {} });
    expect(JSON.stringify(output.adCopy.variants)).not.toContain('Social proof');
  });
});

describe('research facts that use an avoided word', () => {
  it('are left out, so the engine never writes what its validator refuses', async () => {
    const base = await dentalInput();
    const avoid = [...base.voice.avoid, 'best in town', 'authentic (unless explained)'];
    const input = {
      ...base,
      voice: { ...base.voice, tone: ['friendly', 'authentic'], avoid },
      offerings: base.offerings.map((offering, index) =>
        index === 0 ? { ...offering, description: 'Authentic care, the best in town.' } : offering,
      ),
      proof: {
        ...base.proof,
        testimonials: [
          { quote: 'Simply the best in town, I would not go anywhere else.', author: 'Dana' },
          ...base.proof.testimonials,
        ],
      },
    };
    const output = await creativeDirector.offline(input, recordingContext());
    expect(creativeDirector.validate(output, input)).toEqual([]);
    const { avoid: _avoid, ...rest } = output.plan;
    const written = [JSON.stringify(rest), ...output.adCopy.variants.flatMap(texts)].join('\n');
    expect(written).not.toMatch(wholeWord('authentic'));
    expect(written).not.toMatch(wholeWord('best in town'));
  });
});
