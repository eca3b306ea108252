/**
 * The store's schema as forward-only numbered migrations. A released migration is never edited:
 * its checksum is recorded in `schema_migrations` and a changed one refuses to open. Change the
 * schema by appending a migration.
 */

/** Every table of the store, in creation order; each has a `brand_id` column. */
export const STORE_TABLES = [
  'brands',
  'demographics',
  'geo_areas',
  'platforms',
  'campaigns',
  'ads',
  'content',
  'daily_performance',
  'visitors',
  'touchpoints',
  'events',
  'leads',
  'conversions',
  'purchases',
  'attribution_results',
  'decisions',
  'insights',
  'scenarios',
  'learned_weights',
  'workflow_runs',
  'dead_letters',
  'users',
] as const;
export type StoreTable = (typeof STORE_TABLES)[number];

/** Length of every stored embedding (content, insights, scenarios); pgvector indexes need a fixed one. */
export const EMBEDDING_DIMENSIONS = 256;

/** What the database offers when a migration is first applied. */
export interface MigrationFeatures {
  /** pgvector is installed: embeddings are `vector(N)` with an HNSW index; otherwise `real[]`. */
  vector: boolean;
}

export interface Migration {
  version: number;
  name: string;
  sql: (features: MigrationFeatures) => string;
}

