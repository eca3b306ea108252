import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Command } from 'commander';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { checkProposalHtml } from '../../src/agents/documentation/validate.ts';
import {
  generateProposal,
  registerGenerateProposalCommand,
} from '../../src/cli/generate-proposal-command.ts';
import { dentalConfig, inputFor } from '../agents/documentation/fixtures.ts';

describe('factory generate-proposal', () => {
  let clientsDir: string;
  beforeEach(async () => {
    clientsDir = await mkdtemp(join(tmpdir(), 'generate-proposal-'));
  });
  afterEach(async () => {
    await rm(clientsDir, { recursive: true, force: true });
    vi.restoreAllMocks();
  });

  it("renders proposal/index.html from the client's brand-config.json and prints its path", async () => {
    const config = await dentalConfig();
    await mkdir(join(clientsDir, config.brand_id), { recursive: true });
    await writeFile(join(clientsDir, config.brand_id, 'brand-config.json'), JSON.stringify(config));
    const printed: string[] = [];
    vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => {
      printed.push(String(chunk));
      return true;
    });
    const program = new Command('factory').exitOverride();
    registerGenerateProposalCommand(program);
    await program.parseAsync(['generate-proposal', config.brand_id, '--clients-dir', clientsDir, '--json'], {
      from: 'user',
    });
    const path = join(clientsDir, config.brand_id, 'proposal', 'index.html');
    expect(JSON.parse(printed.join(''))).toEqual({ client: config.brand_id, path });
    const html = await readFile(path, 'utf8');
    expect(checkProposalHtml(html, inputFor(config))).toEqual([]);
  });

  it('refuses an unknown client with NO_SUCH_CLIENT and a hint', async () => {
    await expect(generateProposal({ slug: 'nobody', clientsDir })).rejects.toMatchObject({
      code: 'NO_SUCH_CLIENT',
      hint: expect.stringContaining('factory list'),
    });
  });

  it('asks for spawn-client first when the client has no brand-config.json', async () => {
    await mkdir(join(clientsDir, 'half-built'), { recursive: true });
    await expect(generateProposal({ slug: 'half-built', clientsDir })).rejects.toMatchObject({
      code: 'NO_BRAND_CONFIG',
      hint: expect.stringContaining('spawn-client'),
    });
  });
});
