/**
 * What QA is given: the text of every artifact it checks that exists, keyed by its path relative to
 * the client directory (folders expanded to their files). A change to any artifact changes the
 * input, so QA re-runs whenever anything it checks changed.
 */
export interface QaInput {
  slug: string;
  files: Record<string, string>;
}
