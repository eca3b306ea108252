import type { Demographic } from '../../schemas/brand-config.ts';
import type { ClientGoal } from '../../schemas/brand-profile.ts';
import type { IndustryPlaybook, PlatformObjective, PlaybookPlatform } from './industry-playbook.ts';
import { industryPlaybook } from './industry-playbooks.ts';
import type { StrategistInput } from './strategist-input.ts';

/** Industries whose playbook audiences are already business buyers. */
const B2B_INDUSTRIES: ReadonlySet<string> = new Set([
  'saas',
  'creative-agency',
  'accounting-finance',
  'legal',
]);
/** LinkedIn's share of the weights when a business goal leads the plan: enough to clear its floor. */
const LINKEDIN_SHARE = 0.4;
const BUYER_AUDIENCE_ID = 'business-buyers';

/** How the plan is bent towards the client's own goals, before the budget and targets are set. */
export interface GoalStrategy {
  /** The industry playbook with the goal's audience and platforms worked in. */
  playbook: IndustryPlaybook;
  /** The goal the plan is judged on: the one the client called main, else the first. */
  main: ClientGoal | null;
  /** The goal whose number sets the target: the main one, or another of its kind that has a number. */
  targetGoal: ClientGoal | null;
  /** The objective conversion platforms take for the main goal, when it decides one. */
  objective: PlatformObjective | null;
  /** The business-buyer audience added for a B2B goal, and the search words that find those buyers. */
  buyers: { audienceId: string; keywords: string[]; goal: ClientGoal } | null;
  assumptions: string[];
}

export function mainGoal(goals: readonly ClientGoal[]): ClientGoal | null {
  return goals.find((goal) => goal.main) ?? goals[0] ?? null;
}

export function isBusinessGoal(goal: ClientGoal): boolean {
  return goal.kind === 'wholesale' || goal.audience === 'b2b';
}

/**
 * Works the client's stated goals into the playbook. A B2B goal of a consumer business adds a
 * buyer audience, search on buyer keywords and LinkedIn, first in priority when the goal is the
 * main one; an online-sales or bookings goal sets what the conversion platforms optimise for.
 * With no goals the playbook comes back unchanged.
 */
