import { clipText } from './interchange-text';
import type { CellProblem, KeyField, SheetRead } from './interchange-sheet-read';

/**
 * Checks that need more than one row: ids unique within the workbook, and every client a row points at
 * (and every earlier episode a client names) either in the Clients sheet or already in the database the
 * import targets.
 */
/** The sheet's `field` id of each row read (trimmed, or null), in step with `read.rows.numbers`. */
function idsOf(read: SheetRead, field: KeyField): readonly (string | null)[] {
  return read.rows.ids[field] ?? [];
}

const ROWS_NAMED = 5;

/** "2, 4" or, for an id repeated many times, "2, 3, 4, 5, 6 and 995 more" (without `row` itself). */
function otherRows(rows: readonly number[], row: number): string {
  const named: number[] = [];
  for (const r of rows) {
    if (named.length === ROWS_NAMED) break;
    if (r !== row) named.push(r);
  }
  const more = rows.length - 1 - named.length;
  return more > 0 ? `${named.join(', ')} and ${more} more` : named.join(', ');
}

/** Every occurrence of an id after its first, each naming (some of) the other rows that hold it. */
export function duplicateIdProblems(read: SheetRead, field: 'client_id' | 'job_id', label: string): CellProblem[] {
  const column = read.columnOf.get(field);
  if (column === undefined) return [];
  const rowsById = new Map<string, number[]>();
  const ids = idsOf(read, field);
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const row = read.rows.numbers[i]!;
    if (id === null || id === undefined) continue;
    const rows = rowsById.get(id);
    if (rows) rows.push(row);
    else rowsById.set(id, [row]);
  }
  const problems: CellProblem[] = [];
  for (const [id, rows] of rowsById) {
    if (rows.length < 2) continue;
    for (const row of rows.slice(1)) {
      const message =
        rows.length === 2
          ? `${label} "${clipText(id)}" appears twice (also row ${rows[0]})`
          : `${label} "${clipText(id)}" appears ${rows.length} times (also rows ${otherRows(rows, row)})`;
      problems.push({ row, column, message });
    }
  }
  return problems;
}

export function clientIdsIn(read: SheetRead): Set<string> {
  const ids = new Set<string>();
  for (const id of idsOf(read, 'client_id')) if (id !== null) ids.add(id);
  return ids;
}

function whereClientsAre(knownClientIds: ReadonlySet<string> | undefined): string {
  return knownClientIds ? 'the Clients sheet or among the clients already recorded' : 'the Clients sheet';
}

/** Rows whose client_id is in neither the workbook's Clients sheet nor the clients already recorded. */
export function unknownClientProblems(
  read: SheetRead,
  workbookClientIds: ReadonlySet<string>,
  knownClientIds: ReadonlySet<string> | undefined,
): CellProblem[] {
  const column = read.columnOf.get('client_id');
  if (column === undefined) return [];
  const problems: CellProblem[] = [];
  const ids = idsOf(read, 'client_id');
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    if (id === null || id === undefined || workbookClientIds.has(id) || knownClientIds?.has(id)) continue;
    problems.push({ row: read.rows.numbers[i]!, column, message: `Client ID "${clipText(id)}" is not in ${whereClientsAre(knownClientIds)}` });
  }
  return problems;
}

/** Clients naming an earlier episode that is nowhere to be found, or themselves. */
export function previousEpisodeProblems(
  clients: SheetRead,
  workbookClientIds: ReadonlySet<string>,
  knownClientIds: ReadonlySet<string> | undefined,
): CellProblem[] {
  const column = clients.columnOf.get('previous_episode_id');
  if (column === undefined) return [];
  const problems: CellProblem[] = [];
  const previousIds = idsOf(clients, 'previous_episode_id');
  const clientIds = idsOf(clients, 'client_id');
  for (let i = 0; i < previousIds.length; i++) {
    const previous = previousIds[i];
    const row = clients.rows.numbers[i]!;
    if (previous === null || previous === undefined) continue;
    if (previous === clientIds[i]) {
      problems.push({ row, column, message: 'Previous episode cannot be the client itself' });
    } else if (!workbookClientIds.has(previous) && !knownClientIds?.has(previous)) {
      problems.push({ row, column, message: `Previous episode "${clipText(previous)}" is not in ${whereClientsAre(knownClientIds)}` });
    }
  }
  return problems;
}
