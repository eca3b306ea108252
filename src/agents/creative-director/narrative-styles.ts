import type { AestheticTag, CompositionTag, NarrativeElement } from './taxonomy-types.ts';

/** How each kind of story is told: its name, how it is shot, and what it is for. */
export interface NarrativeStyle {
  label: string;
  composition: CompositionTag[];
  aesthetic: AestheticTag[];
  /** What the story does for the viewer, completing "…so that the audience …". */
  job: string;
}

export const NARRATIVE_STYLES: Record<NarrativeElement, NarrativeStyle> = {
  'problem-solution': {
    label: 'Problem and solution',
    composition: ['close-up', 'demonstration'],
    aesthetic: ['natural-light', 'lifestyle'],
    job: 'recognises its own problem in the first seconds and sees the answer',
  },
  testimonial: {
    label: 'Customer testimonial',
    composition: ['talking-head', 'close-up'],
    aesthetic: ['documentary', 'natural-light'],
    job: 'hears a real customer say it, in their own words',
  },
  'day-in-the-life': {
    label: 'Day in the life',
    composition: ['point-of-view', 'montage'],
    aesthetic: ['lifestyle', 'natural-light'],
    job: 'sees the offering fit into a day like theirs',
  },
  'founder-story': {
    label: 'Founder story',
    composition: ['talking-head', 'wide-establishing'],
    aesthetic: ['documentary', 'behind-the-scenes'],
    job: 'meets the people behind the brand',
  },
  'how-it-works': {
    label: 'How it works',
    composition: ['demonstration', 'over-the-shoulder'],
    aesthetic: ['behind-the-scenes', 'natural-light'],
    job: 'sees exactly what happens, step by step, before committing',
  },
  'social-proof': {
    label: 'Proof',
    composition: ['text-overlay', 'montage'],
    aesthetic: ['bold-graphic', 'brand-colour-led'],
    job: 'sees the evidence before being asked to act',
  },
  'offer-reveal': {
    label: 'Offer reveal',
    composition: ['product-hero', 'text-overlay'],
    aesthetic: ['studio', 'brand-colour-led'],
    job: 'sees the offer and its published price up front',
  },
  'myth-busting': {
    label: 'Myth-busting',
    composition: ['talking-head', 'text-overlay'],
    aesthetic: ['minimal', 'brand-colour-led'],
    job: 'drops a worry that stopped it acting',
  },
  transformation: {
    label: 'Transformation',
    composition: ['montage', 'close-up'],
    aesthetic: ['lifestyle', 'natural-light'],
    job: 'pictures life after, without exaggerated before-and-after claims',
  },
  'local-pride': {
    label: 'Local pride',
    composition: ['wide-establishing', 'montage'],
    aesthetic: ['documentary', 'natural-light'],
    job: 'recognises its own neighbourhood and a business that belongs to it',
  },
};
