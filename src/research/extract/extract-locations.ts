import type { Location, PostalAddress } from '../../schemas/brand-profile.ts';
import type { FoundItem } from '../../schemas/finding.ts';
import { found } from './evidence.ts';
import { addressKey } from './extract-addresses.ts';
import { ldText } from './read-json-ld.ts';
import type { SiteContext } from './site-context.ts';

/**
 * One location per distinct place. A post-office box is where mail goes, not where customers
 * go, so it only becomes a location when nothing better exists.
 */
export function extractLocations(
  ctx: SiteContext,
  addresses: FoundItem<PostalAddress>[],
  businessName: string | null,
): FoundItem<Location>[] {
  const geoByKey = new Map<string, { lat: number; lng: number; name: string | null }>();
  for (const page of ctx.pages) {
    for (const node of page.jsonLd) {
      const geo = node.data.geo as Record<string, unknown> | undefined;
      const address = node.data.address as Record<string, unknown> | undefined;
      if (!geo || !address || typeof address !== 'object') continue;
      const lat = Number(ldText(geo.latitude));
      const lng = Number(ldText(geo.longitude));
      if (!Number.isFinite(lat) || !Number.isFinite(lng) || Math.abs(lat) > 90 || Math.abs(lng) > 180)
        continue;
      const key = addressKey({
        street: ldText(address.streetAddress),
        city: ldText(address.addressLocality),
        region: null,
        postalCode: ldText(address.postalCode),
        country: null,
      });
      geoByKey.set(key, { lat, lng, name: ldText(node.data.name) });
    }
  }
  const isMailbox = (a: PostalAddress) => /p\.?\s?o\.?\s+box/i.test(a.street ?? '');
  const physical = addresses.filter((a) => !isMailbox(a.value));
  const chosen = physical.length > 0 ? physical : addresses;
  const seen = new Set<string>();
  const out: FoundItem<Location>[] = [];
  for (const item of chosen) {
    const key = addressKey(item.value);
    const placeKey = `${item.value.street ?? ''}|${item.value.city ?? ''}`.toLowerCase();
    if (seen.has(placeKey)) continue;
    seen.add(placeKey);
    const geo = geoByKey.get(key);
    out.push(
      found(
        {
          name: geo?.name ?? businessName,
          address: item.value,
          geo: geo ? { lat: geo.lat, lng: geo.lng } : null,
        },
        isMailbox(item.value) ? item.confidence * 0.6 : item.confidence,
        item.sources,
      ),
    );
  }
  return out;
}
