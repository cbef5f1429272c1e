import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Typography from '@mui/material/Typography';
import { useEffect, useRef, useState } from 'react';
import { useIpcMutation } from '../../../data/ipc-query';
import { groupsWithoutRemoved, isRemovedByAnonymising } from '../anonymised-text';
import { CLIENT_FIELD_GROUPS } from '../client-fields';
import { ClientForm } from '../ClientForm';
import { displayValue } from '../form/display-value';
import type { RecordTabProps } from '../record-tabs';

/**
 * Every client field, read-only in groups; "Edit details" turns it into the form. An anonymised record's form
 * leaves out the fields anonymising removed (the service refuses them too): its dates and codes stay editable.
 */
export function DetailsTab({ detail, editing, setEditing }: RecordTabProps) {
  const update = useIpcMutation('clients.update');
  const { client } = detail;
  const values = client as unknown as Record<string, unknown>;
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);

  // Saving closes the form: the outcome, at the top of what replaces it, takes focus.
  useEffect(() => {
    if (saved && !editing) savedRef.current?.focus();
    if (editing) setSaved(false);
  }, [saved, editing]);

  if (editing) {
    return (
      <>
        <Typography variant="h2" sx={{ mb: 2 }}>
          Edit details
        </Typography>
        <ClientForm
          groups={detail.anonymised ? groupsWithoutRemoved(CLIENT_FIELD_GROUPS) : CLIENT_FIELD_GROUPS}
          initial={client}
          submitLabel="Save changes"
          onCancel={() => setEditing(false)}
          onSubmit={async (changed) => {
            const result = await update.run({ id: client.id, client: changed });
            if (!result.ok) return result.error;
            setSaved(true);
            setEditing(false);
            return null;
          }}
        />
      </>
    );
  }

  return (
    <>
      {saved ? (
        <Alert severity="success" ref={savedRef} tabIndex={-1} sx={{ mb: 2 }} data-testid="details-saved">
          Saved the changes to the details.
        </Alert>
      ) : null}
      <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', lg: '1fr 1fr' }, gap: 3 }}>
        {CLIENT_FIELD_GROUPS.map((group) => (
          <Box component="section" key={group.title} aria-label={group.title}>
            <Typography variant="h2" sx={{ fontSize: '1.2rem', mb: 1, borderBottom: 1, borderColor: 'divider', pb: 0.5 }}>
              {group.title}
            </Typography>
            <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', sm: 'minmax(12rem, 40%) 1fr' }, columnGap: 2, rowGap: 0.75, m: 0 }}>
              {group.fields.map((spec) => (
                <Box key={spec.name} sx={{ display: 'contents' }}>
                  <Box component="dt" sx={{ color: 'text.secondary' }}>
                    {spec.label}
                  </Box>
                  <Box component="dd" sx={{ m: 0, fontWeight: 700 }} data-field={spec.name}>
                    {detail.anonymised && isRemovedByAnonymising(spec.name) ? 'Removed when anonymised' : displayValue(spec, values[spec.name])}
                  </Box>
                </Box>
              ))}
            </Box>
          </Box>
        ))}
      </Box>
    </>
  );
}
