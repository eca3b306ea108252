import { avoidPhrase } from '../../creative/avoided-words.ts';
import type { PlatformId } from '../../schemas/brand-config.ts';
import { joinWords } from './join-words.ts';
import { LEAVE_OUT_HEADING } from './leave-out-section.ts';
import { platformsInPlan } from './piece-facts.ts';
import { PLATFORM_GUIDES } from './platform-guides.ts';
import type { PublicistInput } from './publicist-input.ts';
import { sentence } from './sentence.ts';

const SEARCH_HEADLINE_LIMIT = 30;
const MAX_OPENINGS = 3;

/** `copy-templates.md`: fill-in-the-blank captions per platform, review and testimonial requests, a story. */
export function renderCopyTemplates(input: PublicistInput): string {
  const { brand, voice } = input;
  const place = input.places.names[0] ?? null;
  const here = place ? ` in ${place}` : '';
  const offering = input.offerings[0]!.name;
  const platforms = platformsInPlan(input);
  const labels = platforms.map((id) => PLATFORM_GUIDES[id].label);
  const lines: string[] = [
    `# Caption and message templates for ${brand.name}`,
    '',
    'Copy a template, fill in the parts in [square brackets], and delete the brackets. Everything else is ready to use.',
    '',
    '## How to sound',
    '',
    `- Tone: ${joinWords(voice.tone)}. Personality: ${joinWords(voice.personality)}.`,
    `- Say "we" for ${brand.name} and "you" to the reader.`,
    '- One idea per post, and one clear next step at the end.',
    '- Write the way you would say it to a customer at the counter.',
  ];
  const openings = input.creative.pillars.slice(0, MAX_OPENINGS);
  if (openings.length > 0) {
    lines.push('- Messages to lean on:');
    for (const pillar of openings) lines.push(`  - ${pillar.name}: ${sentence(pillar.message)}`);
  }
  lines.push(
    '',
    `### ${LEAVE_OUT_HEADING}`,
    '',
    `- Never use: ${voice.avoid.map((entry) => `"${avoidPhrase(entry)}"`).join(', ')}.`,
    '- No prices, dates or offers you are not actually running.',
    '',
    '## Captions by platform',
  );
  for (const id of platforms) lines.push('', ...platformTemplate(id, input, offering, here));

  const reviewPlace = place ? `people in ${place}` : 'people like you';
  const release = brand.email ? `by emailing ${brand.email}` : `by telling ${brand.name}`;
  lines.push(
    '',
    '## Asking for a review',
    '',
    'Send this by text or email within a day of the visit or delivery:',
    '',
    '> Hi [first name], thank you for choosing ' +
      `${brand.name} for [what they came for]. If you have a minute, would you leave us a short review? It helps ${reviewPlace} find us: [link to your review page]. Thank you! [Your name], ${brand.name}`,
    '',
    '- Ask every customer, not only the happy ones: review sites do not allow picking who gets asked.',
    '- Never offer a discount or gift in return for a review; it breaks the review sites’ rules.',
    '- Reply to every review, good or bad, within a few days.',
    '',
    '## Asking for a testimonial',
    '',
    '> Hi [first name], we loved working with you on [what you did for them]. Would you be happy to share a few words, or a 30-second phone video, about how it went? ' +
      `We would use it in ${possessive(brand.name)} posts and ads on ${joinWords(labels)}. It is completely fine to say no, and you can ask us to take it down at any time. If you are happy to, reply "yes" and we will send a short permission form.`,
    '',
    '## Permission to use photos and video',
    '',
    'A plain-language release to print or send before filming anyone (a starting point, not legal advice):',
    '',
    `> I, [full name], agree that ${brand.name} may use the photos, video and words recorded of me on [date] in its ads, posts and website. I can ask ${brand.name} to stop using them at any time ${release}.`,
    '>',
    '> Signed: [signature]  Date: [date]',
    '>',
    '> If the person is under 18, a parent or guardian signs: [name and signature]',
    '',
    '## Customer story',
    '',
    `Use this to turn a happy ${brand.name} customer into a post, a video script or a page on your website:`,
    '',
    `- **Who**: [first name, or "a customer" if they prefer], from [their town or neighbourhood].`,
    `- **Before**: [what they needed, or what worried them, when they came to ${brand.name}]`,
    `- **What we did**: [the ${offering.toLowerCase()} or other ${brand.business_model === 'ecommerce-primary' ? 'product' : 'service'}, in one or two plain sentences]`,
    '- **After**: [what changed for them, in their own words if you can]',
    '- **In their words**: "[one sentence from them]"',
    '- **Picture**: [a photo or short video of them, or of the result]',
    '- **Permission**: [date the release was signed]',
    '',
  );
  return lines.join('\n');
}

