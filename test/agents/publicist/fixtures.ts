import type { AgentRunContext, NoteKind } from '../../../src/agents/builder-agent.ts';
import { publicistInputFrom } from '../../../src/agents/publicist/distill.ts';
import type { PublicistInput } from '../../../src/agents/publicist/publicist-input.ts';
import { planStrategy } from '../../../src/agents/strategist/offline.ts';
import type { BrandConfig, PlatformId } from '../../../src/schemas/brand-config.ts';
import type { CreativeBrief, CreativePlan } from '../../../src/schemas/creative-brief.ts';
import { dentalInput, shopInput } from '../strategist/fixtures.ts';

const SILENT: AgentRunContext = { note: () => {} };

/** A real brand config: the strategist's offline engine run on its own test fixtures. */
export const dentalConfig = (): BrandConfig => planStrategy(dentalInput(5000), SILENT).config;
export const shopConfig = (): BrandConfig => planStrategy(shopInput(2000), SILENT).config;

interface BriefSketch {
  id: string;
  title: string;
  platform: PlatformId;
  format: string;
  demographic: string;
  pillar: string;
  scenes: Array<[seconds: number, visual: string, audio: string, text: string | null]>;
  composition: CreativeBrief['composition'];
  narrative: CreativeBrief['narrative'];
  cta: string;
}

function brief(sketch: BriefSketch): CreativeBrief {
  const scenes = sketch.scenes.map(([seconds, visual, audio, text], index) => ({
    number: index + 1,
    seconds,
    visual,
    audio,
    on_screen_text: text,
  }));
  return {
    id: sketch.id,
    title: sketch.title,
    strategic_purpose: `Reach ${sketch.demographic} with ${sketch.pillar}.`,
    demographic: sketch.demographic,
    platform: sketch.platform,
    format: sketch.format,
    duration_seconds: sketch.format.includes('photo')
      ? 0
      : scenes.reduce((sum, scene) => sum + scene.seconds, 0),
    pillar: sketch.pillar,
    scenes,
    tone: ['warm', 'reassuring'],
    aesthetic: ['natural-light', 'documentary'],
    composition: sketch.composition,
    narrative: sketch.narrative,
    call_to_action: sketch.cta,
    hypothesis: {
      metric: 'ctr',
      expectation: 'Higher click-through than the account average',
      compared_to: 'account average',
      rationale: 'Real people from the practice tend to earn more attention than graphics.',
    },
  };
}

/** Five briefs for Bellingham Family Dental, on Meta, YouTube and Google. */
export function dentalPlan(config: BrandConfig = dentalConfig()): CreativePlan {
  const { primary, secondary, tertiary } = config.demographics;
  return {
    schema_version: 1,
    brand_id: config.brand_id,
    themes: ['Care that fits family life', 'Gentle from the first hello'],
    pillars: [
      {
        id: 'evenings-that-fit',
        name: 'Evenings that fit',
        message: 'Weekday evening appointments, so check-ups never clash with school or work.',
        proof: ['Evening appointments on weekdays'],
        demographics: [primary.id],
      },
      {
        id: 'gentle-care',
        name: 'Gentle care',
        message: 'A calm team that explains every step before it happens.',
        proof: ['ADA member', '18 years in Bellingham'],
        demographics: [secondary.id, tertiary.id],
      },
    ],
    visual_direction: {
      palette: ['#0a7ea4', '#ffffff'],
      typography: 'Rounded sans-serif',
      imagery: 'Real patients and staff in natural light; calm, uncluttered rooms',
    },
    avoid: ['Close-ups of dental instruments near a mouth', 'Stock photos of models with white teeth'],
    briefs: [
      brief({
        id: 'after-school-check-up',
        title: 'After-school check-up',
        platform: 'meta',
        format: 'Reels 9:16',
        demographic: primary.id,
        pillar: 'evenings-that-fit',
        scenes: [
          [
            3,
            'A parent and child walk in through the front door at 5:30 pm',
            'Door chime, friendly hello',
            'Open till 7 on weekdays',
          ],
          [5, 'The hygienist talks the child through the check-up', 'Hygienist explains each step', null],
          [
            4,
            'Close-up of the child giving a thumbs up in the chair',
            'Laughter',
            'Family dentistry for all ages',
          ],
        ],
        composition: ['wide-establishing', 'demonstration'],
        narrative: ['day-in-the-life', 'problem-solution'],
        cta: 'Book an evening visit',
      }),
      brief({
        id: 'meet-the-hygienist',
        title: 'Meet the hygienist',
        platform: 'meta',
        format: 'Reels 9:16',
        demographic: secondary.id,
        pillar: 'gentle-care',
        scenes: [
          [
            6,
            'The hygienist speaks to camera in the treatment room',
            '"I explain everything before I start."',
            'Nervous? Tell us.',
          ],
          [4, 'Hands adjusting the chair and a soft blanket', 'Calm voice-over', null],
        ],
        composition: ['talking-head', 'close-up'],
        narrative: ['social-proof'],
        cta: 'Ask us anything before you book',
      }),
      brief({
        id: 'whitening-results',
        title: 'Teeth whitening, step by step',
        platform: 'meta',
        format: 'Square carousel photo set 1:1',
        demographic: tertiary.id,
        pillar: 'gentle-care',
        scenes: [
          [1, 'The whitening shade guide held next to a smile, before', 'None', 'Teeth whitening from $299'],
          [1, 'The same smile, same light and angle, two weeks after', 'None', 'Two weeks later'],
        ],
        composition: ['before-after', 'product-hero'],
        narrative: ['transformation'],
        cta: 'See if whitening suits you',
      }),
      brief({
        id: 'bellingham-families',
        title: 'Bellingham families',
        platform: 'youtube',
        format: 'In-stream video 16:9',
        demographic: primary.id,
        pillar: 'gentle-care',
        scenes: [
          [5, 'Wide shot of Cornwall Avenue and the practice sign', 'Street sound', null],
          [
            15,
            'A long-time patient says why her family keeps coming back',
            'Patient interview',
            '18 years in Bellingham',
          ],
          [10, 'The team waves goodbye at the front desk', 'Music bed', 'Book an evening visit'],
        ],
        composition: ['wide-establishing', 'talking-head'],
        narrative: ['testimonial', 'local-pride'],
        cta: 'Book a family check-up',
      }),
      brief({
        id: 'practice-tour',
        title: 'Practice tour',
        platform: 'google',
        format: 'Image and video set 16:9',
        demographic: secondary.id,
        pillar: 'evenings-that-fit',
        scenes: [
          [4, 'Reception with the evening light on', 'Soft room tone', 'Evening appointments'],
          [4, 'A treatment room, tidy and bright', 'Room tone', null],
        ],
        composition: ['wide-establishing', 'montage'],
        narrative: ['how-it-works'],
        cta: 'Call to book',
      }),
    ],
  };
}

