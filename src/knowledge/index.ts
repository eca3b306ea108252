/**
 * Knowledge as data: the industry files under `data/industries/`, schema-checked when loaded.
 * Code holds the rules that read them (detection, strategy, competitive intelligence).
 */
export {
  AxisKey,
  BrandSide,
  CategoryLandscape,
  CategoryPlayer,
  IndustryFile,
  IndustryPlaybook,
  IndustrySignal,
  PlaybookPlatform,
} from './industry-file.ts';
export { industryRecord } from './industry-record.ts';
export { KnowledgeFileError } from './knowledge-file-error.ts';
export {
  FALLBACK_INDUSTRY,
  INDUSTRIES_DIR,
  type Industry,
  type IndustryCatalogue,
  loadIndustries,
} from './load-industries.ts';
