import type { Tokens } from './manifest.ts';

export type AgentStatus = 'ran' | 'resumed' | 'failed' | 'blocked' | 'not-built';

/** How one agent's part of a build ended. */
export interface AgentOutcome {
  name: string;
  phase: number;
  required: boolean;
  status: AgentStatus;
  engine: 'offline' | 'model' | null;
  model: string | null;
  durationMs: number;
  tokens: Tokens;
  costUsd: number | null;
  outputs: string[];
  /** Why it failed, was blocked or is not built; absent when it ran or resumed cleanly. */
  message?: string;
  warnings: string[];
}

export interface PlannedAgent {
  name: string;
  phase: number;
  /** `not-built` agents will be skipped with a visible line. */
  willRun: boolean;
  plannedIn?: string;
}

/** What a progress display is told while a build runs. */
export interface BuildReporter {
  planned(agents: PlannedAgent[]): void;
  started(name: string): void;
  finished(outcome: AgentOutcome): void;
  /** Resolves once the display has drawn its last frame. */
  close(): Promise<void>;
}

export const silentReporter: BuildReporter = {
  planned() {},
  started() {},
  finished() {},
  close: async () => {},
};
