import { readFileSync } from 'node:fs';

const TEMPLATES = new URL('../../templates/site/', import.meta.url);

function template(path: string): string {
  return readFileSync(new URL(path, TEMPLATES), 'utf8');
}

/** The site's static assets: code written once in templates/site/, the same for every client. */
export const SITE_TEMPLATES = {
  /** Consent banner behaviour, visitor id, events and the forms' hidden attribution fields. */
  trackJs: template('assets/track.js'),
  /** Client-side validation messages for the forms. */
  formsJs: template('assets/forms.js'),
  /** Layout and components; the theme's colours are prepended as CSS variables. */
  siteCss: template('assets/site.css'),
} as const;
