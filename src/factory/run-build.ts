import { access, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { LanguageModel } from 'ai';
import type {
  AgentRunContext,
  Artifact,
  BinaryArtifact,
  BuilderAgent,
  NoteKind,
} from '../agents/builder-agent.ts';
import type { AgentRegistry, RegisteredAgent } from '../agents/registry.ts';
import { isFactoryError } from '../errors/factory-error.ts';
import { type CostBudget, type ModelSpec, runAgentWithModel } from '../llm/index.ts';
import { buildAgentGraph } from './agent-graph.ts';
import { BuildContext } from './build-context.ts';
import type { AgentOutcome, BuildReporter } from './build-reporter.ts';
import { clientWorkspace } from './client-workspace.ts';
import { FACTORY_VERSION } from './factory-version.ts';
import { emptyManifest, type Manifest, readManifest, type Tokens, writeManifest } from './manifest.ts';
import { hashValue, sha256 } from './stable-hash.ts';
import { artifactState, changeLogEntry, dependencyMap } from './version-history.ts';
import { writeFileAtomic } from './write-file-atomic.ts';

export interface BuildSelection {
  /** Re-run this agent and everything downstream of it. */
  from?: string;
  /** Run only this agent (its inputs must already exist). */
  only?: string;
  /** Re-run every agent whatever the cache says. */
  force?: boolean;
}

export interface BuildOptions {
  slug: string;
  /** Where the client's files are written (may be a staging directory). */
  dir: string;
  command: string;
  registry: AgentRegistry;
  model: ModelSpec;
  budget: CostBudget;
  env: Record<string, string | undefined>;
  selection?: BuildSelection;
  concurrency?: number;
  reporter: BuildReporter;
  now?: () => Date;
  /** The model to call instead of building one from `model` (tests use a mock). */
  languageModel?: LanguageModel;
  /** A model per agent and input, for measurements with mock models that answer per agent. */
  languageModelFor?: (agent: string, input: unknown) => LanguageModel | undefined;
}

export interface BuildSummary {
  client: string;
  status: 'ok' | 'warnings' | 'failed';
  agents: AgentOutcome[];
  warnings: string[];
  tokens: Tokens;
  costUsd: number | null;
  durationMs: number;
}

const ZERO_TOKENS: Tokens = { input: 0, output: 0, cached: 0 };

function isAllowedPath(path: string, produces: string[]): boolean {
  if (path.startsWith('/') || path.split('/').includes('..')) return false;
  return produces.some(
    (produced) => produced === path || (produced.endsWith('/') && path.startsWith(produced)),
  );
}

/** An artifact deleted by hand is no longer part of the build: the change log records its removal. */
async function forgetRemovedArtifacts(manifest: Manifest, dir: string): Promise<void> {
  for (const path of Object.keys(manifest.artifacts)) {
    try {
      await access(join(dir, path));
    } catch {
      delete manifest.artifacts[path];
    }
  }
}

/** Inputs no agent produces (the fetched source, inputs.json) are recorded too, so every artifact's trail is complete. */
async function recordExternalInputs(
  manifest: Manifest,
  dir: string,
  paths: Set<string>,
  at: string,
): Promise<void> {
  for (const path of [...paths].sort()) {
    let content: Buffer;
    try {
      content = await readFile(join(dir, path));
    } catch {
      continue;
    }
    const outputHash = sha256(content);
    if (manifest.artifacts[path]?.output_hash === outputHash) continue;
    manifest.artifacts[path] = {
      agent: 'input',
      input_hash: outputHash,
      output_hash: outputHash,
      model: 'none',
      tokens: ZERO_TOKENS,
      cost_usd: null,
      duration_ms: 0,
      built_at: at,
    };
  }
}

/**
 * Runs the builder agents as a DAG: independent agents in parallel (bounded), each skipped when its
 * distilled input is unchanged since it last built, failures carried forward to dependants.
 */
export async function runBuild(options: BuildOptions): Promise<BuildSummary> {
  const now = options.now ?? (() => new Date());
  const startedAt = now();
  const { registry, dir, slug, reporter } = options;
  const selection = options.selection ?? {};
  const workspace = clientWorkspace(slug, dir);
  const context = new BuildContext(dir);
  const manifest: Manifest =
    (await readManifest(dir)) ?? emptyManifest(slug, FACTORY_VERSION, startedAt.toISOString());
  const contextExists = await workspace.exists('.build-context.md');
  await context.startRun(options.command, startedAt.toISOString(), contextExists);

  // The orchestrator and version-control roles run inside this function; they are not scheduled.
  const builders = registry.all.filter((agent) => agent.definition.runs_in !== 'orchestrator');
  for (const name of [selection.from, selection.only]) {
    if (name && !registry.get(name)) throw new Error(`unknown agent "${name}"`);
  }
  const graph = buildAgentGraph(builders.map((agent) => agent.definition));
  const selected = selection.only ? new Set([selection.only]) : new Set(graph.order);
  const forced = selection.force
    ? new Set(graph.order)
    : selection.from
      ? graph.downstreamOf(selection.from)
      : selection.only
        ? new Set([selection.only])
        : new Set<string>();

  const byName = new Map(builders.map((agent) => [agent.definition.name, agent]));
  const stateBefore = artifactState(manifest);
  const handEdited = new Set<string>();
  await recordExternalInputs(
    manifest,
    dir,
    new Set([...graph.externalNeeds.values()].flat()),
    startedAt.toISOString(),
  );
  const order = graph.order.filter((name) => selected.has(name));
  reporter.planned(
    order.map((name) => {
      const { definition, implementation } = byName.get(name)!;
      return {
        name,
        phase: definition.phase,
        willRun: implementation !== null,
        plannedIn: definition.planned_in,
      };
    }),
  );

  const outcomes = new Map<string, AgentOutcome>();
  const settled = new Map<string, Promise<AgentOutcome>>();
  const limit = Math.max(1, options.concurrency ?? 4);
  let running = 0;
  const waiting: (() => void)[] = [];
  const acquire = async () => {
    if (running >= limit) await new Promise<void>((resolve) => waiting.push(resolve));
    running += 1;
  };
  const release = () => {
    running -= 1;
    waiting.shift()?.();
  };
  let manifestWrite = Promise.resolve();
  const saveManifest = () => {
    manifestWrite = manifestWrite.then(() =>
      writeManifest(dir, { ...manifest, updated_at: now().toISOString() }),
    );
    return manifestWrite;
  };

  const runOne = async (name: string): Promise<AgentOutcome> => {
    const agent = byName.get(name)!;
    const { definition } = agent;
    const base: AgentOutcome = {
      name,
      phase: definition.phase,
      required: definition.required,
      status: 'ran',
      engine: null,
      model: null,
      durationMs: 0,
      tokens: ZERO_TOKENS,
      costUsd: null,
      outputs: [],
      warnings: [],
    };
    if (!agent.implementation) {
      return {
        ...base,
        status: 'not-built',
        message: `not built yet (planned in "${definition.planned_in ?? 'a later issue'}")`,
      };
    }
    const upstream = (graph.dependencies.get(name) ?? []).filter((dependency) => selected.has(dependency));
    const upstreamOutcomes = await Promise.all(upstream.map((dependency) => settled.get(dependency)!));
    // A planned upstream agent does not block: its products simply are not there yet, and the
    // dependant works with what exists (QA checks what was built; docs describe what exists).
    const blocker = upstreamOutcomes.find(
      (outcome) => outcome.status === 'blocked' || (outcome.status === 'failed' && outcome.required),
    );
    if (blocker) {
      const why = blocker.status === 'blocked' ? 'was blocked' : 'failed';
      return {
        ...base,
        status: 'blocked',
        message: `not run: it needs the work of ${blocker.name}, which ${why}`,
      };
    }
    const warnings = upstreamOutcomes
      .filter((outcome) => outcome.status === 'failed')
      .map((outcome) => `${outcome.name} (optional) failed; running without its output`);

    await acquire();
    const started = Date.now();
    reporter.started(name);
    try {
      return await buildAgent(agent, agent.implementation, base, warnings, started);
    } catch (error) {
      const message = isFactoryError(error)
        ? `${error.message}${error.hint ? ` — ${error.hint}` : ''}`
        : String((error as Error).stack ?? error);
      await context.note(name, 'warning', `failed: ${message.split('\n')[0]}`);
      return { ...base, status: 'failed', durationMs: Date.now() - started, message, warnings };
    } finally {
      release();
    }
  };

  const buildAgent = async (
    agent: RegisteredAgent,
    implementation: BuilderAgent<unknown, unknown>,
    base: AgentOutcome,
    warnings: string[],
    started: number,
  ): Promise<AgentOutcome> => {
    const { name } = base;
    const input = await implementation.distill(workspace);
    const inputHash = hashValue({
      agent: name,
      factory: FACTORY_VERSION,
      produces: agent.definition.produces,
      input,
    });
    const previous = manifest.agents[name];
    if (!forced.has(name) && previous && previous.input_hash === inputHash) {
      const missing = [];
      for (const path of previous.outputs) if (!(await workspace.exists(path))) missing.push(path);
      if (missing.length === 0) {
        for (const path of previous.outputs) {
          const recorded = manifest.artifacts[path]?.output_hash;
          const current = sha256(await readFile(join(dir, path)));
          if (recorded && recorded !== current) {
            await context.note(
              name,
              'discovery',
              `${path} was edited by hand since it was built; kept as it is`,
            );
            manifest.artifacts[path] = { ...manifest.artifacts[path]!, output_hash: current };
            handEdited.add(path);
          }
        }
        return {
          ...base,
          status: 'resumed',
          engine: previous.engine === 'model' ? 'model' : 'offline',
          model: previous.model,
          outputs: previous.outputs,
          durationMs: Date.now() - started,
          warnings,
        };
      }
    }

    const notes: Promise<void>[] = [];
    const runContext: AgentRunContext = {
      note: (kind: NoteKind, text: string, to?: string) => {
        notes.push(context.note(name, kind, text, to));
      },
    };
    const result = await runAgentWithModel({
      agent: implementation,
      input,
      model: options.model,
      env: options.env,
      budget: options.budget,
      context: runContext,
      languageModel: options.languageModelFor?.(name, input) ?? options.languageModel,
    });
    for (const warning of result.warnings) runContext.note('warning', warning);
    const parsed = implementation.schema.safeParse(result.output);
    if (!parsed.success) {
      const problems = parsed.error.issues
        .slice(0, 5)
        .map((issue) => `${issue.path.join('.')}: ${issue.message}`);
      throw new Error(`${result.engine} output does not match the schema: ${problems.join('; ')}`);
    }
    const problems = implementation.validate(parsed.data, input);
    if (problems.length > 0)
      throw new Error(`${result.engine} output failed validation: ${problems.join('; ')}`);

    const artifacts: Array<Artifact | BinaryArtifact> = [
      ...implementation.render(parsed.data, input),
      ...(implementation.renderBinary?.(parsed.data, input) ?? []),
    ];
    for (const artifact of artifacts) {
      if (!isAllowedPath(artifact.path, agent.definition.produces)) {
        throw new Error(`${name} tried to write ${artifact.path}, which is not among what it produces`);
      }
    }
    for (const artifact of artifacts) await writeFileAtomic(join(dir, artifact.path), artifact.content);
    await Promise.all(notes);
    const gateProblems = implementation.gate?.(parsed.data) ?? [];

    const durationMs = Date.now() - started;
    const builtAt = now().toISOString();
    const outputs = artifacts.map((artifact) => artifact.path).sort();
    const tokens = { input: result.tokens.input, output: result.tokens.output, cached: result.tokens.cached };
    manifest.agents[name] = {
      input_hash: inputHash,
      engine: result.engine,
      model: result.model,
      outputs,
      tokens,
      cost_usd: result.costUsd,
      duration_ms: durationMs,
      built_at: builtAt,
      warnings: result.warnings,
    };
    for (const artifact of artifacts) {
      manifest.artifacts[artifact.path] = {
        agent: name,
        input_hash: inputHash,
        output_hash: sha256(artifact.content),
        model: result.model,
        tokens,
        cost_usd: result.costUsd,
        duration_ms: durationMs,
        built_at: builtAt,
      };
    }
    await saveManifest();
    if (gateProblems.length > 0) {
      const message = `${gateProblems.length} blocking problem${gateProblems.length > 1 ? 's' : ''}: ${gateProblems.slice(0, 3).join('; ')}`;
      await context.note(name, 'warning', message);
      return {
        ...base,
        status: 'failed',
        engine: result.engine,
        model: result.model,
        durationMs,
        tokens,
        costUsd: result.costUsd,
        outputs,
        message,
        warnings,
      };
    }
    return {
      ...base,
      status: 'ran',
      engine: result.engine,
      model: result.model,
      durationMs,
      tokens,
      costUsd: result.costUsd,
      outputs,
      warnings: [...warnings, ...result.warnings],
    };
  };

  for (const name of order) {
    const promise = runOne(name).then((outcome) => {
      outcomes.set(name, outcome);
      reporter.finished(outcome);
      return outcome;
    });
    settled.set(name, promise);
  }
  await Promise.all(settled.values());

  const agents = order.map((name) => outcomes.get(name)!);
  const failedRequired = agents.some((outcome) => outcome.status === 'failed' && outcome.required);
  const warnings = agents.flatMap((outcome) => [
    ...outcome.warnings.map((warning) => `${outcome.name}: ${warning}`),
    ...(outcome.status === 'failed' && !outcome.required
      ? [`${outcome.name} (optional) failed: ${outcome.message}`]
      : []),
  ]);
  const status = failedRequired
    ? 'failed'
    : warnings.length > 0 || agents.some((o) => o.status === 'failed')
      ? 'warnings'
      : 'ok';
  const tokens = agents.reduce<Tokens>(
    (sum, outcome) => ({
      input: sum.input + outcome.tokens.input,
      output: sum.output + outcome.tokens.output,
      cached: sum.cached + outcome.tokens.cached,
    }),
    ZERO_TOKENS,
  );
  const costs = agents
    .filter((outcome) => outcome.status === 'ran' && outcome.engine === 'model')
    .map((o) => o.costUsd);
  const costUsd = costs.includes(null) ? null : costs.reduce<number>((sum, cost) => sum + (cost ?? 0), 0);
  const finishedAt = now();
  const pick = (status: AgentOutcome['status']) =>
    agents.filter((o) => o.status === status).map((o) => o.name);
  manifest.runs.push({
    command: options.command,
    started_at: startedAt.toISOString(),
    finished_at: finishedAt.toISOString(),
    status,
    ran: pick('ran'),
    resumed: pick('resumed'),
    failed: pick('failed'),
    blocked: pick('blocked'),
    not_built: pick('not-built'),
    cost_usd: costUsd,
  });
  await manifestWrite;
  await forgetRemovedArtifacts(manifest, dir);
  manifest.dependencies = dependencyMap(
    manifest,
    registry.all.map((agent) => agent.definition),
  );
  const change = changeLogEntry(
    stateBefore,
    artifactState(manifest),
    finishedAt.toISOString(),
    options.command,
  );
  if (change) {
    for (const record of change.changes) if (handEdited.has(record.path)) record.agent = 'edited by hand';
    manifest.changelog.push(change);
  }
  await writeManifest(dir, { ...manifest, updated_at: finishedAt.toISOString() });
  await context.flush();
  await reporter.close();
  return {
    client: slug,
    status,
    agents,
    warnings,
    tokens,
    costUsd,
    durationMs: finishedAt.getTime() - startedAt.getTime(),
  };
}
