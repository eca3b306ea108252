import { z } from 'zod';

export const QaCheckStatus = z.enum(['pass', 'fail', 'warn', 'skipped']);
export type QaCheckStatus = z.infer<typeof QaCheckStatus>;

/** One check QA ran: `fail` details are blocking problems, `warn` details are warnings. */
export const QaCheck = z.object({
  id: z.string().regex(/^[a-z0-9]+(?:[-:./][a-z0-9]+)*$/),
  title: z.string().min(1),
  status: QaCheckStatus,
  /** Each problem names its file, what is wrong and the fix; for a skipped check, why it was skipped. */
  details: z.array(z.string().min(1)),
});
export type QaCheck = z.infer<typeof QaCheck>;

/** What QA concludes about a client build; rendered as QA-REPORT.md. */
export const QaReport = z.object({
  schema_version: z.literal(1),
  checks: z.array(QaCheck).min(1),
  /** The failed checks' details, in check order: they fail the build. */
  blocking: z.array(z.string()),
  /** The warned checks' details, in check order. */
  warnings: z.array(z.string()),
});
export type QaReport = z.infer<typeof QaReport>;
