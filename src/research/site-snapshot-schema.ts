import { z } from 'zod';
import type { SiteSnapshot } from './site-snapshot.ts';

/** Validates a stored snapshot when it is read back (it may have been edited or truncated). */
export const SiteSnapshotSchema: z.ZodType<SiteSnapshot> = z.object({
  kind: z.enum(['site', 'brief']),
  rootUrl: z.string().nullable(),
  fetchedAt: z.string(),
  pages: z.array(
    z.object({
      url: z.string(),
      finalUrl: z.string(),
      status: z.number(),
      contentType: z.string(),
      depth: z.number(),
      title: z.string(),
      html: z.string(),
      bytes: z.number(),
      rendered: z.boolean().optional(),
    }),
  ),
  stylesheets: z.array(z.object({ url: z.string(), css: z.string() })),
  skipped: z.array(z.object({ url: z.string(), reason: z.string() })),
  robots: z.object({ found: z.boolean(), crawlDelaySeconds: z.number().nullable() }),
  sitemapUrls: z.array(z.string()),
  brief: z.object({ file: z.string(), text: z.string() }).nullable(),
  assets: z
    .array(
      z.object({
        url: z.string(),
        // The file is read back from disk, so an edited snapshot must not point anywhere else.
        file: z.string().regex(/^research\/sources\/assets\/[0-9a-f]{16,64}\.(png|jpg|webp|gif)$/),
        contentType: z.string(),
        bytes: z.number(),
        role: z.enum(['logo', 'image']),
        alt: z.string().nullable(),
      }),
    )
    .optional(),
});
