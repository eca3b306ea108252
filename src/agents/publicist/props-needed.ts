import type { CreativeBrief } from '../../schemas/creative-brief.ts';
import type { PublicistInput } from './publicist-input.ts';

type Tag =
  | CreativeBrief['composition'][number]
  | CreativeBrief['narrative'][number]
  | CreativeBrief['aesthetic'][number];

const TAG_NEEDS: Partial<Record<Tag, (place: string | null) => string>> = {
  'talking-head': () => 'Someone to speak to camera: you or a team member.',
  testimonial: () => 'A customer who has agreed to speak on camera, with a signed release.',
  'founder-story': () => 'You, the owner, with a few minutes to tell how it started.',
  'product-hero': () => 'The product itself, clean and well lit.',
  'before-after': () => 'The "before" and the "after" of the same job, filmed from the same spot.',
  demonstration: () => 'The tools or equipment you use for the job.',
  'day-in-the-life': () => 'An ordinary working day; nothing needs staging.',
  'local-pride': (place) =>
    place ? `A spot in ${place} that locals recognise.` : 'A local spot people recognise.',
  'behind-the-scenes': () => 'Access to the back room, kitchen or workshop, tidied.',
  'user-generated': () => 'A customer filming on their own phone, with their permission.',
  'social-proof': () =>
    'Reviews, thank-you cards or awards you already have, with no customer details showing.',
  'offer-reveal': () => 'The offer exactly as you run it: price, dates and any conditions.',
};

/** Props and people a brief needs: its offerings by name, then what its tags imply, then a steady phone. */
export function propsNeeded(brief: CreativeBrief, input: PublicistInput): string[] {
  const text = [
    brief.title,
    brief.call_to_action,
    ...brief.scenes.flatMap((scene) => [scene.visual, scene.audio]),
  ]
    .join(' ')
    .toLowerCase();
  const needs = input.offerings
    .filter((offering) => text.includes(offering.name.toLowerCase()))
    .map((offering) =>
      input.brand.business_model === 'ecommerce-primary'
        ? `${offering.name}, clean and ready for the camera.`
        : `What ${offering.name.toLowerCase()} takes (tools, room, materials), set out and ready for the camera.`,
    );
  const place = input.places.names[0] ?? null;
  for (const tag of [...brief.composition, ...brief.narrative, ...brief.aesthetic]) {
    const need = TAG_NEEDS[tag]?.(place);
    if (need && !needs.includes(need)) needs.push(need);
  }
  if (needs.length === 0) needs.push('Your team at work, in your own place.');
  needs.push('A signed release from everyone who appears on camera.');
  needs.push('A small tripod, or a shelf to rest the phone on.');
  return needs;
}
