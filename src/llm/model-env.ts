/**
 * The environment variables the model layer reads, passed in (never read from `process.env`
 * inside), so tests and the orchestrator decide what the layer sees.
 */
export type ModelEnv = Readonly<Record<string, string | undefined>>;