/** Five briefs for Tidepool Ceramics, on Meta and TikTok. */
export function shopPlan(config: BrandConfig = shopConfig()): CreativePlan {
  const { primary, secondary, tertiary } = config.demographics;
  return {
    schema_version: 1,
    brand_id: config.brand_id,
    themes: ['Made by hand in Portland'],
    pillars: [
      {
        id: 'handmade',
        name: 'Handmade',
        message: 'Every mug is thrown by hand in our Portland studio.',
        proof: ['Wheel-thrown mugs'],
        demographics: [primary.id, secondary.id],
      },
      {
        id: 'gift-ready',
        name: 'Gift-ready',
        message: 'A dinner set that arrives ready to give.',
        proof: ['Dinner sets from $180'],
        demographics: [tertiary.id],
      },
    ],
    visual_direction: {
      palette: ['#2f5d62', '#f4efe6'],
      typography: 'Serif headlines',
      imagery: 'Clay, hands and kitchen tables in daylight',
    },
    avoid: ['Perfectly styled studio shots that hide the handmade marks'],
    briefs: [
      brief({
        id: 'throwing-a-mug',
        title: 'Throwing a mug',
        platform: 'tiktok',
        format: 'In-feed video 9:16',
        demographic: secondary.id,
        pillar: 'handmade',
        scenes: [
          [4, 'Hands centre clay on the wheel', 'Wheel hum', 'One mug, start to finish'],
          [6, 'The mug rises between the potter’s hands', 'Wheel hum', null],
          [3, 'The finished glazed mug on a kitchen table', 'Pour of coffee', 'Mugs $34'],
        ],
        composition: ['close-up', 'demonstration'],
        narrative: ['how-it-works'],
        cta: 'Shop the mugs',
      }),
      brief({
        id: 'studio-day',
        title: 'A day in the studio',
        platform: 'meta',
        format: 'Reels 9:16',
        demographic: primary.id,
        pillar: 'handmade',
        scenes: [
          [4, 'Outside the Portland studio in the morning', 'Street sound', 'Made in Portland'],
          [8, 'The potter says what she loves about glazing day', 'Voice', null],
        ],
        composition: ['wide-establishing', 'talking-head'],
        narrative: ['day-in-the-life', 'founder-story'],
        cta: 'Visit the shop',
      }),
      brief({
        id: 'dinner-set-gift',
        title: 'The dinner set gift',
        platform: 'meta',
        format: 'Square carousel photo set 1:1',
        demographic: tertiary.id,
        pillar: 'gift-ready',
        scenes: [
          [1, 'A dinner set wrapped in paper on a table', 'None', 'Dinner sets from $180'],
          [1, 'The set laid for four at a family dinner', 'None', null],
        ],
        composition: ['product-hero'],
        narrative: ['offer-reveal'],
        cta: 'Order a set',
      }),
      brief({
        id: 'glaze-reveal',
        title: 'Glaze reveal',
        platform: 'tiktok',
        format: 'In-feed video 9:16',
        demographic: secondary.id,
        pillar: 'handmade',
        scenes: [
          [3, 'The kiln door opens', 'Creak', 'Kiln day'],
          [5, 'Close-up of a fresh glaze on a mug', 'Reaction', null],
        ],
        composition: ['point-of-view', 'close-up'],
        narrative: ['transformation'],
        cta: 'Shop the new glazes',
      }),
      brief({
        id: 'customer-kitchens',
        title: 'Mugs in real kitchens',
        platform: 'meta',
        format: 'Reels 9:16',
        demographic: primary.id,
        pillar: 'handmade',
        scenes: [
          [5, 'A customer films her morning coffee in a Tidepool mug', 'Her voice', null],
          [5, 'Another customer shows the shelf of mugs she has collected', 'Her voice', 'Mugs $34'],
        ],
        composition: ['point-of-view'],
        narrative: ['testimonial', 'social-proof'],
        cta: 'Find your mug',
      }),
    ],
  };
}

export const dentalPublicistInput = (): PublicistInput => {
  const config = dentalConfig();
  return publicistInputFrom(config, dentalPlan(config));
};
export const shopPublicistInput = (): PublicistInput => {
  const config = shopConfig();
  return publicistInputFrom(config, shopPlan(config));
};

/** A run context that keeps the notes, so tests can read what landed in the build context. */
export function recordingContext(): AgentRunContext & { notes: Array<{ kind: NoteKind; text: string }> } {
  const notes: Array<{ kind: NoteKind; text: string }> = [];
  return { notes, note: (kind, text) => notes.push({ kind, text }) };
}
