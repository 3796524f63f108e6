import { EXIT } from './exitCodes';

/**
 * A problem the person running the command can fix (a missing file, a wrong flag), shown as
 * one line without a stack trace. The one exception type of the CLI: `main` turns it into the
 * exit status.
 */
export class CliError extends Error {
  readonly exitCode: number;

  constructor(message: string, exitCode: number = EXIT.unusable) {
    super(message);
    this.name = 'CliError';
    this.exitCode = exitCode;
  }
}
