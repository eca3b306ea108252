import { Command, CommanderError } from 'commander';
import { FACTORY_VERSION } from '../factory/factory-version.ts';
import { registerAgentsCommand } from './agents-command.ts';
import { registerDecisionsCommand } from './decisions-command.ts';
import { registerDemoCommand } from './demo-command.ts';
import { registerGenerateProposalCommand } from './generate-proposal-command.ts';
import { registerListCommands } from './list-command.ts';
import { registerPlannedCommands } from './planned-commands.ts';
import { reportError } from './report-error.ts';
import { registerRunWorkflowCommand } from './run-workflow-command.ts';
import { registerServeCommand } from './serve-command.ts';
import { registerSimulateCommand } from './simulate-command.ts';
import { registerSpawnClientCommand } from './spawn-client-command.ts';

const program = new Command('factory')
  .description(
    'Marketing Factory: researches a client, writes the strategy, builds and runs their marketing system.',
  )
  .version(FACTORY_VERSION)
  .showHelpAfterError('(run with --help for usage)')
  .exitOverride();

registerDemoCommand(program);
registerSpawnClientCommand(program);
registerGenerateProposalCommand(program);
registerServeCommand(program);
registerSimulateCommand(program);
registerRunWorkflowCommand(program);
registerDecisionsCommand(program);
registerListCommands(program);
registerAgentsCommand(program);
registerPlannedCommands(program);

try {
  await program.parseAsync(process.argv);
} catch (error) {
  if (error instanceof CommanderError) {
    process.exitCode = error.exitCode;
  } else {
    process.exitCode = reportError(error, process.argv.includes('--json'));
  }
}
