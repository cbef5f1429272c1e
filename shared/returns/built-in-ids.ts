/** The built-in returns (electron/xlsx/return-templates), by id: what the Returns screen and the IPC contract name. */
export const BUILT_IN_RETURN_IDS = ['ips-standard-data-set', 'sainsbury-centre-kpis', 'client-level-extract'] as const;
export type BuiltInReturnId = (typeof BUILT_IN_RETURN_IDS)[number];
