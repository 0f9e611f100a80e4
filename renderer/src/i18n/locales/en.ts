/** English UI strings. Every other locale must have exactly these keys (a unit test checks it). */
export const en = {
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
    home: 'Home',
    settings: 'Settings',
  },
  home: {
    title: 'Welcome to Liaison',
    intro:
      'Liaison keeps your delegation’s meetings, people, organizations and agreements on this computer, works without a network, and merges everyone’s notes after the trip.',
    settingsHint: 'Choose your language and theme in Settings.',
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
