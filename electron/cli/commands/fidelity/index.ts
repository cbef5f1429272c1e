import type { CliCommand } from '../../types';
import { fidelitySuggestCommand } from './suggest';

/** The `fidelity …` subcommands; `fidelity list` and `fidelity report` join this list. */
export const fidelityCommands: readonly CliCommand[] = [fidelitySuggestCommand];
