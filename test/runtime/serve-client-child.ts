// A client server in its own process, for tests that kill it: `node --import tsx serve-client-child.ts <clientsDir> <slug>`.
// Prints `READY <url>` once listening.
import { startClientServer } from '../../src/runtime/server/start-client-server.ts';

const [clientsDir, slug] = process.argv.slice(2);
if (!clientsDir || !slug) throw new Error('usage: serve-client-child.ts <clientsDir> <slug>');
const server = await startClientServer({ slug, clientsDir, port: 0, rateLimit: false });
process.stdout.write(`READY ${server.url}\n`);
