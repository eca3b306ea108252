import { pieceFacts } from './piece-facts.ts';
import type { MonthPlan } from './plan-month.ts';
import { PLATFORM_GUIDES } from './platform-guides.ts';
import type { PublicistInput } from './publicist-input.ts';

/** `README.md`: what the folder is, how to send content, and this month's checklist. */
export function renderReadme(input: PublicistInput, month: MonthPlan): string {
  const { brand } = input;
  const firstBrief = input.creative.briefs[0]!;
  const lines: string[] = [
    `# Content requests for ${brand.name}`,
    '',
    `This folder says which photos, videos and words we need from ${brand.name} this month, and how to make them.`,
    'Real pictures of your business, your team and your customers are what make your ads and posts work: people can only see what you send.',
    '',
    '## What is in this folder',
    '',
    '- `monthly-content-plan.md`: what to make each week, for which platform, and on which day it goes out.',
    '- `filming-guide.md`: how to film with your phone, what to film, and who to ask first.',
    '- `copy-templates.md`: captions, review and testimonial requests, a permission form and a customer story to fill in.',
    '- `shot-lists/`: one checklist for each content idea:',
  ];
  for (const brief of input.creative.briefs) {
    lines.push(
      `  - \`shot-lists/${brief.id}.md\`: ${brief.title} (${PLATFORM_GUIDES[brief.platform].label})`,
    );
  }
  lines.push('', '## How to send your content', '');
  lines.push(`- ${sendInstruction(input)}`);
  lines.push(
    '- Files too big to attach? Share a link from Google Drive, Dropbox or WeTransfer instead.',
    `- Name each file after its shot list and shot, for example \`${firstBrief.id}-shot-1\`.`,
    '- Send the original files from your phone, not copies passed through WhatsApp or Messenger, which shrink them.',
    '- Send the signed permission forms together with the files.',
    '',
    '## This month’s checklist',
    '',
    '- [ ] Read `filming-guide.md` once; it takes about ten minutes.',
    '- [ ] Print or save the permission form from `copy-templates.md`.',
  );
  for (const [index, pieces] of month.weeks.entries()) {
    lines.push(`- [ ] Week ${index + 1}:`);
    for (const piece of pieces) {
      const facts = pieceFacts(input, piece);
      lines.push(`  - [ ] ${facts.what} (${PLATFORM_GUIDES[piece.platform].label}, ${piece.day})`);
    }
  }
  lines.push(
    '- [ ] Ask three customers for a review (the message is in `copy-templates.md`).',
    '- [ ] Ask one customer if you may tell their story.',
    '',
  );
  return lines.join('\n');
}

function sendInstruction(input: PublicistInput): string {
  const { email, phone } = input.brand;
  if (email) return `Send your files to ${email} (a shared-folder link for large videos).`;
  if (phone) {
    return `Call ${phone} to agree how to send your files (a shared-folder link works for large videos).`;
  }
  return 'Reply to the message this folder came with to send your files (a shared-folder link works for large videos).';
}
