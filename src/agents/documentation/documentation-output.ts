import { z } from 'zod';
import { ProposalContent } from '../../proposal/proposal-content.ts';

/** One `##` section of a guide; the body is markdown (paragraphs, lists, tables, code blocks). */
export const DocSection = z.object({
  heading: z.string().min(1),
  body: z.string().min(1),
});
export type DocSection = z.infer<typeof DocSection>;

/** One guide under docs/: a title, an opening paragraph and its sections. */
export const DocPage = z.object({
  title: z.string().min(1),
  intro: z.string().min(1),
  sections: z.array(DocSection).min(2),
});
export type DocPage = z.infer<typeof DocPage>;

/** What the documentation agent produces, offline or by model: four client guides and the proposal's words. */
export const DocumentationOutput = z.object({
  docs: z.object({
    system_overview: DocPage,
    uploading_content: DocPage,
    following_results: DocPage,
    api_and_webhooks: DocPage,
    /** Written once the dashboard ships (src/capabilities). */
    reading_the_dashboard: DocPage.optional(),
  }),
  proposal: ProposalContent,
});
export type DocumentationOutput = z.infer<typeof DocumentationOutput>;

export type DocKey = keyof DocumentationOutput['docs'];

/** Where each guide is written, relative to the client directory. */
export const DOC_PATHS: Record<DocKey, string> = {
  system_overview: 'docs/system-overview.md',
  uploading_content: 'docs/uploading-content.md',
  following_results: 'docs/following-results.md',
  api_and_webhooks: 'docs/api-and-webhooks.md',
  reading_the_dashboard: 'docs/reading-the-dashboard.md',
};

export const PROPOSAL_PATH = 'proposal/index.html';

/** The guides this output holds, with where each is written (an optional guide may be absent). */
export function writtenGuides(output: Pick<DocumentationOutput, 'docs'>): Array<[DocKey, DocPage]> {
  return (Object.keys(DOC_PATHS) as DocKey[]).flatMap((key) => {
    const page = output.docs[key];
    return page ? [[key, page] as [DocKey, DocPage]] : [];
  });
}
