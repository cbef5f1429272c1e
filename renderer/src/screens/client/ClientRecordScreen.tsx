import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Tab from '@mui/material/Tab';
import Tabs from '@mui/material/Tabs';
import Typography from '@mui/material/Typography';
import { useState } from 'react';
import { todayIso } from '../../../../shared/dates';
import { hrefFor, navigate } from '../../app/routes';
import { FormAlert } from '../../components/FormAlert';
import { ScreenHeading } from '../../components/ScreenHeading';
import { useIpcMutation, useIpcQuery } from '../../data/ipc-query';
import { AnonymisedNotice } from './AnonymisedNotice';
import { ClientRecordHeader } from './ClientRecordHeader';
import { statusOfDetail } from './client-status';
import { DischargeDialog } from './DischargeDialog';
import { RECORD_TABS } from './record-tabs';

/** One referral episode with everything recorded about it, one tab per kind of record. */
export function ClientRecordScreen({ id, tab }: { id: string; tab?: string }) {
  const { data: detail, error } = useIpcQuery('clients.get', { id });
  const reopen = useIpcMutation('clients.reopen');
  const [editing, setEditing] = useState(false);
  const [discharging, setDischarging] = useState(false);
  const current = RECORD_TABS.find((t) => t.key === tab) ?? RECORD_TABS[0]!;
  const today = todayIso();

  if (error && !detail) {
    return (
      <>
        <ScreenHeading title="Client not found">Client not found</ScreenHeading>
        <FormAlert>{error.message}</FormAlert>
        <a href={hrefFor({ screen: 'caseload' })}>Back to caseload</a>
      </>
    );
  }
  if (!detail) return <Typography role="status">Loading the client record…</Typography>;

  return (
    <>
      <ClientRecordHeader
        detail={detail}
        status={statusOfDetail(detail, today)}
        busy={reopen.pending}
        onEdit={() => {
          setEditing(true);
          navigate({ screen: 'client', id, tab: 'details' });
        }}
        onDischarge={() => setDischarging(true)}
        onReopen={() => void reopen.run({ id })}
      />
      <FormAlert>{reopen.error?.message}</FormAlert>
      <AnonymisedNotice detail={detail} />
      <Paper variant="outlined" sx={{ mt: 2 }}>
        <Tabs
          value={current.key}
          onChange={(_, key: string) => navigate({ screen: 'client', id, tab: key })}
          selectionFollowsFocus
          variant="scrollable"
          scrollButtons={false}
          aria-label="Client record sections"
          sx={{ borderBottom: 1, borderColor: 'divider', px: 1 }}
        >
          {RECORD_TABS.map((t) => (
            <Tab
              key={t.key}
              value={t.key}
              id={`record-tab-${t.key}`}
              aria-controls={`record-panel-${t.key}`}
              label={t.count ? `${t.label} (${t.count(detail)})` : t.label}
            />
          ))}
        </Tabs>
        <Box role="tabpanel" id={`record-panel-${current.key}`} aria-labelledby={`record-tab-${current.key}`} sx={{ p: { xs: 2, sm: 3 } }}>
          <current.Panel detail={detail} today={today} editing={editing} setEditing={setEditing} />
        </Box>
      </Paper>
      {discharging && (
        <DischargeDialog
          detail={detail}
          onClose={() => setDischarging(false)}
          onDone={() => setDischarging(false)}
        />
      )}
    </>
  );
}
