export const CONTENT_REQUESTS_DIR = 'content-requests';
export const README_PATH = `${CONTENT_REQUESTS_DIR}/README.md`;
export const MONTHLY_PLAN_PATH = `${CONTENT_REQUESTS_DIR}/monthly-content-plan.md`;
export const FILMING_GUIDE_PATH = `${CONTENT_REQUESTS_DIR}/filming-guide.md`;
export const COPY_TEMPLATES_PATH = `${CONTENT_REQUESTS_DIR}/copy-templates.md`;

/** `content-requests/shot-lists/<brief-id>.md`: one checklist per creative brief. */
export function shotListPath(briefId: string): string {
  return `${CONTENT_REQUESTS_DIR}/shot-lists/${briefId}.md`;
}
