import { useMemo } from 'react';
import { todayIso } from '../../../shared/dates';
import type { ChannelOutput } from '../../../shared/ipc/contract';
import { useIpcQuery } from '../data/ipc-query';
import type { FieldSpec, PickOption } from './field-spec';

/**
 * The lists names are chosen from, never typed: specialists from Settings › Staff, referring teams from
 * Settings › Teams. A name must match the list exactly, so one person or team is never counted twice.
 */
export interface PickLists {
  specialist: PickOption[];
  team: PickOption[];
}

function specialistsFrom(list: ChannelOutput<'staff.list'>): PickOption[] {
  const today = todayIso();
  return list.rows
    .map((row) => ({ value: row.name, label: row.end_date && row.end_date < today ? `${row.name} (left)` : row.name }))
    .sort((a, b) => a.value.localeCompare(b.value, 'en-GB'));
}

function teamsFrom(settings: ChannelOutput<'settings.get'>): PickOption[] {
  return [...settings.teams].sort((a, b) => a.localeCompare(b, 'en-GB')).map((team) => ({ value: team, label: team }));
}

const NONE: PickOption[] = [];

/** Both lists, read through the query layer (the same answers Settings shows); stable between renders. */
export function usePickLists(): PickLists {
  const specialist = useIpcQuery('staff.list', {}, { select: specialistsFrom }).data ?? NONE;
  const team = useIpcQuery('settings.get', {}, { select: teamsFrom }).data ?? NONE;
  return useMemo(() => ({ specialist, team }), [specialist, team]);
}

/** The form's fields with each pick-list field's choices filled in. */
export function withChoices<S extends FieldSpec>(specs: readonly S[], lists: PickLists): S[] {
  return specs.map((spec) => (spec.kind === 'pick' && spec.pick ? { ...spec, choices: lists[spec.pick] } : spec));
}
