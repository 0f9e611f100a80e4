/**
 * English UI strings. Every other locale must have exactly these keys (a unit test checks it). Each
 * feature keeps its strings beside its code and is composed here.
 */
import { commonEn, validationEn } from './commonStrings';
import { labelsEn } from '../../../../shared/i18n/labels';
import { eventsEn } from '../../events/strings';
import { todayEn } from '../../today/strings';
import { meetingsEn } from '../../meetings/strings';
import { attachmentsEn } from '../../attachments/strings';
import { peopleEn } from '../../people/strings';
import { organizationsEn } from '../../organizations/strings';
import { agreementsEn } from '../../agreements/strings';
import { followUpsEn } from '../../followUps/strings';
import { conflictsEn } from '../../conflicts/strings';
import { captureEn } from '../../capture/strings';
import { setupEn } from '../../setup/strings';
import { sampleEn } from '../../sample/strings';
import { searchEn } from '../../search/strings';
import { exportsEn } from '../../exports/strings';
import { exchangeEn } from '../../dataExchange/strings';
import { syncEn } from '../../sync/strings';
import { backupEn } from '../../backup/strings';
import { storageEn } from '../../storage/strings';
import { securityEn } from '../../security/strings';

export const en = {
  common: commonEn,
  validation: validationEn,
  labels: labelsEn,
  events: eventsEn,
  today: todayEn,
  meetings: meetingsEn,
  attachments: attachmentsEn,
  people: peopleEn,
  organizations: organizationsEn,
  agreements: agreementsEn,
  followUps: followUpsEn,
  conflicts: conflictsEn,
  capture: captureEn,
  setup: setupEn,
  sample: sampleEn,
  search: searchEn,
  exports: exportsEn,
  exchange: exchangeEn,
  sync: syncEn,
  backup: backupEn,
  storage: storageEn,
  security: securityEn,
  app: {
    name: 'Liaison',
    tagline: 'Meetings and agreements of your delegation',
    skipToContent: 'Skip to content',
    loading: 'Opening your archive…',
    startFailed: 'Liaison could not start',
    startFailedHelp: 'Your data has not been changed. Close other Liaison windows and reload.',
    reload: 'Reload',
  },
  nav: {
    label: 'Main',
    today: 'Today',
    meetings: 'Meetings',
    events: 'Events & agenda',
    people: 'People',
    organizations: 'Organizations',
    agreements: 'Agreements',
    followUps: 'Follow-ups',
    conflicts: 'Conflicts',
    sync: 'Sync',
    exports: 'Import & export',
    newMeeting: 'Log a meeting',
    home: 'Home',
    settings: 'Settings',
  },
  home: {
    title: 'Welcome to Liaison',
    intro:
      'Liaison keeps your delegation’s meetings, people, organizations and agreements on this computer, works without a network, and merges everyone’s notes after the trip.',
    emptyTitle: 'Your archive is empty',
    emptyIntro: 'Create your event to start logging meetings, or load the sample conference to look around.',
    createEvent: 'Create an event',
    overview: 'Archive overview',
    meetings: 'Meetings',
    organizations: 'Organizations',
    agreements: 'Agreements',
    openFollowUps: 'Open follow-ups',
    currentEvent: 'Current event: {{name}}',
    logMeeting: 'Log a meeting (Ctrl+N)',
  },
  settings: {
    title: 'Settings',
    language: {
      title: 'Language',
      label: 'Interface language',
    },
    theme: {
      title: 'Theme',
      label: 'Colour theme',
      light: 'Light',
      dark: 'Dark',
      system: 'Follow the system',
    },
    device: {
      title: 'This laptop',
      name: 'Name of this laptop',
      nameHint: 'Tells this laptop’s changes apart when everyone’s notes are merged.',
      self: 'Who is using this laptop',
      selfHint: 'The author of your notes and the default participant in meetings you log.',
    },
    letterhead: {
      title: 'Letterhead of documents',
      name: 'Institution name',
      logo: 'Logo (PNG, JPEG or WebP, up to 512 KB)',
      logoPreview: 'Letterhead logo',
      removeLogo: 'Remove logo',
      logoTooLarge: '{{name}} is larger than 512 KB. Choose a smaller image.',
      logoType: '{{name}} is not a PNG, JPEG or WebP image.',
    },
    synthetic: {
      title: 'Large test archive',
      description:
        'For trying Liaison at an institution’s scale: adds a generated archive with names in six scripts. Its people and organizations are invented.',
      size: 'Size',
      meetings: '{{formatted}} meetings and related records',
      load: 'Add synthetic archive',
      progressLabel: 'Adding the synthetic archive',
      running: 'Adding records: {{done}} of {{total}}…',
      done: 'Added {{done}} records in {{seconds}} s.',
      cancelled: 'Cancelled after {{done}} records; those are kept.',
    },
    sample: {
      title: 'Sample data',
    },
    storage: {
      title: 'Storage on this computer',
      persisted: 'Protected from automatic clean-up',
      notPersisted: 'Not protected: the browser may clear it when the disk is low',
      unknown: 'Unknown',
      requestPersist: 'Protect storage',
      used: 'Used',
      available: 'Available to Liaison',
      usageValue: '{{used}} of {{quota}}',
      refresh: 'Refresh',
      unavailable: 'This browser does not report storage.',
    },
    about: {
      title: 'About',
      version: 'Version',
      platform: 'Platform',
      desktop: 'Desktop app ({{platform}}, {{arch}})',
      web: 'Web browser',
      electron: 'Electron',
      chrome: 'Chromium',
      dataFolder: 'Data folder',
      browserStorage: 'This browser’s storage for {{origin}}',
    },
  },
  languages: {
    en: 'English',
    'zh-CN': '简体中文',
  },
  errors: {
    generic: 'Something went wrong: {{message}}',
  },
} as const;
