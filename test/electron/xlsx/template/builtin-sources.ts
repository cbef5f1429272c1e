import { generateDemoData } from '../../../../electron/services/demo';
import { pseudonymFor } from '../../../../electron/xlsx/template';
import { computeReport, contactFactsFrom, toPublicMetrics, type Report, type ReportInput } from '../../../../shared/outcomes';
import { parsePeriod } from '../../../../shared/period';
import { clientExtractRows, type ClientRow, type ReturnSources } from '../../../../shared/returns';

/** Test helper: a year of demo data, its report, and everything a built-in return is filled from. */
export function demoReturnSources(options: { clients?: number; period?: string; asOf?: string; sainsburyC?: boolean } = {}): {
  report: Report;
  sources: ReturnSources;
  clients: ClientRow[];
} {
  const asOf = options.asOf ?? '2026-06-30';
  const period = parsePeriod(options.period ?? '2025-26');
  const data = generateDemoData({ clients: options.clients ?? 120, seed: 7, today: asOf, financialYears: 2 });
  const input: ReportInput = {
    clients: data.clients,
    jobs: data.jobs,
    activities: data.activities,
    staff: data.staff,
    contactFacts: contactFactsFrom(data.contacts, period, asOf),
    handEntered: { new_recruits_declaring_mh: 6.5 },
  };
  const report = computeReport(input, period, asOf);
  const secret = Buffer.from('test secret for pseudonyms, 32 bytes!');
  const sources: ReturnSources = {
    report: { period: report.period, metrics: toPublicMetrics(report).metrics },
    service: { name: 'Riverside IPS Employment Service', manager: 'Jo Bloggs' },
    handEntered: [
      { key: 'a1', value: 74.6, source: 'Annual Population Survey, Nomis', year: 'Jan–Dec 2024' },
      { key: 'a2', value: 4.1, source: 'Annual Population Survey, Nomis', year: 'Jan–Dec 2024' },
      { key: 'a11', value: 'partly', source: 'ICB commissioning review', year: '2025' },
      { key: 'new_recruits_declaring_mh', value: 6.5, source: 'Trust HR equal opportunities report', year: '2024-25' },
    ],
    sainsburyC: options.sainsburyC ? { date: '2026-02-12', scores: { 1: 4, 2: 3, 3: 4, 4: 5, 5: 4, 6: 2, 7: 2, 8: 1 } } : null,
  };
  const clients = clientExtractRows(input, period, asOf, (id) => pseudonymFor(secret, id));
  return { report, sources, clients };
}
