import type { CliCommand } from '../types';
import { demoCommand } from './demo';
import { exportDataCommand } from './export-data';
import { importCommand } from './import';
import { initCommand } from './init';
import { reportCommand } from './report';
import { verifyCommand } from './verify';

/** Every CLI command. A new command is one file in this folder and one line here. */
export const commands: readonly CliCommand[] = [initCommand, verifyCommand, importCommand, exportDataCommand, demoCommand, reportCommand];