function platformTemplate(id: PlatformId, input: PublicistInput, offering: string, here: string): string[] {
  const { brand } = input;
  const guide = PLATFORM_GUIDES[id];
  const cta = callToAction(id, input);
  const tags = hashtags(input);
  const head = [`### ${guide.label}`, '', `- Length: ${guide.caption.limit}`];
  for (const tip of guide.caption.tips) head.push(`- ${tip}`);
  head.push('');
  switch (id) {
    case 'meta':
      return [
        ...head,
        '```text',
        `[What is happening in the video, in one short line]${here}.`,
        '[One sentence on why it matters to the reader]',
        `${offering}: [what is included, or the price if you show it].`,
        cta,
        tags,
        '```',
      ];
    case 'tiktok':
      return [...head, '```text', `[The first thing you say in the video]${here}. ${cta}`, tags, '```'];
    case 'youtube':
      return [
        ...head,
        '```text',
        `Title: [What the viewer will learn or see] | ${brand.name}`,
        `Description: ${cta}`,
        `[Two sentences on what the video shows and who it helps${here}.]`,
        '```',
      ];
    case 'linkedin':
      return [
        ...head,
        '```text',
        `[A fact from this week at ${brand.name}: a job, a number, a customer question]`,
        '[What it taught you, or what it means for your customers]',
        '[A question for readers, e.g. "How do you handle this?"]',
        cta,
        '```',
      ];
    case 'pinterest':
      return [
        ...head,
        '```text',
        `Title: ${offering}${here}: [what the picture shows]`,
        `Description: [What it is, who it is for and how to get it, in two sentences.] ${cta}`,
        '```',
      ];
    case 'google':
    case 'microsoft': {
      const headlines = [`${offering}${here}`, brand.name, `${offering} by ${brand.name}`].filter(
        (headline) => headline.length <= SEARCH_HEADLINE_LIMIT,
      );
      return [
        ...head,
        '```text',
        ...headlines.map((headline) => `Headline: ${headline}`),
        'Headline: [What makes you different, in 30 characters]',
        'Headline: [Your next step, e.g. "Call today"]',
        `Description: [What you do] for [who you do it for]${here}. [Your next step].`,
        '```',
      ];
    }
  }
}

function callToAction(id: PlatformId, input: PublicistInput): string {
  const brief = input.creative.briefs.find((candidate) => candidate.platform === id);
  const contact = input.brand.website ?? input.brand.phone;
  const base = brief
    ? sentence(brief.call_to_action)
    : input.brand.business_model === 'ecommerce-primary'
      ? 'Shop now.'
      : 'Get in touch.';
  return contact ? `${base} ${contact}` : base;
}

function hashtags(input: PublicistInput): string {
  const words = [...input.places.names.slice(0, 1), ...input.offerings.slice(0, 2).map((item) => item.name)];
  const tags = words.map(
    (word) =>
      `#${word.replace(/[^\p{L}\p{N}]+(.)?/gu, (_match, next?: string) => next?.toUpperCase() ?? '')}`,
  );
  return [...new Set(tags.map((tag) => tag.charAt(0) + tag.charAt(1).toUpperCase() + tag.slice(2)))]
    .filter((tag) => tag.length > 1)
    .join(' ');
}

function possessive(name: string): string {
  return name.endsWith('s') ? `${name}'` : `${name}'s`;
}
