import { MAX_TEMPLATE_BYTES, type TemplateView } from '../../../shared/ipc/returns';
import type { TemplateMapping } from '../../../shared/returns';
import { TEMPLATE_LIMITS, scanTemplate, type TemplateProblem, type TemplateScan } from '../../xlsx/template';
import { ServiceError } from '../service-error';
import type { ReturnTemplate } from './template-source';

/** The filler's limits, with a return template's own size limit (a template is a form, not a data file). */
export const RETURN_TEMPLATE_LIMITS = { ...TEMPLATE_LIMITS, maxFileBytes: MAX_TEMPLATE_BYTES };

/** A refusal of the whole file, with the filler's own message (not .xlsx, macros, password, damaged, too large). */
export function fileRefusal(problems: readonly TemplateProblem[]): ServiceError {
  const first = problems[0]?.message ?? 'The workbook cannot be used as a template.';
  return new ServiceError('invalid_input', first, { issues: problems.map((p) => ({ path: ['file'], message: p.message })) });
}

/** A template that cannot be filled: every problem, each naming its cell (or defined name), in the message too. */
export function fillRefusal(problems: readonly TemplateProblem[]): ServiceError {
  const n = problems.length;
  const listed = problems.slice(0, 3).map((p) => p.message).join('; ');
  const more = n > 3 ? `; and ${n - 3} more` : '';
  return new ServiceError('invalid_input', `The template cannot be filled (${n} problem${n === 1 ? '' : 's'}): ${listed}${more}. Nothing was exported.`, {
    issues: problems.map((p) => ({ path: p.where ? [p.where] : [], message: p.message })),
  });
}

/** Scans a template's bytes (with a mapping); a file refused as a whole throws. */
export function scanOrRefuse(bytes: Uint8Array, mapping: TemplateMapping, maxGridCells?: number): TemplateScan {
  const result = scanTemplate(bytes, { mapping, limits: RETURN_TEMPLATE_LIMITS, ...(maxGridCells === undefined ? {} : { maxGridCells }) });
  if (!result.ok) throw fileRefusal(result.problems);
  return result.scan;
}

/** Where a template's figures go and what stops it, without drawing its grid (for fills). */
export function checkTemplate(bytes: Uint8Array, mapping: TemplateMapping): { problems: TemplateProblem[]; clientLevel: boolean; scan: TemplateScan } {
  const scan = scanOrRefuse(bytes, mapping, 0);
  return { problems: scan.problems, clientLevel: scan.clientRows.length > 0, scan };
}

export function templateView(template: ReturnTemplate, info: TemplateView['template'], recognised: boolean): TemplateView {
  return { template: info, recognised, mapping: template.mapping, scan: scanOrRefuse(template.bytes, template.mapping) };
}