export function followClientGoals(playbook: IndustryPlaybook, input: StrategistInput): GoalStrategy {
  const goals = input.goals ?? [];
  const main = mainGoal(goals);
  const unchanged: GoalStrategy = {
    playbook,
    main,
    targetGoal: null,
    objective: null,
    buyers: null,
    assumptions: [],
  };
  if (!main) return unchanged;
  const targetGoal = main.target
    ? main
    : (goals.find((goal) => goal.kind === main.kind && goal.target) ?? null);
  const objective = objectiveForGoal(main);
  const businessGoal = goals.find(isBusinessGoal) ?? null;
  const industry = input.industry?.key ?? 'other';
  if (!businessGoal || B2B_INDUSTRIES.has(industry)) return { ...unchanged, targetGoal, objective };

  const leads = businessGoal === main;
  // "Wholesale is the main goal" names no customers; a later sentence of the same kind often does.
  const customers =
    businessGoal.customers ?? goals.find((goal) => isBusinessGoal(goal) && goal.customers)?.customers ?? null;
  const described = { ...businessGoal, customers };
  const buyer = buyerAudience(described, input);
  const keywords = buyerKeywords(described, input);
  const [first, second] = playbook.audiences;
  // Main goal: buyers first, the two leading consumer audiences after. Otherwise buyers take the tertiary place.
  const audiences: IndustryPlaybook['audiences'] = leads ? [buyer, first, second] : [first, second, buyer];
  const remap = (list: PlaybookPlatform['audiences']): PlaybookPlatform['audiences'] => {
    const moved = leads
      ? list.filter((index) => index < 2).map((index) => (index + 1) as 1 | 2)
      : list.filter((index) => index < 2);
    return moved.length > 0 ? moved : [leads ? 1 : 0];
  };
  const buyerIndex = leads ? 0 : 2;
  const consumer = playbook.platforms.map((platform) => ({
    ...platform,
    audiences: remap(platform.audiences),
  }));
  const google = consumer.find((platform) => platform.id === 'google');
  const searchRationale = `Search for buyers, not only "near me" shoppers: ${keywords.map((word) => `“${word}”`).join(', ')}.`;
  // Leading with a business goal, search speaks to buyers only ("coffee near me" is Meta's job then);
  // as a secondary goal, buyers join the searches the consumer campaigns already run.
  const search: PlaybookPlatform =
    google && !leads
      ? {
          ...google,
          audiences: [
            ...google.audiences.filter((index) => index !== buyerIndex),
            buyerIndex,
          ] as PlaybookPlatform['audiences'],
          rationale: `${google.rationale} ${searchRationale}`,
        }
      : {
          id: 'google',
          role: 'conversion',
          formats: ['Search ads on buyer keywords', 'Lead form assets', 'Call assets'],
          weight: google?.weight ?? Math.max(1, Math.round(totalWeight(playbook) * 0.35)),
          audiences: [buyerIndex],
          rationale: searchRationale,
        };
  const rest = consumer.filter((platform) => platform.id !== 'google' && platform.id !== 'linkedin');
  const platforms = leads
    ? [search, linkedinFor(buyer, buyerIndex, Math.round(totalWeight(playbook) * LINKEDIN_SHARE)), ...rest]
    : [
        ...(google
          ? consumer.map((platform) => (platform.id === 'google' ? search : platform))
          : [...consumer, search]),
      ];

  // A business enquiry costs what business enquiries cost, not what a café's consumer lead does.
  const generic = industryPlaybook('other').kpi.costPerLead;
  const own = playbook.kpi.costPerLead;
  const costPerLead = leads && generic.high > own.high ? generic : own;
  return {
    playbook: { ...playbook, audiences, platforms, kpi: { ...playbook.kpi, costPerLead } },
    main,
    targetGoal,
    objective,
    buyers: { audienceId: buyer.id, keywords, goal: businessGoal },
    assumptions: [
      `The business-buyer audience (${buyer.name.toLowerCase()}) is drawn from the client's goal, not from measured customers.`,
      costPerLead === own
        ? 'B2B enquiries usually cost more than consumer leads; the cost target is the industry benchmark until the client has results.'
        : `B2B enquiries are benchmarked at the generic $${generic.low}–$${generic.high} a lead, not the industry's consumer $${own.low}–$${own.high}, until the client has results.`,
    ],
  };
}

/**
 * Platforms that reach the buyer audience first optimise for enquiries; other conversion platforms
 * take the main goal's objective (online sales → sales, bookings → bookings). Awareness stays.
 */
export function applyGoalObjectives<
  T extends { id: string; objective: PlatformObjective; demographics: string[] },
>(platforms: T[], strategy: GoalStrategy): T[] {
  return platforms.map((platform) => {
    const role = strategy.playbook.platforms.find((candidate) => candidate.id === platform.id)?.role;
    if (platform.objective === 'awareness' || role === 'awareness') return platform;
    if (strategy.buyers && platform.demographics[0] === strategy.buyers.audienceId) {
      return { ...platform, objective: 'leads' };
    }
    return strategy.objective ? { ...platform, objective: strategy.objective } : platform;
  });
}

/** What conversion platforms optimise for, when the main goal says so. */
function objectiveForGoal(goal: ClientGoal): PlatformObjective | null {
  switch (goal.kind) {
    case 'wholesale':
    case 'leads':
      return 'leads';
    case 'bookings':
      return 'bookings';
    case 'online-sales':
      return 'sales';
    default:
      return null;
  }
}

function linkedinFor(buyer: Demographic, index: 0 | 1 | 2, weight: number): PlaybookPlatform {
  return {
    id: 'linkedin',
    role: 'conversion',
    formats: ['Sponsored content', 'Lead gen forms', 'Document ads'],
    weight: Math.max(1, weight),
    audiences: [index],
    rationale: `Reaches ${buyer.name.toLowerCase()} by job title, industry and company, which local consumer targeting cannot.`,
  };
}

