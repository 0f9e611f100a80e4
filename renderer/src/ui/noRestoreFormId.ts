/**
 * The id of an empty `<form autocomplete="off">` in renderer/index.html that every long-text field
 * belongs to (its `form` attribute). Chromium keeps the values of a page's form controls in its
 * session-restore files on disk (Sessions/Session_*, Tabs_*), in clear, so that Back can refill them:
 * minutes, notes and scope typed into a textarea landed there even with encryption at rest on. It skips
 * a control whose form has autocomplete off; for a textarea its own autocomplete attribute is not
 * enough. The fields are controlled by React and never submitted, so the association changes nothing
 * else. The encryption-at-rest canary e2e found this.
 */
export const NO_RESTORE_FORM_ID = 'liaison-no-restore';
