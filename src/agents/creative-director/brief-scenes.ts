import type { Demographic, PlatformId } from '../../schemas/brand-config.ts';
import type { CreativeBrief } from '../../schemas/creative-brief.ts';
import { capitalise, lowerFirst, phrase } from './copy-text.ts';
import type { CreativeInput } from './creative-input.ts';
import { industryCreative } from './industry-creative.ts';
import type { FormatChoice } from './platform-formats.ts';
import type { ProofPoint } from './proof-points.ts';
import type { NarrativeElement } from './taxonomy-types.ts';

type Scene = CreativeBrief['scenes'][number];

/** What a brief's scenes are made of: one audience, one offering, one proof, one action. */
export interface SceneContext {
  input: CreativeInput;
  platform: PlatformId;
  demographic: Demographic;
  offering: CreativeInput['offerings'][number];
  proof: ProofPoint;
  narrative: NarrativeElement;
  format: FormatChoice;
  callToAction: string;
  landingPath: string;
}

/** Scene-by-scene direction for video, frame-by-frame (seconds = typical dwell time) for static formats. */
export function briefScenes(context: SceneContext): Scene[] {
  return context.format.video ? videoScenes(context) : staticFrames(context);
}

function videoScenes(context: SceneContext): Scene[] {
  const { input, demographic, offering, proof, narrative, format, callToAction, landingPath } = context;
  const creative = industryCreative(input.industry.key);
  const person = singular(demographic.name).toLowerCase();
  const pain = phrase(demographic.pain_points[0] ?? demographic.description);
  const place = placeName(input);
  const framing = format.vertical ? 'vertical, subject centred, text in the safe zone' : 'horizontal, wide';
  const music = `music: ${input.voice.tone.slice(0, 2).join(', ')} feel, low under the voice`;
  const testimonial = input.proof.testimonials[0];

  const hook: Omit<Scene, 'number' | 'seconds'> =
    narrative === 'testimonial' && testimonial
      ? {
          visual: `Talking head (${framing}): a real customer${testimonial.author ? `, ${testimonial.author},` : ''} speaks straight to camera.`,
          audio: `Customer, in their own words: “${phrase(testimonial.quote)}”`,
          on_screen_text: testimonial.author ? `${testimonial.author}, customer` : 'A real customer',
        }
      : narrative === 'local-pride' && place
        ? {
            visual: `Wide establishing shot of ${place} (${framing}), then straight into ${creative.setting}.`,
            audio: `Voice-over: “${capitalise(place)} — this one's for you.” Ambient street sound, ${music}.`,
            on_screen_text: `${input.brand.name}, ${place}`,
          }
        : {
            visual: `${hookVisual(narrative, person, creative.setting)} (${framing}).`,
            audio: `Voice-over: “${capitalise(pain)}?” Natural sound, ${music}.`,
            on_screen_text: `${capitalise(pain)}?`,
          };
  const beats: Array<Omit<Scene, 'number' | 'seconds'>> = [
    hook,
    {
      visual: `${capitalise(creative.setting)}${place ? ` in ${place}` : ''}: ${creative.subject}. ${middleVisual(narrative, person)}`,
      audio: `Voice-over: “At ${input.brand.name}: ${lowerFirst(offering.name)}${offering.description ? `, ${lowerFirst(phrase(offering.description))}` : ''}.”`,
      on_screen_text: offering.name,
    },
    {
      visual: `The proof on screen: ${proofVisual(proof)}`,
      audio: `Voice-over: “${capitalise(phrase(proof.text.replace(/[“”]/g, '')))}.”`,
      on_screen_text: proof.text,
    },
    {
      visual: `End card in the brand primary ${input.colors.primary} with the logo; the call to action on an accent ${input.colors.accent} button.`,
      audio: `Voice-over: “${callToAction} — ${input.brand.name}.” Music resolves.`,
      on_screen_text: `${callToAction} · ${landingPath}`,
    },
  ];
  return timed(beats, format.duration);
}

