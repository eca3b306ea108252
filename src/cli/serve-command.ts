import { type Command, InvalidArgumentError } from 'commander';
import { startClientServer } from '../runtime/server/index.ts';
import { withClientsDir } from './common-options.ts';

interface ServeFlags {
  port: number;
  host: string;
  clientsDir: string;
  allowOrigin: string[];
  rateLimit: number;
}

function parsePort(value: string): number {
  const port = Number(value);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new InvalidArgumentError('--port must be a whole number from 0 to 65535');
  return port;
}

function parseRateLimit(value: string): number {
  const limit = Number(value);
  if (!Number.isInteger(limit) || limit < 0)
    throw new InvalidArgumentError('--rate-limit must be a whole number ≥ 0');
  return limit;
}

function collectOrigin(value: string, previous: string[]): string[] {
  let origin: string;
  try {
    origin = new URL(value).origin;
  } catch {
    throw new InvalidArgumentError(
      `--allow-origin needs an origin like https://example.com (got "${value}")`,
    );
  }
  return [...previous, origin];
}

/** `factory serve <slug>`: the client's website and API on one port, with JSON logs on stdout. */
export function registerServeCommand(program: Command): void {
  const command = program
    .command('serve <slug>')
    .description('serve a client: website, lead forms, tracking events, health and OpenAPI document')
    .option('--port <n>', 'port to listen on (0 for any free port)', parsePort, 3000)
    .option('--host <host>', 'address to listen on', '127.0.0.1')
    .option(
      '--allow-origin <origin>',
      'another origin allowed to call the API from a browser (repeatable)',
      collectOrigin,
      [],
    )
    .option(
      '--rate-limit <n>',
      'requests per minute one address may make (0 turns the limit off)',
      parseRateLimit,
      600,
    );
  withClientsDir(command);
  command.action(async (slug: string, flags: ServeFlags) => {
    const server = await startClientServer({
      slug,
      clientsDir: flags.clientsDir,
      host: flags.host,
      port: flags.port,
      databaseUrl: process.env.DATABASE_URL || null,
      allowedOrigins: flags.allowOrigin,
      logger: { level: process.env.LOG_LEVEL ?? 'info' },
      rateLimit: flags.rateLimit === 0 ? false : { max: flags.rateLimit, timeWindowMs: 60_000 },
    });
    process.stdout.write(`Serving ${slug} at ${server.url} (Ctrl+C to stop)\n`);
    await new Promise<void>((resolve) => {
      let stopping = false;
      const stop = (signal: NodeJS.Signals) => {
        if (stopping) {
          process.stderr.write(`${signal} again: stopping without waiting\n`);
          process.exit(130);
        }
        stopping = true;
        process.stderr.write(`${signal}: finishing in-flight requests, then stopping\n`);
        server
          .close()
          .catch((error: unknown) => {
            process.stderr.write(`error while stopping: ${(error as Error).message}\n`);
            process.exitCode = 1;
          })
          .finally(() => {
            process.off('SIGINT', stop);
            process.off('SIGTERM', stop);
            resolve();
          });
      };
      process.on('SIGINT', stop);
      process.on('SIGTERM', stop);
    });
  });
}
