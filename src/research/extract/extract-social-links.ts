import type { FoundItem } from '../../schemas/finding.ts';
import { evidence, found } from './evidence.ts';
import { mergeFound } from './merge-found.ts';
import { ldList, ldText } from './read-json-ld.ts';
import type { SiteContext } from './site-context.ts';
import { toAbsoluteUrl } from './text-utils.ts';

export interface SocialLinkValue {
  platform: string;
  url: string;
}

const PLATFORMS: { platform: string; host: RegExp }[] = [
  { platform: 'facebook', host: /(^|\.)(facebook\.com|fb\.com)$/ },
  { platform: 'instagram', host: /(^|\.)instagram\.com$/ },
  { platform: 'x', host: /(^|\.)(twitter\.com|x\.com)$/ },
  { platform: 'linkedin', host: /(^|\.)linkedin\.com$/ },
  { platform: 'youtube', host: /(^|\.)(youtube\.com|youtu\.be)$/ },
  { platform: 'tiktok', host: /(^|\.)tiktok\.com$/ },
  { platform: 'yelp', host: /(^|\.)yelp\.[a-z.]+$/ },
  { platform: 'pinterest', host: /(^|\.)pinterest\.[a-z.]+$/ },
];

/** Share buttons, intents and embeds point at the platform, not at the business's profile. */
const NOT_A_PROFILE =
  /\/(sharer|share|intent|home\?status|pin\/create|shareArticle|dialog|plugins|embed|watch|hashtag|search|login|signup|tr)\b|[?&](u|url|text|status)=/i;

export function classifySocialUrl(href: string): SocialLinkValue | null {
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return null;
  }
  if (!/^https?:$/.test(url.protocol)) return null;
  const host = url.hostname.toLowerCase();
  const match = PLATFORMS.find((p) => p.host.test(host));
  if (!match || NOT_A_PROFILE.test(url.pathname + url.search)) return null;
  const path = url.pathname.replace(/\/+$/, '');
  if (!path || path === '/') return null;
  const keepQuery = match.platform === 'facebook' && /profile\.php/.test(path) ? url.search : '';
  return { platform: match.platform, url: `https://${host.replace(/^(www\.|m\.)/, '')}${path}${keepQuery}` };
}

export function extractSocialLinks(ctx: SiteContext): FoundItem<SocialLinkValue>[] {
  const items: FoundItem<SocialLinkValue>[] = [];
  for (const page of ctx.pages) {
    for (const node of page.jsonLd) {
      ldList(node.data.sameAs).forEach((value, i) => {
        const href = ldText(value);
        const link = href ? classifySocialUrl(href) : null;
        if (link)
          items.push(
            found(link, 0.95, [evidence('json-ld', page.url, `${node.path}.sameAs[${i}]`, href ?? '')]),
          );
      });
    }
    const { $ } = page;
    $('a[href]').each((_, el) => {
      const href = toAbsoluteUrl($(el).attr('href') ?? '', page.url);
      const link = href ? classifySocialUrl(href) : null;
      if (link) items.push(found(link, 0.85, [evidence('html', page.url, 'a[href]', href ?? '')]));
    });
  }
  return mergeFound(items, (link) => link.url.toLowerCase()).slice(0, 12);
}
