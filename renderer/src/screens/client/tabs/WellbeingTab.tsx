import { codeLabel, WELLBEING_MEASURE } from '../../../../../shared/codes';
import { formatUkDate } from '../../../../../shared/dates';
import type { ClientDetail } from '../../../../../shared/ipc/records';
import { wellbeingSchema, type Wellbeing } from '../../../../../shared/records';
import { swemwbsMetricScore } from '../../../../../shared/wellbeing';
import { useIpcMutation } from '../../../data/ipc-query';
import type { FieldSpec } from '../../../forms/field-spec';
import type { RecordTabProps } from '../record-tabs';
import { ChildRecordTab } from './ChildRecordTab';

type WellbeingRow = ClientDetail['wellbeing'][number];

const WELLBEING_FIELDS: FieldSpec<keyof Wellbeing & string>[] = [
  { name: 'date', label: 'Date', kind: 'date', required: true },
  { name: 'measure', label: 'Measure', kind: 'code', list: WELLBEING_MEASURE, required: true },
  { name: 'score', label: 'Score', kind: 'number', required: true, hint: 'SWEMWBS raw total 7–35; ReQoL-10 0–40' },
];

function metric(w: WellbeingRow): string {
  if (w.measure !== 'swemwbs') return 'Not applicable';
  const score = swemwbsMetricScore(w.score);
  return score === null ? '' : score.toFixed(2);
}

/** Wellbeing measures over time; SWEMWBS also as the metric score that comparisons should use. */
export function WellbeingTab({ detail }: RecordTabProps) {
  const save = useIpcMutation('wellbeing.save');
  const remove = useIpcMutation('wellbeing.delete');
  const rows = [...detail.wellbeing].sort((a, b) => b.date.localeCompare(a.date));
  return (
    <ChildRecordTab<WellbeingRow, typeof wellbeingSchema>
      writeChannel="wellbeing.save"
      noun="wellbeing score"
      heading="Wellbeing"
      rows={rows}
      columns={[
        { label: 'Date', cell: (w) => formatUkDate(w.date), nowrap: true },
        { label: 'Measure', cell: (w) => codeLabel(WELLBEING_MEASURE, w.measure) },
        { label: 'Raw score', cell: (w) => w.score, numeric: true },
        { label: 'SWEMWBS metric score', cell: metric, numeric: true },
      ]}
      fields={WELLBEING_FIELDS}
      schema={wellbeingSchema}
      recordKey="wellbeing"
      newValues={() => ({ measure: 'swemwbs' })}
      fixed={{ client_id: detail.client.client_id }}
      save={(id, wellbeing) => save.run({ id, wellbeing })}
      remove={(id) => remove.run({ id })}
      describe={(w) => `${codeLabel(WELLBEING_MEASURE, w.measure)} score on ${formatUkDate(w.date)}`}
    />
  );
}
