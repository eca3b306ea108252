import { mainGoal } from './follow-client-goals.ts';
import { primaryKpiForGoal } from './goals.ts';
import type { StrategistInput } from './strategist-input.ts';
import type { StrategistOutput } from './strategist-output.ts';

/**
 * Checks the schema cannot make: the output must agree with the input and invent nothing. A model
 * answer that fails here is retried, then replaced by the offline engine.
 */
export function validateStrategy(output: StrategistOutput, input: StrategistInput): string[] {
  const { config } = output;
  const problems: string[] = [];

  if (config.brand_id !== input.slug)
    problems.push(`brand_id "${config.brand_id}" is not the slug "${input.slug}"`);
  if (config.brand_name !== input.brand.name) {
    problems.push(`brand_name "${config.brand_name}" differs from the profile's "${input.brand.name}"`);
  }
  if (config.website !== input.website)
    problems.push(`website "${config.website}" is not "${input.website}"`);
  if (config.budget.monthly_total !== input.budget.monthly) {
    problems.push(`budget total ${config.budget.monthly_total} is not the client's ${input.budget.monthly}`);
  }
  if (config.budget.currency !== input.budget.currency) {
    problems.push(`budget currency ${config.budget.currency} is not the client's ${input.budget.currency}`);
  }

  const demographicIds = [
    config.demographics.primary.id,
    config.demographics.secondary.id,
    config.demographics.tertiary.id,
  ];
  if (new Set(demographicIds).size !== 3)
    problems.push(`demographic ids are not distinct: ${demographicIds.join(', ')}`);
  for (const platform of config.platforms) {
    for (const id of platform.demographics) {
      if (!demographicIds.includes(id))
        problems.push(`platform ${platform.id} targets unknown demographic "${id}"`);
    }
  }

  const platformIds = config.platforms.map((platform) => platform.id);
  const lineIds = config.budget.allocation.map((line) => line.platform);
  if (new Set(platformIds).size !== platformIds.length) problems.push('a platform is listed twice');
  for (const id of platformIds) {
    const line = config.budget.allocation.find((candidate) => candidate.platform === id);
    if (!line) problems.push(`platform ${id} has no budget line`);
    else if (
      Math.abs(line.share - config.platforms.find((platform) => platform.id === id)!.budget_share) > 1e-9
    ) {
      problems.push(`platform ${id}: budget_share differs from its allocation line's share`);
    }
  }
  for (const id of lineIds) {
    if (!platformIds.includes(id)) problems.push(`budget line for ${id} has no platform`);
  }
  if (new Set(lineIds).size !== lineIds.length) problems.push('a platform has two budget lines');

  const { phone, email, address } = config.contact;
  if (phone !== null && !input.contact.phones.some((known) => digits(known) === digits(phone))) {
    problems.push(`contact phone "${phone}" does not appear in the brand profile`);
  }
  if (email !== null && !input.contact.emails.some((known) => known.toLowerCase() === email.toLowerCase())) {
    problems.push(`contact email "${email}" does not appear in the brand profile`);
  }
  if (address !== null) {
    const known = [...input.contact.addresses, ...input.locations.map((location) => location.address)];
    const matches = known.some(
      (candidate) =>
        candidate.street === address.street &&
        candidate.city === address.city &&
        candidate.region === address.region &&
        candidate.postalCode === address.postal_code &&
        candidate.country === address.country,
    );
    if (!matches) problems.push('contact address does not appear in the brand profile');
  }

  const centres = input.locations.flatMap((location) => (location.geo ? [location.geo] : []));
  for (const zone of config.geographic_strategy.zones) {
    const { center } = zone;
    if (center && !centres.some((known) => known.lat === center.lat && known.lng === center.lng)) {
      problems.push(`geo zone ${zone.id} has a centre that is not a location in the brand profile`);
    }
  }

  const offeringNames = new Set(input.offerings.map((offering) => offering.name.toLowerCase()));
  if (offeringNames.size > 0) {
    for (const offering of config.offerings) {
      if (!offeringNames.has(offering.name.toLowerCase())) {
        problems.push(`offering "${offering.name}" is not among the profile's offerings`);
      }
    }
  }

  if (!isTimeZone(config.timezone)) problems.push(`timezone "${config.timezone}" is not an IANA time zone`);
  problems.push(...goalProblems(output, input));
  return problems;
}

/** A plan must serve the goal the client stated: quote it, and be judged on the KPI it implies. */
function goalProblems(output: StrategistOutput, input: StrategistInput): string[] {
  const main = mainGoal(input.goals ?? []);
  if (!main) return [];
  const problems: string[] = [];
  const quoted = (output.plan.client_goals ?? []).find((goal) => goal.main);
  if (quoted?.text !== main.text)
    problems.push(`the plan does not quote the client's main goal "${main.text}"`);
  const kpi = output.config.campaign_goals.primary_kpi;
  const expected = primaryKpiForGoal(main, kpi);
  if (kpi !== expected)
    problems.push(`primary KPI ${kpi} does not follow the client's goal (${main.kind}: ${expected})`);
  return problems;
}

function digits(phone: string): string {
  return phone.replace(/\D/g, '');
}

function isTimeZone(zone: string): boolean {
  if (zone === 'UTC') return true;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}
