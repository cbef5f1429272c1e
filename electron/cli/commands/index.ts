import type { CliCommand } from '../types';
import { auditVerifyCommand } from './audit-verify';
import { backupCommand } from './backup';
import { demoCommand } from './demo';
import { exportCommand } from './export';
import { exportDataCommand } from './export-data';
import { fidelityCommands } from './fidelity';
import { importCommand } from './import';
import { initCommand } from './init';
import { reportCommand } from './report';
import { restoreCommand } from './restore';
import { verifyCommand } from './verify';

/**
 * Every CLI command. A new command is one file in this folder and one line here. A command named by two
 * words (`fidelity suggest`) belongs to a group; a group's subcommands live in a folder of that name.
 */
export const commands: readonly CliCommand[] = [
  initCommand,
  verifyCommand,
  auditVerifyCommand,
  importCommand,
  exportDataCommand,
  demoCommand,
  reportCommand,
  exportCommand,
  backupCommand,
  restoreCommand,
  ...fidelityCommands,
];
