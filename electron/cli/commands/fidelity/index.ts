import type { CliCommand } from '../../types';
import { fidelityListCommand } from './list';
import { fidelityReportCommand } from './report';
import { fidelitySuggestCommand } from './suggest';

/** The `fidelity …` subcommands. */
export const fidelityCommands: readonly CliCommand[] = [fidelityListCommand, fidelityReportCommand, fidelitySuggestCommand];
