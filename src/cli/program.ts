import { Command, Option } from 'commander';
import { check, CHECK_FORMATS } from './commands/check';
import { classify } from './commands/classify';
import { diff } from './commands/diff';
import { exportPolicy } from './commands/exportPolicy';
import { fmt } from './commands/fmt';
import { recommend } from './commands/recommend';
import { simulate } from './commands/simulate';
import { EXIT_CODES_HELP } from './exitCodes';

const STDIN_HELP = '\nA file argument of - reads standard input.';

function format<T extends string>(choices: readonly T[], fallback: T): Option {
  return new Option('-f, --format <format>', 'output format').choices(choices).default(fallback);
}

const toolsOption = () =>
  new Option('--tools <tools.json>', "the server's tool list (tools/list result)");

/**
 * The `mcp-policy` command line. `setExit` receives each command's exit status; errors that
 * stop a command are thrown as CliError and handled by main.
 */
export function createProgram(version: string, setExit: (code: number) => void): Command {
  const program = new Command('mcp-policy')
    .description('Check, format, simulate, compare and export MCP gateway policies (policy.json).')
    .version(version, '-v, --version')
    .showSuggestionAfterError()
    .addHelpText('after', EXIT_CODES_HELP);

  const command = (name: string, summary: string) =>
    program
      .command(name)
      .description(summary)
      .addHelpText('after', `${STDIN_HELP}\n${EXIT_CODES_HELP}`);

  command('check', 'report problems in a policy, with file:line:column')
    .argument('<policy.json>', 'the policy to check')
    .addOption(toolsOption())
    .addOption(format(CHECK_FORMATS, 'text'))
    .option('--strict', 'fail on warnings too')
    .action(async (file: string, options) => setExit(await check(file, options, version)));

  command('fmt', 'print a policy in the canonical formatting')
    .argument('<policy.json>', 'the policy to format')
    .addOption(new Option('--check', 'only check: status 1 when not formatted').conflicts('write'))
    .addOption(new Option('--write', 'format the file in place'))
    .action(async (file: string, options) => setExit(await fmt(file, options)));

  command('recommend', 'print the recommended policy for a tool list')
    .argument('<tools.json>', "the server's tool list (tools/list result)")
    .addOption(
      new Option('--default <decision>', 'what tools with no rule get')
        .choices(['allow', 'deny'])
        .default('deny'),
    )
    .action(async (file: string, options) => setExit(await recommend(file, options)));

  command('classify', "print each tool's category, risk and reason")
    .argument('<tools.json>', "the server's tool list (tools/list result)")
    .addOption(format(['table', 'json'], 'table'))
    .action(async (file: string, options) => setExit(await classify(file, options)));

  command('simulate', 'decide recorded calls; status 1 when an "expect" is not met')
    .argument('<policy.json>', 'the policy')
    .argument('<calls.jsonl>', "calls as JSON Lines or a JSON array (the app's trace format)")
    .addOption(format(['text', 'json'], 'text'))
    .action(async (policy: string, calls: string, options) =>
      setExit(await simulate(policy, calls, options)),
    );

  command('diff', 'compare what two policies decide; status 2 when the new one allows more')
    .argument('<old.json>', 'the policy before')
    .argument('<new.json>', 'the policy after')
    .addOption(toolsOption())
    .option('--calls <calls.jsonl>', 'also list the calls these policies decide differently')
    .addOption(format(['text', 'json'], 'text'))
    .action(async (before: string, after: string, options) =>
      setExit(await diff(before, after, options)),
    );

  command('export', 'export a policy for another gateway (a ToolHive Cedar config)')
    .argument('<policy.json>', 'the policy to export')
    .addOption(
      new Option('--to <target>', 'what to export to').choices(['cedar']).makeOptionMandatory(),
    )
    .addOption(toolsOption())
    .option('--strict', 'status 1 when Cedar cannot say part of the policy')
    .action(async (file: string, options) => setExit(await exportPolicy(file, options)));

  return program;
}
