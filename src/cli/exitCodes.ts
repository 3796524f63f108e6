/** The exit statuses of `mcp-policy`, the same for every command. */
export const EXIT = {
  ok: 0,
  /** The policy has errors (--strict: warnings), an expectation failed, fmt --check found a difference. */
  failed: 1,
  /** diff: the new policy allows something the old one did not. */
  loosened: 2,
  /** The command could not run: a wrong flag, a missing file, unreadable JSON. */
  unusable: 3,
} as const;

export const EXIT_CODES_HELP = `
Exit status:
  0  success
  1  the policy has errors (with --strict: warnings too); simulate: an expected
     decision was not met or a trace line is unreadable; fmt --check: the file
     is not formatted; export --strict: Cedar cannot say part of the policy
  2  diff: the new policy allows something the old one did not (a loosening)
  3  the command could not run: a wrong flag, a missing file, unreadable JSON
`;
