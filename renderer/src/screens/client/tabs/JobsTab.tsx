import { codeLabel, CONTRACT_TYPE, EVIDENCE, SECTOR, SOC_MAJOR_GROUP } from '../../../../../shared/codes';
import { formatUkDate, todayIso } from '../../../../../shared/dates';
import type { ClientDetail } from '../../../../../shared/ipc/records';
import { jobSchema, jobWarnings, type Job } from '../../../../../shared/records';
import { useIpcMutation } from '../../../data/ipc-query';
import type { FieldSpec } from '../../../forms/field-spec';
import { jobFieldsWithoutRemoved } from '../anonymised-text';
import type { RecordTabProps } from '../record-tabs';
import { ChildRecordTab } from './ChildRecordTab';

type JobRow = ClientDetail['jobs'][number];

export const JOB_FIELDS: FieldSpec<keyof Job & string>[] = [
  { name: 'job_title', label: 'Job title', kind: 'text' },
  { name: 'employer', label: 'Employer', kind: 'text' },
  { name: 'start_date', label: 'Start date', kind: 'date', required: true, hint: 'first paid day' },
  { name: 'end_date', label: 'End date', kind: 'date', hint: 'leave blank while still in the job' },
  { name: 'hours_per_week', label: 'Hours per week', kind: 'number', required: true, hint: 'average; more than 0, at most 100' },
  { name: 'contract_type', label: 'Contract type', kind: 'code', list: CONTRACT_TYPE, required: true },
  {
    name: 'competitive',
    label: 'Competitive employment',
    kind: 'yesno',
    hint: 'Untick (No) for sheltered work (Clubhouse, social firms): never counted',
  },
  { name: 'four_hours_confirmed', label: 'Four paid hours confirmed', kind: 'yesno', hint: 'At least 4 paid hours (or a full day) done, evidence held' },
  { name: 'evidence', label: 'Evidence', kind: 'code', list: EVIDENCE },
  { name: 'sector', label: 'Sector', kind: 'code', list: SECTOR },
  { name: 'soc_major_group', label: 'Job type (SOC major group)', kind: 'code', list: SOC_MAJOR_GROUP, wide: true },
  { name: 'job_id', label: 'Job ID', kind: 'text', required: true, hint: 'Your reference for this job' },
];

const yes = (v: boolean) => (v ? 'Yes' : 'No');

/** A job ID the client does not use yet: `C-0042-J3`. */
function nextJobId(detail: ClientDetail): string {
  const used = new Set(detail.jobs.map((j) => j.job_id));
  let n = detail.jobs.length + 1;
  while (used.has(`${detail.client.client_id}-J${n}`)) n += 1;
  return `${detail.client.client_id}-J${n}`;
}

/** The client's jobs, newest first, with what the outcome reports look at. */
export function JobsTab({ detail }: RecordTabProps) {
  const save = useIpcMutation('jobs.save');
  const remove = useIpcMutation('jobs.delete');
  const rows = [...detail.jobs].sort((a, b) => b.start_date.localeCompare(a.start_date));
  return (
    <ChildRecordTab<JobRow, typeof jobSchema>
      writeChannel="jobs.save"
      noun="job"
      heading="Jobs"
      rows={rows}
      columns={[
        { label: 'Job title', cell: (j) => j.job_title ?? 'Not recorded' },
        { label: 'Employer', cell: (j) => j.employer ?? 'Not recorded' },
        { label: 'Start', cell: (j) => formatUkDate(j.start_date), nowrap: true },
        { label: 'End', cell: (j) => (j.end_date ? formatUkDate(j.end_date) : 'Still in job'), nowrap: true },
        { label: 'Hours/week', cell: (j) => j.hours_per_week, numeric: true },
        { label: 'Contract', cell: (j) => codeLabel(CONTRACT_TYPE, j.contract_type) },
        { label: 'Competitive', cell: (j) => yes(j.competitive) },
        { label: '4 hours confirmed', cell: (j) => yes(j.four_hours_confirmed) },
        { label: 'Evidence', cell: (j) => codeLabel(EVIDENCE, j.evidence) },
      ]}
      // Anonymising removed each job's employer and title for good: the form does not offer them back.
      fields={detail.anonymised ? jobFieldsWithoutRemoved(JOB_FIELDS) : JOB_FIELDS}
      schema={jobSchema}
      recordKey="job"
      newValues={() => ({ competitive: true, job_id: nextJobId(detail) })}
      fixed={{ client_id: detail.client.client_id }}
      save={(id, job) => save.run({ id, job })}
      remove={(id) => remove.run({ id })}
      describe={(j) => `job ${j.job_title ?? j.job_id}${j.employer ? ` at ${j.employer}` : ''}`}
      warnings={(job) => jobWarnings(job as Pick<Job, 'start_date'>, { today: todayIso(), client: detail.client })}
    />
  );
}
