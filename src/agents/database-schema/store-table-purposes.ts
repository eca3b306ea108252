import type { StoreTable } from '../../store/migrations.ts';

export interface StoreTablePurpose {
  holds: string;
  /** Who writes the rows (DESIGN §5): this agent, the website's API, a workflow or a runtime agent. */
  writtenBy: string;
}

/** What each table is for; typed by the store's table list, so a new table must be described here. */
export const STORE_TABLE_PURPOSES: Record<StoreTable, StoreTablePurpose> = {
  brands: { holds: 'The client: name, time zone, business model.', writtenBy: 'database-schema (seed)' },
  demographics: {
    holds: 'The three audiences of brand-config.json, with ages and profile.',
    writtenBy: 'database-schema (seed)',
  },
  geo_areas: {
    holds: 'The geographic zones the campaigns target, with budget share.',
    writtenBy: 'database-schema (seed)',
  },
  platforms: {
    holds: 'Ad platforms with objective, budget share, daily budget, formats and audiences.',
    writtenBy: 'database-schema (seed); budget optimisation',
  },
  campaigns: {
    holds: 'One campaign per platform × objective; `utm_campaign` matches its landing page `/lp/<id>`.',
    writtenBy: 'database-schema (seed); Media Buyer',
  },
  ads: {
    holds: 'Ads (creatives) of each campaign, one per ad-copy variant.',
    writtenBy: 'database-schema (seed); creative rotation',
  },
  content: {
    holds: 'Uploaded photos, videos and posts with their profile and embedding.',
    writtenBy: 'content ingestion',
  },
  daily_performance: {
    holds: 'Impressions, clicks, spend, conversions and revenue per day and campaign (or ad).',
    writtenBy: 'daily performance workflow (ad platforms or the sandbox market)',
  },
  visitors: {
    holds: 'First-party visitor ids, first and last seen.',
    writtenBy: 'website tracking (/api/events)',
  },
  touchpoints: {
    holds: "Landings with the URL's UTM parameters and click ids, for attribution.",
    writtenBy: 'website tracking (/api/events)',
  },
  events: {
    holds: 'Page views and form events, idempotent by event id.',
    writtenBy: 'website tracking (/api/events)',
  },
  leads: {
    holds: 'Form submissions with first-touch and last-touch source, campaign, score and tier.',
    writtenBy: 'website forms (/api/forms)',
  },
  conversions: {
    holds: 'Bookings, sign-ups and other conversions with value.',
    writtenBy: 'form ingestion and workflows',
  },
  purchases: { holds: 'Orders with items and totals.', writtenBy: 'Shopify webhook' },
  attribution_results: {
    holds: "Each conversion's credit per campaign, by attribution model.",
    writtenBy: 'Data Scientist',
  },
  decisions: {
    holds: 'The decision ledger: inputs, rule or model, guardrail checks, expected and actual outcome.',
    writtenBy: 'runtime agents (Chief Strategy Officer, Media Buyer, …)',
  },
  insights: { holds: 'Insights with their facts and an embedding.', writtenBy: 'runtime agents' },
  scenarios: { holds: 'What-if scenarios and their outcomes, embedded.', writtenBy: 'Data Scientist' },
  learned_weights: {
    holds: 'What the system has learned, e.g. demographic × tone averages with sample size.',
    writtenBy: 'learn & remember workflow',
  },
  workflow_runs: {
    holds: 'Every scheduled or triggered workflow run, unique by run key.',
    writtenBy: 'scheduler',
  },
  dead_letters: { holds: 'External calls that failed after their retries.', writtenBy: 'connectors' },
  users: {
    holds: 'Dashboard logins (email, password hash, role).',
    writtenBy: 'integration / the client system',
  },
};
