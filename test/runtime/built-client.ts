import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { runFactory } from '../cli/run-factory.ts';

const BRIEF = fileURLToPath(new URL('../fixtures/harbor-brief.txt', import.meta.url));

/**
 * A client built by the real factory from the fixture brief, with a budget large enough for two
 * platforms (google and meta), so budget decisions have somewhere to move money.
 */
export async function buildTwoPlatformClient(slug = 'harbor'): Promise<{ clientsDir: string; slug: string }> {
  const clientsDir = await mkdtemp(join(tmpdir(), 'factory-runtime-'));
  const built = await runFactory(
    [
      'spawn-client',
      '--name',
      slug,
      '--file',
      BRIEF,
      '--budget',
      '6000',
      '--clients-dir',
      clientsDir,
      '--json',
    ],
    { cwd: clientsDir },
  );
  if (built.code !== 0) throw new Error(`spawn-client failed: ${built.stderr}`);
  return { clientsDir, slug };
}
