import UploadFileIcon from '@mui/icons-material/UploadFile';
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import ListSubheader from '@mui/material/ListSubheader';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import { useRef, useState, type ChangeEvent } from 'react';
import type { TemplateRef } from '../../../../shared/ipc/returns';
import { FormAlert } from '../../components/FormAlert';
import { useIpcMutation } from '../../data/ipc-query';
import { useMayCall } from '../../data/permissions';
import { readFileAsBase64, XLSX_MIME } from '../../files/base64-files';
import { RemoveTemplateButton } from './RemoveTemplateButton';
import type { TemplateList, TemplateView } from './types';

interface Props {
  templates: TemplateList | undefined;
  value: TemplateRef;
  onChange(ref: TemplateRef): void;
}

const refText = (ref: TemplateRef) => `${ref.kind}:${ref.id}`;
function refFrom(text: string): TemplateRef {
  const [kind, ...rest] = text.split(':');
  const id = rest.join(':');
  return kind === 'saved' ? { kind: 'saved', id } : ({ kind: 'builtin', id } as TemplateRef);
}

/**
 * Which return to fill: a built-in one, a commissioner's template loaded before, or a new file. The file
 * is read here and handed to the service as base64 (no native dialogs: the page's own file input, as the
 * records import does); the same file loaded again is recognised by its SHA-256 with its saved mapping.
 * Loading is offered only to those who may (shared/ipc/access.ts); anyone may choose a template loaded before.
 */
export function TemplateChooser({ templates, value, onChange }: Props) {
  const mayLoad = useMayCall('returns.loadTemplate');
  const load = useIpcMutation('returns.loadTemplate');
  const input = useRef<HTMLInputElement>(null);
  const [loaded, setLoaded] = useState<{ view: TemplateView; fileName: string } | null>(null);
  const [readError, setReadError] = useState<string | null>(null);

  async function loadFile(event: ChangeEvent<HTMLInputElement>) {
    const file = event.target.files?.[0];
    event.target.value = '';
    if (!file) return;
    setLoaded(null);
    setReadError(null);
    let base64: string;
    try {
      base64 = await readFileAsBase64(file);
    } catch {
      setReadError(`${file.name} could not be read. Check it is not open in another program and try again.`);
      return;
    }
    const result = await load.run({ fileName: file.name, base64 });
    if (!result.ok) return;
    setLoaded({ view: result.data, fileName: file.name });
    onChange(result.data.template.ref);
  }

  return (
    <Box>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}>
        <TextField
          select
          id="return-template"
          label="Return to fill"
          value={templates ? refText(value) : ''}
          onChange={(event) => {
            setLoaded(null);
            onChange(refFrom(event.target.value));
          }}
          size="small"
          sx={{ width: 460 }}
        >
          <ListSubheader>Built-in returns</ListSubheader>
          {templates?.builtIns.map((t) => (
            <MenuItem key={refText(t.ref)} value={refText(t.ref)}>
              {t.name}
            </MenuItem>
          ))}
          {templates && templates.saved.length > 0 ? <ListSubheader>Commissioners’ templates</ListSubheader> : null}
          {templates?.saved.map((t) => (
            <MenuItem key={refText(t.ref)} value={refText(t.ref)}>
              {t.name} ({t.mappedCells === 1 ? '1 mapped cell' : `${t.mappedCells} mapped cells`})
            </MenuItem>
          ))}
        </TextField>
        {mayLoad ? (
          <>
            <Button variant="outlined" onClick={() => input.current?.click()} disabled={load.pending} startIcon={<UploadFileIcon aria-hidden="true" />} sx={{ mt: 0.25 }}>
              {load.pending ? 'Loading…' : 'Load the commissioner’s template'}
            </Button>
            <Box
              component="input"
              ref={input}
              type="file"
              accept={`.xlsx,${XLSX_MIME}`}
              aria-label="Commissioner’s template (.xlsx)"
              tabIndex={-1}
              onChange={(event: ChangeEvent<HTMLInputElement>) => void loadFile(event)}
              // Opened by the button; a positioned-but-hidden file input would widen the page.
              sx={{ display: 'none' }}
              data-testid="template-file"
            />
          </>
        ) : null}
        {value.kind === 'saved' ? (
          <RemoveTemplateButton
            template={value}
            name={templates?.saved.find((t) => t.ref.kind === 'saved' && t.ref.id === value.id)?.name ?? 'this template'}
            onRemoved={() => {
              setLoaded(null);
              onChange(templates?.builtIns[0]?.ref ?? { kind: 'builtin', id: 'ips-standard-data-set' });
            }}
          />
        ) : null}
      </Box>
      <FormAlert>{readError ?? (load.error ? `The template was not loaded: ${load.error.message}` : null)}</FormAlert>
      {loaded ? (
        <Alert severity="success" role="status" sx={{ mt: 2 }}>
          {loaded.view.recognised
            ? `${loaded.fileName} is a template loaded before (same file, SHA-256 ${loaded.view.template.sha256.slice(0, 12)}…): its saved mapping of ${Object.keys(loaded.view.mapping).length} cells is applied.`
            : `Loaded ${loaded.fileName}. Click a cell to choose the figure it gets; the choices are saved with this template.`}
        </Alert>
      ) : null}
    </Box>
  );
}
