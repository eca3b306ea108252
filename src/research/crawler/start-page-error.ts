import { FactoryError } from '../../errors/factory-error.ts';
import type { FetchFailure } from './fetch-resource.ts';

/**
 * Without its start page there is no crawl, so whatever kept us from it becomes an error the
 * user reads: what happened to which address, and what to try next.
 */
export function startPageError(failure: FetchFailure, url: string, timeoutMs: number): FactoryError {
  switch (failure.kind) {
    case 'refused':
      return failure.error;
    case 'timeout':
      return new FactoryError(
        'UNREACHABLE',
        `${url} did not answer within ${timeoutMs} ms.`,
        'Check that the site loads in a browser; if it is just slow, try again later.',
      );
    case 'unreachable':
      return new FactoryError(
        'UNREACHABLE',
        `Could not reach ${url} (${failure.detail}).`,
        'Check that the address is spelled right and the site is up, then try again.',
      );
    case 'http-status':
      return new FactoryError(
        'HTTP_ERROR',
        `${url} answered with HTTP status ${failure.status}.`,
        'Open the address in a browser and start from a page that loads, usually the home page.',
      );
    case 'redirect-loop':
      return new FactoryError(
        'REDIRECT_LOOP',
        `${url} redirects in a loop.`,
        'Open the address in a browser; if it loads there, start from the address it ends up on.',
      );
    case 'too-many-redirects':
      return new FactoryError(
        'REDIRECT_LOOP',
        `${url} redirects more than ${failure.limit} times.`,
        'Open the address in a browser and start from the address it ends up on.',
      );
    case 'off-site':
      return new FactoryError(
        'REDIRECT_OFF_SITE',
        `${url} redirects to another site (${failure.url}) after already changing host once.`,
        'Start from the address the site finally lands on in a browser.',
      );
    case 'too-large':
      return new FactoryError(
        'PAGE_TOO_LARGE',
        `The start page ${url} is larger than ${failure.limit} bytes.`,
        'Start from a smaller page of the site, or describe the business in a brief with --file.',
      );
    case 'unwanted-type':
      return new FactoryError(
        'NOT_HTML',
        `${url} is not a web page (it is ${failure.contentType || 'of unknown type'}).`,
        "Give the address of an HTML page, such as the site's home page.",
      );
    case 'robots-disallowed':
      return new FactoryError(
        'ROBOTS_DISALLOWED',
        `The site's robots.txt does not allow crawling ${failure.url}.`,
        'Ask the site owner to allow MarketingFactoryBot, or describe the business in a brief with --file.',
      );
  }
}
