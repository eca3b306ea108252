import { PLATFORM_LABELS } from '../../proposal/plain-labels.ts';
import type { DocumentationInput } from './documentation-input.ts';
import type { DocPage } from './documentation-output.ts';
import { mdCell, mdText } from './markdown-text.ts';

export const CONTENT_REQUESTS_LINK = '../content-requests/';

/** docs/uploading-content.md: how to send photos and videos, how to name them, and what happens next. */
export function writeUploadingContent(input: DocumentationInput): DocPage {
  const { config, creative, guardrails: g } = input;
  const name = mdText(config.brand_name);
  const formats = config.platforms.map(
    (platform) => `- **${mdText(PLATFORM_LABELS[platform.id])}:** ${platform.formats.map(mdText).join(', ')}`,
  );
  const exampleTopic = creative?.briefs[0]?.id ?? 'team-at-work';
  const briefs = creative
    ? [
        'The creative plan asks for these pieces first:',
        '',
        '| Brief | Platform | Format | Length |',
        '|---|---|---|---:|',
        ...creative.briefs.map(
          (brief) =>
            `| ${mdCell(brief.title)} (\`${brief.id}\`) | ${mdCell(PLATFORM_LABELS[brief.platform])} | ${mdCell(brief.format)} | ${brief.duration_seconds > 0 ? `${brief.duration_seconds} s` : 'still'} |`,
        ),
        '',
        `Put the brief's id in the file name, so the system matches your file to it.`,
      ]
    : [
        'Until the creative plan is ready, the most useful material is: your team at work, the place where customers meet you, ' +
          'your products or results up close, and short clips of customers (with their written permission) saying what they liked.',
      ];

  return {
    title: 'Sending photos and videos',
    intro:
      `Real pictures of ${name} make ads people trust. This page explains what to send, how to name it and what happens to it. ` +
      `What to film each month is in the content requests folder: [monthly plan, filming guide and shot lists](${CONTENT_REQUESTS_LINK}).`,
    sections: [
      {
        heading: 'What to send',
        body: [
          '| | Photos | Videos |',
          '|---|---|---|',
          '| File types | JPEG, PNG or HEIC | MP4 or MOV (H.264 or HEVC) |',
          '| Size | at least 1080 px on the short side; 2160 px or more is better | 1080p or better, 25–60 frames per second |',
          '| Shape | upright 4:5 or 9:16 for phones, square 1:1, wide 16:9 | upright 9:16 for Reels, Stories, Shorts and TikTok; 16:9 for YouTube |',
          '| Largest file | 50 MB | 2 GB (send a shared link for anything bigger) |',
          '| Length | — | 6–60 seconds; the first 3 seconds matter most |',
          '',
          'Film upright unless a brief says otherwise, in good daylight, with the sound of the place. Send raw, unedited files: the system crops and cuts for each platform.',
          '',
          'The formats your plan uses:',
          '',
          ...formats,
          '',
          input.brand.logo_known
            ? 'We already have the logo from your website. If you have it as a vector file (SVG or PDF), send that too, so it stays sharp everywhere.'
            : 'Please send your logo as a vector file (SVG or PDF), or as a PNG at least 1000 px wide.',
        ].join('\n'),
      },
      {
        heading: 'How to name your files',
        body: [
          'Use the date it was taken, what it shows and a number, separated by underscores, all lower case:',
          '',
          '```text',
          'YYYY-MM-DD_<brief-or-topic>_<nn>.<ext>',
          `2025-03-14_${exampleTopic}_01.mp4`,
          `2025-03-14_${exampleTopic}_02.jpg`,
          '```',
          '',
          ...briefs,
        ].join('\n'),
      },
      {
        heading: 'How to send it',
        body: [
          '- **Shared folder or link:** send your account manager a link to a shared folder (or a transfer link for large videos); we add the files for you.',
          '- **A few photos:** email them to your account manager at full size (not through a messaging app, which shrinks them).',
          '',
          "Only send material you own, and only show people who agreed to appear in ads. Leave out anything private: customers' names, screens, paperwork, number plates.",
        ].join('\n'),
      },
      {
        heading: 'What happens next',
        body: [
          '1. **Matched.** Your account manager checks each file against the list above and matches it to its brief and the ad copy written for that brief.',
          '2. **Tested.** New ads go into the creative rotation at 01:00 and are compared with the ads already running.',
          `3. **Rested when tired.** When its click-through rate drops by more than ${Math.round(g.fatigue_ctr_drop * 100)}% over ${g.fatigue_window_days.min}–${g.fatigue_window_days.max} days, an ad is rested and a fresher one takes over.`,
        ].join('\n'),
      },
    ],
  };
}
