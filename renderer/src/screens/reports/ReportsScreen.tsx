import PrintIcon from '@mui/icons-material/Print';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { formatUkDate, todayIso } from '../../../../shared/dates';
import { financialYearOf, periodLengthDays } from '../../../../shared/period';
import { hrefFor } from '../../app/routes';
import { confirmLeave } from '../../app/unsaved-changes';
import { FormAlert } from '../../components/FormAlert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcQuery } from '../../data/ipc-query';
import { BySpecialistSection } from './BySpecialistSection';
import { directoryFrom } from './client-directory';
import { HandEnteredForm } from './HandEnteredForm';
import { HandEnteredSummary } from './HandEnteredSummary';
import { KpiTrend } from './KpiTrend';
import { OutcomesAndPeople } from './OutcomesAndPeople';
import { initialAppliedPeriod, PeriodPicker, type AppliedPeriod } from './PeriodPicker';
import { ReportContents } from './ReportContents';
import { ReportPrintStyles } from './ReportPrintStyles';
import { ReportSection } from './ReportSection';

/** Every figure of DOMAIN §4 for a chosen period, in its order, each with its rule and the clients behind it. */
export function ReportsScreen() {
  const [tab, setTab] = useState<'figures' | 'entered'>('figures');
  const [applied, setApplied] = useState<AppliedPeriod>(() => initialAppliedPeriod());
  const { data: run, error, isFetching } = useIpcQuery('reports.run', { period: applied.period, asOf: applied.asOf }, { keepPrevious: true });
  const { data: directory = new Map() } = useIpcQuery('clients.list', {}, { select: directoryFrom });
  const serviceName = useIpcQuery('vault.status', {}, { select: (status) => status.serviceName }).data ?? 'IPS service';

  const report = run?.report;
  const days = report ? periodLengthDays(report.period) : 365;
  const trendYear = report ? financialYearOf(report.period.start) : financialYearOf(todayIso());
  const common = report ? { report, periodDays: days, directory } : null;

  return (
    <>
      <ScreenHeading title="Reports">Reports</ScreenHeading>
      {report && tab === 'figures' ? <ReportPrintStyles serviceName={serviceName} period={report.period} /> : null}
      <Tabs value={tab} onChange={(_, v: 'figures' | 'entered') => void confirmLeave().then((go) => go && setTab(v))} aria-label="Reports" variant="scrollable" scrollButtons={false} sx={{ mb: 2, borderBottom: 1, borderColor: 'divider' }}>
        <Tab value="figures" label="Figures" id="reports-tab-figures" aria-controls="reports-panel-figures" />
        <Tab value="entered" label="Local context (Sainsbury A) and D7" id="reports-tab-entered" aria-controls="reports-panel-entered" />
      </Tabs>
      <div role="tabpanel" id="reports-panel-figures" aria-labelledby="reports-tab-figures" hidden={tab !== 'figures'}>
        {tab === 'figures' && (
          <>
            <Paper variant="outlined" className="no-print" sx={{ p: 2, mb: 3 }}>
              <PeriodPicker idPrefix="report-period" initial={applied} onApply={setApplied} pending={isFetching} />
            </Paper>
            <FormAlert>{error?.message}</FormAlert>
            {report && common && (
              <>
                <Box className="report-print-header" sx={{ display: 'none' }}>
                  <Typography sx={{ fontWeight: 700, fontSize: '1.1rem' }}>{serviceName}: IPS report</Typography>
                </Box>
                <Box sx={{ mb: 2, display: 'flex', flexWrap: 'wrap', alignItems: 'flex-start', justifyContent: 'space-between', gap: 2 }}>
                  <Box aria-live="polite">
                    <Typography variant="h2" component="p" data-testid="report-period-label">
                      {report.period.label}
                    </Typography>
                    <Typography sx={{ color: 'text.secondary' }}>
                      {formatUkDate(report.period.start)} to {formatUkDate(report.period.end)} · figures as of {formatUkDate(report.period.as_of)}
                      <Box component="span" className="no-print">
                        {' · '}
                        <Link href={hrefFor({ screen: 'data-quality' })}>Check data quality before sending a return</Link>
                      </Box>
                    </Typography>
                  </Box>
                  <Button variant="outlined" className="no-print" startIcon={<PrintIcon aria-hidden="true" />} onClick={() => window.print()}>
                    Print / save as PDF
                  </Button>
                </Box>
                <ReportContents />
                <ReportSection section="key_outcomes" {...common} intro="Outcomes in the period, with the number of people beside the number of outcomes.">
                  <OutcomesAndPeople report={report} />
                </ReportSection>
                <ReportSection section="caseload" {...common} intro={`Taken on ${formatUkDate(report.period.end < report.period.as_of ? report.period.end : report.period.as_of)} (the end of the period or the as-of date, whichever is earlier).`} />
                <BySpecialistSection period={applied.period} asOf={applied.asOf} report={report} />
                <ReportSection section="fidelity" {...common} />
                <ReportSection
                  section="kpis"
                  {...common}
                  intro="Yearly targets are scaled to the length of the period."
                  after={<KpiTrend financialYear={trendYear} asOf={report.period.as_of} />}
                />
                <ReportSection section="intake" {...common} intro="Clients referred in the period." />
                <ReportSection
                  section="sainsbury_d"
                  {...common}
                  after={run.handEnteredYear && <HandEnteredSummary financialYear={run.handEnteredYear} onEdit={() => setTab('entered')} />}
                />
              </>
            )}
          </>
        )}
      </div>
      <div role="tabpanel" id="reports-panel-entered" aria-labelledby="reports-tab-entered" hidden={tab !== 'entered'}>
        {tab === 'entered' && <HandEnteredForm initialYear={run?.handEnteredYear ?? financialYearOf(todayIso())} />}
      </div>
    </>
  );
}
