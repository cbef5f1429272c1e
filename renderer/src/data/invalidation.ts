import type { ChannelName } from '../../../shared/ipc/contract';

/** Channels that only read: their answers are cached, keyed by channel and input (ipc-query.ts). */
export const QUERY_CHANNELS = [
  'vault.status',
  'clients.list',
  'clients.get',
  'contacts.listEmployer',
  'staff.list',
  'reports.run',
  'reports.trend',
  'reports.explainClient',
  'reports.dataQuality',
  'reports.bySpecialist',
  'handEntered.get',
  'users.list',
  'audit.list',
  'settings.get',
  'home.week',
  'fidelity.list',
  'fidelity.get',
  'fidelity.due',
  'names.unlisted',
  'employers.list',
  'employers.history',
  'returns.templates',
  'returns.openTemplate',
  'returns.history',
  'backups.status',
] as const satisfies readonly ChannelName[];

export type QueryChannel = (typeof QUERY_CHANNELS)[number];
/** Every other channel: called on demand through useIpcMutation, never cached. */
export type MutationChannel = Exclude<ChannelName, QueryChannel>;

/**
 * Reads whose answer changes with nearly every call, reads included (opening a client's record is written to
 * the audit trail): read afresh each time a screen shows them, instead of invalidating them after everything.
 */
export const FRESH_ON_EVERY_VIEW: ReadonlySet<QueryChannel> = new Set(['audit.list']);

/** Everything recorded about clients: the caseload list and each record page. */
const CLIENT_RECORDS = ['clients.list', 'clients.get'] as const;
/**
 * Every figure worked out from the records, and the data-quality checks on them: the reports, the home
 * screen's week, and a fidelity review's suggestions (computed live from the records).
 */
/** Employers are built from employer contacts and jobs. */
const EMPLOYERS = ['employers.list', 'employers.history'] as const;
const FIGURES = ['reports.run', 'reports.trend', 'reports.explainClient', 'reports.dataQuality', 'reports.bySpecialist', 'home.week', 'fidelity.get'] as const;
/** Fidelity reviews: the list, one review, and what is due (reviews and overdue actions on the home screen). */
const FIDELITY = ['fidelity.list', 'fidelity.get', 'fidelity.due'] as const;
/** A whole workbook or the demo data can touch any record, and bring specialist and team names no list holds. */
const EVERY_RECORD = [...CLIENT_RECORDS, 'contacts.listEmployer', 'staff.list', 'handEntered.get', 'names.unlisted', ...FIGURES, ...EMPLOYERS] as const;

/**
 * The one table of what each call changes. After a call succeeds, the cached answers of the read channels
 * listed for it are fetched again if a screen shows them, and dropped otherwise, so no screen shows what
 * was true before the change. A new channel must be added here (or to QUERY_CHANNELS) or this does not
 * type-check.
 */
