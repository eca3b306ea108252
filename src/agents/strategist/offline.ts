import { formatAmount } from '../../proposal/format-amount.ts';
import { INDUSTRY_LABELS, isIndustryKey } from '../../research/industry-keys.ts';
import type { BrandConfig } from '../../schemas/brand-config.ts';
import type { BusinessModel } from '../../schemas/business-model.ts';
import type { AgentRunContext } from '../builder-agent.ts';
import { allocateBudget } from './allocate-budget.ts';
import { chooseBrandColors } from './brand-colors.ts';
import { chooseBrandVoice } from './brand-voice.ts';
import { choosePlatforms } from './choose-platforms.ts';
import { countryCode } from './country-code.ts';
import { localRadius } from './distance-unit.ts';
import { applyGoalObjectives, followClientGoals } from './follow-client-goals.ts';
import { forecastPlan, forecastResultKind, withForecast } from './forecast-plan.ts';
import { planGeoZones } from './geo-zones.ts';
import { planGoals } from './goals.ts';
import { industryPlaybook } from './industry-playbooks.ts';
import { chooseLocale } from './locale.ts';
import { PLATFORM_LABELS } from './platform-labels.ts';
import { serveClientGoals } from './serve-client-goals.ts';
import type { StrategistInput } from './strategist-input.ts';
import type { StrategistOutput } from './strategist-output.ts';
import { chooseTimezone } from './timezone.ts';

export const BUSINESS_MODEL_LABELS: Record<BusinessModel, string> = {
  'brick-and-mortar-primary': 'a local business customers visit or call',
  'service-online': 'a service sold online through enquiries',
  'ecommerce-primary': 'an online store',
  hybrid: 'a business that serves locally and sells online',
};

const KPI_LABELS: Record<BrandConfig['campaign_goals']['primary_kpi'], string> = {
  cost_per_lead: 'cost per lead',
  cost_per_booking: 'cost per booking',
  roas: 'return on ad spend',
  cost_per_acquisition: 'cost per acquisition',
};

/**
 * The deterministic strategist: industry playbook + research facts + budget → brand config and
 * plan. Every fact about the brand comes from the input; everything else is a benchmark or a rule,
 * and is listed as an assumption in the plan.
 */