/** The people who decide to buy for the businesses the goal names. */
function buyerAudience(goal: ClientGoal, input: StrategistInput): Demographic {
  const customers = goal.customers ? withoutPlace(goal.customers) : null;
  const wholesale = goal.kind === 'wholesale';
  const named =
    customers ?? (wholesale ? defaultWholesaleBuyers(input.industry?.key ?? 'other') : 'businesses');
  const offer = input.offerings[0]?.name.toLowerCase() ?? input.brand.name;
  return {
    id: BUYER_AUDIENCE_ID,
    name: capitalise(wholesale ? `Owners and buyers at ${named}` : `Decision makers at ${named}`),
    age_range: { min: 28, max: 62 },
    description: wholesale
      ? `Owners, chefs and purchasing managers at ${named} who choose suppliers: the customers of the client's wholesale goal.`
      : `People who buy for ${named}: the customers of the client's goal.`,
    psychographics: wholesale
      ? ['Judge suppliers on consistency and reliability', 'Want products their own customers ask for']
      : ['Compare suppliers before they enquire', 'Value a dependable, responsive partner'],
    media_habits: ['LinkedIn', 'Google search for suppliers', 'Trade press and industry newsletters'],
    pain_points: wholesale
      ? ['Late or short deliveries', 'Quality that varies between batches', 'Minimum orders that do not fit']
      : ['Suppliers who are slow to answer', 'Unclear prices and terms'],
    motivations: wholesale
      ? [`A dependable local supplier of ${offer}`, 'Fair trade terms and easy reordering']
      : [`A reliable provider of ${offer}`, 'Clear terms and quick answers'],
  };
}

/** What buyers type when they look for a supplier: the offer, "wholesale" or "supplier", the city. */
function buyerKeywords(goal: ClientGoal, input: StrategistInput): string[] {
  const city = input.locations[0]?.address.city ?? input.contact.addresses[0]?.city ?? null;
  // The offerings the goal speaks of come first ("corporate clients for the weekly arrangements").
  const goalWords = new Set(goal.text.toLowerCase().match(/\p{L}{4,}/gu) ?? []);
  const overlap = (name: string) =>
    (name.toLowerCase().match(/\p{L}{4,}/gu) ?? []).filter((word) => goalWords.has(word)).length;
  const offers = input.offerings
    .map((offering, index) => ({ name: offering.name.toLowerCase(), score: overlap(offering.name), index }))
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .slice(0, 3)
    .map((offering) => offering.name);
  if (offers.length === 0) offers.push((input.industry?.label ?? input.brand.name).toLowerCase());
  const [first = '', second = first, third = second] = offers;
  const place = city ? ` ${city.toLowerCase()}` : '';
  const buyers =
    goal.customers
      ?.split(/,|\s+and\s+/)[0]
      ?.trim()
      .toLowerCase() ?? 'businesses';
  const words =
    goal.kind === 'wholesale'
      ? [`wholesale ${first}${place}`, `${second} supplier for ${buyers}`, `${third} wholesale supplier`]
      : [`${first} for ${buyers}${place}`, `${second} supplier${place}`, `commercial ${third}`];
  return [...new Set(words.map((word) => word.replace(/\s+/g, ' ').trim()))];
}

function defaultWholesaleBuyers(industry: string): string {
  if (industry === 'cafe' || industry === 'restaurant') return 'cafés, restaurants and grocers';
  return 'shops, cafés and other stockists';
}

/** "restaurants, cafés and independent grocers around Portland" → without "around Portland". */
function withoutPlace(customers: string): string {
  return customers.replace(/\s+(?:in|around|across|near|throughout|within)\s+.*$/i, '').trim();
}

function totalWeight(playbook: IndustryPlaybook): number {
  return playbook.platforms.reduce((sum, platform) => sum + platform.weight, 0);
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
