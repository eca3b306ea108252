import { z } from 'zod';

/** One client-facing markdown document under `content-requests/`. */
export const ContentRequestFile = z.object({
  path: z
    .string()
    .regex(
      /^content-requests\/(?:shot-lists\/)?[a-z0-9]+(?:-[a-z0-9]+)*\.md$|^content-requests\/README\.md$/,
    ),
  markdown: z.string().min(1),
});
export type ContentRequestFile = z.infer<typeof ContentRequestFile>;

/** What the publicist produces, offline or by model: the documents of `content-requests/`. */
export const PublicistOutput = z.object({
  files: z.array(ContentRequestFile).min(1),
});
export type PublicistOutput = z.infer<typeof PublicistOutput>;
