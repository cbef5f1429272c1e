import { extname, resolve } from 'node:path';
import { findChromium, missingChromiumMessage } from '../../../../build/scripts/find-chromium.mjs';
import { writeFileAtomic } from '../../../../db/atomic-file';
import { idSchema } from '../../../../shared/ipc/records';
import { formatUkDate } from '../../../../shared/dates';
import { summaryOf } from '../../../../shared/fidelity';
import { fidelityReportDocument, readFidelityReportInput } from '../../../services/fidelity/report-input';
import { writeFidelityScoresWorkbook } from '../../../xlsx/fidelity-scores-write';
import { stringFlag } from '../../args';
import { htmlToPdf } from '../../report-pdf';
import { sessionFlags, withSession } from '../../session';
import { EXIT, UsageError, type CliCommand } from '../../types';

const FORMATS = { '.pdf': 'pdf', '.xlsx': 'xlsx' } as const;

export const fidelityReportCommand: CliCommand = {
  name: 'fidelity report',
  summary:
    'Write the report of one review: a printable A4 PDF (printed by Chromium from the same HTML the app prints) or an xlsx sheet of the scores.',
  flags: {
    db: sessionFlags.db,
    review: { value: 'ID', required: true, description: 'the review’s id (see "fidelity list")' },
    out: { value: 'FILE.pdf|FILE.xlsx', required: true, description: 'the file to write, by its extension (replaced in one step if it exists)' },
    user: sessionFlags.user,
  },
  async run(flags, io) {
    // Everything that can be checked before the passphrase is checked first.
    const out = resolve(stringFlag(flags, 'out')!);
    const format = FORMATS[extname(out).toLowerCase() as keyof typeof FORMATS];
    if (!format) throw new UsageError(`--out must name a .pdf or .xlsx file (got "${stringFlag(flags, 'out')}").`, fidelityReportCommand);
    const id = idSchema.safeParse(stringFlag(flags, 'review'));
    if (!id.success) throw new UsageError(`--review must be a review id as "fidelity list" prints it (got "${stringFlag(flags, 'review')}").`, fidelityReportCommand);
    if (format === 'pdf' && !findChromium({ env: io.env })) {
      io.stderr.write(`Cannot write a PDF: no Chromium to print it with. ${missingChromiumMessage(io.env)}\nThe scores can still be written without one: --out FILE.xlsx.\n`);
      return EXIT.failed;
    }
    return withSession(stringFlag(flags, 'db')!, stringFlag(flags, 'user'), io, async ({ context }) => {
      const input = context.read((reader) => readFidelityReportInput(reader, id.data, context.today()));
      const bytes = format === 'pdf' ? await htmlToPdf(fidelityReportDocument(input).html, io.env) : await writeFidelityScoresWorkbook(input.review, input.serviceName);
      writeFileAtomic(out, bytes);
      const summary = summaryOf(input.review);
      const band = summary.band ? `, ${summary.band.label}` : '';
      io.stdout.write(`Wrote the ${input.review.status} review of ${formatUkDate(input.review.review_date)} (total ${summary.total} of ${summary.max}${band}) to ${out}\n`);
      return EXIT.ok;
    });
  },
};
