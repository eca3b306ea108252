import { escapeHtml as esc } from '../proposal/escape-html.ts';
import type { BrandConfig } from '../schemas/brand-config.ts';
import { isLocalBusiness } from './business-kind.ts';
import { postalLine } from './plan-site.ts';

/** The `tel:` URI of a phone number as written on the site ("(555) 010-2000" → "tel:5550102000"). */
export function telHref(phone: string): string | null {
  const digits = phone.replace(/[^0-9+]/g, '');
  return digits.replace(/\D/g, '').length >= 6 ? `tel:${digits}` : null;
}

/**
 * A link that opens the business's address in a map. A plain link: nothing is requested from the
 * map service until the visitor follows it, so the site itself still makes no third-party requests.
 */
export function mapHref(config: Pick<BrandConfig, 'brand_name' | 'contact'>): string | null {
  const address = config.contact.address;
  if (!address || !(address.street || address.city)) return null;
  const line = postalLine({ ...address, postalCode: address.postal_code });
  const query = encodeURIComponent(`${config.brand_name}, ${line}`);
  return `https://www.google.com/maps/search/?api=1&query=${query}`;
}

/** "Call" and "Directions" links for a local business, as buttons; empty for others. */
export function localActions(config: BrandConfig): string {
  if (!isLocalBusiness(config)) return '';
  const phone = config.contact.phone;
  const tel = phone ? telHref(phone) : null;
  const map = mapHref(config);
  const links = [
    phone && tel ? `<a class="button secondary" href="${esc(tel)}">Call ${esc(phone)}</a>` : '',
    map ? `<a class="button secondary" href="${esc(map)}" rel="noopener noreferrer">Get directions</a>` : '',
  ].filter(Boolean);
  return links.length > 0 ? `<p class="actions">${links.join(' ')}</p>` : '';
}
