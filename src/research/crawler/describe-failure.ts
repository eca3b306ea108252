import type { FetchFailure } from './fetch-resource.ts';

/** The short reason recorded in `snapshot.skipped` when a page or stylesheet was left out. */
export function describeFailure(failure: FetchFailure): string {
  switch (failure.kind) {
    case 'timeout':
      return 'timeout';
    case 'too-large':
      return `too large (> ${failure.limit} bytes)`;
    case 'unreachable':
      return `unreachable (${failure.detail})`;
    case 'refused':
      return 'refused: private network address';
    case 'http-status':
      return `HTTP ${failure.status}`;
    case 'redirect-loop':
      return 'redirect loop';
    case 'too-many-redirects':
      return `too many redirects (> ${failure.limit})`;
    case 'unwanted-type':
      return `not HTML: ${failure.contentType || 'no content type'}`;
    case 'robots-disallowed':
      return 'disallowed by robots.txt';
    case 'off-site':
      return `redirects off-site to ${failure.url}`;
  }
}
