import type { ComponentType } from 'react';
import type { IsoDate } from '../../../../shared/dates';
import type { ClientDetail } from '../../../../shared/ipc/records';
import { ActivitiesTab } from './tabs/ActivitiesTab';
import { ContactsTab } from './tabs/ContactsTab';
import { DetailsTab } from './tabs/DetailsTab';
import { JobsTab } from './tabs/JobsTab';
import { TimelineTab } from './tabs/TimelineTab';
import { WellbeingTab } from './tabs/WellbeingTab';
import { WhyCountedTab } from '../reports/WhyCountedPanel';

export interface RecordTabProps {
  detail: ClientDetail;
  today: IsoDate;
  /** The Details tab shows the form instead of the summary. */
  editing: boolean;
  setEditing(editing: boolean): void;
}

export interface RecordTab {
  /** The last part of the URL: `#/clients/<id>/<key>`. */
  key: string;
  label: string;
  /** Shown after the label, e.g. "Jobs (2)". */
  count?(detail: ClientDetail): number;
  Panel: ComponentType<RecordTabProps>;
}

/**
 * The sections of a client record, in order. Adding a section is one line here (the reports helper adds
 * "Why is this client (not) counted?" this way).
 */
export const RECORD_TABS: RecordTab[] = [
  { key: 'details', label: 'Details', Panel: DetailsTab },
  { key: 'jobs', label: 'Jobs', count: (d) => d.jobs.length, Panel: JobsTab },
  { key: 'contacts', label: 'Contacts', count: (d) => d.contacts.length, Panel: ContactsTab },
  { key: 'activities', label: 'Activities', count: (d) => d.activities.length, Panel: ActivitiesTab },
  { key: 'wellbeing', label: 'Wellbeing', count: (d) => d.wellbeing.length, Panel: WellbeingTab },
  { key: 'timeline', label: 'Timeline', Panel: TimelineTab },
  { key: 'why-counted', label: 'Why counted?', Panel: WhyCountedTab },
];
