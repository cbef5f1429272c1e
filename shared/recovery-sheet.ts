/**
 * What the printed recovery sheet says beside the key: what it is, where to keep it, and what to do on the
 * day it is needed. One text for the set-up screen's printout (A4) and for the command line's `init`.
 */
export interface RecoverySheetSection {
  heading: string;
  lines: readonly string[];
}

export const RECOVERY_SHEET_TITLE = 'IPS Desk recovery key';

export const RECOVERY_SHEET_SECTIONS: readonly RecoverySheetSection[] = [
  {
    heading: 'What this is',
    lines: [
      "This key opens the service's IPS Desk records when nobody can remember their passphrase, or when the laptop is lost or broken and only a backup is left.",
      'It was shown once, when IPS Desk was set up, and cannot be shown again.',
    ],
  },
  {
    heading: 'Where to keep it',
    lines: [
      "Lock this sheet away from the laptop and from its backups: in a locked drawer or the service's safe.",
      'Do not photograph, scan or email it, and do not save it on a computer.',
      'Write below who holds it, so the team knows whom to ask.',
    ],
  },
  {
    heading: 'If everyone forgets their passphrase',
    lines: ['On the unlock screen, choose "Use the recovery key instead", type the key (capitals, spaces and dashes do not matter) and choose a new passphrase.'],
  },
  {
    heading: 'If the laptop is lost, stolen or broken',
    lines: [
      'Find the newest backup: a file ending in .ipsdesk-backup, in the second backup folder chosen in Settings (for example a network folder).',
      'On another computer, install IPS Desk, choose "Restore from a backup", pick that file, type this key and choose a new passphrase.',
      'From a terminal: restore --from BACKUP --db FILE --recovery-key KEY --new-passphrase P',
      'A backup file and this key are all you need: the old laptop is not.',
    ],
  },
  {
    heading: 'If this sheet is lost, or someone else may have seen it',
    lines: ['Tell your manager and your information governance lead straight away.'],
  },
];

/** The sheet as plain text lines (the command line prints it under the key). */
export function recoverySheetText(): string[] {
  return RECOVERY_SHEET_SECTIONS.flatMap((section) => ['', section.heading, ...section.lines.map((line) => `  ${line}`)]);
}
