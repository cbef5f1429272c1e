/** Recovery keys are read off paper: groups of four, upper case, e.g. ABCD-EFGH-IJKL. */
export function formatRecoveryKey(key: string): string {
  const compact = key.replace(/[^0-9a-z]/gi, '').toUpperCase();
  return (compact.match(/.{1,4}/g) ?? []).join('-');
}

/** The groups on their own, for laying the key out in rows. */
export function recoveryKeyGroups(key: string): string[] {
  const formatted = formatRecoveryKey(key);
  return formatted ? formatted.split('-') : [];
}

/** Groups joined into rows of `perRow`, e.g. two rows of four for reading off and printing. */
export function recoveryKeyRows(key: string, perRow: number): string[] {
  const groups = recoveryKeyGroups(key);
  const rows: string[] = [];
  for (let i = 0; i < groups.length; i += perRow) rows.push(groups.slice(i, i + perRow).join('-'));
  return rows;
}
