/**
 * The site's settings in one place. SITE_URL and BASE_PATH (environment
 * variables) override the defaults, so one checkout can be built for any host.
 */
export interface SiteConfig {
  /** The site's name, in the header and every page title. */
  title: string;
  /** One sentence about the site, for the home page and social cards. */
  description: string;
  /** Absolute URL of the deployed site, used for canonical links and the sitemap. */
  siteUrl: string;
  /** The sub-path the site is served under: "/" at the root, "/help/" under a folder. */
  basePath: string;
  /** Where "Edit this page" points: the repository's edit URL for the main branch, or "" for no link. */
  editBaseUrl: string;
  /** Where "Did this answer your question?" votes are POSTed as JSON, or "" to send nothing. */
  feedbackEndpoint: string;
  /** The troubleshooter that the site's general "find your fix" links open (a file name in content/troubleshooters/). */
  mainTroubleshooter: string;
}

function normaliseBasePath(value: string): string {
  const trimmed = value.trim().replace(/^\/+|\/+$/g, '');
  return trimmed === '' ? '/' : `/${trimmed}/`;
}

export const siteConfig: SiteConfig = {
  title: 'Security Token Help',
  description:
    'Plain-language help for Salesforce security tokens: where the token comes from, where it goes, and what to do when the reset option is missing.',
  siteUrl: process.env.SITE_URL ?? 'https://token-help.example.org',
  basePath: normaliseBasePath(process.env.BASE_PATH ?? '/'),
  editBaseUrl: process.env.EDIT_BASE_URL ?? '',
  feedbackEndpoint: process.env.FEEDBACK_ENDPOINT ?? '',
  mainTroubleshooter: 'token',
};
