import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { IpcError } from '../../../../shared/ipc/result';

export type ImportSummary = ChannelOutput<'interchange.import'>;

export type ImportOutcome =
  | { kind: 'imported'; fileName: string; summary: ImportSummary }
  | { kind: 'refused'; fileName: string; problems: string[]; total: number }
  | { kind: 'failed'; fileName: string; message: string };

// A very long list ends with "1,234 more problems not listed" rather than every line.
const OMITTED_LINE = /^([\d,]+) more problems? not listed/;

/** What the manager needs from a failed import: every `Sheet!Cell: message` line, or the one message. */
export function outcomeFromError(fileName: string, error: IpcError): ImportOutcome {
  const problems = (error.issues ?? []).map((issue) => issue.message);
  if (error.code !== 'invalid_input' || problems.length === 0) return { kind: 'failed', fileName, message: error.message };
  const last = problems[problems.length - 1] ?? '';
  const omitted = OMITTED_LINE.exec(last);
  const total = omitted ? problems.length - 1 + Number(omitted[1]!.replace(/,/g, '')) : problems.length;
  return { kind: 'refused', fileName, problems, total };
}

/** "3 added, 1 updated, 12 unchanged" — only the parts that are not zero, or "no rows". */
export function countsText(counts: { added: number; updated: number; unchanged: number }): string {
  const parts = [
    counts.added ? `${counts.added.toLocaleString('en-GB')} added` : '',
    counts.updated ? `${counts.updated.toLocaleString('en-GB')} updated` : '',
    counts.unchanged ? `${counts.unchanged.toLocaleString('en-GB')} unchanged` : '',
  ].filter(Boolean);
  return parts.length ? parts.join(', ') : 'no rows';
}
