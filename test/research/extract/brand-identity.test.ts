import { formatHex, parse } from 'culori';
import { describe, expect, it } from 'vitest';
import { extractBrandProfile } from '../../../src/research/extract/index.ts';
import type { SiteSnapshot, SnapshotPage } from '../../../src/research/site-snapshot.ts';

const BASE = 'https://identity.test/';

function snapshotOf(html: string, css: string): SiteSnapshot {
  const page: SnapshotPage = {
    url: BASE,
    finalUrl: BASE,
    status: 200,
    contentType: 'text/html; charset=utf-8',
    depth: 0,
    title: 'Harrow Joinery',
    html,
    bytes: html.length,
  };
  return {
    kind: 'site',
    rootUrl: BASE,
    fetchedAt: '2026-03-01T12:00:00.000Z',
    pages: [page],
    stylesheets: [{ url: `${BASE}style.css`, css }],
    skipped: [],
    robots: { found: false, crawlDelaySeconds: null },
    sitemapUrls: [],
    brief: null,
  };
}

const REVIEWS = [
  ['Fitted our kitchen in four days and left the place spotless.', 'Maria P.'],
  ['The oak staircase they built is the best thing in our house.', 'Tom R.'],
  ['Honest quote, no surprises, and the doors close perfectly.', 'Ade O.'],
];

/** A joiner's home page: green header and buttons; a lightbox, form errors and a cookie notice in other colours. */
const HOME = `<!doctype html><html><head><title>Harrow Joinery</title><link rel="stylesheet" href="/style.css"></head><body>
<header class="site-header"><a class="logo" href="/">Harrow Joinery</a><nav><a href="/kitchens">Kitchens</a></nav></header>
<main><h1>Bespoke joinery in Harrow</h1><p>Kitchens, staircases and doors made in our own workshop.</p>
<a class="btn" href="/contact">Request a quote</a>
<section class="reviews">${REVIEWS.map(
  ([quote, name]) =>
    `<article class="review-item"><blockquote class="review"><p>${quote}</p></blockquote><h3 class="review-name">${name}</h3><p class="review-city">Harrow</p></article>`,
).join('')}</section></main>
<section><h3>Workshop hours</h3><ul class="hours-list"><li><span>Monday - Friday:</span> <span>8am – 5:30pm</span></li><li><span>Saturday:</span> <span>9am-1pm</span></li><li>Sunday: Closed</li></ul>
<p>Monday to Friday we answer the phone all day.</p></section>
<footer><p>Harrow Joinery, 12 Station Road, Harrow</p></footer></body></html>`;

const CSS = `
.site-header { background: #1d6b3a; }
.btn, button { background: #1d6b3a; color: #fff; }
a { color: #1d6b3a; }
.mfp-bg, .lightbox-overlay, .modal-backdrop, .popup-overlay { background: #0a0a0a; }
.mfp-container, .lightbox .overlay, .modal-dialog { background-color: #111111; }
.wpcf7-not-valid-tip, .form-error, .error, .alert-danger, .field.invalid { color: #dc3232; border-color: #dc3232; }
.wpcf7-not-valid, input:invalid, .has-error input { border: 1px solid #dc3232; background: #fde8e8; }
.success, .form-success { color: #28a745; }
.cookie-notice, #cookie-law-info-bar, .gdpr-banner { background: #e2401c; color: #fff; }
.has-vivid-red-color { color: #cf2e2e; } .has-luminous-vivid-orange-color { color: #ff6900; }
.has-vivid-purple-color { color: #9b51e0; } .has-vivid-cyan-blue-color { color: #0693e3; }
body { background: #ffffff; color: #222222; }
`;

describe('brand identity read from a site', () => {
  it("takes the header's, buttons' and links' colour, not a lightbox's, a form error's or a cookie notice's", () => {
    const profile = extractBrandProfile(snapshotOf(HOME, CSS));
    const primary = profile.colors.find((color) => color.value.role === 'primary');
    expect(primary?.value.hex).toBe('#1d6b3a');
    const chosen = profile.colors.map((color) => color.value.hex);
    for (const incidental of ['#dc3232', '#e2401c', '#cf2e2e', '#9b51e0', '#28a745'])
      expect(chosen).not.toContain(incidental);
  });

  it('reads opening hours, a line per day or range, and no sentence that merely names days', () => {
    const profile = extractBrandProfile(snapshotOf(HOME, CSS));
    expect(profile.hours?.map((item) => item.value)).toEqual([
      'Monday - Friday: 8am – 5:30pm',
      'Saturday: 9am-1pm',
      'Sunday: Closed',
    ]);
  });

  it('keeps every review with the name beside its quote', () => {
    const profile = extractBrandProfile(snapshotOf(HOME, CSS));
    expect(profile.proof.testimonials.map((item) => [item.value.quote, item.value.author])).toEqual(REVIEWS);
  });

  it("reads a utility-CSS site's colour from the classes its header and buttons carry, in oklch too", () => {
    const palette = ['red-500', 'sky-600', 'violet-600', 'amber-400', 'lime-600', 'teal-500'];
    const hues = [25, 237, 293, 70, 131, 182];
    const css = palette
      .map(
        (name, i) =>
          `.bg-${name} { background-color: oklch(62% 0.2 ${hues[i]}) } .text-${name} { color: oklch(62% 0.2 ${hues[i]}) }`,
      )
      .join('\n');
    const html = `<!doctype html><html><head><title>Underwood Tools</title></head><body>
<header class="sticky top-0 bg-lime-600 text-white"><a href="/">Underwood Tools</a><nav><a class="text-white" href="/shop">Shop</a></nav></header>
<main><h1 class="text-sky-600">Tools for every job</h1><p class="text-red-500">Sale</p><a class="btn bg-lime-600" href="/shop">Shop now</a></main>
<footer class="bg-violet-600"><p>Underwood Tools</p></footer></body></html>`;
    const profile = extractBrandProfile(
      snapshotOf(html, `${css}\n.dark\\:bg-violet-600:where(.dark, .dark *) { background-color: #4c1d95 }`),
    );
    const primary = profile.colors.find((color) => color.value.role === 'primary')!.value.hex;
    expect(primary).toBe(formatHex(parse('oklch(62% 0.2 131)')));
  });
});
