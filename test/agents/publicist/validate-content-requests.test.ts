import { describe, expect, it } from 'vitest';
import { publicist } from '../../../src/agents/publicist/index.ts';
import type { PublicistOutput } from '../../../src/agents/publicist/publicist-output.ts';
import { industryPlaybook } from '../../../src/agents/strategist/industry-playbooks.ts';
import { INDUSTRY_KEYS } from '../../../src/research/industry-keys.ts';
import { dentalPublicistInput, recordingContext, shopPublicistInput } from './fixtures.ts';

const PLAN = 'content-requests/monthly-content-plan.md';

function edit(output: PublicistOutput, path: string, change: (markdown: string) => string): PublicistOutput {
  return {
    files: output.files.map((file) =>
      file.path === path ? { ...file, markdown: change(file.markdown) } : file,
    ),
  };
}

describe('validating content requests', () => {
  const input = dentalPublicistInput();
  const output = publicist.offline(input, recordingContext()) as PublicistOutput;

  it('accepts the offline files', () => {
    expect(publicist.validate(output, input)).toEqual([]);
  });

  it('catches jargon, as whole words in any case', () => {
    const jargon = edit(
      output,
      PLAN,
      (markdown) => `${markdown}\nOur Agents and the LLM run this pipeline.\n`,
    );
    const problems = publicist.validate(jargon, input);
    expect(problems).toHaveLength(1);
    expect(problems[0]).toMatch(/monthly-content-plan\.md uses jargon.*agents.*llm.*pipeline/);
    // Words that merely contain a jargon word are fine.
    const fine = edit(output, PLAN, (markdown) => `${markdown}\nThe remodel and the agenda are ready.\n`);
    expect(publicist.validate(fine, input)).toEqual([]);
  });

  it('catches a brief without a shot list', () => {
    const missing = {
      files: output.files.filter((file) => file.path !== 'content-requests/shot-lists/practice-tour.md'),
    };
    expect(publicist.validate(missing, input)).toEqual([
      'brief "practice-tour" has no shot list (content-requests/shot-lists/practice-tour.md)',
    ]);
  });

  it('catches placeholders, empty sections and a missing brand name', () => {
    const placeholder = edit(output, PLAN, (markdown) => `${markdown}\nTBD: add {{ offer }} here.\n`);
    expect(publicist.validate(placeholder, input).join('\n')).toMatch(/placeholders: TBD, \{\{/);

    const empty = edit(output, PLAN, (markdown) => `${markdown}\n## Notes\n`);
    expect(publicist.validate(empty, input)).toEqual([`${PLAN}: section "Notes" is empty`]);

    const anonymous = edit(output, PLAN, (markdown) =>
      markdown.replaceAll('Bellingham Family Dental', 'the practice'),
    );
    expect(publicist.validate(anonymous, input)).toEqual([`${PLAN} does not name Bellingham Family Dental`]);
  });

  it('catches avoided claims outside the section that lists them', () => {
    const claim = edit(output, PLAN, (markdown) => `${markdown}\nThe best dentist in town, guaranteed.\n`);
    expect(publicist.validate(claim, input)).toEqual([
      `${PLAN} uses words the brand voice avoids: "best", "guaranteed"`,
    ]);
  });

  it("never writes a claim any industry's brand voice avoids outside the list of them", async () => {
    const avoid = [
      ...new Set([...input.voice.avoid, ...INDUSTRY_KEYS.flatMap((key) => industryPlaybook(key).avoid)]),
    ];
    for (const base of [input, shopPublicistInput()]) {
      const strict = { ...base, voice: { ...base.voice, avoid } };
      const files = await publicist.offline(strict, recordingContext());
      expect(publicist.validate(files, strict)).toEqual([]);
    }
  });
});
