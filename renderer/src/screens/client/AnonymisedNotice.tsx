import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import type { ClientDetail } from '../../../../shared/ipc/records';
import { anonymisedBody, anonymisedHeading } from './anonymised-text';

/** Says at the top of the record that it was anonymised, and when: nobody should wonder where the name went. */
export function AnonymisedNotice({ detail }: { detail: ClientDetail }) {
  if (!detail.anonymised) return null;
  return (
    <Alert severity="info" role="note" sx={{ mb: 2 }} data-testid="anonymised-notice">
      <AlertTitle sx={{ fontWeight: 700 }}>{anonymisedHeading(detail.anonymised)}</AlertTitle>
      {anonymisedBody(detail.anonymised)}
    </Alert>
  );
}
