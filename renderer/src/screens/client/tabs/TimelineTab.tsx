import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { formatUkDate } from '../../../../../shared/dates';
import { hrefFor } from '../../../app/routes';
import type { RecordTabProps } from '../record-tabs';
import { buildTimeline } from '../timeline';

/** Everything that happened on this episode, newest first. */
export function TimelineTab({ detail }: RecordTabProps) {
  const events = buildTimeline(detail);
  return (
    <>
      <Typography variant="h2" sx={{ mb: 2 }}>
        Timeline
      </Typography>
      <Box component="ol" aria-label="Events, newest first" sx={{ listStyle: 'none', m: 0, p: 0 }}>
        {events.map((event, i) => (
          <Box
            component="li"
            key={`${event.date}-${i}`}
            sx={{ display: 'grid', gridTemplateColumns: '7.5rem 1fr', gap: 2, py: 1, borderBottom: 1, borderColor: 'divider' }}
          >
            <Box sx={{ fontWeight: 700 }}>{formatUkDate(event.date)}</Box>
            <Box>
              <a href={hrefFor({ screen: 'client', id: detail.client.id, tab: event.tab })}>{event.title}</a>
              {event.detail && <Typography component="span" sx={{ color: 'text.secondary' }}> · {event.detail}</Typography>}
            </Box>
          </Box>
        ))}
      </Box>
    </>
  );
}
