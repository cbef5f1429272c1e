import type { Role } from '../roles';
import type { ChannelName } from './contract';

/**
 * The one table of who may call each channel: `public` needs no signed-in user (status, set-up, unlock);
 * otherwise the least role needed. The router enforces it before it parses the input, and a test loops over
 * every channel and role. A new channel must be added here or the contract does not type-check.
 */
export type ChannelAccess = 'public' | Role;

export const channelAccess = {
  'vault.status': 'public',
  'vault.setup': 'public',
  'vault.unlock': 'public',
  'vault.unlockWithRecoveryKey': 'public',
  // Only meaningful in the recovery session, which has no user yet; the vault checks that state.
  'vault.setPassphraseAfterRecovery': 'public',
  'vault.changePassphrase': 'viewer',
  'vault.lock': 'public',
  'vault.changeDatabaseKey': 'manager',
  'users.list': 'manager',
  'users.add': 'manager',
  'users.remove': 'manager',
  'users.setRole': 'manager',
  'audit.list': 'manager',
  'audit.verify': 'manager',
  'settings.get': 'viewer',
  'settings.save': 'manager',
  'home.week': 'viewer',
  'names.unlisted': 'viewer',
  'employers.list': 'viewer',
  'employers.history': 'viewer',
  // Renames a name across every record: the manager's call.
  'names.merge': 'manager',

  'clients.list': 'viewer',
  'clients.get': 'viewer',
  'clients.findMatches': 'viewer',
  'clients.create': 'specialist',
  'clients.update': 'specialist',
  'clients.discharge': 'specialist',
  'clients.reopen': 'specialist',
  'jobs.save': 'specialist',
  'jobs.delete': 'specialist',
  'contacts.save': 'specialist',
  'contacts.delete': 'specialist',
  'contacts.listEmployer': 'viewer',
  'activities.save': 'specialist',
  'activities.delete': 'specialist',
  'wellbeing.save': 'specialist',
  'wellbeing.delete': 'specialist',
  'staff.list': 'viewer',
  'staff.save': 'manager',
  'staff.delete': 'manager',
  // A whole workbook of records at once, possibly over existing ones: the manager's call.
  'interchange.import': 'manager',
  'interchange.prepareImport': 'manager',
  'interchange.export': 'specialist',
  'demo.load': 'manager',

  'reports.run': 'viewer',
  'reports.trend': 'viewer',
  'reports.explainClient': 'viewer',
  'reports.dataQuality': 'viewer',
  // Taking records away is a specialist's (roles.ts), as for the interchange export; the export is audited.
  'reports.exportTable': 'specialist',
  'reports.bySpecialist': 'viewer',
  'handEntered.get': 'viewer',
  'handEntered.save': 'specialist',

  // Fidelity reviews: everyone reads; specialists draft reviews and keep action plans; making a review final
  // (it is then what the service reports to commissioners) and starting a new review from a final one are
  // the manager's.
  'fidelity.list': 'viewer',
  'fidelity.get': 'viewer',
  'fidelity.due': 'viewer',
  'fidelity.reportHtml': 'viewer',
  'fidelity.reportPdf': 'viewer',
  'fidelity.scoresWorkbook': 'viewer',
  'fidelity.create': 'specialist',
  'fidelity.saveDetails': 'specialist',
  'fidelity.saveItem': 'specialist',
  'fidelity.deleteDraft': 'specialist',
  'fidelity.saveAction': 'specialist',
  'fidelity.deleteAction': 'specialist',
  'fidelity.addProgressNote': 'specialist',
  'fidelity.deleteProgressNote': 'specialist',
  'fidelity.finalise': 'manager',
  'fidelity.copy': 'manager',

  // Returns: anyone may look (the figures are the report's); a specialist may load templates, map cells
  // and export, since filling in returns is part of the job. Identifiable client rows (names, NHS number,
  // date of birth) are the manager's decision: returns.export and returns.repeat refuse them to anyone else.
  // Removing a template the team relies on is the manager's call too.
  'returns.templates': 'viewer',
  'returns.openTemplate': 'viewer',
  'returns.preview': 'viewer',
  'returns.history': 'viewer',
  'returns.loadTemplate': 'specialist',
  'returns.saveMapping': 'specialist',
  'returns.export': 'specialist',
  'returns.repeat': 'specialist',
  'returns.deleteTemplate': 'manager',
  // Backups hold every record: making them, seeing them and choosing where copies go is the manager's.
  'backups.status': 'manager',
  'backups.create': 'manager',
  'backups.setCopyFolder': 'manager',
  // Restoring must work with no one signed in (a new laptop, a lost keyring): the vault checks who may
  // (a signed-in manager, or else a manager whose passphrase or the recovery key opens the backup).
  'backups.inspect': 'public',
  'backups.restore': 'public',
  // Only shows the system's Open dialog and hands back the path picked: choosing a backup file must work
  // before anyone can sign in (restoring on a new laptop); choosing where copies go is the manager's, as
  // setting it is.
  'dialogs.chooseBackupFile': 'public',
  'dialogs.chooseBackupFolder': 'manager',
  // Retention, subject access and erasure act for the service as data controller on whole records: the
  // manager's, so one accountable person does them and the audit trail shows who. A subject access export
  // takes a person's whole file out of the encrypted store (the interchange export is everyone's records for
  // the team's own work; this one is for the person, so it is answered formally).
  'retention.preview': 'manager',
  'retention.anonymise': 'manager',
  'clients.subjectAccessExport': 'manager',
  'clients.subjectAccessPdf': 'manager',
  'clients.erasurePreview': 'manager',
  'clients.erase': 'manager',
} as const satisfies Record<ChannelName, ChannelAccess>;
