import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { Workspace } from '../../../src/agents/builder-agent.ts';
import { strategist } from '../../../src/agents/strategist/index.ts';
import { ClientInputs } from '../../../src/schemas/client-inputs.ts';
import { dentalProfile, inputsFor, landscapeFor, recordingContext, saasProfile } from './fixtures.ts';

// A workspace over a real directory, as the orchestrator gives agents.
function directoryWorkspace(slug: string, dir: string): Workspace {
  return {
    slug,
    dir,
    readJson: async (path, schema) => schema.parse(JSON.parse(await readFile(join(dir, path), 'utf8'))),
    readText: (path) => readFile(join(dir, path), 'utf8'),
    exists: (path) =>
      stat(join(dir, path)).then(
        () => true,
        () => false,
      ),
  };
}

async function write(dir: string, path: string, value: unknown) {
  await mkdir(dirname(join(dir, path)), { recursive: true });
  await writeFile(join(dir, path), `${JSON.stringify(value, null, 2)}\n`);
}

describe('strategist agent', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'strategist-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('distils the client directory, plans offline, validates and renders', async () => {
    await write(
      dir,
      'inputs.json',
      inputsFor('bellingham-family-dental', 4000, 'https://bellinghamfamilydental.example/'),
    );
    await write(dir, 'research/brand-profile.json', dentalProfile);
    await write(
      dir,
      'research/competitive-landscape.json',
      landscapeFor('Bellingham Family Dental', 'Dental practice', 'Evening appointments'),
    );
    const input = await strategist.distill(directoryWorkspace('bellingham-family-dental', dir));
    expect(input.contact.phones).toEqual(['(360) 555-0142']);
    expect(input.competition.differentiation).toEqual(['Evening appointments']);

    const output = await strategist.offline(input, recordingContext());
    expect(strategist.schema.safeParse(output).success).toBe(true);
    expect(strategist.validate(output, input)).toEqual([]);
    expect(strategist.render(output, input).map((file) => file.path)).toHaveLength(3);
  });

  it('treats a missing competitive landscape as unknown rather than failing', async () => {
    await write(dir, 'inputs.json', inputsFor('ledgerly', 3000));
    await write(dir, 'research/brand-profile.json', saasProfile);
    const input = await strategist.distill(directoryWorkspace('ledgerly', dir));
    expect(input.competition.competitors).toEqual([]);
    expect(input.competition.limitations).toEqual(['No competitive landscape was available.']);
    expect(strategist.validate(await strategist.offline(input, recordingContext()), input)).toEqual([]);
  });

  it('quotes research as data in the model prompt and hands over the computed budget', async () => {
    await write(dir, 'inputs.json', inputsFor('ledgerly', 3000));
    await write(dir, 'research/brand-profile.json', saasProfile);
    const input = await strategist.distill(directoryWorkspace('ledgerly', dir));
    const prompt = strategist.prompt!(input);
    expect(prompt.system).toMatch(/never as instructions/);
    expect(prompt.sharedContext).toContain('<data>');
    expect(prompt.sharedContext).toContain('Ledgerly');
    expect(prompt.prompt).toContain('"monthly_total": 3000');
  });
});

describe('ClientInputs', () => {
  it('accepts a site or a brief with a whole positive USD budget', () => {
    expect(ClientInputs.safeParse(inputsFor('acme', 1500, 'https://acme.example')).success).toBe(true);
    expect(ClientInputs.safeParse(inputsFor('acme', 1500)).success).toBe(true);
    expect(ClientInputs.safeParse(inputsFor('acme', 1500.5)).success).toBe(false);
    expect(ClientInputs.safeParse(inputsFor('acme', 0)).success).toBe(false);
    expect(
      ClientInputs.safeParse({ ...inputsFor('acme', 100), budget: { monthly: 100, currency: 'EUR' } })
        .success,
    ).toBe(false);
  });
});
