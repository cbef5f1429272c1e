import { clientExtractReturn } from './client-extract';
import { ipsStandardReturn } from './ips-standard';
import { sainsburyReturn } from './sainsbury';

/**
 * The built-in returns, shipped as `build/templates/<file>` (made by build/scripts/make-return-templates.ts)
 * and filled by the same filler as a commissioner's template.
 */
export type BuiltInReturn = { id: string; file: string; title: string; clientLevel: boolean; make: () => Promise<Buffer> };

export const BUILT_IN_RETURNS: readonly BuiltInReturn[] = [
  { id: 'ips-standard-data-set', file: 'ips-standard-data-set.xlsx', title: 'IPS standard data set return', clientLevel: false, make: ipsStandardReturn },
  { id: 'sainsbury-centre-kpis', file: 'sainsbury-centre-kpis.xlsx', title: 'Sainsbury Centre key performance indicators', clientLevel: false, make: sainsburyReturn },
  { id: 'client-level-extract', file: 'client-level-extract.xlsx', title: 'Client-level extract (IPS Grow style)', clientLevel: true, make: clientExtractReturn },
];
