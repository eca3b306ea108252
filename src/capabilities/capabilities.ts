/**
 * What the client system can do today, in one place. Documents, the proposal and the prompts say
 * only what a shipped capability does; a capability built later flips `shipped` here (its test
 * checks the flag against the code) and then appears in what the factory writes.
 */
export interface Capability {
  shipped: boolean;
  /** What it is, in a client's words. */
  summary: string;
  /**
   * How a document would name it: while the capability is not shipped, QA refuses any of these in
   * client documents (docs/, proposal/, content-requests/).
   */
  terms: RegExp[];
}

export const CAPABILITIES = {
  /** Website forms store each lead with the ad or search that brought the visitor (first and last touch). */
  leadCapture: {
    shipped: true,
    summary: 'website forms that store every lead with the ad or search that brought it',
    terms: [],
  },
  /** The consent-gated first-party tracking script and `POST /api/events`. */
  firstPartyTracking: {
    shipped: true,
    summary: 'first-party visit tracking, only with consent',
    terms: [],
  },
  /** Creative rotation, daily performance, budget optimisation and learning, on the client's clock. */
  dailyRoutines: {
    shipped: true,
    summary: 'nightly routines: rotate tired ads, collect results, move budget under guardrails, learn',
    terms: [],
  },
  /** Every change recorded with its reasons; approve, reject or roll back with `factory decisions`. */
  decisionLedger: {
    shipped: true,
    summary: 'a record of every decision, approved, rejected or rolled back with `factory decisions`',
    terms: [],
  },
  /**
   * Live Google Ads / Meta accounts. Until connectors ship, the routines run against the sandbox
   * market (`src/connectors/sandbox`).
   */
  liveAdAccounts: {
    shipped: false,
    summary: 'running the campaigns on your live ad accounts',
    terms: [/\bconnect (?:your|the) ad accounts\b/i, /\bso the system can run the campaigns\b/i],
  },
  dashboard: {
    shipped: false,
    summary: 'a dashboard',
    terms: [/\bdashboard\b/i],
  },
  leadScoring: {
    shipped: false,
    summary: 'lead scores',
    terms: [/\blead scor/i, /\bscored\b/i, /\bscore out of 100\b/i, /\bhot[- ]leads?\b/i],
  },
  alerts: {
    shipped: false,
    summary: 'alerts to a person by email or text',
    terms: [/\balert(?:s|ed)?\b/i],
  },
  weeklyReport: {
    shipped: false,
    summary: 'a weekly report',
    terms: [/\bweekly reports?\b/i],
  },
  leadsApi: {
    shipped: false,
    summary: 'the leads API',
    terms: [/\/api\/leads\b/],
  },
  contentLibrary: {
    shipped: false,
    summary: 'uploading, checking and preparing photos and videos in the system',
    terms: [/\/api\/content\b/, /\bcropped and cut\b/i, /\bafter you upload\b/i],
  },
  orderWebhooks: {
    shipped: false,
    summary: 'Shopify order webhooks and revenue attribution',
    terms: [
      /\/api\/webhooks\/shopify\b/,
      /\bX-Shopify-Hmac-Sha256\b/,
      /\borders? (?:is|are) matched to\b/i,
      /\bcheckout tracking\b/i,
    ],
  },
  n8nWorkflows: {
    shipped: false,
    summary: 'workflows run by n8n',
    terms: [/\/api\/webhooks\/n8n\b/],
  },
} as const satisfies Record<string, Capability>;

export type CapabilityId = keyof typeof CAPABILITIES;

export function isShipped(id: CapabilityId): boolean {
  return CAPABILITIES[id].shipped;
}

/**
 * Each capability not shipped yet that `text` names, with the words that name it. `quoted` are the
 * client's own words (its name, its offerings) that may contain such a word without promising it.
 */
export function unshippedMentions(
  text: string,
  quoted: readonly string[] = [],
): Array<{ id: CapabilityId; words: string }> {
  for (const words of quoted.filter((value) => value.trim().length > 0)) text = text.split(words).join(' ');
  const found: Array<{ id: CapabilityId; words: string }> = [];
  for (const [id, capability] of Object.entries(CAPABILITIES) as Array<[CapabilityId, Capability]>) {
    if (capability.shipped) continue;
    for (const term of capability.terms) {
      const match = term.exec(text);
      if (match) {
        found.push({ id, words: match[0] });
        break;
      }
    }
  }
  return found;
}
