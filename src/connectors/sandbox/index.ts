export { SandboxMarketState } from './market-state.ts';
export {
  createSandboxMarket,
  restoreSandboxMarket,
  type SandboxCampaignSettings,
  type SandboxMarket,
  type SandboxOracleRequest,
  type SandboxOracleResult,
  type SandboxTruth,
} from './sandbox-market.ts';
export type { SandboxAdSpec, SandboxCampaignSpec, SandboxMarketOptions } from './sandbox-market-options.ts';
