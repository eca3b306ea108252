import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { RegisteredAgent } from '../../src/agents/registry.ts';
import { silentReporter } from '../../src/factory/build-reporter.ts';
import { readManifest } from '../../src/factory/manifest.ts';
import type { BuildSelection } from '../../src/factory/run-build.ts';
import { runBuild } from '../../src/factory/run-build.ts';
import { sha256 } from '../../src/factory/stable-hash.ts';
import { CostBudget, parseModelSpec } from '../../src/llm/index.ts';
import {
  clientDirWith,
  concatAgent,
  definition,
  plannedAgent,
  type Recorder,
  registryOf,
} from './build-fixtures.ts';

function build(dir: string, agents: RegisteredAgent[], selection: BuildSelection = {}, concurrency = 4) {
  return runBuild({
    slug: 'acme',
    dir,
    command: 'test',
    registry: registryOf(agents),
    model: parseModelSpec('offline'),
    budget: new CostBudget(null),
    env: {},
    selection,
    concurrency,
    reporter: silentReporter,
  });
}

/** a ← input.json; b ← a; c ← a + b; d (independent) ← input.json */
function chain(
  recorder: Recorder,
  overrides: Partial<Record<'a' | 'b' | 'c' | 'd', { fail?: boolean; required?: boolean }>> = {},
) {
  const make = (name: 'a' | 'b' | 'c' | 'd', needs: string[]) =>
    concatAgent(
      definition(name, needs, [`${name}.txt`], { required: overrides[name]?.required ?? true }),
      recorder,
      {
        fail: overrides[name]?.fail,
      },
    );
  return [
    make('a', ['input.json']),
    make('b', ['a.txt']),
    make('c', ['a.txt', 'b.txt']),
    make('d', ['input.json']),
  ];
}

