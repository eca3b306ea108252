import { escapeHtml } from '../../proposal/escape-html.ts';

/**
 * The answer to a plain form post that failed validation: what to fix, per field, and a way
 * back. Field values are never echoed (they may hold anything); names and problems are escaped.
 */
export function renderFormErrorsPage(problems: Record<string, string>, backUrl: string): string {
  const items = Object.entries(problems)
    .map(
      ([field, problem]) => `<li><strong>${escapeHtml(labelOf(field))}</strong>: ${escapeHtml(problem)}</li>`,
    )
    .join('\n      ');
  return `<!doctype html>
<html lang="en">
  <head>
    <meta charset="utf-8">
    <meta name="viewport" content="width=device-width, initial-scale=1">
    <meta name="robots" content="noindex">
    <title>Please check the form</title>
  </head>
  <body>
    <main>
      <h1>Please check the form</h1>
      <p>We could not send your message yet. Please fix the following and send it again:</p>
      <ul>
      ${items}
      </ul>
      <p><a href="${escapeHtml(backUrl)}">Back to the form</a></p>
    </main>
  </body>
</html>
`;
}

export function renderNotFoundPage(): string {
  return `<!doctype html>
<html lang="en">
  <head><meta charset="utf-8"><title>Page not found</title></head>
  <body><main><h1>Page not found</h1><p><a href="/">Go to the home page</a></p></main></body>
</html>
`;
}

function labelOf(field: string): string {
  const words = field.replace(/[_-]+/g, ' ').trim();
  return words ? words[0]!.toUpperCase() + words.slice(1) : field;
}
