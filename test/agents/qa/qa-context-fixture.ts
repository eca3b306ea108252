import type { QaContext } from '../../../src/agents/qa/qa-context.ts';

/** A QA context holding only these files (no parsed artifacts), for checks that read text. */
export function contextWith(files: Record<string, string>, slug = 'juniper'): QaContext {
  return {
    slug,
    files,
    parsed: new Map(),
    config: null,
    profile: null,
    landscape: null,
    plan: null,
    adCopy: null,
    policy: null,
  };
}
