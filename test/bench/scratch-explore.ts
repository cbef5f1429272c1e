import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateDemoData } from '../../electron/services/demo';
import { createEncryptedDatabase, insertDemoData } from '../db/demo-database';
import { interleaved, median, round } from './timing';

const TODAY = '2026-02-14';
const dir = mkdtempSync(join(tmpdir(), 'ipsdesk-bench-'));
const data = generateDemoData({ clients: 10_000, contactsPerClient: 20, jobsPerClient: 3, seed: 1, today: TODAY });
const { raw } = createEncryptedDatabase(dir);
insertDemoData(raw, data);
raw.pragma('optimize');
const q = (sql: string) => { const s = raw.prepare(sql).raw(true); return () => s.all({ asOf: TODAY, snap: TODAY, start: '2025-04-01' }); };
const SQL: Record<string, string> = {
  fec: `SELECT client_pk, min(date) FROM contacts WHERE kind = 'employer_face_to_face' AND client_pk IS NOT NULL AND date <= @asOf GROUP BY client_pk`,
  fecJoin: `SELECT c.client_id, f.d FROM (SELECT client_pk, min(date) AS d FROM contacts WHERE kind = 'employer_face_to_face' AND client_pk IS NOT NULL AND date <= @asOf GROUP BY client_pk) f JOIN clients c ON c.id = f.client_pk`,
  last: `SELECT client_pk, max(date) FROM contacts WHERE kind IN ('client_face_to_face','client_other') AND client_pk IS NOT NULL AND date <= @snap GROUP BY client_pk`,
  spec: `SELECT specialist, count(*) FROM contacts WHERE kind = 'employer_face_to_face' AND date >= @start AND date <= @snap GROUP BY specialist`,
  pref: `SELECT count(*), sum(client_preference_based = 'yes') FROM contacts WHERE kind IN ('employer_face_to_face','employer_other') AND date >= @start AND date <= @snap`,
  clientsIdx: `SELECT client_id, date_of_birth, gender, ethnicity, specialist, referral_date, employment_status_at_referral, retention_case, retention_return_date, vocational_profile_date, action_plan_date, discharge_date, education_level, benefits, paid_work_recency, maintained_job_over_1y, in_secondary_mh_care, care_plan_employment_actions, care_plan_retention_actions FROM clients ORDER BY client_id`,
  clientsRowid: `SELECT id, client_id, date_of_birth, gender, ethnicity, specialist, referral_date, employment_status_at_referral, retention_case, retention_return_date, vocational_profile_date, action_plan_date, discharge_date, education_level, benefits, paid_work_recency, maintained_job_over_1y, in_secondary_mh_care, care_plan_employment_actions, care_plan_retention_actions FROM clients`,
  jobsJoin: `SELECT j.job_id, c.client_id, j.employer, j.start_date, j.four_hours_confirmed, j.end_date, j.hours_per_week, j.contract_type, j.competitive, j.sector, j.soc_major_group FROM jobs j JOIN clients c ON c.id = j.client_pk ORDER BY j.job_id`,
  jobsPlain: `SELECT j.job_id, j.client_pk, j.employer, j.start_date, j.four_hours_confirmed, j.end_date, j.hours_per_week, j.contract_type, j.competitive, j.sector, j.soc_major_group FROM jobs j`,
};
const tasks: Record<string, () => unknown> = { bare: () => [raw.prepare('SELECT * FROM clients').all().length, raw.prepare('SELECT * FROM jobs').all().length, raw.prepare('SELECT * FROM contacts').all().length] };
for (const [k, v] of Object.entries(SQL)) tasks[k] = q(v);
const plans = () => { for (const [k, v] of Object.entries(SQL)) console.log(k, (raw.prepare('EXPLAIN QUERY PLAN ' + v).all({ asOf: TODAY, snap: TODAY, start: '2025-04-01' }) as any[]).map((r) => r.detail).join(' | ')); };
const report = (label: string) => {
  const t = interleaved(tasks, 5);
  console.log(label, Object.fromEntries(Object.entries(t).map(([k, v]) => [k, round(median(v))])));
};
console.log('cache_size', raw.pragma('cache_size', { simple: true }), 'page_size', raw.pragma('page_size', { simple: true }), 'pages', raw.pragma('page_count', { simple: true }));
report('default cache');
plans();
const t0 = performance.now();
raw.exec('CREATE INDEX contacts_report_idx ON contacts (kind, client_pk, date, specialist, client_preference_based)');
console.log('index ms', performance.now() - t0);
raw.pragma('optimize');
for (const [k, v] of Object.entries(SQL)) tasks[k] = q(v);
plans();
report('covering index');
raw.close();
rmSync(dir, { recursive: true, force: true });
