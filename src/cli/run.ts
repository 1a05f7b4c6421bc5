/** The command line: arguments in, exit code out (`main.ts` runs it with the real process). */
import { parseArgs } from "./args";
import { explainCommand } from "./explainCommand";
import { fitCommand } from "./fit/fitCommand";
import { formatCommand } from "./format/formatCommand";
import { gradeCommand } from "./gradeCommand";
import { USAGE } from "./help";
import { type CliIo, EXIT_OK, EXIT_UNEXPECTED, report } from "./io";
import { languageFromEnv, messageLanguage } from "./lang";
import { customersCommand, rfmCommand } from "./lines/customersCommand";
import { checkRules, exportRules } from "./rulesCommand";
import { sqlCommand } from "./sql/sqlCommand";

export async function runCli(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv);
  const envLang = messageLanguage(undefined, languageFromEnv(io.env), undefined);
  if (!parsed.ok) return report(io, parsed.error, envLang);
  const command = parsed.value;
  switch (command.kind) {
    case "help":
      io.stdout(USAGE + "\n");
      return EXIT_OK;
    case "grade":
      return gradeCommand(command, io);
    case "explain-columns":
      return explainCommand(command, io);
    case "format":
      return formatCommand(command, io);
    case "customers":
      return customersCommand(command, io);
    case "rfm":
      return rfmCommand(command, io);
    case "fit":
      return fitCommand(command, io);
    case "sql":
      return sqlCommand(command, io);
    case "rules-export":
      return exportRules(command.file, command.force, io, command.lang ?? envLang);
    case "rules-check":
      return checkRules(command.file, io, command.lang ?? envLang);
  }
}

/** Runs with the real process; a bug (not bad input) exits 1 with one line, the stack only on request. */
export function main(): void {
  const io: CliIo = {
    // Waiting for "drain" keeps a big --json document from piling up in memory when the reader is slower.
    stdout: (text) =>
      process.stdout.write(text)
        ? undefined
        : new Promise<void>((resolve) => process.stdout.once("drain", () => resolve())),
    stderr: (text) => process.stderr.write(text),
    env: process.env,
    stderrIsTTY: process.stderr.isTTY === true,
    today: () => new Date(),
  };
  runCli(process.argv.slice(2), io).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      const debug = process.env.CUSTOMER_GRADER_DEBUG === "1";
      const text =
        debug && error instanceof Error
          ? (error.stack ?? error.message)
          : error instanceof Error
            ? error.message
            : String(error);
      process.stderr.write(
        `customer-grader: unexpected error: ${text} (set CUSTOMER_GRADER_DEBUG=1 for details; please report it)\n`,
      );
      process.exitCode = EXIT_UNEXPECTED;
    },
  );
}
