import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import { useState } from 'react';
import { formatUkDate } from '../../../../../shared/dates';
import { FormAlert } from '../../../components/FormAlert';
import { useIpcQuery } from '../../../data/ipc-query';
import { FormTextField } from '../../../forms/FormTextField';
import { useSchemaForm } from '../../../forms/use-schema-form';
import { SettingsCard } from '../SettingsCard';
import { AuditCheck } from './AuditCheck';
import { AuditEntries } from './AuditEntries';
import { auditFilterFormSchema, NO_FILTERS, type AppliedAuditFilter, type AuditFilterForm } from './audit-filter-form';
import { actionChoices } from './audit-text';

function formOf(filter: AppliedAuditFilter): AuditFilterForm {
  return {
    user: filter.user ?? '',
    action: filter.action ?? '',
    entityId: filter.entityId ?? '',
    from: filter.from ? formatUkDate(filter.from) : '',
    to: filter.to ? formatUkDate(filter.to) : '',
  };
}

/**
 * Settings › Audit trail (the manager's): every change, export, unlock and refusal, newest first, with who,
 * when and what changed; filtered by person, kind of action, record and dates; and a check that nobody has
 * altered it outside IPS Desk.
 */
export function AuditSection() {
  const [applied, setApplied] = useState<AppliedAuditFilter>({});
  // The lists to choose from come with any page of the trail; the first page without filters is the one read.
  const choices = useIpcQuery('audit.list', { limit: 1 }, { select: (data) => ({ users: data.users, actions: actionChoices(data.actions) }) });
  const form = useSchemaForm({ schema: auditFilterFormSchema, defaultValues: NO_FILTERS });

  const submit = form.submitWith(async (filter) => {
    setApplied(filter);
    return null;
  });

  function apply(filter: AppliedAuditFilter) {
    form.reset(formOf(filter));
    setApplied(filter);
  }

  return (
    <>
      <SettingsCard
        id="audit"
        title="Audit trail"
        intro="Everything done in IPS Desk, newest first: who did it and when, and what changed. Entries are chained together, so one changed, removed or added outside IPS Desk is found by the check below."
      >
        <form noValidate onSubmit={submit} aria-label="Filter the audit trail">
          <FormAlert>{form.formMessage}</FormAlert>
          <Box sx={{ display: 'grid', gap: 2, gridTemplateColumns: { xs: 'minmax(0, 1fr)', md: 'repeat(3, minmax(0, 1fr))' }, alignItems: 'start' }}>
            <FormTextField control={form.control} name="user" id="audit-user" label="Who" select slotProps={{ select: { native: true } }} margin="none">
              <option value="">Anyone</option>
              {choices.data?.users.map((user) => (
                <option key={user} value={user}>
                  {user}
                </option>
              ))}
            </FormTextField>
            <FormTextField control={form.control} name="action" id="audit-action" label="What" select slotProps={{ select: { native: true } }} margin="none">
              <option value="">Anything</option>
              {choices.data?.actions.map(({ area, actions }) => (
                <optgroup key={area.value} label={area.label}>
                  <option value={area.value}>All: {area.label.toLowerCase()}</option>
                  {actions.map((action) => (
                    <option key={action.value} value={action.value}>
                      {action.label}
                    </option>
                  ))}
                </optgroup>
              ))}
            </FormTextField>
            <FormTextField control={form.control} name="entityId" id="audit-entity" label="Record" hint="A record's reference as the trail shows it" margin="none" slotProps={{ htmlInput: { autoComplete: 'off', spellCheck: false } }} />
            <FormTextField control={form.control} name="from" id="audit-from" label="From" hint="dd/mm/yyyy" margin="none" slotProps={{ htmlInput: { autoComplete: 'off' } }} />
            <FormTextField control={form.control} name="to" id="audit-to" label="To (whole day)" hint="dd/mm/yyyy" margin="none" slotProps={{ htmlInput: { autoComplete: 'off' } }} />
          </Box>
          <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, mt: 2 }}>
            <Button type="submit" variant="contained">
              Show entries
            </Button>
            <Button variant="outlined" onClick={() => apply({})}>
              Clear filters
            </Button>
          </Box>
        </form>
        {/* Keyed by the filters, so a new search starts again from the newest entry. */}
        <AuditEntries key={JSON.stringify(applied)} filter={applied} onOnlyRecord={(entityId) => apply({ ...applied, entityId })} />
      </SettingsCard>
      <AuditCheck />
    </>
  );
}
