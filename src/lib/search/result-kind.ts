/**
 * What kind of page a search result is, read from its URL alone, so pages need
 * no markup for it. Null for pages search should not lead to (such as a
 * troubleshooter step tailored to someone's answers).
 */
export type ResultKind = 'Guide' | 'Error message' | 'Troubleshooter result' | 'Change';

/** The guides whose sections are each about one error message. */
const ERROR_GUIDES = ['/guides/login-error-messages/', '/guides/api-login-errors/'];

/** `path` is root-relative without the base path, and may carry a #section. */
export function resultKind(path: string): ResultKind | null {
  const [page = '', section] = path.split('#');
  // Its sections named after an error code (ids such as invalid_login); others, like "Not sure what applies", are guide text.
  if (ERROR_GUIDES.includes(page) && section?.includes('_')) return 'Error message';
  if (/^\/guides\/[^/]+\/$/.test(page)) return 'Guide';
  if (/^\/troubleshoot\/[^/]+\/result\/[^/]+\/$/.test(page)) return 'Troubleshooter result';
  if (page.startsWith('/changes/')) return 'Change';
  return null;
}
