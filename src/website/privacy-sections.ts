import type { BrandConfig } from '../schemas/brand-config.ts';
import type { PlanSection } from './site-plan.ts';

/**
 * The privacy policy in plain language. It describes exactly what templates/site/assets/track.js
 * and the forms do, so a change there must be mirrored here.
 */
export function privacySections(config: BrandConfig): PlanSection[] {
  const source = 'templates/site/assets/track.js';
  const contact = config.contact.email ?? config.contact.phone;
  return [
    {
      heading: 'What this website collects',
      items: [
        'When you send a form, we receive what you typed in it, the page you arrived on, and the campaign details that were in that page’s address (for example utm_source or an ad click id such as gclid). We use them to answer you and to learn which of our ads work.',
        'Only if you accept cookies: a random visitor id, the pages you view on this site, when you view them, the page that referred you, and when you start or send a form. These events are sent to this website’s own server, never to an advertising network.',
      ],
      source,
    },
    {
      heading: 'Your consent',
      items: [
        'Nothing is tracked until you choose. If you accept, we set one first-party cookie, mf_vid, holding a random id; it expires after one year. If you decline, no cookie is set, no id is stored and no events are sent.',
        'Your choice itself is remembered in your browser (localStorage, key mf_consent) so we do not ask again; it holds only “yes” or “no”. You can change it at any time with the “Cookie settings” button at the bottom of every page.',
        'Whatever you choose, the campaign details of the page you arrived on are kept in this browser tab’s sessionStorage until you close the tab, so that a form you send can tell us which ad brought you. sessionStorage is not a tracking identifier: it is not shared between tabs or visits and is deleted when the tab closes.',
      ],
      source,
    },
    {
      heading: 'How long we keep it',
      items: [
        'The visitor cookie expires one year after you accept. Page-view events and form submissions are kept only as long as we need them to answer you and to measure our advertising, and are deleted when you ask us to.',
      ],
      source,
    },
    {
      heading: 'Contact',
      items: [
        contact
          ? `To see, correct or delete what we hold about you, contact ${config.brand_name} at ${contact}.`
          : `To see, correct or delete what we hold about you, contact ${config.brand_name} through the contact page.`,
      ],
      source: 'brand-config.json#contact',
    },
  ];
}
