import { SITE_TEMPLATES } from './site-templates.ts';
import type { SiteTheme } from './site-theme.ts';

/** assets/site.css: the theme as CSS variables, then the template's rules. */
export function themeCss(theme: SiteTheme): string {
  const c = theme.colors;
  const vars = {
    '--bg': c.background,
    '--text': c.text,
    '--muted': c.muted,
    '--heading': c.heading,
    '--link': c.link,
    '--surface': c.surface,
    '--button': c.button,
    '--button-text': c.buttonText,
    '--band': c.band,
    '--band-text': c.bandText,
    '--accent': c.accent,
    '--focus': c.focus,
    '--error': c.error,
    '--radius': `${theme.scale.radius_rem}rem`,
    '--font': theme.fonts.body,
  };
  const declarations = Object.entries(vars)
    .map(([name, value]) => `  ${name}: ${value};`)
    .join('\n');
  return `:root {\n${declarations}\n}\n${SITE_TEMPLATES.siteCss}`;
}
