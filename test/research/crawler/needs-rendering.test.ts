import { describe, expect, it } from 'vitest';
import { needsRendering } from '../../../src/research/crawler/needs-rendering.ts';
import { parsePage } from '../../../src/research/crawler/parse-page.ts';

const URL_ = 'https://kites.example/';
const needs = (html: string) => needsRendering(parsePage(html, URL_));
const prose = (sentences: number) =>
  '<p>Every kite is sewn by hand and flown on the dunes before it ships to you.</p>'.repeat(sentences);

describe('needsRendering', () => {
  it('wants a browser for an empty mount point filled by a script', () => {
    expect(needs('<body><div id="root"></div><script src="/main.js"></script></body>')).toBe(true);
    expect(needs('<body><div id="app"></div><script type="module" src="/app.js"></script></body>')).toBe(
      true,
    );
  });

  it('wants a browser for a mount point beside a static header and footer', () => {
    expect(
      needs(`<body><header>${prose(4)}</header><div id="__next"></div><script src="/n.js"></script></body>`),
    ).toBe(true);
  });

  it('reads a page with real text as served, scripts or not', () => {
    expect(needs(`<body><main>${prose(4)}</main><script>gtag('config')</script></body>`)).toBe(false);
    expect(needs(`<body><div id="app">${prose(20)}</div><script src="/hydrate.js"></script></body>`)).toBe(
      false,
    );
  });

  it('reads a short page without scripts as served, and does not count data blocks as scripts', () => {
    expect(needs('<body><h1>Coming soon</h1></body>')).toBe(false);
    expect(
      needs('<body><h1>Kites</h1><script type="application/ld+json">{"@type":"Store"}</script></body>'),
    ).toBe(false);
  });
});
