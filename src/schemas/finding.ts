import { z } from 'zod';

/** Where a researched value came from. */
export const SourceKind = z.enum([
  'json-ld',
  'opengraph',
  'microformat',
  'meta',
  'html',
  'text',
  'css',
  'brief',
  'url',
  'inferred',
  'default',
  'model',
]);
export type SourceKind = z.infer<typeof SourceKind>;

export const Source = z.object({
  kind: SourceKind,
  /** The page URL, or `brief` for the brief file. */
  page: z.string().optional(),
  /** A CSS selector, JSON path or property name inside the page. */
  selector: z.string().optional(),
  /** A short quote of the evidence (at most 200 characters). */
  excerpt: z.string().max(200).optional(),
});
export type Source = z.infer<typeof Source>;

/**
 * A researched value with its provenance. `value: null` with `confidence: 0` means unknown,
 * which is a valid answer; a value without a source is not.
 */
export function finding<T extends z.ZodType>(value: T) {
  return z.object({
    value: value.nullable(),
    confidence: z.number().min(0).max(1),
    sources: z.array(Source),
  });
}

/** One item of a researched list; the list itself being empty means unknown. */
export function foundItem<T extends z.ZodType>(value: T) {
  return z.object({
    value,
    confidence: z.number().min(0).max(1),
    sources: z.array(Source).min(1),
  });
}

export interface Finding<T> {
  value: T | null;
  confidence: number;
  sources: Source[];
}

export interface FoundItem<T> {
  value: T;
  confidence: number;
  sources: Source[];
}

export const unknown = <T>(): Finding<T> => ({ value: null, confidence: 0, sources: [] });
