import { z } from 'zod';

/** `inputs.json`: what the user asked for, written by the CLI before any agent runs. */
export const ClientInputs = z.object({
  schema_version: z.literal(1),
  slug: z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'lowercase letters, digits and hyphens'),
  source: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('site'), url: z.string().min(1) }),
    z.object({ kind: z.literal('brief'), file: z.string().min(1) }),
  ]),
  budget: z.object({
    monthly: z.number().int().positive(),
    currency: z.literal('USD'),
  }),
});
export type ClientInputs = z.infer<typeof ClientInputs>;
