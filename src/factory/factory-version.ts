import { readFileSync } from 'node:fs';

/** The factory's version, recorded in every manifest; read once from package.json. */
export const FACTORY_VERSION: string = (
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string }
).version;