const initial: Migration = {
  version: 1,
  name: 'initial',
  sql: ({ vector }) => {
    const embedding = vector ? `vector(${EMBEDDING_DIMENSIONS})` : 'real[]';
    const embeddingIndex = (table: string) =>
      vector
        ? `CREATE INDEX ${table}_embedding_idx ON ${table} USING hnsw (embedding vector_cosine_ops);`
        : '';
    return `
CREATE TABLE brands (
  brand_id text PRIMARY KEY,
  name text NOT NULL,
  timezone text NOT NULL,
  business_model text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE demographics (
  brand_id text NOT NULL REFERENCES brands (brand_id),
  id text NOT NULL,
  name text NOT NULL,
  priority text NOT NULL,
  age_min integer NOT NULL,
  age_max integer NOT NULL,
  profile jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (brand_id, id)
);

CREATE TABLE geo_areas (
  brand_id text NOT NULL REFERENCES brands (brand_id),
  id text NOT NULL,
  name text NOT NULL,
  kind text NOT NULL,
  priority text NOT NULL,
  budget_share numeric NOT NULL,
  definition jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (brand_id, id)
);

CREATE TABLE platforms (
  brand_id text NOT NULL REFERENCES brands (brand_id),
  id text NOT NULL,
  objective text NOT NULL,
  budget_share numeric NOT NULL,
  daily_budget numeric(12, 2) NOT NULL,
  formats jsonb NOT NULL DEFAULT '[]',
  demographics jsonb NOT NULL DEFAULT '[]',
  PRIMARY KEY (brand_id, id)
);

CREATE TABLE campaigns (
  brand_id text NOT NULL REFERENCES brands (brand_id),
  id text NOT NULL,
  platform text NOT NULL,
  objective text NOT NULL,
  name text NOT NULL,
  daily_budget numeric(12, 2) NOT NULL,
  utm_campaign text NOT NULL,
  status text NOT NULL DEFAULT 'active',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (brand_id, id),
  UNIQUE (brand_id, utm_campaign),
  FOREIGN KEY (brand_id, platform) REFERENCES platforms (brand_id, id)
);

CREATE TABLE ads (
  brand_id text NOT NULL REFERENCES brands (brand_id),
  id text NOT NULL,
  campaign_id text NOT NULL,
  variant_id text NOT NULL,
  headline text NOT NULL,
  body text NOT NULL,
  status text NOT NULL DEFAULT 'active',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (brand_id, id),
  FOREIGN KEY (brand_id, campaign_id) REFERENCES campaigns (brand_id, id)
);

CREATE TABLE content (
  brand_id text NOT NULL,
  id text NOT NULL,
  kind text NOT NULL,
  title text,
  uri text,
  profile jsonb NOT NULL DEFAULT '{}',
  embedding ${embedding},
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (brand_id, id)
);
${embeddingIndex('content')}

-- One row per day and campaign (ad_id '') or ad.
CREATE TABLE daily_performance (
  brand_id text NOT NULL,
  day date NOT NULL,
  campaign_id text NOT NULL,
  ad_id text NOT NULL DEFAULT '',
  impressions bigint NOT NULL DEFAULT 0,
  clicks bigint NOT NULL DEFAULT 0,
  spend numeric(14, 2) NOT NULL DEFAULT 0,
  conversions numeric(12, 2) NOT NULL DEFAULT 0,
  revenue numeric(14, 2) NOT NULL DEFAULT 0,
  source text NOT NULL DEFAULT 'sandbox',
  PRIMARY KEY (brand_id, day, campaign_id, ad_id)
);

-- Ingest tables carry no foreign key to brands: a write from the website never fails on seeding order.
CREATE TABLE visitors (
  brand_id text NOT NULL,
  id text NOT NULL,
  first_seen_at timestamptz NOT NULL,
  last_seen_at timestamptz NOT NULL,
  PRIMARY KEY (brand_id, id)
);

-- A landing with what its URL carried; id is the landing event's id.
CREATE TABLE touchpoints (
  brand_id text NOT NULL,
  id uuid NOT NULL,
  visitor_id text NOT NULL,
  at timestamptz NOT NULL,
  source text,
  medium text,
  campaign text,
  term text,
  content text,
  click_id text,
  click_ids jsonb,
  url text NOT NULL,
  referrer text,
  PRIMARY KEY (brand_id, id)
);
CREATE INDEX touchpoints_visitor_idx ON touchpoints (brand_id, visitor_id, at);

CREATE TABLE events (
  brand_id text NOT NULL,
  id uuid NOT NULL,
  visitor_id text NOT NULL,
  type text NOT NULL,
  at timestamptz NOT NULL,
  url text NOT NULL,
  referrer text,
  utm jsonb,
  click_ids jsonb,
  form text,
  received_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (brand_id, id)
);
CREATE INDEX events_visitor_idx ON events (brand_id, visitor_id, at);

CREATE TABLE leads (
  brand_id text NOT NULL,
  id uuid NOT NULL,
  submission_id text NOT NULL,
  form text NOT NULL,
  visitor_id text,
  fields jsonb NOT NULL,
  landing jsonb,
  first_touch jsonb,
  last_touch jsonb,
  campaign_id text,
  score integer,
  tier text,
  status text NOT NULL DEFAULT 'new',
  submitted_at timestamptz NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (brand_id, id),
  UNIQUE (brand_id, submission_id)
);
CREATE INDEX leads_submitted_idx ON leads (brand_id, submitted_at);

CREATE TABLE conversions (
  brand_id text NOT NULL,
  id text NOT NULL,
  kind text NOT NULL,
  lead_id uuid,
  visitor_id text,
  campaign_id text,
  value numeric(14, 2),
  currency text,
  occurred_at timestamptz NOT NULL,
  details jsonb NOT NULL DEFAULT '{}',
  PRIMARY KEY (brand_id, id)
);

CREATE TABLE purchases (
  brand_id text NOT NULL,
  id text NOT NULL,
  source text NOT NULL,
  visitor_id text,
  lead_id uuid,
  total numeric(14, 2) NOT NULL,
  currency text NOT NULL,
  items jsonb NOT NULL DEFAULT '[]',
  occurred_at timestamptz NOT NULL,
  raw jsonb,
  PRIMARY KEY (brand_id, id)
);

CREATE TABLE attribution_results (
  brand_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  model text NOT NULL,
  conversion_kind text NOT NULL,
  conversion_id text NOT NULL,
  campaign_id text NOT NULL,
  credit double precision NOT NULL,
  value numeric(14, 2),
  computed_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (brand_id, id),
  UNIQUE (brand_id, model, conversion_kind, conversion_id, campaign_id)
);

-- The decision ledger: inputs, rule or model, guardrail checks, expected and later actual outcome.
CREATE TABLE decisions (
  brand_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  made_at timestamptz NOT NULL DEFAULT now(),
  agent text NOT NULL,
  kind text NOT NULL,
  inputs jsonb NOT NULL DEFAULT '{}',
  rule text,
  model text,
  guardrails jsonb NOT NULL DEFAULT '[]',
  proposal jsonb,
  applied jsonb,
  expected jsonb,
  actual jsonb,
  status text NOT NULL DEFAULT 'proposed',
  reverts uuid,
  PRIMARY KEY (brand_id, id)
);
CREATE INDEX decisions_made_idx ON decisions (brand_id, made_at);

CREATE TABLE insights (
  brand_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  agent text NOT NULL,
  kind text NOT NULL,
  title text NOT NULL,
  body text NOT NULL,
  facts jsonb NOT NULL DEFAULT '{}',
  embedding ${embedding},
  PRIMARY KEY (brand_id, id)
);
${embeddingIndex('insights')}

CREATE TABLE scenarios (
  brand_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  name text NOT NULL,
  description text,
  inputs jsonb NOT NULL DEFAULT '{}',
  outcome jsonb,
  embedding ${embedding},
  PRIMARY KEY (brand_id, id)
);
${embeddingIndex('scenarios')}

-- e.g. key 'demographic:young-pros|tone:playful'
CREATE TABLE learned_weights (
  brand_id text NOT NULL,
  key text NOT NULL,
  average double precision NOT NULL,
  sample_size integer NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (brand_id, key)
);

CREATE TABLE workflow_runs (
  brand_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  workflow text NOT NULL,
  run_key text NOT NULL,
  status text NOT NULL,
  started_at timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  output jsonb,
  error text,
  PRIMARY KEY (brand_id, id),
  UNIQUE (brand_id, workflow, run_key)
);

CREATE TABLE dead_letters (
  brand_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  created_at timestamptz NOT NULL DEFAULT now(),
  source text NOT NULL,
  operation text NOT NULL,
  payload jsonb NOT NULL,
  error text NOT NULL,
  attempts integer NOT NULL,
  resolved_at timestamptz,
  PRIMARY KEY (brand_id, id)
);

CREATE TABLE users (
  brand_id text NOT NULL,
  id uuid NOT NULL DEFAULT gen_random_uuid(),
  email text NOT NULL,
  password_hash text NOT NULL,
  role text NOT NULL DEFAULT 'viewer',
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (brand_id, id)
);
CREATE UNIQUE INDEX users_email_idx ON users (brand_id, lower(email));
${
  vector
    ? ''
    : `
-- Without pgvector: cosine distance over real[] for similarity search (no index, a scan per brand).
CREATE FUNCTION store_cosine_distance(a real[], b real[]) RETURNS double precision
  LANGUAGE sql IMMUTABLE STRICT PARALLEL SAFE
  AS 'SELECT 1 - sum(x * y) / nullif(sqrt(sum(x * x)) * sqrt(sum(y * y)), 0) FROM unnest(a, b) AS t(x, y)';`
}
`;
  },
};

/** Forward-only; append, never edit or reorder. */
export const MIGRATIONS: readonly Migration[] = [initial];
