import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableContainer from '@mui/material/TableContainer';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import type { z } from 'zod';
import type { IpcError, IpcResult } from '../../../../../shared/ipc/result';
import { toFormValues, type FieldSpec, type FormValues, type RecordWarnings } from '../../../forms/field-spec';
import { RecordFormDialog } from '../../../forms/RecordFormDialog';
import { ConfirmDeleteDialog } from './ConfirmDeleteDialog';
import { useMayCall } from '../../../data/permissions';

export interface Column<Row> {
  label: string;
  cell(row: Row): ReactNode;
  numeric?: boolean;
  /** Dates and short values that read badly when wrapped. */
  nowrap?: boolean;
}

interface Props<Row extends { id: string }, S extends z.ZodType> {
  /** Singular noun, lower case: "job". */
  noun: string;
  /** Its plural, when adding "s" is wrong: "activities". */
  plural?: string;
  heading: string;
  intro?: ReactNode;
  rows: Row[];
  columns: Column<Row>[];
  fields: readonly FieldSpec[];
  schema: S;
  recordKey: string;
  /** Values of a new record's inputs (defaults such as "competitive: yes"). */
  newValues(): FormValues;
  fixed: Record<string, unknown>;
  /** Saves through the query layer, which reads the client's record again before this resolves. */
  save(id: string | null, record: z.output<S>): Promise<IpcResult<{ id: string }>>;
  remove(id: string): Promise<IpcResult<unknown>>;
  describe(row: Row): string;
  /** Sense checks on a record (dates in the future or before the referral), confirmed before saving. */
  warnings?: RecordWarnings;
  /** The channel that saves this kind of record: without it (a viewer), the table is read-only. */
  writeChannel: 'jobs.save' | 'contacts.save' | 'activities.save' | 'wellbeing.save';
}

type Editing<Row> = { row: Row | null } | null;

/** A table of one kind of record on a client, with Add, Edit and Delete (confirmed). */
export function ChildRecordTab<Row extends { id: string }, S extends z.ZodType>(props: Props<Row, S>) {
  const { noun, plural = `${noun}s`, heading, intro, rows, columns, fields, schema, recordKey, newValues, fixed, save, remove, describe, warnings, writeChannel } = props;
  const mayWrite = useMayCall(writeChannel);
  const [editing, setEditing] = useState<Editing<Row>>(null);
  const [deleting, setDeleting] = useState<Row | null>(null);
  const [deleteError, setDeleteError] = useState<string | null>(null);
  const idPrefix = recordKey;

  async function saveRecord(record: z.output<S>): Promise<IpcError | null> {
    const result = await save(editing?.row?.id ?? null, record);
    if (!result.ok) return result.error;
    setEditing(null);
    return null;
  }

  async function confirmDelete() {
    if (!deleting) return;
    const result = await remove(deleting.id);
    if (!result.ok) return setDeleteError(result.error.message);
    setDeleting(null);
  }

  const initialValues = editing?.row
    ? toFormValues(editing.row as unknown as Record<string, unknown>, fields)
    : { ...toFormValues(null, fields), ...newValues() };

  return (
    <>
      <Box sx={{ display: 'flex', alignItems: 'center', justifyContent: 'space-between', gap: 2, flexWrap: 'wrap', mb: 2 }}>
        <Typography variant="h2">{heading}</Typography>
        {mayWrite ? (
          <Button variant="contained" onClick={() => setEditing({ row: null })}>
            Add {noun}
          </Button>
        ) : null}
      </Box>
      {intro}
      {rows.length === 0 ? (
        <Typography sx={{ color: 'text.secondary' }}>No {plural} recorded yet.</Typography>
      ) : (
        <TableContainer>
          <Table size="small" aria-label={heading}>
            <TableHead>
              <TableRow>
                {columns.map((c) => (
                  <TableCell key={c.label} align={c.numeric ? 'right' : 'left'} sx={{ fontWeight: 700 }}>
                    {c.label}
                  </TableCell>
                ))}
                {mayWrite ? <TableCell sx={{ fontWeight: 700, px: 1 }}>Actions</TableCell> : null}
              </TableRow>
            </TableHead>
            <TableBody>
              {rows.map((row) => (
                <TableRow key={row.id} hover>
                  {columns.map((c) => (
                    <TableCell key={c.label} align={c.numeric ? 'right' : 'left'} sx={c.nowrap ? { whiteSpace: 'nowrap' } : undefined}>
                      {c.cell(row)}
                    </TableCell>
                  ))}
                  {mayWrite ? (
                    <TableCell sx={{ whiteSpace: 'nowrap', px: 0.5, '& .MuiButton-root': { minWidth: 0, px: 1 } }}>
                      <Button size="small" onClick={() => setEditing({ row })} aria-label={`Edit ${describe(row)}`}>
                        Edit
                      </Button>
                      <Button size="small" color="error" onClick={() => setDeleting(row)} aria-label={`Delete ${describe(row)}`}>
                        Delete
                      </Button>
                    </TableCell>
                  ) : null}
                </TableRow>
              ))}
            </TableBody>
          </Table>
        </TableContainer>
      )}
      {editing && (
        <RecordFormDialog
          title={editing.row ? `Edit ${noun}` : `Add ${noun}`}
          idPrefix={idPrefix}
          fields={fields}
          schema={schema}
          recordKey={recordKey}
          initialValues={initialValues}
          fixed={fixed}
          warnings={warnings}
          save={saveRecord}
          onClose={() => setEditing(null)}
        />
      )}
      {deleting && (
        <ConfirmDeleteDialog
          what={describe(deleting)}
          error={deleteError}
          onConfirm={() => void confirmDelete()}
          onCancel={() => {
            setDeleting(null);
            setDeleteError(null);
          }}
        />
      )}
    </>
  );
}
