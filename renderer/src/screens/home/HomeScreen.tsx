import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Link from '@mui/material/Link';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import { formatUkDate } from '../../../../shared/dates';
import type { ChannelOutput } from '../../../../shared/ipc/contract';
import type { HomeWeek } from '../../../../shared/ipc/home';
import { hrefFor } from '../../app/routes';
import { FormAlert } from '../../components/FormAlert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcQuery } from '../../data/ipc-query';
import { actionOverdueText, clientLabel, daysText, evidenceText, milestoneText, reviewDueText } from './home-text';
import { HomeSection, type HomeItem } from './HomeSection';
import { KpiYearToDate } from './KpiYearToDate';

function clientHref(item: { clientRecordId: string | null }, tab: string): string | null {
  return item.clientRecordId ? hrefFor({ screen: 'client', id: item.clientRecordId, tab }) : null;
}

function quietItems(week: HomeWeek): HomeItem[] {
  return week.quietClients.map((c) => ({
    key: c.client_id,
    href: clientHref(c, 'contacts'),
    primary: clientLabel(c),
    secondary: c.lastContact ? `last contact ${formatUkDate(c.lastContact)}` : 'no contact recorded yet',
    detail: c.specialist ? `Specialist: ${c.specialist}` : 'No specialist recorded',
  }));
}

function milestoneItems(week: HomeWeek): HomeItem[] {
  return week.milestones.map((m) => ({
    key: `${m.client_id}-${m.weeks}`,
    href: clientHref(m, 'jobs'),
    primary: clientLabel(m),
    secondary: milestoneText(m),
    detail: evidenceText(m),
  }));
}

function awaitingItems(week: HomeWeek): HomeItem[] {
  return week.awaitingFourHours.map((j) => ({
    key: j.job_id,
    href: clientHref(j, 'jobs'),
    primary: clientLabel(j),
    secondary: `started ${formatUkDate(j.start_date)}${j.employer ? ` at ${j.employer}` : ''}, ${daysText(j.daysSinceStart)} ago`,
    detail: 'Confirm four paid hours (or a full day) and record the evidence, so the job counts as a job start.',
  }));
}

function fidelityItems(due: ChannelOutput<'fidelity.due'>): HomeItem[] {
  return [
    ...due.reviews.map((r) => ({ key: `review-${r.instrument}`, href: null, primary: r.title, secondary: reviewDueText(r), detail: r.rule })),
    ...due.actions.map((a) => ({ key: `action-${a.action.id}`, href: null, primary: a.action.action, secondary: actionOverdueText(a) })),
  ];
}

/**
 * The first screen after unlock: what needs doing this week, each item linking to the record where it is
 * done, and the year so far against the annual KPIs.
 */
export function HomeScreen() {
  const week = useIpcQuery('home.week', {});
  const due = useIpcQuery('fidelity.due', {});
  const clientCount = useIpcQuery('clients.list', {}, { select: (list) => list.rows.length });
  const data = week.data;

  return (
    <>
      <ScreenHeading title="Home">Home</ScreenHeading>
      <FormAlert>{week.error?.message}</FormAlert>
      {!data && !week.error ? <Typography role="status">Loading the week…</Typography> : null}
      {clientCount.data === 0 ? (
        <Alert severity="info" sx={{ mb: 3 }}>
          No clients are recorded yet, so there is nothing to do this week.{' '}
          <Link href={hrefFor({ screen: 'caseload' })}>Go to the caseload</Link> to add clients, import a workbook or try the app with
          made-up demo data.
        </Alert>
      ) : null}
      {data ? (
        <>
          <Typography sx={{ mb: 3, maxWidth: 900 }}>
            The week from {formatUkDate(data.today)}: who needs contact, outcomes to evidence, and how the year is going. Open an item to
            deal with it on the client&apos;s record.
          </Typography>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(2, minmax(0, 1fr))' }, alignItems: 'start', mb: 2 }}>
            <HomeSection
              id="quiet"
              title="No contact in the last 4 weeks"
              intro="Engaged clients, not discharged, with no face-to-face or other contact with them in the last 28 days."
              items={quietItems(data)}
              empty="Everyone engaged has had contact in the last 4 weeks."
            />
            <HomeSection
              id="milestones"
              title="Sustainment milestones in the next 14 days"
              intro="13, 26 and 52 weeks in work, if today's jobs carry on: the evidence to collect for each."
              items={milestoneItems(data)}
              empty="No one reaches 13, 26 or 52 weeks in work in the next 14 days."
            />
            <HomeSection
              id="four-hours"
              title="Job starts awaiting four paid hours"
              intro="Jobs not yet counted as job starts until four paid hours (or a full day) are confirmed."
              items={awaitingItems(data)}
              empty="Every job started has its four paid hours confirmed."
            />
            <DataQualitySummary week={data} />
            {due.data ? (
              <HomeSection
                id="fidelity"
                title="Fidelity reviews due and overdue actions"
                intro="Reviews due in the next 30 days or overdue, and action plan items past their due date."
                items={fidelityItems(due.data)}
                empty="No fidelity review is due in the next 30 days and no action is overdue."
              />
            ) : null}
          </Box>
          <KpiYearToDate week={data} />
        </>
      ) : null}
      <FormAlert>{due.error?.message}</FormAlert>
    </>
  );
}

function dataQualityText(blocks: number, changes: number): string {
  if (blocks + changes === 0) return 'No problems found: the records are ready for a return.';
  const block = blocks === 0 ? 'None block figures' : `${blocks} ${blocks === 1 ? 'problem blocks' : 'problems block'} figures`;
  const change = changes === 0 ? 'none change them' : `${changes} ${changes === 1 ? 'changes' : 'change'} them`;
  return `${block}; ${change}.`;
}

function DataQualitySummary({ week }: { week: HomeWeek }) {
  const { blocks, changes } = week.dataQuality;
  return (
    <Paper variant="outlined" component="section" aria-labelledby="home-data-quality" sx={{ p: { xs: 2, sm: 3 }, minWidth: 0 }} data-testid="home-data-quality">
      <Typography variant="h2" id="home-data-quality" sx={{ fontSize: '1.25rem', mb: 0.5 }}>
        Data quality ({blocks + changes})
      </Typography>
      <Typography sx={{ mb: 1.5 }}>
        {dataQualityText(blocks, changes)}
      </Typography>
      {blocks + changes > 0 ? (
        <Button variant="outlined" href={hrefFor({ screen: 'data-quality' })}>
          Fix them in Data quality
        </Button>
      ) : null}
    </Paper>
  );
}
