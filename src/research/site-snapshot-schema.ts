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
    }),
  ),
  stylesheets: z.array(z.object({ url: z.string(), css: z.string() })),
  skipped: z.array(z.object({ url: z.string(), reason: z.string() })),
  robots: z.object({ found: z.boolean(), crawlDelaySeconds: z.number().nullable() }),
  sitemapUrls: z.array(z.string()),
  brief: z.object({ file: z.string(), text: z.string() }).nullable(),
});
