import { codeLabel, DISCHARGE_REASON } from '../../../../../shared/codes';
import { formatUkDate } from '../../../../../shared/dates';
import { formatNhsNumber } from '../../../../../shared/nhs-number';
import type { FieldSpec } from '../../../forms/field-spec';

const NOT_RECORDED = 'Not recorded';

/** A stored value as a person reads it: dd/mm/yyyy, the seed's labels, "Yes"/"No". */
export function displayValue(spec: FieldSpec, value: unknown): string {
  if (spec.kind === 'yesno') return value === true ? 'Yes' : 'No';
  if (value === null || value === undefined || value === '') return NOT_RECORDED;
  switch (spec.kind) {
    case 'date':
      return formatUkDate(String(value));
    case 'nhs':
      return formatNhsNumber(String(value));
    case 'code':
      return spec.list ? codeLabel(spec.list, String(value)) : String(value);
    case 'codes':
      return Array.isArray(value) && value.length > 0 ? value.map((c) => (spec.list ? codeLabel(spec.list, String(c)) : String(c))).join(', ') : 'None';
    case 'reason':
      return codeLabel(DISCHARGE_REASON, String(value));
    default:
      return String(value);
  }
}
