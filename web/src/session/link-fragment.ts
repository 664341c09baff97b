/**
 * The parameters an emailed link carries after '#' (`/verify-email#token=…`): a fragment is never
 * sent to the server, so the secret in it reaches no access log or proxy.
 */
export const linkFragment = (): Record<string, string> => Object.fromEntries(new URLSearchParams(location.hash.slice(1)));