export const INVALIDATES = {
  'vault.setup': ['vault.status'],
  'vault.unlock': ['vault.status'],
  'vault.unlockWithRecoveryKey': ['vault.status'],
  'vault.setPassphraseAfterRecovery': ['vault.status'],
  // Ends the session: the `vault.locked` event it causes drops every cached answer (session.tsx).
  'vault.lock': [],
  'vault.changePassphrase': [],
  // The unlock screen lists who may unlock; Settings lists users and their roles.
  'users.add': ['users.list', 'vault.status'],
  'users.remove': ['users.list', 'vault.status'],
  'users.setRole': ['users.list', 'vault.status'],
  'vault.changeDatabaseKey': ['users.list', 'vault.status'],
  // The service name heads every screen (vault.status) as well as Settings.
  'settings.save': ['settings.get', 'vault.status', 'names.unlisted'],

  // Reads that must be asked afresh each time (a duplicate check before saving, a workbook to download).
  'clients.findMatches': [],
  'interchange.export': [],
  'audit.verify': [],
  'fidelity.reportHtml': [],
  'fidelity.reportPdf': [],
  'fidelity.scoresWorkbook': [],
  // A return's values depend on the period, the as-of date and every record: always computed afresh.
  'returns.preview': [],

  // Returns: the template list and a template's view show its mapping and last export; the history lists exports.
  'returns.loadTemplate': ['returns.templates'],
  'returns.saveMapping': ['returns.templates', 'returns.openTemplate'],
  'returns.deleteTemplate': ['returns.templates', 'returns.openTemplate', 'returns.history'],
  'returns.export': ['returns.templates', 'returns.openTemplate', 'returns.history'],
  'returns.repeat': ['returns.templates', 'returns.openTemplate', 'returns.history'],
  // Writes only its audit entry (the audit trail is read afresh on every view).
  'reports.exportTable': [],
  // A backup file's header, read when one is chosen.
  'backups.inspect': [],
  // The system's Open dialogs: a new answer each time, nothing changed.
  'dialogs.chooseBackupFile': [],
  'dialogs.chooseBackupFolder': [],

  'backups.create': ['backups.status'],
  'backups.setCopyFolder': ['backups.status'],
  // Ends any session (its `vault.locked` event drops every cached answer); from the set-up screen it makes one.
  'backups.restore': ['vault.status', 'backups.status'],
  'retention.preview': [],
  'clients.erasurePreview': [],
  'clients.subjectAccessExport': [],
  'clients.subjectAccessPdf': [],

  'fidelity.create': FIDELITY,
  'fidelity.saveDetails': FIDELITY,
  'fidelity.saveItem': FIDELITY,
  'fidelity.finalise': FIDELITY,
  'fidelity.copy': FIDELITY,
  'fidelity.deleteDraft': FIDELITY,
  'fidelity.saveAction': FIDELITY,
  'fidelity.deleteAction': FIDELITY,
  'fidelity.addProgressNote': FIDELITY,
  'fidelity.deleteProgressNote': FIDELITY,

  'clients.create': [...CLIENT_RECORDS, 'names.unlisted', ...FIGURES],
  // A changed client ID is the key contacts and jobs refer to.
  'clients.update': [...CLIENT_RECORDS, 'contacts.listEmployer', 'names.unlisted', ...FIGURES, ...EMPLOYERS],
  'clients.discharge': [...CLIENT_RECORDS, ...FIGURES],
  'clients.reopen': [...CLIENT_RECORDS, ...FIGURES],
  // Jobs and contacts move a client's status, current job and last contact on the caseload.
  'jobs.save': [...CLIENT_RECORDS, ...FIGURES, ...EMPLOYERS],
  'jobs.delete': [...CLIENT_RECORDS, ...FIGURES, ...EMPLOYERS],
  'contacts.save': [...CLIENT_RECORDS, 'contacts.listEmployer', 'names.unlisted', ...FIGURES, ...EMPLOYERS],
  'contacts.delete': [...CLIENT_RECORDS, 'contacts.listEmployer', ...FIGURES, ...EMPLOYERS],
  'activities.save': ['clients.get', ...FIGURES],
  'activities.delete': ['clients.get', ...FIGURES],
  'wellbeing.save': ['clients.get', ...FIGURES],
  'wellbeing.delete': ['clients.get', ...FIGURES],
  // Staff FTE is the divisor of caseload per full-time specialist; missing FTE is a data-quality problem.
  'staff.save': ['staff.list', 'names.unlisted', ...FIGURES],
  'staff.delete': ['staff.list', 'names.unlisted', ...FIGURES],
  'interchange.prepareImport': [],
  'interchange.import': EVERY_RECORD,
  'demo.load': EVERY_RECORD,
  // D7 is shown among the report's figures.
  'handEntered.save': ['handEntered.get', 'reports.run', 'home.week'],
  // Anonymising clears names and free text on clients and their jobs (figures stay as they were, explanations
  // change); a job's employer goes, so the employers built from jobs change too.
  'retention.anonymise': [...CLIENT_RECORDS, ...FIGURES, ...EMPLOYERS],
  // Erasing removes clients and their records (jobs among them: employers change), unlinks employer contacts
  // made for them, and may take the last use of a specialist or team name not on the lists.
  'clients.erase': [...CLIENT_RECORDS, 'contacts.listEmployer', 'names.unlisted', ...FIGURES, ...EMPLOYERS],
  // Renames specialists or teams on clients and contacts: every list and per-specialist figure.
  'names.merge': [...CLIENT_RECORDS, 'contacts.listEmployer', 'names.unlisted', ...FIGURES],
} as const satisfies Record<MutationChannel, readonly QueryChannel[]>;
