import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Link from '@mui/material/Link';
import { useEffect, useRef, useState } from 'react';

interface Props {
  /** The form-level message of the last attempt to save (a summary or the service's refusal), or null. */
  problem: string | null;
  /** Said once saved ("Saved the figures for 2025-26."), or null. */
  saved: string | null;
  /** Changes with every attempt to save, so focus comes back here even when the words are the same. */
  attempt: number;
}

interface FieldProblem {
  id: string;
  label: string;
  message: string;
}

/**
 * The fields a form shows a problem at, in reading order, read from the form on screen: each field's label
 * and the message under it, whatever kind of field it is (text, select, date).
 */
function problemsIn(form: HTMLFormElement | null): FieldProblem[] {
  if (!form) return [];
  const found: FieldProblem[] = [];
  for (const label of form.querySelectorAll<HTMLLabelElement>('label.Mui-error[for]')) {
    const id = label.htmlFor;
    const message = form.ownerDocument.getElementById(`${id}-helper-text`)?.textContent ?? '';
    found.push({ id, label: (label.textContent ?? '').replace(/\s*\*\s*$/, '').trim(), message });
  }
  return found;
}

/**
 * What became of Save, shown beside the Save button of a long form (and, by the form, at its top too):
 * "Saved", or the problems, each a link to its field. It takes focus after every attempt, so someone who
 * pressed Save at the bottom of a long page hears and sees what happened without scrolling back up.
 */
export function SaveOutcome({ problem, saved, attempt }: Props) {
  const ref = useRef<HTMLDivElement>(null);
  const [fields, setFields] = useState<FieldProblem[]>([]);

  useEffect(() => {
    if (!problem && !saved) return;
    setFields(problem ? problemsIn(ref.current?.closest('form') ?? null) : []);
    ref.current?.focus();
  }, [problem, saved, attempt]);

  if (!problem && !saved) return null;
  return (
    <Box ref={ref} tabIndex={-1} data-testid="save-outcome" sx={{ mt: 2, maxWidth: 720 }}>
      {problem ? (
        // Not a second alert: the message at the top of the form is announced; this one takes focus instead.
        <Alert severity="error" role="status">
          {problem}
          {fields.length > 0 ? (
            <Box component="ul" sx={{ m: 0, mt: 1, pl: 2.5 }}>
              {fields.map((field) => (
                <li key={field.id}>
                  <Link
                    href={`#${field.id}`}
                    // A target of at least 24px however the lines fall (WCAG 2.2 target size): the links are stacked.
                    sx={{ display: 'inline-block', minHeight: 24, py: 0.25 }}
                    onClick={(event) => {
                      // The address is the router's: move focus, do not follow the link.
                      event.preventDefault();
                      document.getElementById(field.id)?.focus();
                    }}
                  >
                    {field.label}
                    {field.message ? `: ${field.message}` : ''}
                  </Link>
                </li>
              ))}
            </Box>
          ) : null}
        </Alert>
      ) : (
        <Alert severity="success" role="status">
          {saved}
        </Alert>
      )}
    </Box>
  );
}
