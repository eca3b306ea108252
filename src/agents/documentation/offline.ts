import { isShipped } from '../../capabilities/index.ts';
import type { AgentRunContext } from '../builder-agent.ts';
import type { DocumentationInput } from './documentation-input.ts';
import type { DocumentationOutput } from './documentation-output.ts';
import { writeApiAndWebhooks } from './write-api-and-webhooks.ts';
import { writeFollowingResults } from './write-following-results.ts';
import { writeProposalContent } from './write-proposal-content.ts';
import { writeReadingTheDashboard } from './write-reading-the-dashboard.ts';
import { writeSystemOverview } from './write-system-overview.ts';
import { writeUploadingContent } from './write-uploading-content.ts';

/** The deterministic engine: every guide and the proposal's words, from the distilled facts alone. */
export function writeDocumentation(input: DocumentationInput, context: AgentRunContext): DocumentationOutput {
  for (const problem of input.problems) context.note('warning', problem);
  if (input.creative === null) {
    context.note(
      'discovery',
      'No creative plan yet (creative/briefs/briefs.json): the upload guide suggests general shots instead of briefs.',
    );
  }
  if (input.guardrails_from_policy.length === 0) {
    context.note(
      'discovery',
      'No usable automation/policy.json yet: the docs describe the DESIGN default guardrails.',
    );
  }
  return {
    docs: {
      system_overview: writeSystemOverview(input),
      uploading_content: writeUploadingContent(input),
      following_results: writeFollowingResults(input),
      api_and_webhooks: writeApiAndWebhooks(input),
      ...(isShipped('dashboard') ? { reading_the_dashboard: writeReadingTheDashboard(input) } : {}),
    },
    proposal: writeProposalContent(input),
  };
}