export function planStrategy(input: StrategistInput, context: AgentRunContext): StrategistOutput {
  const formatMoney = (amount: number) => formatAmount(amount, input.budget.currency);
  const assumptions: string[] = [];
  const warn = (text: string) => {
    assumptions.push(text);
    context.note('warning', text);
  };

  const industry = input.industry ?? { key: 'other', label: INDUSTRY_LABELS.other };
  if (!input.industry)
    warn('Research could not tell the industry; generic benchmarks and audiences are used.');
  else if (!isIndustryKey(industry.key)) {
    warn(
      `There is no playbook for the industry "${industry.label}"; generic benchmarks and audiences are used.`,
    );
  }
  // The client's own goals bend the industry's playbook: their audience, platforms and KPI come first.
  const strategy = followClientGoals(industryPlaybook(industry.key), input);
  const { playbook } = strategy;
  const businessModel = input.business_model ?? playbook.defaultBusinessModel;
  if (!input.business_model) {
    warn(
      `Research could not tell the business model; assumed ${businessModel}, the usual one for the industry.`,
    );
  }

  const main = input.locations[0] ?? null;
  const timezone = chooseTimezone(main?.address ?? null);
  if (timezone.note) warn(timezone.note);
  const knownCountry = timezone.country ?? countryCode(main?.address.country);
  const country = knownCountry ?? 'US';
  const locale = chooseLocale(country);

  const colors = chooseBrandColors(input.colors);
  for (const note of colors.notes) warn(note);
  for (const fix of colors.fixes) context.note('decision', fix);
  const voice = chooseBrandVoice(input.tone, playbook);
  if (!input.tone)
    assumptions.push("The site's tone of voice was unknown; the industry's usual tone is used.");

  const [primary, secondary, tertiary] = playbook.audiences;
  assumptions.push(
    `Audiences are typical of ${industry.label.toLowerCase()} clients, not measured from this client's customers; ` +
      'the learning loop replaces them with observed segments.',
  );
  assumptions.push(...strategy.assumptions);

  const planned = applyGoalObjectives(choosePlatforms(playbook, businessModel, playbook.audiences), strategy);
  const allocation = allocateBudget({
    monthlyTotal: input.budget.monthly,
    currency: input.budget.currency,
    lines: planned.map((platform) => ({ platform: platform.id, weight: platform.weight })),
  });
  const platforms = allocation.budget.allocation.map((line) => {
    const { weight: _weight, ...platform } = planned.find((candidate) => candidate.id === line.platform)!;
    return { ...platform, budget_share: line.share };
  });
  assumptions.push('A month is planned as 30.4 days; daily budgets are the monthly line ÷ 30.4.');

  const coreFor = (objectives: string[]) =>
    allocation.budget.allocation
      .filter((line) =>
        objectives.includes(platforms.find((platform) => platform.id === line.platform)!.objective),
      )
      .reduce((sum, line) => sum + line.core_monthly, 0);
  const forecast = forecastPlan(allocation.budget, businessModel);
  const goals = planGoals({
    businessModel,
    playbook,
    industryLabel: industry.label,
    leadCore: coreFor(['leads', 'bookings']),
    salesCore: coreFor(['sales']),
    clientGoal: strategy.main,
    targetGoal: strategy.targetGoal,
    currency: input.budget.currency,
    forecastCost: forecast.total.cost_per_result,
  });
  const budget = withForecast(
    allocation.budget,
    forecast,
    forecastResultKind(businessModel, goals.primary_kpi),
  );
  if (input.budget.currency !== 'USD') {
    warn(
      `Platform benchmarks are US dollar figures; the forecast reads ${input.budget.currency} amounts as if they were dollars until the client's own costs replace them.`,
    );
  }
  assumptions.push(
    'Forecasts are ranges from typical platform prices, click-through and conversion rates (the same ones the sandbox market uses): ' +
      '49 months in 50 land inside them; the client’s own results replace them after the first weeks.',
  );
  assumptions.push(
    strategy.targetGoal
      ? "Targets not set by the client's own number are industry benchmarks until the client has two weeks of its own results."
      : 'Targets are industry benchmarks until the client has two weeks of its own results.',
  );

  // Research may read a local business's online enquiry form as selling online; only a business that
  // ships (a shop) or whose kind serves remotely (the industry's usual model) gets a national market.
  const servesLocally =
    businessModel === 'service-online' && playbook.defaultBusinessModel === 'brick-and-mortar-primary';
  if (servesLocally && input.locations.length > 0) {
    assumptions.push(
      `${industry.label} clients are usually local, so the budget stays around the business rather than the whole country, although enquiries arrive online.`,
    );
  }
  const geo = planGeoZones({
    locations: input.locations,
    businessModel: servesLocally ? 'brick-and-mortar-primary' : businessModel,
    radiusKm: playbook.radiusKm,
    defaultCountry: country,
    defaultCountryReason: knownCountry
      ? 'the country named in the profile'
      : 'assumed from the budget currency, USD; confirm with the client',
  });
  if (input.locations.length === 0) assumptions.push(geo.rationale);
  else {
    assumptions.push(
      `Customers travel up to ${localRadius(playbook.radiusKm, country).words} to the business, typical for ${industry.label.toLowerCase()}.`,
    );
  }

  const offerings = input.offerings.map(({ name, description, price }) => ({ name, description, price }));
  if (offerings.length === 0) {
    // With no list of offerings, what the brand sells is the brand itself, in its own description:
    // an industry label here would put generic words into every ad.
    offerings.push({ name: input.brand.name, description: input.brand.description, price: null });
    warn(
      `Research found no list of offerings; "${input.brand.name}" itself, as the site describes it, stands in until the client lists them.`,
    );
  }

  const address = input.contact.addresses[0] ?? main?.address ?? null;
  const config: BrandConfig = {
    schema_version: 1,
    brand_id: input.slug,
    brand_name: input.brand.name,
    tagline: input.brand.tagline,
    website: input.website,
    industry: { key: industry.key, label: industry.label },
    business_model: businessModel,
    timezone: timezone.timezone,
    locale,
    contact: {
      phone: input.contact.phones[0] ?? null,
      email: input.contact.emails[0] ?? null,
      address: address
        ? {
            street: address.street,
            city: address.city,
            region: address.region,
            postal_code: address.postalCode,
            country: address.country,
          }
        : null,
    },
    brand_colors: colors.colors,
    brand_voice: voice,
    offerings,
    demographics: { primary, secondary, tertiary },
    platforms,
    budget,
    campaign_goals: goals,
    geographic_strategy: geo,
    tracking: {
      google_ads_customer_id: '',
      google_analytics_id: '',
      meta_pixel_id: '',
      linkedin_partner_id: '',
      tiktok_pixel_id: '',
    },
  };

  const mix = allocation.budget.allocation
    .map((line) => `${line.platform} ${Math.round(line.share * 100)}% (${formatMoney(line.monthly)})`)
    .join(', ');
  context.note(
    'decision',
    `Platform mix for ${industry.label.toLowerCase()} as ${businessModel}: ${platforms.map((platform) => platform.id).join(', ')}` +
      (allocation.dropped.length > 0 ? `; dropped ${allocation.dropped.join(', ')} for budget.` : '.'),
  );
  context.note(
    'decision',
    `Budget split of ${formatMoney(input.budget.monthly)}/month: ${mix}; ${formatMoney(allocation.budget.test_allocation.monthly)} kept for tests.`,
  );
  context.note('decision', `Primary KPI: ${goals.primary_kpi}. ${goals.rationale}`);
  const clientGoals = serveClientGoals({
    config,
    goals: input.goals ?? [],
    strategy,
    dropped: allocation.dropped,
  });
  if (strategy.main)
    context.note('decision', `The plan serves the client's main goal: “${strategy.main.text}”`);

  return {
    config,
    plan: {
      summary: summarise(config, input, strategy.main?.text ?? null),
      assumptions,
      risks: risksOf(config, input, allocation.notes),
      budget_notes: allocation.notes,
      dropped_platforms: allocation.dropped,
      client_goals: clientGoals,
    },
  };
}

