import type { BrandSeed } from '../../store/index.ts';
import { cypherMap } from './cypher-literal.ts';
import { cypherProperties } from './cypher-properties.ts';

/** The node labels of the export, each keyed by (brand_id, id) except Brand, keyed by brand_id. */
export const CYPHER_LABELS = ['Brand', 'Demographic', 'GeoArea', 'Platform', 'Campaign', 'Ad'] as const;
type Label = (typeof CYPHER_LABELS)[number];

/**
 * The seed as Neo4j Cypher: uniqueness constraints (`IF NOT EXISTS`), then one `MERGE` per node on
 * its stable key with its properties `SET`, then one `MERGE` per relationship between `MATCH`ed
 * nodes. Importing it twice changes nothing; every value is an escaped literal.
 */
export function renderCypher(seed: BrandSeed): string {
  const brandId = seed.brand.id;
  const key = (id: string) => ({ brand_id: brandId, id });
  const lines: string[] = [
    `// Brand ${brandId}: its graph from database/seed.json, every node carrying brand_id.`,
    '// MERGE-only: importing it again (cypher-shell -f export.cypher) creates no duplicates.',
    '',
    'CREATE CONSTRAINT brand_key IF NOT EXISTS FOR (n:Brand) REQUIRE n.brand_id IS UNIQUE;',
    ...CYPHER_LABELS.filter((label) => label !== 'Brand').map(
      (label) =>
        `CREATE CONSTRAINT ${snake(label)}_key IF NOT EXISTS FOR (n:${label}) REQUIRE (n.brand_id, n.id) IS UNIQUE;`,
    ),
    '',
  ];

  const node = (label: Label, nodeKey: Record<string, string>, row: Record<string, unknown>) => {
    // The key is set by MERGE alone: a property named like it must never move the node to another brand.
    const { brand_id: _brandId, id: _id, ...properties } = cypherProperties(row);
    return `MERGE (n:${label} ${cypherMap(nodeKey)}) SET n += ${cypherMap(properties)};`;
  };
  const { id: _brand, ...brand } = seed.brand;
  lines.push(node('Brand', { brand_id: brandId }, brand));
  // The JSON columns' contents become the node's own properties (Neo4j has no map properties).
  for (const { id, profile, ...row } of seed.demographics)
    lines.push(node('Demographic', key(id), { ...row, ...profile }));
  for (const { id, definition, ...row } of seed.geoAreas)
    lines.push(node('GeoArea', key(id), { ...row, ...definition }));
  for (const { id, ...row } of seed.platforms) lines.push(node('Platform', key(id), row));
  for (const { id, ...row } of seed.campaigns) lines.push(node('Campaign', key(id), row));
  for (const { id, ...row } of seed.ads) lines.push(node('Ad', key(id), row));
  lines.push('');

  const brandKey = { brand_id: brandId };
  const link = (from: [Label, Record<string, string>], type: string, to: [Label, Record<string, string>]) =>
    `MATCH (a:${from[0]} ${cypherMap(from[1])}) MATCH (b:${to[0]} ${cypherMap(to[1])}) MERGE (a)-[:${type}]->(b);`;
  for (const demographic of seed.demographics)
    lines.push(link(['Brand', brandKey], 'TARGETS', ['Demographic', key(demographic.id)]));
  for (const area of seed.geoAreas)
    lines.push(link(['Brand', brandKey], 'SERVES', ['GeoArea', key(area.id)]));
  for (const campaign of seed.campaigns) {
    lines.push(link(['Campaign', key(campaign.id)], 'RUNS_ON', ['Platform', key(campaign.platform)]));
    const platform = seed.platforms.find((candidate) => candidate.id === campaign.platform);
    for (const demographic of platform?.demographics ?? [])
      lines.push(link(['Campaign', key(campaign.id)], 'AIMS_AT', ['Demographic', key(demographic)]));
  }
  for (const ad of seed.ads)
    lines.push(link(['Ad', key(ad.id)], 'PART_OF', ['Campaign', key(ad.campaign_id)]));
  return `${lines.join('\n')}\n`;
}

function snake(label: string): string {
  return label.replace(/(?<=[a-z])(?=[A-Z])/g, '_').toLowerCase();
}
