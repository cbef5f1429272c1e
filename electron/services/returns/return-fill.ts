import type { IsoDate } from '../../../shared/dates';
import type { Period } from '../../../shared/period';
import {
  figureSourceWarnings, parseFigureRef, resolveFigure, returnWarnings, type FigureRef, type TemplateMapping,
} from '../../../shared/returns';
import { fillTemplate, type FillResult, type TemplateScan } from '../../xlsx/template';
import type { ServiceContext } from '../service-context';
import { gatherReturn, type GatheredReturn } from './return-sources';
import { RETURN_TEMPLATE_LIMITS } from './template-scan';
import type { ReturnTemplate } from './template-source';

/** The figures a scanned template asks for (cells and client-row tokens alike), parsed. */
export function figureRefsOf(scan: TemplateScan): FigureRef[] {
  const texts = [...scan.figures.map((f) => f.figure), ...scan.clientRows.flatMap((r) => r.columns.flatMap((c) => c.figures))];
  return [...new Set(texts)].flatMap((text) => {
    const parsed = parseFigureRef(text);
    return parsed.ok ? [parsed.ref] : [];
  });
}

export type ReturnRequest = {
  template: ReturnTemplate;
  mapping: TemplateMapping;
  period: Period;
  asOf: IsoDate;
  identifiable: boolean;
};

/** Reads the sources of a return (client rows only when the template has a client row). */
export function gatherFor(context: ServiceContext, request: ReturnRequest, clientLevel: boolean, secret: Uint8Array | null): GatheredReturn {
  const clientRows = clientLevel && secret ? { secret, identifiable: request.identifiable } : null;
  return context.read((reader) => gatherReturn(reader, request.period, request.asOf, { clientRows }));
}

/** Fills the template from the gathered sources, exactly as exported. */
export function fillReturn(request: ReturnRequest, gathered: GatheredReturn): FillResult {
  return fillTemplate(request.template.bytes, {
    resolve: (ref) => resolveFigure(ref, gathered.sources),
    ...(gathered.clients ? { clients: gathered.clients } : {}),
    mapping: request.mapping,
    identifiable: request.identifiable,
    limits: RETURN_TEMPLATE_LIMITS,
  });
}

const isReportFigure = (ref: FigureRef) => ref.kind === 'metric' || ref.kind === 'breakdown';

/**
 * Everything to tell the manager about a return: no records in the period (when it asks for the report's
 * figures; a client row with nobody in it says so itself), figures with nothing behind them, the fill's own.
 */
export function returnNotes(scan: TemplateScan, gathered: GatheredReturn, fillWarnings: readonly string[]): string[] {
  const refs = figureRefsOf(scan);
  const empty = refs.some(isReportFigure) ? returnWarnings(gathered.sources) : [];
  return [...empty, ...figureSourceWarnings(refs, gathered.sources, gathered.handEnteredYear), ...fillWarnings];
}
