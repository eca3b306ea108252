/**
 * Words as ad copy uses them: hyphenated compounds ("gluten-free", "risk-free"), money ("$4.50"),
 * percentages ("20%") and ranks ("#1") stay one token, so a rule on "free" does not fire inside
 * "gluten-free". Clauses are kept apart so a phrase never spans two sentences.
 */
const TOKEN = /[\p{L}\p{N}#$€£¥%]+(?:['’.,\-/][\p{L}\p{N}%]+)*/gu;
const CLAUSE_BREAK = /[.!?;:|•…]+(?=\s|$)|[\n—–]+|\s[-/]\s/u;

/** Splits copy into clauses of normalised tokens: lower case, straight apostrophes, plain numbers. */
export function tokenizeCopy(text: string): string[][] {
  return text
    .normalize('NFKC')
    .split(CLAUSE_BREAK)
    .map((clause) => (clause.match(TOKEN) ?? []).map(normalizeToken))
    .filter((clause) => clause.length > 0);
}

/** The clauses as one searchable string: ` a b | c d `, where ` | ` marks a clause boundary. */
export function joinClauses(clauses: readonly (readonly string[])[]): string {
  return ` ${clauses.map((clause) => clause.join(' ')).join(' | ')} `;
}

function normalizeToken(token: string): string {
  return (
    token
      .toLowerCase()
      .replaceAll('’', "'")
      // "$1,200.00" and "$1200" are the same price to a reader, so they must match each other.
      .replace(/^([$€£¥]?)(\d{1,3}(?:,\d{3})+)/u, (_, currency: string, digits: string) => {
        return currency + digits.replaceAll(',', '');
      })
      .replace(/(\d)\.00(?=%?$)/u, '$1')
  );
}
