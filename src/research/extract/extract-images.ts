import type { Finding, FoundItem } from '../../schemas/finding.ts';
import { unknown } from '../../schemas/finding.ts';
import { evidence, found, known } from './evidence.ts';
import { mergeFound } from './merge-found.ts';
import { isOrgNode, ldText } from './read-json-ld.ts';
import type { SiteContext } from './site-context.ts';
import { cleanText, toAbsoluteUrl } from './text-utils.ts';

export interface ImageValue {
  url: string;
  alt: string | null;
}

const NOT_CONTENT =
  /(icon|sprite|pixel|spacer|blank|loader|loading|favicon|badge|arrow|[-_]arr[-_.]|dot-|bullet|seperator|separator|social|avatar|gravatar|emoji|\.svg(\?|$)|\.gif(\?|$)|1x1|tracking|analytics)/i;

/** The logo: an image marked as the logo, JSON-LD logo, then og:image with lower confidence. */
export function extractLogo(ctx: SiteContext): Finding<ImageValue> {
  for (const page of ctx.pages) {
    for (const node of page.jsonLd) {
      const logo = ldText(node.data.logo);
      const url = logo ? toAbsoluteUrl(logo, page.url) : null;
      if (isOrgNode(node) && url)
        return known({ url, alt: null }, 0.9, [
          evidence('json-ld', page.url, `${node.path}.logo`, logo ?? ''),
        ]);
    }
  }
  for (const page of ctx.pages.slice(0, 5)) {
    const { $ } = page;
    let result: Finding<ImageValue> | null = null;
    $('img[src]').each((_, el) => {
      if (result) return;
      const img = $(el);
      const src = img.attr('src') ?? '';
      const hint = `${img.attr('class') ?? ''} ${img.attr('id') ?? ''} ${img.attr('alt') ?? ''} ${src} ${img.parent().attr('class') ?? ''}`;
      const inHeader =
        img.closest('header, nav, [class*="header"], [class*="navbar"], [class*="title"]').length > 0;
      if (!/logo|brand/i.test(hint) && !inHeader) return;
      if (/footer/i.test(hint) || img.closest('footer').length) return;
      const url = toAbsoluteUrl(src, page.url);
      if (!url || /sprite|pixel|spacer|dot|arrow|icon/i.test(src)) return;
      const alt = cleanText(img.attr('alt') ?? '') || null;
      result = known({ url, alt }, /logo/i.test(hint) ? 0.85 : 0.55, [
        evidence('html', page.url, /logo/i.test(hint) ? 'img[logo]' : 'header img', src),
      ]);
    });
    if (result) return result;
  }
  for (const page of ctx.pages) {
    const og = page.meta.get('og:image');
    const url = og ? toAbsoluteUrl(og, page.url) : null;
    if (url)
      return known({ url, alt: null }, 0.35, [
        evidence('opengraph', page.url, 'meta[property="og:image"]', og ?? ''),
      ]);
  }
  return unknown<ImageValue>();
}

/** A handful of content photographs with alt text; icons, pixels and decorations are left out. */
export function extractImages(ctx: SiteContext, logoUrl: string | null): FoundItem<ImageValue>[] {
  const items: FoundItem<ImageValue>[] = [];
  for (const page of ctx.pages) {
    const { $ } = page;
    $('img').each((_, el) => {
      const img = $(el);
      const src = img.attr('src') ?? img.attr('data-src') ?? '';
      const alt = cleanText(img.attr('alt') ?? '');
      const url = toAbsoluteUrl(src, page.url);
      if (
        !url ||
        url === logoUrl ||
        NOT_CONTENT.test(src) ||
        /logo/i.test(`${src} ${alt} ${img.attr('class') ?? ''}`)
      )
        return;
      const width = Number.parseInt(img.attr('width') ?? '', 10);
      const height = Number.parseInt(img.attr('height') ?? '', 10);
      if ((width > 0 && width < 120) || (height > 0 && height < 80)) return;
      if (img.closest('nav, header, footer').length) return;
      const confidence = alt && alt.length > 3 ? 0.7 : 0.4;
      items.push(
        found({ url, alt: alt || null }, confidence, [evidence('html', page.url, 'img', alt || src)]),
      );
    });
    const og = page.meta.get('og:image');
    const ogUrl = og ? toAbsoluteUrl(og, page.url) : null;
    if (ogUrl && ogUrl !== logoUrl && !NOT_CONTENT.test(ogUrl)) {
      items.push(
        found({ url: ogUrl, alt: null }, 0.6, [
          evidence('opengraph', page.url, 'meta[property="og:image"]', ogUrl),
        ]),
      );
    }
  }
  return mergeFound(items, (i) => i.url).slice(0, 8);
}
