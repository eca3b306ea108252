import type { CheerioAPI } from 'cheerio';

/** One schema.org object found in a page's JSON-LD, with its JSON path for provenance. */
export interface JsonLdNode {
  types: string[];
  data: Record<string, unknown>;
  path: string;
}

const MAX_NODES = 300;

/** Reads every JSON-LD block, flattening `@graph`, arrays and nested typed objects. */
export function readJsonLd($: CheerioAPI): JsonLdNode[] {
  const nodes: JsonLdNode[] = [];
  $('script[type="application/ld+json"]').each((index, el) => {
    const raw = $(el).text().slice(0, 200_000);
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw.replace(/^\s*<!--|-->\s*$/g, ''));
    } catch {
      return;
    }
    walk(parsed, `ld[${index}]`, nodes, 0);
  });
  return nodes;
}

function walk(value: unknown, path: string, out: JsonLdNode[], depth: number): void {
  if (out.length >= MAX_NODES || depth > 8 || value === null || typeof value !== 'object') return;
  if (Array.isArray(value)) {
    for (const [i, item] of value.entries()) walk(item, `${path}[${i}]`, out, depth + 1);
    return;
  }
  const record = value as Record<string, unknown>;
  const type = record['@type'];
  const types = (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
  if (types.length > 0) out.push({ types, data: record, path });
  for (const [key, child] of Object.entries(record)) {
    if (key === '@context') continue;
    if (child && typeof child === 'object') walk(child, `${path}.${key}`, out, depth + 1);
  }
}

/** Reads a JSON-LD property as text, accepting the string, number and `{@value}` shapes. */
export function ldText(value: unknown): string | null {
  if (typeof value === 'string') return value.trim() || null;
  if (typeof value === 'number') return String(value);
  if (Array.isArray(value)) return ldText(value[0]);
  if (value && typeof value === 'object') {
    const record = value as Record<string, unknown>;
    return ldText(record['@value'] ?? record.url ?? record.name ?? null);
  }
  return null;
}

export function ldList(value: unknown): unknown[] {
  if (value === undefined || value === null) return [];
  return Array.isArray(value) ? value : [value];
}

/** schema.org types that describe the business itself rather than a page, product or person. */
const ORG_TYPE =
  /^(Organization|Corporation|LocalBusiness|ProfessionalService|Store|Restaurant|FoodEstablishment|CafeOrCoffeeShop|Bakery|BarOrPub|Dentist|Physician|MedicalBusiness|MedicalClinic|MedicalOrganization|HealthAndBeautyBusiness|BeautySalon|DaySpa|HairSalon|NailSalon|ExerciseGym|Gym|HealthClub|SportsActivityLocation|SportsClub|LegalService|Attorney|AccountingService|FinancialService|RealEstateAgent|HomeAndConstructionBusiness|GeneralContractor|HVACBusiness|Plumber|Electrician|RoofingContractor|HousePainter|Locksmith|MovingCompany|AutomotiveBusiness|AutoRepair|AutoDealer|LodgingBusiness|Hotel|Motel|BedAndBreakfast|EducationalOrganization|School|NGO|NonprofitOrganization|VeterinaryCare|AnimalShelter|OnlineStore|OnlineBusiness|Brand|TravelAgency|EmploymentAgency|EntertainmentBusiness|InsuranceAgency|LandscapingBusiness|ChildCare|DryCleaningOrLaundry|FoodService)$/;

export function isOrgNode(node: JsonLdNode): boolean {
  return node.types.some((t) => ORG_TYPE.test(t.replace(/^https?:\/\/schema\.org\//, '')));
}
