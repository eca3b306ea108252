import { readdir } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import type { Command } from 'commander';
import { FactoryError } from '../errors/factory-error.ts';
import { assertClientSlug } from '../factory/client-slug.ts';
import { readManifest } from '../factory/manifest.ts';
import { withClientsDir } from './common-options.ts';

export function registerListCommands(program: Command): void {
  withClientsDir(
    program
      .command('list')
      .description('list the clients built in the clients directory')
      .option('--json', 'machine-readable output'),
  ).action(async (flags: { clientsDir: string; json?: boolean }) => {
    const dir = resolve(flags.clientsDir);
    const entries = await readdir(dir, { withFileTypes: true }).catch(() => []);
    const clients = [];
    for (const entry of entries) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const manifest = await readManifest(join(dir, entry.name)).catch(() => null);
      if (!manifest) continue;
      const last = manifest.runs.at(-1);
      clients.push({
        client: entry.name,
        updated_at: manifest.updated_at,
        last_status: last?.status ?? null,
      });
    }
    if (flags.json) process.stdout.write(`${JSON.stringify(clients, null, 2)}\n`);
    else if (clients.length === 0) process.stdout.write(`No clients in ${dir} yet. Try: npx factory demo\n`);
    else
      for (const c of clients)
        process.stdout.write(`${c.client.padEnd(30)} ${c.last_status ?? '-'}  updated ${c.updated_at}\n`);
  });

  withClientsDir(
    program
      .command('status <slug>')
      .description("show a client's agents and its last build")
      .option('--json', 'machine-readable output'),
  ).action(async (slug: string, flags: { clientsDir: string; json?: boolean }) => {
    const dir = join(resolve(flags.clientsDir), assertClientSlug(slug));
    const manifest = await readManifest(dir);
    if (!manifest) {
      throw new FactoryError(
        'NO_SUCH_CLIENT',
        `there is no client "${slug}" in ${resolve(flags.clientsDir)}`,
        'run `factory list` to see the clients, or spawn it with `factory spawn-client`',
      );
    }
    if (flags.json) {
      process.stdout.write(`${JSON.stringify(manifest, null, 2)}\n`);
      return;
    }
    const last = manifest.runs.at(-1);
    const lines = [`${slug} (factory ${manifest.factory_version}), updated ${manifest.updated_at}`];
    if (last)
      lines.push(
        `Last build: ${last.status}; ran ${last.ran.length}, resumed ${last.resumed.length}, failed ${last.failed.length}, not built yet ${last.not_built.length}`,
      );
    for (const [name, record] of Object.entries(manifest.agents)) {
      lines.push(
        `  ${name.padEnd(26)} ${record.engine === 'model' ? record.model : 'offline'}  ${record.outputs.join(', ')}`,
      );
    }
    process.stdout.write(`${lines.join('\n')}\n`);
  });
}
