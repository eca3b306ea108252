import { z } from 'zod';

/** A photo of the site at several widths: what `<picture>` needs, with its intrinsic size. */
export const SitePicture = z.object({
  alt: z.string().min(1),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  /** The JPEG closest to 960 px wide, for browsers that ignore `srcset`. */
  src: z.string().startsWith('/assets/images/'),
  sources: z.array(z.object({ type: z.enum(['image/webp', 'image/jpeg']), srcset: z.string().min(1) })),
});
export type SitePicture = z.infer<typeof SitePicture>;

export const SiteLogo = z.object({
  src: z.string().startsWith('/assets/images/'),
  width: z.number().int().positive(),
  height: z.number().int().positive(),
});
export type SiteLogo = z.infer<typeof SiteLogo>;
