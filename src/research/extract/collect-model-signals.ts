import type { PostalAddress } from '../../schemas/brand-profile.ts';
import type { FoundItem, Source } from '../../schemas/finding.ts';
import { evidence } from './evidence.ts';
import { findPricedCards } from './priced-cards.ts';
import { isOrgNode } from './read-json-ld.ts';
import type { SiteContext } from './site-context.ts';

const ADD_TO_CART = /\b(add to (cart|bag|basket)|buy now|checkout|shopping cart|view cart|your cart)\b/i;
const HOURS =
  /\b(hours|open (daily|today)|mon(day)?\s*[-–]\s*(fri|sat|sun)|tue(s|sday)?\s*[-–]\s*(fri|sat|sun)|\d{1,2}(:\d{2})?\s*(am|pm|a|p)\s*[-–]\s*\d{1,2}(:\d{2})?\s*(am|pm|a|p))\b/i;
const SERVICE_AREA =
  /\b(serving|service area|we serve|located (in|on|near|at)|visit (us|our)|stop by|directions)\b/i;

/** Checkout and shop platforms whose scripts a shop loads. */
const CHECKOUT_SCRIPTS =
  /\b(?:js\.stripe\.com|checkout\.stripe\.com|squareup\.com|square\.site|paypal\.com\/sdk|paypalobjects\.com|cdn\.shopify\.com|shopifycdn|woocommerce|cdn\.snipcart\.com|ecwid\.com|gumroad\.com|bigcommerce\.com|lemonsqueezy\.com|paddle\.com|sellfy\.com)\b/i;
/** Evidence of selling online: carts, checkouts, shop platforms and priced products. */
export function collectCommerceSignals(ctx: SiteContext): Source[] {
  const out: Source[] = [];
  const has = (selector: string) => out.some((source) => source.selector === selector);
  for (const page of ctx.pages) {
    const { $ } = page;
    const cartLink = $(
      'a[href*="/cart"], a[href*="/checkout"], a[href*="add-to-cart"], a[href*="?add-to-cart"], form[action*="/cart"]',
    ).first();
    if (cartLink.length)
      out.push(
        evidence(
          'html',
          page.url,
          'cart/checkout link',
          cartLink.attr('href') ?? cartLink.attr('action') ?? '',
        ),
      );
    const button = $('button, input[type="submit"], a')
      .filter((_, el) => ADD_TO_CART.test($(el).text() || $(el).attr('value') || ''))
      .first();
    if (button.length)
      out.push(
        evidence('html', page.url, 'add-to-cart control', button.text() || button.attr('value') || ''),
      );
    const platform = $(
      '[class*="woocommerce"], [class*="shopify"], link[href*="cdn.shopify.com"], img[src*="cdn.shopify.com"], [data-shopify], [class*="product-price"]',
    ).first();
    if (platform.length)
      out.push(
        evidence(
          'html',
          page.url,
          'shop platform markup',
          platform.attr('class') ?? platform.attr('href') ?? platform.attr('src') ?? '',
        ),
      );
    // Each of these counts once for the whole site: a menu priced on every page is still one menu.
    const checkout = page.scriptSources.find((src) => CHECKOUT_SCRIPTS.test(src));
    if (checkout && !has('payment or shop script'))
      out.push(evidence('html', page.url, 'payment or shop script', checkout));
    const priced = has('priced product cards') ? null : (findPricedCards(page.$)[0]?.name ?? null);
    if (priced) out.push(evidence('html', page.url, 'priced product cards', priced));
    for (const node of page.jsonLd) {
      if (node.types.includes('Product') && node.data.offers)
        out.push(evidence('json-ld', page.url, `${node.path}.offers`, 'Product with offers'));
    }
  }
  return out.slice(0, 12);
}

/** Evidence of a physical place or a local service area. */
export function collectLocalSignals(ctx: SiteContext, addresses: FoundItem<PostalAddress>[]): Source[] {
  const out: Source[] = [];
  const street = addresses.find((a) => a.value.street && !/p\.?\s?o\.?\s+box/i.test(a.value.street));
  if (street?.sources[0]) out.push(street.sources[0]);
  for (const page of ctx.pages) {
    for (const node of page.jsonLd) {
      if (
        isOrgNode(node) &&
        (node.data.openingHoursSpecification || node.data.openingHours || node.data.geo)
      ) {
        out.push(evidence('json-ld', page.url, `${node.path}.openingHours`, 'opening hours / geo'));
      }
    }
    const hours = page.lines.find((line) => line.length < 120 && HOURS.test(line));
    if (hours) out.push(evidence('text', page.url, 'opening hours', hours));
    const area = page.lines.find((line) => line.length < 300 && SERVICE_AREA.test(line));
    if (area) out.push(evidence('text', page.url, 'service area', area));
    if (out.length > 8) break;
  }
  return out;
}
