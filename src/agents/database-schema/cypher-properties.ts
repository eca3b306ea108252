import type { CypherValue } from './cypher-literal.ts';

/**
 * Neo4j properties cannot hold maps: nested objects are flattened with `_` (`center_lat`), lists of
 * plain values stay lists, and anything else (a list of objects, a mixed list) becomes JSON text.
 */
export function cypherProperties(row: Record<string, unknown>, prefix = ''): Record<string, CypherValue> {
  const properties: Record<string, CypherValue> = {};
  for (const [key, value] of Object.entries(row)) {
    const name = prefix ? `${prefix}_${key}` : key;
    if (value === null || value === undefined) properties[name] = null;
    else if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      properties[name] = value;
    else if (Array.isArray(value) && isPlainList(value)) properties[name] = value;
    else if (!Array.isArray(value) && typeof value === 'object')
      Object.assign(properties, cypherProperties(value as Record<string, unknown>, name));
    else properties[name] = JSON.stringify(value);
  }
  return properties;
}

function isPlainList(list: unknown[]): list is Array<string | number | boolean> {
  if (list.length === 0) return true;
  const kind = typeof list[0];
  return (
    (kind === 'string' || kind === 'number' || kind === 'boolean') &&
    list.every((item) => typeof item === kind)
  );
}
