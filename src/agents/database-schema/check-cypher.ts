const STRING_LITERAL = /'(?:[^'\\]|\\.)*'|"(?:[^"\\]|\\.)*"/gs;
const NODE_PATTERN =
  /\(\s*([A-Za-z_][A-Za-z0-9_]*)?\s*((?::\s*[A-Za-z_][A-Za-z0-9_]*)*)\s*(\{[^}]*\})?\s*\)/g;

/**
 * Problems of a Cypher export: a `CREATE` other than an idempotent constraint, a node pattern
 * without a label or without `brand_id` (a bare `(a)` is fine when `a` was bound by a labelled
 * pattern earlier in the statement), or a statement that is not a constraint, a MERGE or a
 * MATCH … MERGE. String literals are blanked first so brand text cannot hide or fake a pattern.
 */
export function checkCypher(cypher: string): string[] {
  const problems: string[] = [];
  const code = cypher
    .replace(STRING_LITERAL, "''")
    .replace(/\/\/[^\n]*/g, '')
    .replace(/\/\*[\s\S]*?\*\//g, '');
  if (/\bCREATE\s*\(/i.test(code)) problems.push('the Cypher contains "CREATE (": nodes must be MERGEd');
  const statements = code
    .split(';')
    .map((statement) => statement.trim())
    .filter(Boolean);
  for (const [index, statement] of statements.entries()) {
    const where = `statement ${index + 1}`;
    if (/^CREATE\s+CONSTRAINT\b/i.test(statement)) {
      if (!/\bIF\s+NOT\s+EXISTS\b/i.test(statement))
        problems.push(`${where}: a constraint without IF NOT EXISTS is not idempotent`);
      continue;
    }
    if (/\b(CREATE|DELETE|DETACH|REMOVE|DROP|CALL|LOAD)\b/i.test(statement))
      problems.push(`${where}: only MATCH, MERGE and SET belong in the export`);
    if (!/\bMERGE\b/i.test(statement)) problems.push(`${where}: merges nothing`);
    const bound = new Set<string>();
    for (const match of statement.matchAll(NODE_PATTERN)) {
      const [pattern, variable, labels, properties] = match;
      if (!labels && !properties && variable && bound.has(variable)) continue;
      if (!labels) problems.push(`${where}: node pattern ${pattern} has no label`);
      if (!properties || !/\bbrand_id\s*:/.test(properties))
        problems.push(`${where}: node pattern ${pattern} has no brand_id`);
      if (variable) bound.add(variable);
    }
  }
  return problems;
}
