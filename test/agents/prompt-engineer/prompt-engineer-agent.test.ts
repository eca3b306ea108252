import { mkdir, mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import type { Workspace } from '../../../src/agents/builder-agent.ts';
import { loadDefinition } from '../../../src/agents/load-definition.ts';
import { examplePayloads } from '../../../src/agents/prompt-engineer/example-payloads.ts';
import {
  POLICY_PATH,
  type PromptEngineerInput,
  promptEngineer,
  promptPath,
  RUNTIME_AGENT_IDS,
  RUNTIME_AGENTS,
} from '../../../src/agents/prompt-engineer/index.ts';
import { Policy } from '../../../src/schemas/policy.ts';
import { dentalProfile } from '../strategist/fixtures.ts';
import {
  creativePlanFor,
  dentalConfig,
  dentalEngineerInput,
  dentalLandscape,
  shopEngineerInput,
} from './fixtures.ts';

const SILENT = { note: () => {} };

function run(input: PromptEngineerInput) {
  const output = promptEngineer.offline(input, SILENT) as ReturnType<typeof promptEngineer.offline> & object;
  const parsed = promptEngineer.schema.parse(output);
  return {
    output: parsed,
    files: new Map(promptEngineer.render(parsed, input).map((a) => [a.path, a.content])),
  };
}

function jsonBlocks(markdown: string): unknown[] {
  return [...markdown.matchAll(/```json\n([\s\S]*?)\n```/g)].map((match) => JSON.parse(match[1]!));
}

describe('prompt engineer offline', () => {
  it('writes six prompt files and a policy that validates', () => {
    const input = dentalEngineerInput();
    const { output, files } = run(input);
    expect(promptEngineer.validate(output, input)).toEqual([]);
    expect([...files.keys()].sort()).toEqual(
      [...RUNTIME_AGENT_IDS.map((id) => `automation/prompts/${id}.md`), POLICY_PATH].sort(),
    );
    expect(Policy.safeParse(JSON.parse(files.get(POLICY_PATH)!)).success).toBe(true);
  });

  it('makes every prompt specific to the brand: name, budget, audience, competitor, KPI', () => {
    const input = dentalEngineerInput();
    const { files } = run(input);
    for (const id of RUNTIME_AGENT_IDS) {
      const prompt = files.get(promptPath(id))!;
      expect(prompt, id).toContain('Bellingham Family Dental');
      expect(prompt, id).toContain('$5,000 a month');
      expect(prompt, id).toContain('Family health planners');
      expect(prompt, id).toContain('Northside Rival');
      expect(prompt, id).toContain('cost per lead');
      expect(prompt, id).toMatch(/Math decides, language explains/);
      expect(prompt, id).toMatch(/never instructions/);
    }
    const cso = files.get(promptPath('chief-strategy-officer'))!;
    expect(cso).toContain('Move at most 30% of the daily total per cycle ($49.34 of $164.47)');
    expect(cso).toContain('cost per lead above 2× target ($160) after at least 5 conversions');
    expect(cso).toContain('at most 8 leads a day');
    const translator = files.get(promptPath('client-translator'))!;
    expect(translator).toContain('facts_used');
    expect(translator).toMatch(/Every number you write comes from `facts`/);
    expect(translator).toContain('friendly, reassuring');
  });

  it('says plainly when there is no competitive landscape', () => {
    const { files } = run(dentalEngineerInput({ landscape: false }));
    expect(files.get(promptPath('media-buyer'))).toContain('no competitive landscape was available');
    expect(files.get(promptPath('media-buyer'))).not.toContain('Northside Rival');
  });

  it('gives Creative Intelligence the pillars and brief ids of the creative plan', () => {
    const { files } = run(dentalEngineerInput({ creative: true }));
    const prompt = files.get(promptPath('creative-intelligence'))!;
    expect(prompt).toContain('After-work care (`after-work-care`)');
    expect(prompt).toContain('`brief-5`');
    expect(prompt).toContain('drill close-ups');
  });

  it('embeds each agent’s input and output JSON Schema and a valid example of each', () => {
    for (const input of [dentalEngineerInput({ creative: true }), shopEngineerInput()]) {
      const { files } = run(input);
      for (const id of RUNTIME_AGENT_IDS) {
        const agent = RUNTIME_AGENTS[id];
        const prompt = files.get(promptPath(id))!;
        expect(prompt).toContain(`## Input: \`${agent.input.name}\``);
        expect(prompt).toContain(`## Output: \`${agent.output.name}\``);
        const [inputSchema, inputExample, outputSchema, outputExample] = jsonBlocks(prompt);
        expect(inputSchema).toEqual(z.toJSONSchema(agent.input.schema));
        expect(outputSchema).toEqual(z.toJSONSchema(agent.output.schema));
        expect(agent.input.schema.safeParse(inputExample).success, `${id} input example`).toBe(true);
        expect(agent.output.schema.safeParse(outputExample).success, `${id} output example`).toBe(true);
      }
    }
  });

  it('writes a translator example whose every number comes from its facts, free of words to avoid', () => {
    for (const input of [dentalEngineerInput(), shopEngineerInput()]) {
      const { output } = run(input);
      const example = examplePayloads(input, output.policy)['client-translator'];
      const facts = (example.input as { facts: Array<{ value: number | string }> }).facts;
      const allowed = new Set(facts.map((fact) => String(fact.value)));
      const narrative = (example.output as { narrative: string }).narrative;
      const numbers = narrative.match(/\d[\d,]*(?:\.\d+)?/g) ?? [];
      expect(numbers.length).toBeGreaterThan(0);
      for (const number of numbers) expect(allowed, number).toContain(number.replace(/,/g, ''));
      for (const word of input.config.brand_voice.avoid) {
        expect(narrative.toLowerCase()).not.toContain(word.toLowerCase());
      }
    }
  });

  it('writes different prompts and policies for two brands', () => {
    const dental = run(dentalEngineerInput());
    const shop = run(shopEngineerInput());
    expect(shop.output.policy).not.toEqual(dental.output.policy);
    for (const id of RUNTIME_AGENT_IDS) {
      expect(shop.files.get(promptPath(id))).not.toEqual(dental.files.get(promptPath(id)));
    }
    expect(shop.files.get(promptPath('chief-strategy-officer'))).toContain('Tidepool Ceramics');
    expect(shop.files.get(promptPath('chief-strategy-officer'))).toMatch(/ROAS below 0\.5× target/);
  });

  it('produces identical files on two runs with the same input', () => {
    expect(run(dentalEngineerInput({ creative: true })).files).toEqual(
      run(dentalEngineerInput({ creative: true })).files,
    );
  });

  it('renders only paths its definition produces', async () => {
    const definition = await loadDefinition(
      join(import.meta.dirname, '../../../src/agents/prompt-engineer/definition.md'),
    );
    const { files } = run(dentalEngineerInput());
    for (const path of files.keys()) {
      expect(
        definition.produces.some(
          (produced) => produced === path || (produced.endsWith('/') && path.startsWith(produced)),
        ),
        path,
      ).toBe(true);
    }
  });
});

describe('prompt engineer validation', () => {
  it('rejects a policy a model changed and a brief that drops a required figure', () => {
    const input = dentalEngineerInput();
    const { output } = run(input);
    const loosened = {
      ...output,
      policy: { ...output.policy, budget: { ...output.policy.budget, max_shift_per_cycle: 0.5 } },
    };
    expect(promptEngineer.validate(loosened, input).join('\n')).toMatch(/policy differs .* budget/);

    const prompts = output.prompts.map((prompt) =>
      prompt.agent === 'media-buyer'
        ? { ...prompt, brief: prompt.brief.replaceAll('$5,000', 'the budget') }
        : prompt,
    );
    expect(promptEngineer.validate({ ...output, prompts }, input)).toEqual([
      'media-buyer: the prompt must mention "$5,000"',
    ]);
    const missing = {
      ...output,
      prompts: output.prompts.filter((prompt) => prompt.agent !== 'data-scientist'),
    };
    expect(promptEngineer.validate(missing, input)).toContain('data-scientist: expected one prompt, found 0');
  });

  it('asks the model to rewrite prose only, with the policy fixed and web text quoted as data', () => {
    const input = dentalEngineerInput();
    const prompt = promptEngineer.prompt!(input);
    expect(prompt.system).toMatch(/copy it into your answer exactly/);
    expect(prompt.sharedContext).toContain('<untrusted_data label="brand"');
    expect(prompt.prompt).toContain('"max_shift_per_cycle": 0.3');
    expect(prompt.prompt).toContain('Northside Rival');
    expect(prompt.prompt).toContain('ChiefStrategyOfficerOutput');
  });
});

describe('prompt engineer distill', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'prompt-engineer-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  const workspace = (): Workspace => ({
    slug: 'bellingham-family-dental',
    dir,
    readJson: async (path, schema) => schema.parse(JSON.parse(await readFile(join(dir, path), 'utf8'))),
    readText: (path) => readFile(join(dir, path), 'utf8'),
    exists: (path) =>
      stat(join(dir, path)).then(
        () => true,
        () => false,
      ),
  });
  const write = async (path: string, value: unknown) => {
    await mkdir(dirname(join(dir, path)), { recursive: true });
    await writeFile(join(dir, path), `${JSON.stringify(value, null, 2)}\n`);
  };

  it('reads the brand config and profile, with the landscape and creative plan when present', async () => {
    const config = dentalConfig();
    await write('brand-config.json', config);
    await write('research/brand-profile.json', dentalProfile);
    const bare = await promptEngineer.distill(workspace());
    expect(bare.config.brand_name).toBe('Bellingham Family Dental');
    expect(bare.competition.competitors).toEqual([]);
    expect(bare.creative).toBeNull();
    expect(bare.research.location_count).toBe(1);

    await write('research/competitive-landscape.json', dentalLandscape());
    await write('creative/briefs/briefs.json', creativePlanFor(config));
    const full = await promptEngineer.distill(workspace());
    expect(full.competition.competitors.map((c) => c.name)).toEqual(['Northside Rival']);
    expect(full.creative?.pillars.map((p) => p.id)).toEqual(['after-work-care', 'gentle-hands']);
    expect(full.creative?.brief_ids).toHaveLength(5);
    expect(full).toEqual(dentalEngineerInput({ creative: true }));
    expect(promptEngineer.validate(promptEngineer.offline(full, SILENT) as never, full)).toEqual([]);
  });
});
