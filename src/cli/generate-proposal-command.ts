import { stat } from 'node:fs/promises';
import { join, relative, resolve } from 'node:path';
import type { Command } from 'commander';
import { distillDocumentation } from '../agents/documentation/distill.ts';
import { renderProposal } from '../agents/documentation/render-documentation.ts';
import { writeProposalContent } from '../agents/documentation/write-proposal-content.ts';
import { FactoryError } from '../errors/factory-error.ts';
import { assertClientSlug } from '../factory/client-slug.ts';
import { clientWorkspace } from '../factory/client-workspace.ts';
import { writeFileAtomic } from '../factory/write-file-atomic.ts';
import { withClientsDir } from './common-options.ts';

export const PROPOSAL_FILE = 'proposal/index.html';

export interface GenerateProposalOptions {
  slug: string;
  clientsDir: string;
}

export interface GenerateProposalResult {
  client: string;
  /** Absolute path of the written proposal. */
  path: string;
}

/**
 * Renders `clients/<slug>/proposal/index.html` from the artifacts the client already has, with the
 * documentation agent's distillation and offline wording, and writes it atomically.
 */
export async function generateProposal(options: GenerateProposalOptions): Promise<GenerateProposalResult> {
  const slug = assertClientSlug(options.slug);
  const clientsDir = resolve(options.clientsDir);
  const dir = join(clientsDir, slug);
  if (!(await isDirectory(dir))) {
    throw new FactoryError(
      'NO_SUCH_CLIENT',
      `there is no client "${slug}" in ${clientsDir}`,
      'run `factory list` to see the clients, or spawn it with `factory spawn-client`',
    );
  }
  const workspace = clientWorkspace(slug, dir);
  if (!(await workspace.exists('brand-config.json'))) {
    throw new FactoryError(
      'NO_BRAND_CONFIG',
      `client "${slug}" has no brand-config.json yet, so there is no plan to propose`,
      `run \`factory spawn-client --name ${slug} --url <site>\` (or --file <brief.txt>) first`,
    );
  }
  const input = await distillDocumentation(workspace);
  const html = renderProposal({ proposal: writeProposalContent(input) }, input);
  const path = join(dir, PROPOSAL_FILE);
  await writeFileAtomic(path, html);
  return { client: slug, path };
}

export function registerGenerateProposalCommand(program: Command): void {
  withClientsDir(
    program
      .command('generate-proposal <slug>')
      .description('a client-facing proposal (HTML, printable) from the plan in brand-config.json')
      .option('--json', 'machine-readable output'),
  ).action(async (slug: string, flags: { clientsDir: string; json?: boolean }) => {
    const result = await generateProposal({ slug, clientsDir: flags.clientsDir });
    if (flags.json) process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    else process.stdout.write(`${relative(process.cwd(), result.path) || result.path}\n`);
  });
}

async function isDirectory(path: string): Promise<boolean> {
  try {
    return (await stat(path)).isDirectory();
  } catch {
    return false;
  }
}
