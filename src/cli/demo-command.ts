import { fileURLToPath } from 'node:url';
import type { Command } from 'commander';
import { FactoryError } from '../errors/factory-error.ts';
import { serveFolder } from '../runtime/serve-folder.ts';
import { parsePositiveInteger, withClientsDir, withModelOptions } from './common-options.ts';
import { printSpawnResult, runSpawn } from './spawn-client-command.ts';

const SAMPLE_SITE = fileURLToPath(new URL('../../examples/sample-site/', import.meta.url));
export const DEMO_CLIENT = 'harbor-light';
export const DEMO_SITE_PORT = 43117;

export function registerDemoCommand(program: Command): void {
  const command = program
    .command('demo')
    .description(
      'serve the sample site that ships with the factory on 127.0.0.1 and spawn a client from it (no network, no key)',
    )
    .option(
      '--site-port <n>',
      'port for the sample site (a fixed port keeps the demo client resumable)',
      parsePositiveInteger('--site-port'),
      DEMO_SITE_PORT,
    )
    .option('--force', 'rebuild the demo client from scratch')
    .option('--json', 'print a machine-readable summary');
  withModelOptions(command);
  withClientsDir(command);
  command.action(
    async (flags: {
      sitePort: number;
      clientsDir: string;
      force?: boolean;
      json?: boolean;
      model?: string;
      maxCost?: number;
    }) => {
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
        if (!flags.json && result.status !== 'failed') {
          process.stdout.write(
            '\nNext: read the campaign plan above, or spawn a real client:\n  npx factory spawn-client --name <slug> --url <https://their-site>\n',
          );
        }
        if (result.status === 'failed') process.exitCode = 1;
      } finally {
        await site.close();
      }
    },
  );
}