describe('runBuild', () => {
  it('runs agents in dependency order, writes their products and records them in the manifest', async () => {
    const dir = await clientDirWith({ 'input.json': 'in' });
    const recorder: Recorder = { runs: [] };
    const summary = await build(dir, chain(recorder));
    expect(summary.status).toBe('ok');
    expect(recorder.runs.indexOf('a')).toBeLessThan(recorder.runs.indexOf('b'));
    expect(recorder.runs.indexOf('b')).toBeLessThan(recorder.runs.indexOf('c'));
    expect(await readFile(join(dir, 'c.txt'), 'utf8')).toBe('c(a(in)+b(a(in)))');

    const manifest = (await readManifest(dir))!;
    expect(manifest.artifacts['c.txt']).toMatchObject({
      agent: 'c',
      model: 'offline',
      output_hash: sha256('c(a(in)+b(a(in)))'),
    });
    expect(manifest.artifacts['input.json']).toMatchObject({ agent: 'input', output_hash: sha256('in') });
    expect(manifest.agents.c?.outputs).toEqual(['c.txt']);
    const context = await readFile(join(dir, '.build-context.md'), 'utf8');
    expect(context).toContain('**Decision** (c): c joined 2 parts');
  });

  it('resumes everything on a second run with unchanged inputs, and only appends to the build context', async () => {
    const dir = await clientDirWith({ 'input.json': 'in' });
    const recorder: Recorder = { runs: [] };
    await build(dir, chain(recorder));
    const firstContext = await readFile(join(dir, '.build-context.md'), 'utf8');
    recorder.runs.length = 0;
    const second = await build(dir, chain(recorder));
    expect(recorder.runs).toEqual([]);
    expect(second.agents.map((agent) => agent.status)).toEqual(['resumed', 'resumed', 'resumed', 'resumed']);
    const secondContext = await readFile(join(dir, '.build-context.md'), 'utf8');
    expect(secondContext.startsWith(firstContext)).toBe(true);
    expect(secondContext.length).toBeGreaterThan(firstContext.length);
    expect((await readManifest(dir))!.runs).toHaveLength(2);
  });

  it('re-runs only what depends on a changed input', async () => {
    const dir = await clientDirWith({ 'input.json': 'in' });
    const recorder: Recorder = { runs: [] };
    const agents = [...chain(recorder), concatAgent(definition('e', ['other.json'], ['e.txt']), recorder)];
    await writeFile(join(dir, 'other.json'), 'x');
    await build(dir, agents);
    recorder.runs.length = 0;
    await writeFile(join(dir, 'other.json'), 'y');
    await build(dir, agents);
    expect(recorder.runs).toEqual(['e']);
  });

  it('keeps a product edited by hand and rebuilds what depends on it', async () => {
    const dir = await clientDirWith({ 'input.json': 'in' });
    const recorder: Recorder = { runs: [] };
    await build(dir, chain(recorder));
    recorder.runs.length = 0;
    await writeFile(join(dir, 'b.txt'), 'edited');
    await build(dir, chain(recorder));
    expect(recorder.runs).toEqual(['c']);
    expect(await readFile(join(dir, 'b.txt'), 'utf8')).toBe('edited');
    expect(await readFile(join(dir, 'c.txt'), 'utf8')).toBe('c(a(in)+edited)');
    expect(await readFile(join(dir, '.build-context.md'), 'utf8')).toContain('b.txt was edited by hand');
  });

  it('--from re-runs an agent and its dependants; --only runs one agent; --force runs all', async () => {
    const dir = await clientDirWith({ 'input.json': 'in' });
    const recorder: Recorder = { runs: [] };
    await build(dir, chain(recorder));
    recorder.runs.length = 0;
    await build(dir, chain(recorder), { from: 'b' });
    expect(recorder.runs.sort()).toEqual(['b', 'c']);
    recorder.runs.length = 0;
    const only = await build(dir, chain(recorder), { only: 'd' });
    expect(recorder.runs).toEqual(['d']);
    expect(only.agents.map((agent) => agent.name)).toEqual(['d']);
    recorder.runs.length = 0;
    await build(dir, chain(recorder), { force: true });
    expect(recorder.runs.sort()).toEqual(['a', 'b', 'c', 'd']);
  });

  it('stops the dependants of a failed required agent with a clear message, and keeps independent work', async () => {
    const dir = await clientDirWith({ 'input.json': 'in' });
    const recorder: Recorder = { runs: [] };
    const summary = await build(dir, chain(recorder, { b: { fail: true } }));
    expect(summary.status).toBe('failed');
    const byName = Object.fromEntries(summary.agents.map((agent) => [agent.name, agent]));
    expect(byName.b?.status).toBe('failed');
    expect(byName.b?.message).toContain('b broke');
    expect(byName.c?.status).toBe('blocked');
    expect(byName.c?.message).toBe('not run: it needs the work of b, which failed');
    expect(byName.d?.status).toBe('ran');
  });

  it('turns a failed optional agent into a warning and runs its dependants without its product', async () => {
    const dir = await clientDirWith({ 'input.json': 'in' });
    const recorder: Recorder = { runs: [] };
    const summary = await build(dir, chain(recorder, { b: { fail: true, required: false } }));
    expect(summary.status).toBe('warnings');
    expect(await readFile(join(dir, 'c.txt'), 'utf8')).toBe('c(a(in)+(no b.txt))');
    expect(summary.warnings.join('\n')).toContain('b (optional) failed');
  });

  it('skips a planned agent with a visible reason and runs what needs it without its product', async () => {
    const dir = await clientDirWith({ 'input.json': 'in' });
    const recorder: Recorder = { runs: [] };
    const agents = [
      concatAgent(definition('a', ['input.json'], ['a.txt']), recorder),
      plannedAgent(definition('later', ['a.txt'], ['later.txt'])),
      concatAgent(definition('after', ['later.txt'], ['after.txt']), recorder),
    ];
    const summary = await build(dir, agents);
    const byName = Object.fromEntries(summary.agents.map((agent) => [agent.name, agent]));
    expect(byName.later).toMatchObject({
      status: 'not-built',
      message: 'not built yet (planned in "Later")',
    });
    expect(byName.after?.status).toBe('ran');
    expect(await readFile(join(dir, 'after.txt'), 'utf8')).toBe('after((no later.txt))');
    expect(summary.status).toBe('ok');
  });

  it('runs independent agents in parallel, never more at once than the concurrency bound', async () => {
    const dir = await clientDirWith({ 'input.json': 'in' });
    const recorder: Recorder = { runs: [] };
    let active = 0;
    let peak = 0;
    const agents = ['p', 'q', 'r', 's'].map((name) =>
      concatAgent(definition(name, ['input.json'], [`${name}.txt`]), recorder, {
        delayMs: 30,
        onRun: () => {
          active += 1;
          peak = Math.max(peak, active);
          setTimeout(() => {
            active -= 1;
          }, 25);
        },
      }),
    );
    await build(dir, agents, {}, 2);
    expect(recorder.runs).toHaveLength(4);
    expect(peak).toBe(2);
  });

  it('records which artifact was derived from which, and a change log entry per build that changed something', async () => {
    const dir = await clientDirWith({ 'input.json': 'in' });
    const recorder: Recorder = { runs: [] };
    await build(dir, chain(recorder));
    let manifest = (await readManifest(dir))!;
    expect(manifest.dependencies['c.txt']).toEqual(['a.txt', 'b.txt']);
    expect(manifest.dependencies['a.txt']).toEqual(['input.json']);
    expect(manifest.changelog).toHaveLength(1);
    expect(manifest.changelog[0]!.changes.map((change) => `${change.change} ${change.path}`)).toEqual([
      'added a.txt',
      'added b.txt',
      'added c.txt',
      'added d.txt',
      'added input.json',
    ]);

    await build(dir, chain(recorder));
    expect((await readManifest(dir))!.changelog).toHaveLength(1);

    await writeFile(join(dir, 'b.txt'), 'edited');
    await build(dir, chain(recorder));
    manifest = (await readManifest(dir))!;
    expect(manifest.changelog).toHaveLength(2);
    expect(
      manifest.changelog[1]!.changes.map((change) => `${change.change} ${change.path} by ${change.agent}`),
    ).toEqual(['changed b.txt by edited by hand', 'changed c.txt by c']);
  });

  it('fails the build on a gate problem after writing the report', async () => {
    const dir = await clientDirWith({ 'input.json': 'in' });
    const recorder: Recorder = { runs: [] };
    const checker = concatAgent(definition('checker', ['input.json'], ['report.txt']), recorder);
    checker.implementation!.gate = () => ['budget does not add up'];
    const summary = await build(dir, [checker]);
    expect(summary.status).toBe('failed');
    expect(summary.agents[0]).toMatchObject({
      status: 'failed',
      message: '1 blocking problem: budget does not add up',
    });
    expect(await readFile(join(dir, 'report.txt'), 'utf8')).toBe('checker(in)');
  });
});
