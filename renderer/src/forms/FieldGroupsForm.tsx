import Box from '@mui/material/Box';
import Paper from '@mui/material/Paper';
import Typography from '@mui/material/Typography';
import type { Control } from 'react-hook-form';
import type { FieldGroup, FormValues } from './field-spec';
import { SpecField } from './SpecField';

/** Record inputs laid out as titled sections, two columns on a wide window. */
export function FieldGroupsForm({ groups, control, idPrefix, warnings }: { groups: readonly FieldGroup[]; control: Control<FormValues, unknown, unknown>; idPrefix: string; warnings?: ReadonlyMap<string, string> }) {
  return (
    <>
      {groups.map((group) => {
        const headingId = `${idPrefix}-group-${group.title.replace(/\W+/g, '-').toLowerCase()}`;
        return (
          <Paper key={group.title} variant="outlined" component="section" aria-labelledby={headingId} sx={{ p: { xs: 2, sm: 3 }, mb: 2 }}>
            <Typography variant="h2" id={headingId} sx={{ fontSize: '1.25rem', mb: 2 }}>
              {group.title}
            </Typography>
            <Box sx={{ display: 'grid', gridTemplateColumns: { xs: '1fr', md: '1fr 1fr' }, gap: 2.5, alignItems: 'start' }}>
              {group.fields.map((spec) => (
                <Box key={spec.name} sx={spec.wide ? { gridColumn: '1 / -1' } : undefined}>
                  <SpecField spec={spec} control={control} idPrefix={idPrefix} warning={warnings?.get(spec.name)} />
                </Box>
              ))}
            </Box>
          </Paper>
        );
      })}
    </>
  );
}
