import { FactoryError } from '../errors/factory-error.ts';

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Slugs name client directories and brand ids: lowercase letters, digits and single hyphens. */
export function assertClientSlug(slug: string): string {
  if (!SLUG.test(slug) || slug.length > 63) {
    throw new FactoryError(
      'INVALID_SLUG',
      `"${slug}" is not a valid client name`,
      'use lowercase letters, digits and hyphens (e.g. --name cordata-dental), at most 63 characters',
    );
  }
  return slug;
}
