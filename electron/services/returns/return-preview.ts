import { randomBytes } from 'node:crypto';
import { readPseudonymSecret } from '../../../db/repositories/pseudonym-secret';
import type { IsoDate } from '../../../shared/dates';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import type { TemplateRef } from '../../../shared/ipc/returns';
import { figureAsText, parseFigureRef, resolveFigure, type TemplateMapping } from '../../../shared/returns';
import { runDataQuality } from '../data-quality-run';
import { periodOrRefuse } from '../report-service';
import type { ServiceContext } from '../service-context';
import { ServiceError } from '../service-error';
import { fillReturn, gatherFor, returnNotes, type ReturnRequest } from './return-fill';
import { checkTemplate } from './template-scan';
import { infoOf, readTemplate } from './template-source';

export type PreviewInput = { template: TemplateRef; period: string; asOf: IsoDate; identifiable: boolean; mapping?: TemplateMapping | undefined };

export const BUILT_IN_HAS_NO_MAPPING = 'A built-in return has every cell named already, so it takes no mapping.';

/**
 * What the Returns screen shows before an export: every token, named and mapped cell with the value it
 * will get, the client rows, the data-quality problems as at the as-of date, and the warnings. Reads only.
 * A template with problems is still previewed (`ready: false`), so the screen can show what to fix.
 */
export function previewReturn(context: ServiceContext, input: PreviewInput): ChannelOutput<'returns.preview'> {
  const period = periodOrRefuse(input.period);
  const template = context.read(({ db }) => readTemplate(db, input.template));
  if (input.mapping && template.builtIn && Object.keys(input.mapping).length > 0) throw new ServiceError('invalid_input', BUILT_IN_HAS_NO_MAPPING);
  const request: ReturnRequest = { template, mapping: input.mapping ?? template.mapping, period, asOf: input.asOf, identifiable: input.identifiable };
  const { problems, clientLevel, scan } = checkTemplate(template.bytes, request.mapping);
  const ready = problems.length === 0;
  // Pseudonyms are not shown here, so before the first export (which makes the secret) any secret will do.
  const secret = clientLevel && ready ? (context.read(({ db }) => readPseudonymSecret(db)) ?? randomBytes(32)) : null;
  const gathered = gatherFor(context, request, clientLevel, secret);
  const fill = ready ? fillReturn(request, gathered) : null;
  const cells = scan.figures.flatMap((f) => {
    const parsed = parseFigureRef(f.figure);
    if (!parsed.ok) return [];
    const value = resolveFigure(parsed.ref, gathered.sources);
    return [{ where: f.where, figure: f.figure, origin: f.origin, value, text: figureAsText(parsed.ref, value) }];
  });
  return {
    template: context.read(({ db }) => infoOf(db, template)),
    period: gathered.sources.report.period,
    ready: fill?.ok ?? false,
    problems: fill && !fill.ok ? fill.problems : problems,
    cells,
    clientRows: fill?.ok ? fill.clientRows : [],
    dataQuality: context.read((reader) => runDataQuality(reader, input.asOf)),
    warnings: returnNotes(scan, gathered, fill?.ok ? fill.warnings : []),
  };
}
