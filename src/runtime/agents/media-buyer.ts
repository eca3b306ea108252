import type { AdPlatformConnector } from '../../connectors/ad-platform.ts';
import { DeadLetteredError } from '../../connectors/retrying-connector.ts';
import type { Queryable } from '../../store/index.ts';
import { sameCents } from '../../text/format-money.ts';
import type { AdSwap, BudgetMove, DecisionStatus } from '../ledger/decision-ledger.ts';

/**
 * The Media Buyer (DESIGN §5): carries out a decision through the ad platform's connector, one
 * call per change, each with an idempotency key derived from the decision (a retried call never
 * applies twice). Cuts and pauses go first, so the account never runs above the day's plan while
 * a decision is half done; then it reads the platform back to verify.
 */

export interface Execution {
  status: Extract<DecisionStatus, 'executed' | 'partially_executed' | 'failed'>;
  executed_steps: string[];
  error: string | null;
}

export async function executeBudgetMoves(
  ads: AdPlatformConnector,
  store: Queryable,
  brandId: string,
  decisionId: string,
  moves: readonly BudgetMove[],
): Promise<Execution> {
  const ordered = [...moves].sort((a, b) => a.to - a.from - (b.to - b.from));
  const executed: string[] = [];
  try {
    for (const move of ordered) {
      if (move.to_status === 'paused' && move.from_status === 'active') {
        const key = `${decisionId}:${move.campaign_id}:pause`;
        await ads.setCampaignStatus(move.campaign_id, 'paused', key);
        executed.push(key);
        continue;
      }
      if (!sameCents(move.to, move.from)) {
        const key = `${decisionId}:${move.campaign_id}:budget`;
        await ads.setCampaignBudget(move.campaign_id, move.to, key);
        executed.push(key);
      }
      if (move.to_status === 'active' && move.from_status === 'paused') {
        const key = `${decisionId}:${move.campaign_id}:resume`;
        await ads.setCampaignStatus(move.campaign_id, 'active', key);
        executed.push(key);
      }
    }
    const verified = await verifyBudgets(ads, moves);
    await syncCampaigns(store, brandId, moves);
    return verified
      ? { status: 'executed', executed_steps: executed, error: null }
      : {
          status: 'failed',
          executed_steps: executed,
          error: `the platform does not show the budgets just set`,
        };
  } catch (error) {
    if (!(error instanceof DeadLetteredError)) throw error;
    await syncCampaigns(
      store,
      brandId,
      moves.filter((move) => executed.some((key) => key.startsWith(`${decisionId}:${move.campaign_id}:`))),
    );
    return {
      status: executed.length > 0 ? 'partially_executed' : 'failed',
      executed_steps: executed,
      error: error.message,
    };
  }
}

export async function executeAdSwap(
  ads: AdPlatformConnector,
  store: Queryable,
  brandId: string,
  decisionId: string,
  swap: AdSwap,
): Promise<Execution> {
  const executed: string[] = [];
  try {
    // Fresh ad first, so the campaign never runs without creative.
    const activate = `${decisionId}:${swap.activate_ad_id}:activate`;
    await ads.setAdStatus(swap.activate_ad_id, 'active', activate);
    executed.push(activate);
    await setAdStatusInStore(store, brandId, swap.activate_ad_id, 'active');
    const pause = `${decisionId}:${swap.pause_ad_id}:pause`;
    await ads.setAdStatus(swap.pause_ad_id, 'paused', pause);
    executed.push(pause);
    await setAdStatusInStore(store, brandId, swap.pause_ad_id, 'paused');
    return { status: 'executed', executed_steps: executed, error: null };
  } catch (error) {
    if (!(error instanceof DeadLetteredError)) throw error;
    return {
      status: executed.length > 0 ? 'partially_executed' : 'failed',
      executed_steps: executed,
      error: error.message,
    };
  }
}

async function verifyBudgets(ads: AdPlatformConnector, moves: readonly BudgetMove[]): Promise<boolean> {
  const campaigns = new Map((await ads.listCampaigns()).map((campaign) => [campaign.id, campaign]));
  return moves.every((move) => {
    const campaign = campaigns.get(move.campaign_id);
    if (!campaign) return false;
    if (campaign.status !== move.to_status) return false;
    return move.to_status === 'paused' || sameCents(campaign.daily_budget, move.to);
  });
}

async function syncCampaigns(store: Queryable, brandId: string, moves: readonly BudgetMove[]): Promise<void> {
  for (const move of moves) {
    await store.query('UPDATE campaigns SET daily_budget = $3, status = $4 WHERE brand_id = $1 AND id = $2', [
      brandId,
      move.campaign_id,
      move.to_status === 'paused' ? move.from : move.to,
      move.to_status,
    ]);
  }
}

async function setAdStatusInStore(store: Queryable, brandId: string, adId: string, status: string) {
  await store.query('UPDATE ads SET status = $3 WHERE brand_id = $1 AND id = $2', [brandId, adId, status]);
}