function summarise(config: BrandConfig, input: StrategistInput, goal: string | null): string {
  const { budget, campaign_goals: goals, demographics } = config;
  const formatMoney = (amount: number) => formatAmount(amount, budget.currency);
  const kpi = KPI_LABELS[goals.primary_kpi];
  const target =
    goals.targets.monthly_leads !== null && goals.primary_kpi !== 'roas'
      ? ` at about ${formatMoney(goals.targets.cost_per_lead ?? 0)} each (${goals.targets.monthly_leads} a month)`
      : goals.targets.roas !== null
        ? ` with a target of ${goals.targets.roas}×`
        : '';
  const primaryZone = config.geographic_strategy.zones.find((zone) => zone.priority === 'primary');
  // The brand's own words, not the market analysis ("Credential: …" labels an analyst's note).
  const edge = input.value_propositions[0] ?? input.credentials[0] ?? null;
  return [
    `${config.brand_name} (${config.industry.label.toLowerCase()}) is ${BUSINESS_MODEL_LABELS[config.business_model]}.`,
    goal ? `The plan is built around the client's own goal: “${goal}”` : '',
    `With ${formatMoney(budget.monthly_total)} a month, the plan runs ${joinWords(config.platforms.map((platform) => PLATFORM_LABELS[platform.id]))},`,
    `aimed first at ${demographics.primary.name.toLowerCase()}${primaryZone ? ` (primary zone: ${primaryZone.name})` : ''},`,
    `and is judged on ${kpi}${target}.`,
    `${formatMoney(budget.test_allocation.monthly)} (15%) is kept for tests of new audiences and creative.`,
    edge ? `Messaging leads with what the brand says sets it apart: “${edge.replace(/[.!]+$/, '')}”.` : '',
  ]
    .filter(Boolean)
    .join(' ');
}

function risksOf(config: BrandConfig, input: StrategistInput, budgetNotes: string[]): string[] {
  const risks: string[] = [];
  if (budgetNotes.length > 0) {
    risks.push('The budget is small for the platform mix; results will take longer to become reliable.');
  }
  if (!config.contact.phone && !config.contact.email) {
    risks.push(
      'No phone number or email was found; leads cannot be followed up until the client provides one.',
    );
  }
  if (config.geographic_strategy.zones.some((zone) => zone.kind === 'radius' && zone.center === null)) {
    risks.push(
      'Some radius zones have no coordinates yet; they must be geocoded before the campaigns launch.',
    );
  }
  if (input.competition.competitors.length > 0) {
    risks.push(
      `Competitors such as ${input.competition.competitors.slice(0, 3).join(', ')} may bid on the same searches and raise costs.`,
    );
  }
  for (const limitation of input.competition.limitations.slice(0, 2)) {
    risks.push(`Competitive research was limited: ${limitation}`);
  }
  risks.push('New campaigns spend their first 7 days learning; results in week 1 are not a verdict.');
  risks.push(
    'Tracking IDs are empty until integration connects the ad accounts; nothing can be measured before that.',
  );
  return risks;
}

function joinWords(words: string[]): string {
  return words.length <= 1 ? (words[0] ?? '') : `${words.slice(0, -1).join(', ')} and ${words.at(-1)}`;
}
