import { avoidPhrase, findAvoided } from '../../creative/avoided-words.ts';
import { cleanSentences } from '../../text/clean-copy.ts';
import { editCopy, isProse } from '../../text/copy-editor/index.ts';
import { joinWords } from './join-words.ts';
import { LEAVE_OUT_HEADING } from './leave-out-section.ts';
import { platformsInPlan } from './piece-facts.ts';
import { describeShape, PLATFORM_GUIDES } from './platform-guides.ts';
import { GENERAL_PRIVACY, INDUSTRY_PRIVACY } from './privacy-rules.ts';
import type { PublicistInput } from './publicist-input.ts';
import { sentence } from './sentence.ts';

const MAX_PROOF = 6;
const MAX_PLACES = 3;

/** `filming-guide.md`: phone filming in plain steps, what to film at this business, consent, and limits. */
export function renderFilmingGuide(input: PublicistInput): string {
  const { brand } = input;
  const platforms = platformsInPlan(input);
  const labels = platforms.map((id) => PLATFORM_GUIDES[id].label);
  const lines: string[] = [
    `# How to film for ${brand.name}`,
    '',
    `You do not need a crew or a camera: your phone is enough. This guide covers light, sound, framing and what to film at ${brand.name}, so every piece looks like you on a good day.`,
    '',
    '## Before you start',
    '',
    '- Wipe the lens with a soft cloth; a smudge makes everything look foggy.',
    '- Switch on "Do not disturb" so a call does not stop the recording.',
    '- Check you have space for a few minutes of video (about 2 GB free).',
    '- Use the highest video quality your phone offers (1080p or 4K, 30 frames a second).',
    '- Use the back camera; it is sharper than the selfie camera.',
    '',
    '## Light',
    '',
    '- Face the light: put people facing a window, never with the window behind them.',
    '- Daylight looks better than ceiling lights. Switch off lamps that turn faces yellow or green.',
    '- Outside, cloudy days and the hour after sunrise or before sunset are kindest. Avoid midday sun on faces.',
    '- Tap the face on your screen before you record, so the phone sets focus and brightness on it.',
    '- If a face still looks dark, move the person closer to the light.',
    '',
    '## Sound',
    '',
    '- Film speaking in a quiet room. Switch off music, fans and machines for the minute you record.',
    '- Keep the phone within an arm’s length of whoever speaks, or use a clip-on microphone that plugs into the phone.',
    '- Wait two seconds after pressing record before speaking, and two seconds after the last word before stopping.',
    '- Do not play music while filming; we add music you are allowed to use.',
    '',
    '## Framing for your platforms',
    '',
    `Your plan runs on ${joinWords(labels)}. Film each piece in the shape its shot list asks for:`,
    '',
    '| Platform | Shape | How to hold the phone | Length |',
    '|---|---|---|---|',
  ];
  for (const id of platforms) {
    const guide = PLATFORM_GUIDES[id];
    const shapes = [guide.shape, guide.alsoShape].filter((shape) => shape !== null);
    lines.push(
      `| ${guide.label} | ${shapes.map(describeShape).join(' or ')} | ${shapes.map((shape) => shape.hold).join('; or ')} | ${guide.length} |`,
    );
  }
  const shapeNames = new Set(
    platforms.flatMap((id) => [PLATFORM_GUIDES[id].shape.name, PLATFORM_GUIDES[id].alsoShape?.name]),
  );
  lines.push('');
  if (shapeNames.has('vertical') || shapeNames.has('tall')) {
    lines.push(
      '- **Vertical (9:16)**: fill the screen top to bottom. Keep faces in the top third and leave the bottom fifth clear, where captions and buttons sit.',
    );
  }
  if (shapeNames.has('square')) {
    lines.push('- **Square (1:1)**: keep what matters in the middle; the edges get cut off.');
  }
  if (shapeNames.has('landscape')) {
    lines.push(
      '- **Landscape (16:9)**: turn the phone on its side before you press record, never halfway through.',
    );
  }
  lines.push(
    '- When you are unsure, film upright with space around the subject: it can be cut to square later, not the other way round.',
    '',
    '## Keep it steady',
    '',
    '- Hold the phone with two hands and your elbows against your body.',
    '- Better still, lean it against something or use a small tripod.',
    '- Move slowly. To follow someone, walk with your knees slightly bent.',
    '- Do not zoom with your fingers; walk closer instead.',
    '- Hold still for two seconds at the start and end of every shot.',
    '',
    '## Length',
    '',
    '- Each shot in the shot lists has a time. Film a few seconds more at each end; we trim.',
    '- Film each shot two or three times. The second take is usually the keeper.',
    '- Start with the action: the first three seconds decide whether people keep watching.',
    '',
    `## What to film at ${brand.name}`,
    '',
    '### What you offer',
    '',
  );
  // How to film an offering is said once; each offering then says only what it is.
  lines.push(`For each: ${offeringShots(input)}`, '');
  for (const offering of input.offerings) {
    // The site's own description may use a word the voice avoids ("the best of both worlds") or
    // carry a button's label ("View Service →"): such sentences are left out, never cut.
    const description = cleanSentences(
      offering.description,
      (text) => findAvoided(text, input.voice.avoid).length === 0,
    );
    const price = offering.price && !description?.includes(offering.price) ? offering.price : null;
    const detail = [description ? description.replace(/[.!]+$/, '') : null, price].filter(Boolean).join(', ');
    lines.push(`- **${offering.name}**${detail ? `: ${detail}` : ''}`);
  }
  lines.push('', '### Your places', '');
  if (input.places.address) {
    lines.push(
      `- Outside: your sign and front door at ${input.places.address}, in daylight, from across the street and up close.`,
    );
  } else {
    lines.push('- Outside: your sign or front door, or the place where customers meet you, in daylight.');
  }
  lines.push(
    '- Inside: where customers arrive, where the work happens, and the small details that make it yours.',
  );
  for (const place of input.places.names.slice(0, MAX_PLACES)) {
    lines.push(`- Around ${place}: a street or view locals recognise, for opening shots.`);
  }
  lines.push(
    '',
    '### Your people',
    '',
    `- You, saying in one sentence who you are and why you started ${brand.name}.`,
    '- Your team at work: hands busy, talking with customers, laughing between jobs.',
    '- Customers who have agreed to be filmed (see "Ask before you film people" below).',
    '',
    '### Your proof',
    '',
    'Film what backs up what you say, so people can see it is true:',
    '',
  );
  // Proof that does not read as words ("24/7 in", a cut heading) is left out rather than filmed.
  const proof = [...new Set(input.creative.pillars.flatMap((pillar) => pillar.proof))]
    .filter((item) => editCopy(item, { form: isProse(item) ? 'prose' : 'fragment' }).length === 0)
    .slice(0, MAX_PROOF);
  for (const item of proof) lines.push(`- ${sentence(item)}`);
  lines.push(
    '',
    '### The look',
    '',
    `- ${sentence(input.creative.imagery)}`,
    `- Sound like ${brand.name} always does: ${joinWords(input.voice.tone)}.`,
    '',
    '## Ask before you film people',
    '',
    `- **Customers**: ask first, tell them where it will appear (your ads and posts on ${joinWords(labels)}), and get a signed release before anything is used. The wording is in \`copy-templates.md\`.`,
    '- **Staff**: ask your own team too, every time, and make it easy to say no.',
    '- **Children**: never film a child’s face without a signed release from a parent or guardian. When unsure, film hands or from behind.',
    '- **Anyone in the background** who can be recognised needs to agree as well, or stay out of the frame.',
    '- Keep every signed release (a photo of the paper is fine) and send it with the files.',
    '- If someone changes their mind later, tell us and we take the piece down.',
    '',
    '## What not to film',
    '',
    '### Privacy',
    '',
  );
  for (const rule of [...(INDUSTRY_PRIVACY[brand.industry.key] ?? []), ...GENERAL_PRIVACY]) {
    lines.push(`- ${rule}`);
  }
  lines.push(
    '',
    `### ${LEAVE_OUT_HEADING}`,
    '',
    `- Words and claims ${brand.name} does not use, on camera, on screen or in captions: ${input.voice.avoid.map((entry) => `"${avoidPhrase(entry)}"`).join(', ')}. They promise more than anyone can prove, and platforms often reject them.`,
  );
  for (const item of input.creative.avoid) lines.push(`- ${sentence(item)}`);
  lines.push(
    '- Stock photos or videos made to look like your business: people can tell, and only the real thing builds trust.',
    '- Music, films or logos that belong to someone else.',
    '',
  );
  return lines.join('\n');
}

// Products are shown being made and used; services, being done and their result.
function offeringShots(input: PublicistInput): string {
  return input.brand.business_model === 'ecommerce-primary'
    ? 'show it being made or packed, close-ups of the details, and it in use in a real home.'
    : 'show it being done, close-ups of hands and tools, and the moment the customer sees the result.';
}
