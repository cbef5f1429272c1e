import Typography from '@mui/material/Typography';
import { ACTIVITY_KIND, codeLabel } from '../../../../../shared/codes';
import { formatUkDate } from '../../../../../shared/dates';
import type { ClientDetail } from '../../../../../shared/ipc/records';
import { activitySchema, type Activity } from '../../../../../shared/records';
import { useIpcMutation } from '../../../data/ipc-query';
import type { FieldSpec } from '../../../forms/field-spec';
import type { RecordTabProps } from '../record-tabs';
import { ChildRecordTab } from './ChildRecordTab';

type ActivityRow = ClientDetail['activities'][number];

const ACTIVITY_FIELDS: FieldSpec<keyof Activity & string>[] = [
  { name: 'start_date', label: 'Start date', kind: 'date', required: true },
  { name: 'kind', label: 'Activity', kind: 'code', list: ACTIVITY_KIND, required: true },
];

/** Non-employment outcomes: education, volunteering, retirement (Sainsbury D4). */
export function ActivitiesTab({ detail }: RecordTabProps) {
  const save = useIpcMutation('activities.save');
  const remove = useIpcMutation('activities.delete');
  const rows = [...detail.activities].sort((a, b) => b.start_date.localeCompare(a.start_date));
  return (
    <ChildRecordTab<ActivityRow, typeof activitySchema>
      writeChannel="activities.save"
      noun="activity"
      plural="activities"
      heading="Activities"
      intro={<Typography sx={{ mb: 2 }}>Education, training, voluntary work or retirement the client started: outcomes other than paid work.</Typography>}
      rows={rows}
      columns={[
        { label: 'Start date', cell: (a) => formatUkDate(a.start_date), nowrap: true },
        { label: 'Activity', cell: (a) => codeLabel(ACTIVITY_KIND, a.kind) },
      ]}
      fields={ACTIVITY_FIELDS}
      schema={activitySchema}
      recordKey="activity"
      newValues={() => ({})}
      fixed={{ client_id: detail.client.client_id }}
      save={(id, activity) => save.run({ id, activity })}
      remove={(id) => remove.run({ id })}
      describe={(a) => `${codeLabel(ACTIVITY_KIND, a.kind).toLowerCase()} from ${formatUkDate(a.start_date)}`}
    />
  );
}
