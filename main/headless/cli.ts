// `npm run chancery -- <command> [options]`: Chancery's headless commands. Each command lives in
// commands/<name>.ts and is listed here.
import { CliError, EXIT, type Command } from './commands/command.js';
import { exportPdf } from './commands/export-pdf.js';
import { importCommand } from './commands/import.js';
import { backupCommand } from './commands/backup.js';
import { restoreCommand } from './commands/restore.js';
import { protectCommand } from './commands/protect.js';

const COMMANDS: Command[] = [importCommand, exportPdf, backupCommand, restoreCommand, protectCommand];

function help(): string {
  return ['Usage: npm run chancery -- <command> [options]', '', ...COMMANDS.map((c) => `  ${c.usage}\n      ${c.summary}`)].join('\n');
}

async function main(argv: string[]): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(help());
    return name === undefined ? EXIT.usage : EXIT.ok;
  }
  const command = COMMANDS.find((c) => c.name === name);
  if (!command) {
    console.error(`Unknown command "${name}".\n\n${help()}`);
    return EXIT.usage;
  }
  try {
    return await command.run(args);
  } catch (error) {
    if (error instanceof CliError) {
      console.error(`chancery ${command.name}: ${error.message}`);
      if (error.exitCode === EXIT.usage) console.error(`Usage: ${command.usage}`);
      return error.exitCode;
    }
    if (error instanceof TypeError && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS')) {
      console.error(`chancery ${command.name}: ${error.message}\nUsage: ${command.usage}`);
      return EXIT.usage;
    }
    console.error(`chancery ${command.name}: ${error instanceof Error ? error.message : String(error)}`);
    return EXIT.failed;
  }
}

process.exitCode = await main(process.argv.slice(2));
