const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/**
 * JSON for a `$n::jsonb` parameter. PostgreSQL text cannot hold U+0000 nor unpaired surrogates, so
 * those (and only those) become U+FFFD; everything else, markup and SQL included, stays verbatim.
 */
export function toJsonParam(value: unknown): string {
  return JSON.stringify(value, (_key, item: unknown) =>
    typeof item === 'string' ? item.replaceAll('\u0000', '\uFFFD').replace(LONE_SURROGATE, '\uFFFD') : item,
  );
}
