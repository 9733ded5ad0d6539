/**
 * Checks the FEEDBACK_ENDPOINT setting before anything is built, and returns
 * the origin the CSP's connect-src must allow ('' when votes stay on this site).
 * Allowed: empty (no votes are sent), a path on this site ("/feedback/"), or an
 * https:// URL. A protocol-relative or plain-http address would send readers'
 * votes unencrypted from some pages, so it fails the build with the fix.
 */
export function feedbackEndpointOrigin(endpoint: string): string {
  const setting = `FEEDBACK_ENDPOINT "${endpoint}"`;
  if (endpoint === '') return '';
  if (endpoint.startsWith('//'))
    throw new Error(
      `${setting} is protocol-relative, so on an http page votes would be sent unencrypted. Write it as https:${endpoint}, or as a path on this site such as /feedback/.`,
    );
  if (endpoint.startsWith('/')) return '';
  let url: URL;
  try {
    url = new URL(endpoint);
  } catch {
    throw new Error(
      `${setting} is neither an https:// URL nor a path on this site. Use for example https://feedback.example.com/votes or /feedback/.`,
    );
  }
  if (url.protocol !== 'https:')
    throw new Error(
      `${setting} uses ${url.protocol} instead of https:, so votes would be sent unencrypted or not at all. Use an https:// URL, or a path on this site such as /feedback/.`,
    );
  return url.origin;
}
