import { CAPABILITIES, unshippedMentions } from '../../../capabilities/index.ts';
import { documentLines, type TextLine } from '../document-text.ts';
import type { QaContext } from '../qa-context.ts';
import { checkOf, problem } from '../qa-problem.ts';
import type { QaCheck } from '../qa-report.ts';

/** What the client reads as a description of their system: the guides, the proposal, the content requests and the plan. */
const CLIENT_DOCUMENTS = ['docs/', 'proposal/', 'content-requests/', 'strategy/campaign-plan.md'];

/**
 * Client documents promise only what the client system does today (`src/capabilities`): a
 * dashboard, lead scores, alerts or a weekly report named before they ship is a promise the
 * client cannot hold anyone to. Blocking; the brand's own name and offerings are not promises.
 */
export function checkPromises(context: QaContext): QaCheck[] {
  const { slug, files, config } = context;
  const documents = Object.keys(files).filter((path) =>
    CLIENT_DOCUMENTS.some((prefix) => path.startsWith(prefix)),
  );
  const quoted = config ? [config.brand_name, ...config.offerings.map((offering) => offering.name)] : [];
  const problems: string[] = [];
  for (const path of documents) {
    for (const { line, text } of linesOf(path, files[path]!)) {
      for (const mention of unshippedMentions(text, quoted)) {
        const where = line === null ? '' : ` on line ${line}`;
        problems.push(
          problem(
            slug,
            path,
            `promises ${CAPABILITIES[mention.id].summary} ("${mention.words}")${where}, which the client system does not have yet: "${clip(text)}"`,
          ),
        );
      }
    }
  }
  return [
    checkOf(
      'promises',
      'Client documents describe only what the client system does today',
      'blocking',
      documents.length > 0 ? problems : { skipped: 'no client documents yet' },
    ),
  ];
}

/** Markdown line by line with its code (an endpoint in backticks is still a promise); other formats as read. */
function linesOf(path: string, text: string): TextLine[] {
  if (!path.endsWith('.md')) return documentLines(path, text);
  return text.split('\n').map((line, index) => ({ line: index + 1, text: line }));
}

function clip(text: string): string {
  return text.length > 140 ? `${text.slice(0, 137)}…` : text;
}
