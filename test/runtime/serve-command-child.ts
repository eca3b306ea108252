// `factory serve` as its own program (the same command registration main.ts uses), for signal tests.
import { Command } from 'commander';
import { reportError } from '../../src/cli/report-error.ts';
import { registerServeCommand } from '../../src/cli/serve-command.ts';

const program = new Command('factory').exitOverride();
registerServeCommand(program);
try {
  await program.parseAsync(process.argv);
} catch (error) {
  process.exitCode = reportError(error, false);
}
