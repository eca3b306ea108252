import { describe, expect, it } from 'vitest';
import { checkPromises } from '../../../src/agents/qa/checks/check-promises.ts';
import { contextWith } from './qa-context-fixture.ts';

describe('promises check: client documents describe only what the system does today', () => {
  const run = (files: Record<string, string>) => checkPromises(contextWith(files))[0]!;

  it('blocks a dashboard, lead scores, alerts, a weekly report and unbuilt endpoints, naming file and line', () => {
    const check = run({
      'docs/system-overview.md':
        '# How it works\n\nYou see it all on the dashboard.\n\nEvery lead is scored 0–100; a hot lead triggers an alert.\n',
      'proposal/index.html': '<html><body><p>Every Monday you receive a weekly report.</p></body></html>',
      'content-requests/README.md': '# Send files\n\nUpload through `POST /api/content` or call us.\n',
      'strategy/campaign-plan.md': '# Plan\n\nShopify orders arrive at /api/webhooks/shopify.\n',
    });
    expect(check.status).toBe('fail');
    const found = check.details.join('\n');
    expect(found).toMatch(/docs\/system-overview\.md: promises a dashboard \("dashboard"\) on line 3/);
    expect(found).toMatch(/promises lead scores \("scored"\) on line 5/);
    expect(found).toMatch(/promises alerts to a person/);
    expect(found).toMatch(/proposal\/index\.html: promises a weekly report/);
    expect(found).toMatch(/content-requests\/README\.md: promises uploading/);
    expect(found).toMatch(/strategy\/campaign-plan\.md: promises Shopify order webhooks/);
  });

  it('passes documents that describe stored enquiries, nightly routines and the decision record', () => {
    const check = run({
      'docs/following-results.md':
        '# Following the results\n\nEvery enquiry is stored with the ad that brought it.\n\n```sh\nnpx factory decisions juniper\n```\n',
      'docs/api-and-webhooks.md': '# The client API\n\n| POST | `/api/forms/:form` | public | a form |\n',
    });
    expect(check).toMatchObject({ status: 'pass', details: [] });
  });

  it('ignores other files (internal prompts describe runtime roles, not promises to the client)', () => {
    const check = run({
      'automation/prompts/client-translator.md': '# Role\n\nYou write the weekly report.\n',
    });
    expect(check.status).toBe('skipped');
  });
});
