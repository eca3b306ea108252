import { appendFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { NoteKind } from '../agents/builder-agent.ts';

export const BUILD_CONTEXT_FILE = '.build-context.md';

const HEADER = `# Build context

The factory's shared scratchpad for this client: decisions, discoveries, warnings and cross-agent
requests, appended run after run. Never rewritten.
`;

const LABEL: Record<NoteKind, string> = {
  decision: 'Decision',
  discovery: 'Discovery',
  warning: 'Warning',
  request: 'Request',
};

/** Appends to `.build-context.md`; lines are written in the order they are noted. */
export class BuildContext {
  readonly #file: string;
  #queue: Promise<void> = Promise.resolve();
  readonly #notes: { agent: string; kind: NoteKind; text: string; to?: string }[] = [];

  constructor(dir: string) {
    this.#file = join(dir, BUILD_CONTEXT_FILE);
  }

  get notes() {
    return [...this.#notes];
  }

  startRun(command: string, at: string, exists: boolean): Promise<void> {
    const text = `${exists ? '' : HEADER}\n## ${at} — ${command}\n\n`;
    return this.#append(text);
  }

  note(agent: string, kind: NoteKind, text: string, to?: string): Promise<void> {
    this.#notes.push({ agent, kind, text, ...(to ? { to } : {}) });
    const target = to ? ` → ${to}` : '';
    const line = `- **${LABEL[kind]}** (${agent}${target}): ${text.replace(/\s+/g, ' ').trim()}\n`;
    return this.#append(line);
  }

  flush(): Promise<void> {
    return this.#queue;
  }

  #append(text: string): Promise<void> {
    this.#queue = this.#queue.then(async () => {
      await mkdir(join(this.#file, '..'), { recursive: true });
      await appendFile(this.#file, text);
    });
    return this.#queue;
  }
}
