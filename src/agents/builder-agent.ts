import type { z } from 'zod';
import type { AgentDefinition } from './agent-definition.ts';

/** A file an agent writes, relative to the client directory. */
export interface Artifact {
  path: string;
  content: string;
}

/** A file of bytes an agent writes (an image copied into the site), relative to the client directory. */
export interface BinaryArtifact {
  path: string;
  content: Uint8Array;
}

export type NoteKind = 'decision' | 'discovery' | 'warning' | 'request';

/** What an agent may do while it runs besides returning its output. */
export interface AgentRunContext {
  /** Records a line in `.build-context.md` (the shared scratchpad). `to` names the agent a request is for. */
  note(kind: NoteKind, text: string, to?: string): void;
}

/** Read access to the client directory, for context distillation. */
export interface Workspace {
  readonly slug: string;
  readonly dir: string;
  readJson<T>(path: string, schema: z.ZodType<T>): Promise<T>;
  readText(path: string): Promise<string>;
  exists(path: string): Promise<boolean>;
}

/** What a model is asked: shared context first (so prompt caching can apply), then the task. */
export interface ModelPrompt {
  system: string;
  /** Context shared by several agents of one client (e.g. the brand summary); cached when possible. */
  sharedContext?: string;
  prompt: string;
}

/**
 * A builder agent: its definition (definition.md) plus what makes it run.
 * Input is the distilled context: only what the agent needs, and all that its output depends on
 * (its hash decides whether the agent must re-run).
 */
export interface BuilderAgent<Input = unknown, Output = unknown> {
  definition: AgentDefinition;
  /** The output contract; model answers are validated against it. */
  schema: z.ZodType<Output>;
  distill(workspace: Workspace): Promise<Input>;
  /** Deterministic engine that needs no model and no network. */
  offline(input: Input, context: AgentRunContext): Output | Promise<Output>;
  /** The model path; absent when the agent is pure computation. */
  prompt?(input: Input): ModelPrompt;
  /** Problems the schema cannot see (consistency with the input, invented facts); empty when fine. */
  validate(output: Output, input: Input): string[];
  /**
   * Problems that fail the build after the files are written (QA's blocking problems): the report
   * stays for people to read, and the run ends as failed. Absent for most agents.
   */
  gate?(output: Output): string[];
  /** The files the output becomes. Paths must be among `definition.produces` or under a produced folder. */
  render(output: Output, input: Input): Artifact[];
  /**
   * Files of bytes written with render's, under the same path rules. Separate so the many readers
   * of text artifacts stay text; absent for agents that write text only.
   */
  renderBinary?(output: Output, input: Input): BinaryArtifact[];
}
