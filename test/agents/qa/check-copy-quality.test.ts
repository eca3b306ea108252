import { describe, expect, it } from 'vitest';
import { checkCopyQuality } from '../../../src/agents/qa/checks/check-copy-quality.ts';
import type { QaContext } from '../../../src/agents/qa/qa-context.ts';
import type { AdCopy, AdVariant } from '../../../src/schemas/ad-copy.ts';
import type { BrandConfig } from '../../../src/schemas/brand-config.ts';
import { variantOf } from '../../creative/variants.ts';

function contextWith(files: Record<string, string>, variants: AdVariant[] = []): QaContext {
  const adCopy: AdCopy = { schema_version: 1, brand_id: 'juniper', variants, rejected: [] };
  return {
    slug: 'juniper',
    files,
    parsed: new Map(),
    config: {
      brand_voice: { tone: ['warm'], personality: ['kind'], avoid: ['best'] },
    } as unknown as BrandConfig,
    profile: null,
    landscape: null,
    plan: null,
    adCopy,
    policy: null,
  };
}

const findings = (context: QaContext) => checkCopyQuality(context)[0]!;

const RSA_HEADLINES = [
  'Juniper Inn Chatham',
  'Rooms With a Harbour View',
  'Breakfast Served Daily',
  'Book a Room',
  'Quiet Rooms in Chatham',
  'Family Suites',
];

describe('the copy-quality check', () => {
  it('passes clean copy and clean pages', () => {
    const context = contextWith(
      {
        'website/index.html':
          '<main><h1>Juniper Inn</h1><p>Quiet rooms by the harbour in Chatham.</p></main>',
      },
      [variantOf('google-rsa', { headlines: RSA_HEADLINES }), variantOf('meta', {}, 'meta-1')],
    );
    expect(findings(context)).toMatchObject({ status: 'pass' });
  });

  it('blocks on ad copy that is not English, naming the file, the variant and the sentence', () => {
    const context = contextWith({}, [
      variantOf('meta', {
        primary_text: 'Looking for treat themselves and family? Juniper Inn offers restful in Chatham.',
      }),
    ]);
    const check = findings(context);
    expect(check.status).toBe('fail');
    expect(check.details.join('\n')).toContain(
      'creative/ad-copy.json: variant "meta-1" primary_text grammar',
    );
    expect(check.details.join('\n')).toContain('Juniper Inn offers restful in Chatham.');
  });

  it('blocks on ads of one campaign that share more than half their headlines, and on padded calls to action', () => {
    const context = contextWith({}, [
      variantOf('google-rsa', { headlines: RSA_HEADLINES }, 'google-a'),
      variantOf('google-rsa', { headlines: [...RSA_HEADLINES.slice(0, 5), 'Harbour Walks'] }, 'google-b'),
      variantOf(
        'google-rsa',
        { headlines: ['Visit Us', 'Visit Us Today', 'Visit Us Online', 'Learn More', 'Juniper'] },
        'google-c',
      ),
    ]);
    const details = findings(context).details.join('\n');
    expect(details).toContain('"google-a" and "google-b": 83% of their headlines are shared');
    expect(details).toContain('variant "google-c": 4 filler headlines');
    expect(details).toContain('repeat one call to action (Visit Us / Visit Us Today / Visit Us Online)');
  });

  it('reads website pages as visible text: avoided words, breadcrumbs and analyst labels, not scripts', () => {
    const page =
      '<html><body><script>var best = "#0b5f73";</script><nav>home / Programs / Tutoring</nav>' +
      '<p>The best rooms in town.</p><p>Gentle care, backed by credential: board-certified.</p></body></html>';
    const details = findings(contextWith({ 'website/about.html': page })).details.join('\n');
    expect(details).toContain('website/about.html: menu-text');
    expect(details).toContain('website/about.html: avoided-word: "The best rooms in town."');
    expect(details).toContain('website/about.html: raw-slot');
    expect(details).not.toContain('#0b5f73');
  });

  it('blocks on one sentence repeated across the items of a monthly plan', () => {
    const plan = [
      '# Plan',
      '',
      ...Array.from(
        { length: 16 },
        (_, index) =>
          `- [ ] **Day ${index + 1}**: a photo set. Food lovers want better taste and real ingredients; Juniper answers with cakes.`,
      ),
    ].join('\n');
    const details = findings(contextWith({ 'content-requests/monthly-content-plan.md': plan })).details;
    expect(details).toHaveLength(1);
    expect(details[0]).toContain(
      'repeated-sentence: "Food lovers want better taste and real ingredients; Juniper answers with cakes." (written 16 times)',
    );
  });
});
