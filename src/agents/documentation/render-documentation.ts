import { renderProposalHtml } from '../../proposal/render-proposal-html.ts';
import type { Artifact } from '../builder-agent.ts';
import { dashboardKpis } from './dashboard-kpis.ts';
import type { DocumentationInput } from './documentation-input.ts';
import {
  DOC_PATHS,
  type DocPage,
  type DocumentationOutput,
  PROPOSAL_PATH,
  writtenGuides,
} from './documentation-output.ts';

/** The guides as markdown and the proposal as one self-contained HTML file. */
export function renderDocumentation(output: DocumentationOutput, input: DocumentationInput): Artifact[] {
  const guides = writtenGuides(output).map(([key, page]) => ({
    path: DOC_PATHS[key],
    content: renderDocPage(page),
  }));
  return [...guides, { path: PROPOSAL_PATH, content: renderProposal(output, input) }];
}

/** The proposal alone (what `factory generate-proposal` writes). */
export function renderProposal(
  output: Pick<DocumentationOutput, 'proposal'>,
  input: DocumentationInput,
): string {
  return renderProposalHtml(output.proposal, { config: input.config, kpis: dashboardKpis(input.config) });
}

export function renderDocPage(page: DocPage): string {
  const sections = page.sections.map((section) => `## ${section.heading}\n\n${section.body.trim()}\n`);
  return `# ${page.title}\n\n${page.intro.trim()}\n\n${sections.join('\n')}`;
}
