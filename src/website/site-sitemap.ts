import type { SitePlan } from './site-plan.ts';

/** The public paths of the plan: pages marked for the sitemap, then the campaign landing pages. */
export function publicPaths(plan: SitePlan): string[] {
  return [
    ...plan.pages.filter((page) => page.in_sitemap).map((page) => page.path),
    ...plan.landing_pages.map((landing) => `${landing.path}/`),
  ];
}

/** sitemap.xml with absolute URLs, or null when the origin is unknown (a sitemap needs absolute URLs). */
export function renderSitemap(plan: SitePlan): string | null {
  if (!plan.origin) return null;
  const urls = publicPaths(plan)
    .map((path) => `  <url><loc>${xml(`${plan.origin}${path}`)}</loc></url>`)
    .join('\n');
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls}\n</urlset>\n`;
}

/** robots.txt: everything public except the API, the dashboard and the thank-you page. */
export function renderRobots(plan: SitePlan): string {
  const lines = [
    'User-agent: *',
    'Disallow: /api/',
    'Disallow: /dashboard',
    'Disallow: /thank-you.html',
    'Allow: /',
  ];
  if (plan.origin) lines.push('', `Sitemap: ${plan.origin}/sitemap.xml`);
  return `${lines.join('\n')}\n`;
}

function xml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}
