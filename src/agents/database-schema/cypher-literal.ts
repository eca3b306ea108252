/** A value Cypher can hold as a property: maps are flattened or written as JSON before they get here. */
export type CypherValue = string | number | boolean | null | Array<string | number | boolean>;

// biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what we escape
const NEEDS_ESCAPE = /[\\'"\u0000-\u001f\u007f\u2028\u2029]/g;
const SHORT_ESCAPES: Record<string, string> = {
  '\\': '\\\\',
  "'": "\\'",
  '"': '\\"',
  '\n': '\\n',
  '\r': '\\r',
  '\t': '\\t',
  '\b': '\\b',
  '\f': '\\f',
};

/**
 * A Cypher literal for a value. Strings are single-quoted with quotes, backslashes and every
 * control character escaped, so brand text can never end the literal or start a statement.
 *
 * @example cypherLiteral("Joe's \\ Bar") // 'Joe\'s \\ Bar'
 */
export function cypherLiteral(value: CypherValue): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return `[${value.map((item) => cypherLiteral(item)).join(', ')}]`;
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`Cypher has no literal for ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return String(value);
  return `'${value.replace(NEEDS_ESCAPE, (char) => SHORT_ESCAPES[char] ?? unicodeEscape(char))}'`;
}

/** A property key or label: bare when it is a plain identifier, otherwise backtick-quoted. */
export function cypherName(name: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(name) ? name : `\`${name.replaceAll('`', '``')}\``;
}

/** `{key: literal, …}` in the given key order. */
export function cypherMap(properties: Record<string, CypherValue>): string {
  const entries = Object.entries(properties).map(
    ([key, value]) => `${cypherName(key)}: ${cypherLiteral(value)}`,
  );
  return `{${entries.join(', ')}}`;
}

function unicodeEscape(char: string): string {
  return `\\u${char.charCodeAt(0).toString(16).padStart(4, '0')}`;
}
