import type { CreativeBrief } from '../../schemas/creative-brief.ts';

type Composition = CreativeBrief['composition'][number];

const COMPOSITION_FRAMING: Record<Composition, string> = {
  'talking-head': 'medium shot, chest up, phone at eye level',
  'close-up': 'close-up',
  'wide-establishing': 'wide shot that shows the whole place',
  'over-the-shoulder': 'over the shoulder',
  'before-after': 'same spot and angle for the before and the after',
  'split-screen': 'two shots filmed separately, shown side by side',
  'product-hero': 'close-up of the product against a plain background',
  'text-overlay': 'simple background with room for text',
  montage: 'a quick run of short clips',
  'point-of-view': "from the person's point of view",
  demonstration: 'medium shot that shows the hands and the work',
};

// What the scene itself says about distance wins over the brief's general composition.
const CUES: ReadonlyArray<{ pattern: RegExp; framing: string }> = [
  { pattern: /close[- ]?up|detail|macro|\bhands?\b/i, framing: 'close-up' },
  { pattern: /over (?:the|her|his|their) shoulder/i, framing: 'over the shoulder' },
  { pattern: /point of view|\bpov\b/i, framing: "from the person's point of view" },
  {
    pattern: /\bwide\b|exterior|outside|street|establishing|storefront|building|skyline/i,
    framing: 'wide shot that shows the whole place',
  },
  {
    pattern: /to camera|talks?\b|speaks?\b|says\b|interview|explains/i,
    framing: 'medium shot, chest up, phone at eye level',
  },
];

/** How to frame one scene: from the scene's own words, else the brief's compositions in turn. */
export function shotFraming(brief: CreativeBrief, sceneIndex: number): string {
  const scene = brief.scenes[sceneIndex];
  const cue = scene ? CUES.find((candidate) => candidate.pattern.test(scene.visual)) : undefined;
  if (cue) return cue.framing;
  const composition = brief.composition[sceneIndex % brief.composition.length]!;
  return COMPOSITION_FRAMING[composition];
}