function staticFrames(context: SceneContext): Scene[] {
  const { input, demographic, offering, proof, format, callToAction, landingPath, platform } = context;
  const creative = industryCreative(input.industry.key);
  const pain = phrase(demographic.pain_points[0] ?? demographic.description);
  const place = placeName(input);
  // The offering's name may already say where ("Drywall Repair in Simi Valley").
  const elsewhere = place && !offering.name.toLowerCase().includes(place.toLowerCase()) ? place : null;
  const none = 'None (static format).';
  if (platform === 'google' || platform === 'microsoft') {
    return [
      {
        number: 1,
        seconds: 1,
        visual: `Landscape image asset (1.91:1): ${creative.subject}, centred on ${lowerFirst(offering.name)}${elsewhere ? ` in ${elsewhere}` : ''}; no text on the image.`,
        audio: none,
        on_screen_text: null,
      },
      {
        number: 2,
        seconds: 1,
        visual: `Square image asset (1:1): a close crop of the same scene, with something in the brand's main colour (${input.colors.primary}) in the frame; logo asset separately.`,
        audio: none,
        on_screen_text: null,
      },
      {
        number: 3,
        seconds: 1,
        visual: `The search ad: headlines name ${offering.name}${elsewhere ? ` and ${elsewhere}` : ''}; descriptions answer “${lowerFirst(pain)}” and carry the proof.`,
        audio: none,
        on_screen_text: `${offering.name} · ${proof.text} · ${callToAction}`,
      },
    ];
  }
  if (/carousel|document/i.test(format.format)) {
    const unit = /document/i.test(format.format) ? 'Page' : 'Card';
    return [
      {
        number: 1,
        seconds: 2,
        visual: `${unit} 1: bold type on the brand primary ${input.colors.primary}, the question the audience asks itself.`,
        audio: none,
        on_screen_text: `${capitalise(pain)}?`,
      },
      {
        number: 2,
        seconds: 2,
        visual: `${unit} 2: ${creative.subject}, showing ${lowerFirst(offering.name)}.`,
        audio: none,
        on_screen_text: offering.description
          ? `${offering.name}: ${lowerFirst(phrase(offering.description))}`
          : offering.name,
      },
      {
        number: 3,
        seconds: 2,
        visual: `${unit} 3: the proof, ${proofVisual(proof)}`,
        audio: none,
        on_screen_text: proof.text,
      },
      {
        number: 4,
        seconds: 2,
        visual: `${unit} 4: logo on the brand background colour (${input.colors.background}), the call to action on an accent ${input.colors.accent} button.`,
        audio: none,
        on_screen_text: `${callToAction} · ${landingPath}`,
      },
    ];
  }
  return [
    {
      number: 1,
      seconds: 2,
      visual: `One image: ${creative.subject}, centred on ${lowerFirst(offering.name)}${place ? ` in ${place}` : ''}; a ${input.colors.primary} band carries the headline.`,
      audio: none,
      on_screen_text: offering.name,
    },
    {
      number: 2,
      seconds: 2,
      visual: `The post text opens with “${lowerFirst(pain)}”, answers with ${lowerFirst(offering.name)} and names the proof; a ${callToAction.toLowerCase()} button.`,
      audio: none,
      on_screen_text: `${proof.text} · ${callToAction}`,
    },
  ];
}

function hookVisual(narrative: NarrativeElement, person: string, setting: string): string {
  switch (narrative) {
    case 'day-in-the-life':
      return `Point of view: a ${person} in the middle of an ordinary busy day, phone in hand`;
    case 'how-it-works':
      return `Over the shoulder: step one at ${setting}, shown as it really happens`;
    case 'offer-reveal':
      return `Product hero: the offering alone on a clean brand-colour background`;
    case 'myth-busting':
      return `Talking head: a team member holds up the worry, written on a card`;
    case 'transformation':
      return `Close-up: a ${person} getting ready for something that matters to them`;
    case 'social-proof':
      return `Fast montage of real customers and the team, with the proof building on screen`;
    default:
      return `Close-up: a ${person} at the moment the problem bites`;
  }
}

function middleVisual(narrative: NarrativeElement, person: string): string {
  switch (narrative) {
    case 'how-it-works':
      return 'Each step shown in order, hands and faces, nothing staged.';
    case 'day-in-the-life':
      return `The ${person}'s day goes on, the offering fitting in without fuss.`;
    case 'transformation':
      return `The ${person} afterwards: relaxed, confident, getting on with life.`;
    case 'myth-busting':
      return 'The team member explains what really happens, plainly.';
    default:
      return `A ${person} is welcomed and looked after.`;
  }
}

function proofVisual(proof: ProofPoint): string {
  switch (proof.kind) {
    case 'testimonial':
      return 'the customer’s words as a pull quote, attributed.';
    case 'credential':
      return 'the credential as the brand shows it (certificate or badge, only where the client confirms its use).';
    case 'years':
      return 'the years in business, over footage of the team at work.';
    default:
      return 'the point written large over footage of the real thing.';
  }
}

/** Hook and end card get 3 seconds (2 in short cuts); the middle shares the rest in half-seconds. */
function timed(beats: Array<Omit<Scene, 'number' | 'seconds'>>, duration: number): Scene[] {
  const edge = duration <= 15 ? 2 : 3;
  const middle = beats.length - 2;
  const share = Math.floor(((duration - 2 * edge) / middle) * 2) / 2;
  return beats.map((beat, index) => {
    const first = index === 0;
    const last = index === beats.length - 1;
    const seconds =
      first || last ? edge : index === middle ? duration - 2 * edge - share * (middle - 1) : share;
    return { number: index + 1, seconds, ...beat };
  });
}

function placeName(input: CreativeInput): string | null {
  return input.geography.local ? (input.geography.places[0] ?? null) : null;
}

/** "Family health planners" → "Family health planner"; good enough for a persona in a brief. */
export function singular(name: string): string {
  return name.replace(/(\w+)$/, (word) => {
    if (/ies$/i.test(word)) return `${word.slice(0, -3)}y`;
    if (/(ss|us|is)$/i.test(word)) return word;
    if (/(ches|shes|xes|sses)$/i.test(word)) return word.slice(0, -2);
    if (/s$/i.test(word)) return word.slice(0, -1);
    return word;
  });
}
