import type { Clock } from '../calendar/local-time.ts';
import type { AdPlatformConnector } from '../connectors/ad-platform.ts';
import type { Embedder } from '../connectors/embeddings/local-embedder.ts';
import type { RetryStats } from '../connectors/retrying-connector.ts';
import type { Store } from '../store/index.ts';
import type { ClientSetup } from './client-setup.ts';

/** Who proposes the daily budgets: the runtime agents, or one of the two baselines they are scored against. */
export const BUDGET_POLICIES = ['agents', 'static', 'roas-proportional'] as const;
export type BudgetPolicyName = (typeof BUDGET_POLICIES)[number];

/** What every workflow of a client's runtime works with. Time comes only from `clock`. */
export interface RuntimeContext {
  setup: ClientSetup;
  brandId: string;
  store: Store;
  /** The ad platforms, behind the retry policy and dead letters. */
  ads: AdPlatformConnector & { readonly stats: RetryStats };
  clock: Clock;
  /** Seed of the bandits' draws (Thompson sampling): a run is reproducible for a seed. */
  seed: number;
  budgetPolicy: BudgetPolicyName;
  embedder: Embedder;
  log: (line: string) => void;
}
