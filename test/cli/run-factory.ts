import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const BIN = fileURLToPath(new URL('../../bin/factory.js', import.meta.url));

export interface FactoryRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs the real `factory` binary, as a user would, with no model keys in its environment. */
export function runFactory(
  args: string[],
  options: { cwd: string; env?: Record<string, string>; timeoutMs?: number },
): Promise<FactoryRun> {
  return new Promise((resolve, reject) => {
    const env: Record<string, string | undefined> = { ...process.env, ...options.env };
    for (const key of ['ANTHROPIC_API_KEY', 'OPENAI_API_KEY', 'FACTORY_MODEL'])
      if (!options.env?.[key]) delete env[key];
    const child = spawn(process.execPath, [BIN, ...args], {
      cwd: options.cwd,
      env,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => {
      stdout += chunk;
    });
    child.stderr.on('data', (chunk) => {
      stderr += chunk;
    });
    // A command that hangs (a server that was not meant to start) must not outlive its test.
    const timer = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 100_000);
    child.on('error', reject);
    child.on('close', (code) => {
      clearTimeout(timer);
      resolve({ code, stdout, stderr });
    });
  });
}
