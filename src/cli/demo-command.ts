import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { FactoryError } from '../errors/factory-error.ts';
import { serveFolder } from '../runtime/serve-folder.ts';
import { startClientServer } from '../runtime/server/index.ts';
import { parsePositiveInteger, withClientsDir, withModelOptions } from './common-options.ts';
import { printSpawnResult, runSpawn } from './spawn-client-command.ts';

const SAMPLE_SITE = fileURLToPath(new URL('../../examples/sample-site/', import.meta.url));
export const DEMO_CLIENT = 'harbor-light';
export const DEMO_SITE_PORT = 43117;

interface DemoFlags {
  sitePort: number;
  port: number;
  serve: boolean;
  clientsDir: string;
  force?: boolean;
  json?: boolean;
  model?: string;
  maxCost?: number;
}

/** Builds the demo client from the sample site; false when the build failed. */
async function buildDemoClient(flags: DemoFlags): Promise<boolean> {
  const site = await serveFolder(SAMPLE_SITE, flags.sitePort).catch((error: NodeJS.ErrnoException) => {
    if (error.code !== 'EADDRINUSE') throw error;
    throw new FactoryError(
      'PORT_IN_USE',
      `port ${flags.sitePort} on 127.0.0.1 is in use`,
      'pass --site-port <another port> (the demo client is tied to the port it was first built with; add --force when you change it)',
    );
  });
  try {
    if (!flags.json)
      process.stdout.write(`Sample site (Harbor Light Physical Therapy) served at ${site.url}\n`);
    const result = await runSpawn(
      {
        name: DEMO_CLIENT,
        url: site.url,
        clientsDir: flags.clientsDir,
        allowPrivateNetwork: true,
        force: flags.force,
        json: flags.json,
        model: flags.model,
        maxCost: flags.maxCost,
      },
      'demo',
    );
    printSpawnResult(result, flags.json ?? false);
    return result.status !== 'failed';
  } finally {
    await site.close();
  }
}

/** Runs the demo client's system (website, API, store) until Ctrl+C. */
async function serveDemoClient(flags: DemoFlags): Promise<void> {
  const server = await startClientServer({
    slug: DEMO_CLIENT,
    clientsDir: flags.clientsDir,
    port: flags.port,
    databaseUrl: process.env.DATABASE_URL ?? null,
    logger: false,
  });
  process.stdout.write(
    `\nThe client system of ${DEMO_CLIENT} is running at ${server.url}\n` +
      `  As a visitor from an ad: ${server.url}lp/google-leads?utm_source=google&utm_medium=cpc&utm_campaign=google-leads&gclid=demo\n` +
      `  The API description:     ${server.url}api/openapi.json\n` +
      '  Leads and events are stored in the client store. Press Ctrl+C to stop.\n',
  );
  await new Promise<void>((stop) => {
    process.once('SIGINT', () => stop());
    process.once('SIGTERM', () => stop());
  });
  await server.close();
}

export function registerDemoCommand(program: Command): void {
  const command = program
    .command('demo')
    .description(
      'serve the sample site that ships with the factory on 127.0.0.1, spawn a client from it, and start its system (no network, no key)',
    )
    .option(
      '--site-port <n>',
      'port for the sample site (a fixed port keeps the demo client resumable)',
      parsePositiveInteger('--site-port'),
      DEMO_SITE_PORT,
    )
    .option('--port <n>', "port for the demo client's website and API", parsePositiveInteger('--port'), 3000)
    .option('--no-serve', 'stop after the build instead of starting the client system')
    .option('--force', 'rebuild the demo client from scratch')
    .option('--json', 'print a machine-readable summary (implies --no-serve)');
  withModelOptions(command);
  withClientsDir(command);
  command.action(async (flags: DemoFlags) => {
    if (!(await buildDemoClient(flags))) {
      process.exitCode = 1;
      return;
    }
    if (flags.json) return;
    if (!flags.serve) {
      process.stdout.write(
        `\nNext: npx factory serve ${DEMO_CLIENT}, or spawn a real client:\n  npx factory spawn-client --name <slug> --url <https://their-site>\n`,
      );
      return;
    }
    await serveDemoClient(flags);
  });
}
