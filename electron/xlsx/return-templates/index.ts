import type { BuiltInReturnId } from '../../../shared/returns';
import { clientExtractReturn } from './client-extract';
import { ipsStandardReturn } from './ips-standard';
import { sainsburyReturn } from './sainsbury';

/**
 * The built-in returns, shipped as `build/templates/<file>` (made by build/scripts/make-return-templates.ts)
 * and filled by the same filler as a commissioner's template.
 */
export type BuiltInReturn = {
  id: BuiltInReturnId;
  /** The name `export --builtin` takes. */
  cliName: 'standard' | 'sainsbury' | 'extract';
  file: string;
  title: string;
  clientLevel: boolean;
  make: () => Promise<Buffer>;
};

export const BUILT_IN_RETURNS: readonly BuiltInReturn[] = [
  { id: 'ips-standard-data-set', cliName: 'standard', file: 'ips-standard-data-set.xlsx', title: 'IPS standard data set return', clientLevel: false, make: ipsStandardReturn },
  { id: 'sainsbury-centre-kpis', cliName: 'sainsbury', file: 'sainsbury-centre-kpis.xlsx', title: 'Sainsbury Centre key performance indicators', clientLevel: false, make: sainsburyReturn },
  { id: 'client-level-extract', cliName: 'extract', file: 'client-level-extract.xlsx', title: 'Client-level extract (IPS Grow style)', clientLevel: true, make: clientExtractReturn },
];

export function builtInReturn(id: string): BuiltInReturn | undefined {
  return BUILT_IN_RETURNS.find((b) => b.id === id);
}
