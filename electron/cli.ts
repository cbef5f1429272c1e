/**
 * IPS Desk from a terminal: `npm run cli -- <command> [options]`. The same services as the app, no
 * Electron. Commands live in electron/cli/commands/.
 */
import { runCli } from './cli/run';

process.exitCode = await runCli(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  stdin: process.stdin,
  env: process.env,
});
