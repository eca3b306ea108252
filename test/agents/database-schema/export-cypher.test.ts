import { describe, expect, it } from 'vitest';
import { checkCypher, cypherLiteral, databaseSchema } from '../../../src/agents/database-schema/index.ts';
import { cypherStringProperty, decodeCypherString, dentalClient, recordingContext } from './fixtures.ts';

const LABELS = ['Brand', 'Demographic', 'GeoArea', 'Platform', 'Campaign', 'Ad'];

/** Statements split on `;` outside string literals. */
function statements(cypher: string): string[] {
  const out: string[] = [];
  let current = '';
  let quote: string | null = null;
  for (let index = 0; index < cypher.length; index += 1) {
    const char = cypher[index]!;
    current += char;
    if (quote) {
      if (char === '\\') current += cypher[++index] ?? '';
      else if (char === quote) quote = null;
    } else if (char === "'" || char === '"') quote = char;
    else if (char === ';') {
      out.push(current.trim());
      current = '';
    }
  }
  if (current.replace(/\/\/[^\n]*/g, '').trim()) out.push(current.trim());
  return out.map((statement) => statement.replace(/^(\/\/[^\n]*\n|\s)+/, ''));
}

async function dentalCypher(name?: string) {
  const { input } = await dentalClient();
  const named = name ? { ...input, brand: { ...input.brand, name } } : input;
  const output = await databaseSchema.offline(named, recordingContext());
  return { input: named, output };
}

