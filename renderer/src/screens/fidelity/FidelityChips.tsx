import Chip from '@mui/material/Chip';
import { nhsColours } from '../../theme';
import type { DueTone } from './fidelity-format';

/** Colour helps scanning; every chip's label carries the meaning, so nothing depends on colour alone. */
const TONES = {
  good: { bg: '#D5EEDD', fg: '#00592A', border: nhsColours.green },
  warn: { bg: '#FFF1D0', fg: nhsColours.text, border: '#B58105' },
  bad: { bg: '#FBE3E1', fg: '#8A1538', border: nhsColours.red },
  info: { bg: '#D6E6F5', fg: nhsColours.darkBlue, border: nhsColours.blue },
  plain: { bg: '#E8EDEE', fg: nhsColours.text, border: nhsColours.border },
} as const;

type Tone = keyof typeof TONES;

export function ToneChip({ label, tone, size = 'small' }: { label: string; tone: Tone; size?: 'small' | 'medium' }) {
  const t = TONES[tone];
  return <Chip size={size} label={label} sx={{ bgcolor: t.bg, color: t.fg, border: `1px solid ${t.border}`, fontWeight: 700 }} />;
}

export function StatusChip({ status }: { status: 'draft' | 'final' }) {
  return status === 'final' ? <ToneChip label="Final" tone="info" /> : <ToneChip label="Draft" tone="plain" />;
}

const BAND_TONE: Record<string, Tone> = { exemplary: 'good', good: 'good', fair: 'warn', not_ips: 'bad' };

export function BandChip({ band, size }: { band: { key: string; label: string }; size?: 'small' | 'medium' }) {
  return <ToneChip label={band.label} tone={BAND_TONE[band.key] ?? 'plain'} size={size} />;
}

const DUE_CHIP: Record<DueTone, { label: string; tone: Tone }> = {
  overdue: { label: 'Overdue', tone: 'bad' },
  soon: { label: 'Due soon', tone: 'warn' },
  fine: { label: 'Not due yet', tone: 'good' },
  none: { label: 'Not reviewed yet', tone: 'plain' },
};

export function DueChip({ tone }: { tone: DueTone }) {
  return <ToneChip {...DUE_CHIP[tone]} />;
}
