import type { z } from 'zod';
import type { Caller } from '../roles';
import type { channelAccess } from './access';
import { exportChannels } from './exports';
import { backupChannels } from './backups';
import { fidelityChannels } from './fidelity';
import { recordChannels } from './records';
import { reportChannels } from './reports';
import { returnChannels } from './returns';
import { rightsChannels } from './rights';
import { auditChannels } from './audit';
import { employerChannels } from './employers';
import { homeChannels } from './home';
import { nameChannels } from './names';
import { pathDialogChannels } from './path-dialogs';
import { settingsChannels } from './settings';
import { userChannels } from './users';
import { vaultChannels } from './vault';

/**
 * Every IPC channel, declared once: name → { input, output } zod schemas.
 * The preload bridge, the main-process router, the e2e harness and the renderer all derive from this map.
 * Add a feature's channels by spreading its map in here.
 */
export const channels = {
  ...vaultChannels,
  ...userChannels,
  ...auditChannels,
  ...settingsChannels,
  ...homeChannels,
  ...nameChannels,
  ...employerChannels,
  ...recordChannels,
  ...reportChannels,
  ...exportChannels,
  ...fidelityChannels,
  ...returnChannels,
  ...backupChannels,
  ...pathDialogChannels,
  ...rightsChannels,
} as const;

export type Channels = typeof channels;
export type ChannelName = keyof Channels;
export type ChannelInput<C extends ChannelName> = z.input<Channels[C]['input']>;
export type ParsedInput<C extends ChannelName> = z.output<Channels[C]['input']>;
export type ChannelOutput<C extends ChannelName> = z.output<Channels[C]['output']>;

/** Who a channel's handler is called by: anyone (maybe nobody signed in) for public channels, else a user. */
export type CallerOf<C extends ChannelName> = (typeof channelAccess)[C] extends 'public' ? Caller | null : Caller;

/**
 * A service-side implementation of every channel (Actual Budget style typed handler map). Each handler gets
 * the parsed input and the caller (signed-in user and role), already checked against the channel's access.
 */
export type Handlers = {
  [C in ChannelName]: (input: ParsedInput<C>, caller: CallerOf<C>) => Promise<ChannelOutput<C>> | ChannelOutput<C>;
};

export const channelNames = Object.keys(channels) as ChannelName[];

export function isChannelName(name: unknown): name is ChannelName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(channels, name);
}