describe('database/export.cypher', () => {
  it('is MERGE-only: constraints IF NOT EXISTS, then MERGE nodes, then MATCH … MERGE relationships', async () => {
    const { output } = await dentalCypher();
    expect(output.cypher).not.toMatch(/CREATE\s*\(/);
    for (const statement of statements(output.cypher)) {
      expect(statement).toMatch(
        /^(CREATE CONSTRAINT \w+ IF NOT EXISTS FOR \(n:\w+\) REQUIRE .+;|MERGE \(n:\w+ \{.+\}\) SET n \+= \{.*\};|MATCH \(a:\w+ \{.+\}\) MATCH \(b:\w+ \{.+\}\) MERGE \(a\)-\[:[A-Z_]+\]->\(b\);)$/s,
      );
    }
    expect(checkCypher(output.cypher)).toEqual([]);
  });

  it('labels every node and gives each one brand_id; one MERGE per seeded entity', async () => {
    const { output } = await dentalCypher();
    const { seed } = output;
    const merges = statements(output.cypher).filter((statement) => statement.startsWith('MERGE'));
    for (const statement of merges)
      expect(statement).toMatch(/^MERGE \(n:(\w+) \{brand_id: 'bellingham-family-dental'[,}]/);
    const countOf = (label: string) =>
      merges.filter((statement) => statement.startsWith(`MERGE (n:${label} `)).length;
    expect(LABELS.map(countOf)).toEqual([
      1,
      seed.demographics.length,
      seed.geoAreas.length,
      seed.platforms.length,
      seed.campaigns.length,
      seed.ads.length,
    ]);
    for (const match of output.cypher.matchAll(/MATCH \((\w+):(\w+) \{([^}]*)\}\)/g)) {
      expect(LABELS).toContain(match[2]);
      expect(match[3]).toContain("brand_id: 'bellingham-family-dental'");
    }
  });

  it('MERGEs the relationships between the seeded nodes', async () => {
    const { output } = await dentalCypher();
    const { seed } = output;
    const count = (pattern: RegExp) => [...output.cypher.matchAll(pattern)].length;
    expect(count(/\(a:Brand [^)]*\) MATCH \(b:Demographic [^)]*\) MERGE \(a\)-\[:TARGETS\]->\(b\)/g)).toBe(3);
    expect(count(/\(a:Brand [^)]*\) MATCH \(b:GeoArea [^)]*\) MERGE \(a\)-\[:SERVES\]->\(b\)/g)).toBe(
      seed.geoAreas.length,
    );
    expect(count(/\(a:Campaign [^)]*\) MATCH \(b:Platform [^)]*\) MERGE \(a\)-\[:RUNS_ON\]->\(b\)/g)).toBe(
      seed.campaigns.length,
    );
    const aims = seed.campaigns.reduce(
      (sum, campaign) =>
        sum + seed.platforms.find((platform) => platform.id === campaign.platform)!.demographics.length,
      0,
    );
    expect(count(/\(a:Campaign [^)]*\) MATCH \(b:Demographic [^)]*\) MERGE \(a\)-\[:AIMS_AT\]->\(b\)/g)).toBe(
      aims,
    );
    expect(count(/\(a:Ad [^)]*\) MATCH \(b:Campaign [^)]*\) MERGE \(a\)-\[:PART_OF\]->\(b\)/g)).toBe(
      seed.ads.length,
    );
    expect(output.cypher).toContain(
      "MATCH (a:Campaign {brand_id: 'bellingham-family-dental', id: 'google-leads'}) MATCH (b:Platform {brand_id: 'bellingham-family-dental', id: 'google'}) MERGE (a)-[:RUNS_ON]->(b);",
    );
  });

  it('escapes a brand name with quotes, a backslash and a newline, so it reads back exactly', async () => {
    const name = `O'Brien "Best" \\ Dental\nsince 1990`;
    const { output, input } = await dentalCypher(name);
    const brandLine = output.cypher.split('\n').find((line) => line.startsWith('MERGE (n:Brand '))!;
    expect(brandLine).toContain(`name: 'O\\'Brien \\"Best\\" \\\\ Dental\\nsince 1990'`);
    expect(cypherStringProperty(brandLine, 'name')).toBe(name);
    expect(checkCypher(output.cypher)).toEqual([]);
    expect(databaseSchema.validate(output, input)).toEqual([]);
  });

  it('keeps an injection attempt inside its literal', async () => {
    const name = "x'}) DETACH DELETE n; CREATE (m:Evil {brand_id: 'x'}) // \\' \u2028 \u0000";
    const { output } = await dentalCypher(name);
    const all = statements(output.cypher);
    expect(all.filter((statement) => /DETACH|Evil/.test(statement))).toHaveLength(1);
    const brandLine = all.find((statement) => statement.startsWith('MERGE (n:Brand '))!;
    expect(cypherStringProperty(brandLine, 'name')).toBe(name);
    expect(checkCypher(output.cypher)).toEqual([]);
    // Nothing but the brand line carries the name; the header comment names the brand by its id.
    expect(output.cypher.split('\n').filter((line) => line.includes('DETACH'))).toHaveLength(1);
  });

  it('writes literals Neo4j reads back: strings, numbers, lists and null', () => {
    for (const text of ['plain', "it's", 'back\\slash', 'tab\there', 'é ü 😀', '"double"', '\u0007bell'])
      expect(decodeCypherString(cypherLiteral(text))).toBe(text);
    expect(cypherLiteral(98.68)).toBe('98.68');
    expect(cypherLiteral(['a', "b'"])).toBe("['a', 'b\\'']");
    expect(cypherLiteral(null)).toBe('null');
    expect(() => cypherLiteral(Number.NaN)).toThrow();
  });

  it('checkCypher flags CREATE of nodes, unlabelled nodes and nodes without brand_id, not text in literals', () => {
    expect(checkCypher("CREATE (n:Brand {brand_id: 'x'});")).toEqual(
      expect.arrayContaining([expect.stringContaining('CREATE (')]),
    );
    expect(checkCypher("MERGE (n {brand_id: 'x'});")).toEqual([expect.stringContaining('has no label')]);
    expect(checkCypher("MERGE (n:Brand {name: 'x'});")).toEqual([expect.stringContaining('has no brand_id')]);
    expect(checkCypher('CREATE CONSTRAINT c FOR (n:Brand) REQUIRE n.brand_id IS UNIQUE;')).toEqual([
      expect.stringContaining('IF NOT EXISTS'),
    ]);
    expect(checkCypher("MERGE (n:Brand {brand_id: 'x'}) SET n += {name: 'CREATE (m) (q:Z {})'};")).toEqual(
      [],
    );
    expect(
      checkCypher(
        "MATCH (a:Brand {brand_id: 'x'}) MATCH (b:Ad {brand_id: 'x', id: 'y'}) MERGE (a)-[:R]->(b);",
      ),
    ).toEqual([]);
    expect(checkCypher("MATCH (a:Brand {brand_id: 'x'}) MERGE (a)-[:R]->(c);")).toEqual(
      expect.arrayContaining([expect.stringContaining('(c) has no label')]),
    );
  });
});
