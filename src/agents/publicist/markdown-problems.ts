const PLACEHOLDERS: ReadonlyArray<{ pattern: RegExp; label: string }> = [
  { pattern: /\bTODO\b/i, label: 'TODO' },
  { pattern: /\bTBD\b/i, label: 'TBD' },
  { pattern: /\blorem\b/i, label: 'lorem' },
  { pattern: /\{\{/, label: '{{' },
  { pattern: /\bundefined\b|\bnull\b|\[object Object\]/, label: 'a missing value' },
];

/** Placeholder text left in a document, by label. */
export function findPlaceholders(markdown: string): string[] {
  return PLACEHOLDERS.filter(({ pattern }) => pattern.test(markdown)).map(({ label }) => label);
}

interface Heading {
  line: number;
  level: number;
  text: string;
}

function headingsOf(lines: readonly string[]): Heading[] {
  const headings: Heading[] = [];
  let fenced = false;
  for (const [line, text] of lines.entries()) {
    if (text.startsWith('```')) fenced = !fenced;
    const match = fenced ? null : /^(#{1,6})\s+(.*)$/.exec(text);
    if (match) headings.push({ line, level: match[1]!.length, text: match[2]!.trim() });
  }
  return headings;
}

/** Headings with nothing under them: no text before the next heading of the same or a higher level. */
export function findEmptySections(markdown: string): string[] {
  const lines = markdown.split('\n');
  const headings = headingsOf(lines);
  return headings
    .filter((heading, index) => {
      const next = headings[index + 1];
      const end = next?.line ?? lines.length;
      const hasText = lines.slice(heading.line + 1, end).some((line) => line.trim().length > 0);
      return !hasText && (!next || next.level <= heading.level);
    })
    .map((heading) => heading.text || '(untitled heading)');
}

/** The document without the sections under headings named `title` (and their subsections). */
export function withoutSection(markdown: string, title: string): string {
  const lines = markdown.split('\n');
  const headings = headingsOf(lines);
  const dropped = new Set<number>();
  for (const [index, heading] of headings.entries()) {
    if (heading.text.toLowerCase() !== title.toLowerCase()) continue;
    const next = headings.slice(index + 1).find((candidate) => candidate.level <= heading.level);
    for (let line = heading.line; line < (next?.line ?? lines.length); line++) dropped.add(line);
  }
  return lines.filter((_line, index) => !dropped.has(index)).join('\n');
}
