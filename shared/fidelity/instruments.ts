import { z } from 'zod';
import type { FidelityInstrument, FidelityItem, FidelityItemId, InstrumentId } from './instrument-types';
import { IPS25 } from './ips25';
import { SAINSBURY_C } from './sainsbury-c';

/** Both instruments, by id. */
export const INSTRUMENTS: Readonly<Record<InstrumentId, FidelityInstrument>> = { sainsbury_c: SAINSBURY_C, ips25: IPS25 };

const ITEMS = new Map<string, FidelityItem>([...SAINSBURY_C.items, ...IPS25.items].map((i) => [i.id, i]));

/** Every item id, Sainsbury first, each instrument in item order. */
export const FIDELITY_ITEM_IDS = [...ITEMS.keys()] as [FidelityItemId, ...FidelityItemId[]];

export function isFidelityItemId(value: string): value is FidelityItemId {
  return ITEMS.has(value);
}

export const fidelityItemIdSchema = z.enum(FIDELITY_ITEM_IDS, {
  error: (issue) => `Item "${String(issue.input)}" is not a fidelity item (expected an id like sainsbury:2 or ips25:15)`,
});

export function instrumentOf(id: InstrumentId): FidelityInstrument {
  return INSTRUMENTS[id];
}

/** The item with this id; throws for an unknown id (ids are validated at the edges with fidelityItemIdSchema). */
export function fidelityItem(id: FidelityItemId): FidelityItem {
  const item = ITEMS.get(id);
  if (!item) throw new Error(`Unknown fidelity item "${id}"`);
  return item;
}

/** "Item 4 (Team assignment)": how messages name an item (the short title: Sainsbury headings are long). */
export function itemLabel(item: FidelityItem): string {
  return `Item ${item.number} (${item.shortTitle})`;
}

/** Lowest and highest total an instrument can have (every item scored). */
export function totalRange(instrument: FidelityInstrument): { min: number; max: number } {
  return instrument.items.reduce((r, i) => ({ min: r.min + i.min, max: r.max + i.max }), { min: 0, max: 0 });
}
