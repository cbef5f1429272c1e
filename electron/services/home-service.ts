import { readClientNames } from '../../db/repositories/clients-repository';
import { readContactFacts } from '../../db/repositories/report-facts';
import { readReportRecords } from '../../db/repositories/report-records';
import { readJobEvidence } from '../../db/repositories/jobs-repository';
import { kpiProgress, weekLists, yearFractionElapsed } from '../../shared/home/week';
import type { Handlers } from '../../shared/ipc/contract';
import type { HomeWeek } from '../../shared/ipc/home';
import { METRIC_CATALOGUE, type MetricId } from '../../shared/outcomes';
import { financialYearOf, parsePeriod } from '../../shared/period';
import type { DatabaseReader } from '../../db/access';
import { runDataQuality } from './data-quality-run';
import { runDatabaseReport } from './report-run';
import type { ServiceContext } from './service-context';

/** The annual KPIs the home screen follows (DOMAIN §4.4), in this order. */
const HOME_KPIS: readonly MetricId[] = ['kpi_engaged', 'kpi_job_starts', 'sustainment_rate_13w', 'sustainment_rate_26w', 'sustainment_rate_52w'];

function homeWeek(reader: DatabaseReader, today: string): HomeWeek {
  const fy = parsePeriod(financialYearOf(today));
  const { lists, names, ids, evidence } = reader.raw.snapshot(() => {
    const records = readReportRecords(reader.raw);
    const contactFacts = readContactFacts(reader.raw, { start: today, end: today }, today);
    const lists = weekLists({ ...records, contactFacts }, today);
    const ids = new Map((reader.raw.prepare('SELECT client_id, id FROM clients').all() as { client_id: string; id: string }[]).map((r) => [r.client_id, r.id]));
    return { lists, names: readClientNames(reader.raw), ids, evidence: readJobEvidence(reader.raw, lists.milestones.flatMap((m) => (m.job_id ? [m.job_id] : []))) };
  });
  const ref = (clientId: string) => {
    const id = ids.get(clientId) ?? null;
    return { client_id: clientId, clientRecordId: id, name: (id && names.get(id)) ?? '' };
  };
  const problems = runDataQuality(reader, today);
  const { report } = runDatabaseReport(reader, fy, today);
  const fraction = yearFractionElapsed(fy.start, fy.end, today);
  return {
    today,
    financialYear: financialYearOf(today),
    quietClients: lists.quietClients.map((c) => ({ ...c, ...ref(c.client_id) })),
    milestones: lists.milestones.map((m) => ({ ...m, ...ref(m.client_id), evidence: (m.job_id && evidence.get(m.job_id)) ?? null })),
    awaitingFourHours: lists.awaitingFourHours.map((j) => ({ ...j, ...ref(j.client_id) })),
    dataQuality: { blocks: problems.filter((p) => p.severity === 'blocks').length, changes: problems.filter((p) => p.severity === 'changes').length },
    kpis: HOME_KPIS.map((id) => {
      const entry = METRIC_CATALOGUE[id];
      return kpiProgress({ id, title: entry.title, value: report.metrics[id].value, target: entry.target! }, fraction);
    }),
    yearFraction: fraction,
  };
}

export function createHomeHandlers(context: ServiceContext): Pick<Handlers, 'home.week'> {
  return { 'home.week': (input) => context.read((reader) => homeWeek(reader, input.asOf ?? context.today())) };
}
