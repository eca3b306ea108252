import { type Command, InvalidArgumentError, Option } from 'commander';

export const DEFAULT_CLIENTS_DIR = './clients';

export function parsePositiveInteger(name: string) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isInteger(number) || number <= 0)
      throw new InvalidArgumentError(`${name} must be a positive whole number`);
    return number;
  };
}

export function parseNonNegativeNumber(name: string) {
  return (value: string): number => {
    const number = Number(value);
    if (!Number.isFinite(number) || number < 0)
      throw new InvalidArgumentError(`${name} must be a number ≥ 0`);
    return number;
  };
}

/** Every command that takes a client accepts --clients-dir. */
export function withClientsDir(command: Command): Command {
  return command.addOption(
    new Option('--clients-dir <dir>', 'where client directories live').default(DEFAULT_CLIENTS_DIR),
  );
}

export function withModelOptions(command: Command): Command {
  return command
    .addOption(
      new Option(
        '--model <model>',
        'offline | anthropic:<id> | openai:<id> | openai-compatible:<baseURL>#<id> (default: $FACTORY_MODEL or offline)',
      ),
    )
    .addOption(
      new Option('--max-cost <usd>', 'stop calling the model once this run has spent this much').argParser(
        parseNonNegativeNumber('--max-cost'),
      ),
    );
}
