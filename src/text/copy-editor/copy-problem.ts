/** What an editor objects to in one sentence or headline. */
export type CopyRuleId =
  | 'grammar'
  | 'repeated-subject'
  | 'slug'
  | 'menu-text'
  | 'split-word'
  | 'raw-slot'
  | 'avoided-word'
  | 'repeated-sentence';

export interface CopyProblem {
  rule: CopyRuleId;
  /** The sentence or headline as written. */
  sentence: string;
  /** Why an editor would not send it, in plain words. */
  message: string;
}

/** How a text is read: prose must be sentences; headlines, buttons and list items are fragments. */
export type TextForm = 'prose' | 'fragment';
