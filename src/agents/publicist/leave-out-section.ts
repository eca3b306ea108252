/**
 * The one heading under which the brand's avoided claims are quoted, so the client knows what to
 * leave out. Everywhere else those words must not appear; the validator skips this section only,
 * and QA's voice check skips it too because its heading says "avoid".
 */
export const LEAVE_OUT_HEADING = 'What to avoid';
