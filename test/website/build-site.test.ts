import { gzipSync } from 'node:zlib';
import { load } from 'cheerio';
import { beforeAll, describe, expect, it } from 'vitest';
import { contrastRatio } from '../../src/agents/strategist/contrast-ratio.ts';
import { FORM_HIDDEN_FIELDS } from '../../src/schemas/form-submission.ts';
import {
  adHeadlines,
  adOffers,
  buildSite,
  type SiteFile,
  SitePlan,
  SiteTheme,
  variantsFor,
} from '../../src/website/index.ts';
import { type Brand, dentalBrand, saasBrand, shopBrand, siteInputOf } from './fixtures.ts';

const text = (files: SiteFile[], path: string): string => {
  const file = files.find((candidate) => candidate.path === path);
  if (!file) throw new Error(`${path} was not built`);
  return String(file.content);
};
const htmlFiles = (files: SiteFile[]) => files.filter((file) => file.path.endsWith('.html'));

let dental: Brand;
let shop: Brand;
let saas: Brand;
let site: SiteFile[];
beforeAll(async () => {
  [dental, shop, saas] = await Promise.all([dentalBrand(), shopBrand(), saasBrand()]);
  site = buildSite(siteInputOf(dental));
});

describe('buildSite', () => {
  it('builds every page type, a landing page per campaign and the configuration files', () => {
    const paths = site.map((file) => file.path);
    for (const path of [
      'index.html',
      'offerings.html',
      'about.html',
      'contact.html',
      'thank-you.html',
      'privacy.html',
      'assets/track.js',
      'assets/forms.js',
      'assets/site.css',
      'site-plan.json',
      'theme.json',
      'forms.json',
      'tracking.json',
      'commerce.json',
      'backend.json',
      'sitemap.xml',
      'robots.txt',
    ]) {
      expect(paths).toContain(path);
    }
    for (const platform of dental.config.platforms) {
      const campaign = `${platform.id}-${platform.objective}`;
      expect(paths).toContain(`lp/${campaign}.html`);
      expect(paths).toContain(`lp/${campaign}/index.html`);
    }
    expect(SitePlan.parse(JSON.parse(text(site, 'site-plan.json'))).pages).toHaveLength(6);
  });

  it('is deterministic', () => {
    expect(buildSite(siteInputOf(dental))).toEqual(site);
  });

  it("gives each landing page the headline and offer of its campaign's ad copy, at the ads' final URL", () => {
    const plan = SitePlan.parse(JSON.parse(text(site, 'site-plan.json')));
    expect(plan.landing_pages.length).toBe(dental.config.platforms.length);
    for (const landing of plan.landing_pages) {
      const variants = variantsFor(landing, dental.adCopy);
      expect(variants.length).toBeGreaterThan(0);
      for (const variant of variants) expect(`${variant.final_url_path}/`).toBe(`${landing.path}/`);
      const $ = load(text(site, `lp/${landing.campaign}/index.html`));
      expect(variants.flatMap((variant) => adHeadlines(variant.fields))).toContain($('h1').text());
      expect(variants.flatMap((variant) => adOffers(variant.fields))).toContain($('.hero .lead').text());
      expect($(`form[action="/api/forms/lp-${landing.campaign}"]`)).toHaveLength(1);
    }
  });

  it('enforces WCAG AA for text when the brand colours fail, and records the change', () => {
    const config = {
      ...dental.config,
      brand_colors: {
        primary: '#ffd84d',
        secondary: '#f2f2f2',
        accent: '#ffe680',
        background: '#ffffff',
        text: '#b8b8b8',
      },
    };
    expect(contrastRatio(config.brand_colors.text, config.brand_colors.background)).toBeLessThan(4.5);
    const files = buildSite({ ...siteInputOf(dental), config });
    const theme = SiteTheme.parse(JSON.parse(text(files, 'theme.json')));
    for (const pair of theme.pairs) expect(pair.ratio, pair.name).toBeGreaterThanOrEqual(4.5);
    expect(contrastRatio(theme.colors.text, theme.colors.background)).toBeGreaterThanOrEqual(4.5);
    expect(theme.adjusted.map((change) => change.role)).toContain('text');
    const css = text(files, 'assets/site.css');
    expect(css).toContain(`--text: ${theme.colors.text};`);
    expect(css).not.toContain('--text: #b8b8b8;');
  });

  it('makes no third-party request: every src and href is local, except buy links and social links', () => {
    const files = buildSite(siteInputOf(shop));
    const external: string[] = [];
    for (const file of htmlFiles(files)) {
      const $ = load(String(file.content));
      $('[src]').each((_, element) => {
        expect($(element).attr('src'), file.path).toMatch(/^\/[^/]/);
      });
      $('link[href]').each((_, element) => {
        expect($(element).attr('href'), file.path).toMatch(/^(\/[^/]|https:\/\/tidepool\.example\/)/);
      });
      $('a[href]').each((_, element) => {
        const href = $(element).attr('href')!;
        if (/^(\/|#|tel:|mailto:)/.test(href) && !href.startsWith('//')) return;
        expect($(element).attr('rel'), `${file.path}: ${href}`).toContain('noopener');
        external.push(href);
      });
    }
    expect(new Set(external)).toEqual(
      new Set(['https://tidepool.example/products/mugs', 'https://instagram.com/tidepool']),
    );
    const css = text(files, 'assets/site.css');
    expect(css).not.toMatch(/url\(|@import|https?:/);
    expect(text(files, 'assets/track.js')).not.toMatch(/https?:\/\//);
  });

  it('lists products with outbound buy links for shops, and says commerce is off for lead businesses', () => {
    const files = buildSite(siteInputOf(shop));
    const $ = load(text(files, 'offerings.html'));
    expect($('a[href="https://tidepool.example/products/mugs"]').text()).toContain('Buy Mugs');
    expect($('.price').first().text()).toBe('$34');
    expect(JSON.parse(text(files, 'commerce.json')).enabled).toBe(true);
    expect(JSON.parse(text(site, 'commerce.json'))).toMatchObject({ enabled: false });
  });

  it('writes JSON-LD that parses, with the business type and only facts from the config', () => {
    const $ = load(text(site, 'index.html'));
    const data = JSON.parse($('script[type="application/ld+json"]').text());
    expect(data['@type']).toBe('Dentist');
    expect(data.name).toBe(dental.config.brand_name);
    expect(data.telephone).toBe(dental.config.contact.phone);
    expect(data.address.addressLocality).toBe('Bellingham');
    expect(data).not.toHaveProperty('aggregateRating');
    const saasLd = JSON.parse(
      load(text(buildSite(siteInputOf(saas)), 'index.html'))('script[type="application/ld+json"]').text(),
    );
    expect(saasLd['@type']).toBe('Organization');
  });

  it('writes a valid sitemap with absolute URLs and a robots.txt pointing to it when the origin is known', () => {
    const $ = load(text(site, 'sitemap.xml'), { xml: true });
    expect($('urlset').attr('xmlns')).toBe('http://www.sitemaps.org/schemas/sitemap/0.9');
    const locs = $('url > loc')
      .map((_, element) => $(element).text())
      .get();
    expect(locs).toContain('https://bellinghamfamilydental.example/');
    expect(locs).toContain('https://bellinghamfamilydental.example/lp/google-leads/');
    expect(locs).not.toContain('https://bellinghamfamilydental.example/thank-you.html');
    for (const loc of locs) expect(new URL(loc).origin).toBe('https://bellinghamfamilydental.example');
    const robots = text(site, 'robots.txt');
    expect(robots).toMatch(/^User-agent: \*$/m);
    expect(robots).toContain('Disallow: /api/');
    expect(robots).toContain('Sitemap: https://bellinghamfamilydental.example/sitemap.xml');
    const home = load(text(site, 'index.html'));
    expect(home('link[rel="canonical"]').attr('href')).toBe('https://bellinghamfamilydental.example/');
    expect(home('meta[property="og:url"]').attr('content')).toBe('https://bellinghamfamilydental.example/');
    expect(home('meta[property="og:title"]').attr('content')).toContain('Bellingham Family Dental');
    const lp = load(text(site, 'lp/google-leads.html'));
    expect(lp('link[rel="canonical"]').attr('href')).toBe(
      'https://bellinghamfamilydental.example/lp/google-leads/',
    );
  });

  it('writes no sitemap and no canonical URL when the origin is unknown, and says why in the plan', () => {
    const files = buildSite(siteInputOf(saas));
    expect(saas.config.website).toBeNull();
    expect(files.map((file) => file.path)).not.toContain('sitemap.xml');
    expect(text(files, 'robots.txt')).not.toContain('Sitemap:');
    expect(JSON.parse(text(files, 'site-plan.json')).sitemap).toMatchObject({ written: false });
    for (const file of htmlFiles(files)) {
      const $ = load(String(file.content));
      expect($('link[rel="canonical"]'), file.path).toHaveLength(0);
      expect($('meta[property="og:url"]'), file.path).toHaveLength(0);
    }
  });

  it('escapes script in the brand name and every other piece of brand text', () => {
    const evil = '<script>alert(1)</script>';
    const config = {
      ...dental.config,
      brand_name: `Evil ${evil} Dental`,
      tagline: `Smile ${evil}`,
      offerings: [{ name: `Whitening ${evil}`, description: `"quoted" ${evil}`, price: null }],
    };
    const profile = {
      ...dental.profile,
      description: { ...dental.profile.description, value: `Desc </script><script>alert(2)</script>` },
    };
    const files = buildSite({ ...siteInputOf(dental), config, profile });
    for (const file of htmlFiles(files)) {
      const html = String(file.content);
      expect(html, file.path).not.toContain('<script>alert');
      const $ = load(html);
      expect($('script:not([src]):not([type="application/ld+json"])'), file.path).toHaveLength(0);
      expect($('script[src]').length, file.path).toBe(2);
    }
    const home = load(text(files, 'index.html'));
    expect(home('.brand').text()).toBe(config.brand_name);
    expect(JSON.parse(home('script[type="application/ld+json"]').text()).name).toBe(config.brand_name);
  });

  it('gives every form the honeypot, the hidden attribution fields and a post to the form API', () => {
    for (const path of ['contact.html', 'lp/google-leads/index.html']) {
      const $ = load(text(site, path));
      const form = $('form[data-mf-form]');
      expect(form.attr('method')).toBe('post');
      expect(form.attr('action')).toMatch(/^\/api\/forms\/[a-z0-9-]+$/);
      const honeypot = form.find(`input[name="${FORM_HIDDEN_FIELDS.honeypot}"]`);
      expect(honeypot.attr('tabindex')).toBe('-1');
      expect(honeypot.attr('autocomplete')).toBe('off');
      expect(honeypot.closest('[aria-hidden="true"]')).toHaveLength(1);
      for (const name of Object.values(FORM_HIDDEN_FIELDS).filter((n) => n !== FORM_HIDDEN_FIELDS.honeypot))
        expect(form.find(`input[type="hidden"][name="${name}"]`), name).toHaveLength(1);
      expect(form.find('input[name="name"]').attr('required')).toBeDefined();
      expect(form.find('input[name="email"]').attr('type')).toBe('email');
      expect(form.find('select[name="interest"] option').text()).toContain('Family dentistry');
      form.find('input:not([type="hidden"]), select, textarea').each((_, element) => {
        const id = $(element).attr('id');
        expect($(`label[for="${id}"]`), id).toHaveLength(1);
      });
    }
  });

  it('asks restaurants for a booking with date and party size', () => {
    const config = { ...dental.config, industry: { key: 'restaurant', label: 'Restaurant' } };
    const files = buildSite({ ...siteInputOf(dental), config });
    const $ = load(text(files, 'contact.html'));
    expect($('h1').text()).toBe('Book a table');
    expect($('form').attr('action')).toBe('/api/forms/booking');
    expect($('input[name="preferred_date"]').attr('required')).toBeDefined();
    expect($('input[name="party_size"]').attr('min')).toBe('1');
  });

  it('keeps track.js under 5 KB gzipped', () => {
    const size = gzipSync(text(site, 'assets/track.js'), { level: 9 }).byteLength;
    console.log(`track.js: ${text(site, 'assets/track.js').length} bytes, ${size} bytes gzipped`);
    expect(size).toBeLessThan(5 * 1024);
  });

  it('explains tracking, consent, sessionStorage, retention and contact in the privacy policy', () => {
    const privacy = load(text(site, 'privacy.html'))('main').text();
    for (const phrase of [
      'mf_vid',
      'one year',
      'sessionStorage is not a tracking identifier',
      'Decline'.toLowerCase(),
    ])
      expect(privacy.toLowerCase()).toContain(phrase.toLowerCase());
    expect(privacy).toContain(dental.config.contact.email!);
  });
});
