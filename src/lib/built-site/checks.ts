/**
 * The checks that need the built site: internal links and anchors resolve, and guide pages stay within
 * their HTML budget. Each problem names the page and the content file to fix.
 */
import { findBrokenLinks } from '../link-check.ts';
import { GUIDE_HTML_BUDGET_BYTES, kilobytes } from '../page-weight.ts';
import { sourceFileForRoute } from '../routes.ts';
import { guideFileName } from '../content-dir.ts';
import { withoutBase } from '../url.ts';
import { throwBuildProblems, type BuildProblem } from '../build-problems.ts';
import type { BuiltPage } from './pages.ts';

const ORIGIN = 'https://site.invalid';

/** Every internal link and #anchor must lead to a built page, file or element id; `files` are the site's, inside it. */
function brokenLinkProblems(pages: readonly BuiltPage[], files: readonly string[], basePath: string): BuildProblem[] {
  const fileUrls = new Set(files.map((file) => `${basePath}${file}`));
  return findBrokenLinks(pages, fileUrls, ORIGIN).map((link) => ({
    file:
      sourceFileForRoute(withoutBase(basePath, link.page) ?? link.page, guideFileName) ?? `the built page ${link.page}`,
    where: `link "${link.href}" on ${link.page}`,
    message: `The link leads nowhere: ${link.reason}.`,
    fix:
      'Link to an existing page with a root-relative path ending in "/", such as /guides/reset-your-security-token/, ' +
      'and to an anchor that is a heading id on that page.',
  }));
}

/** Each guide page's HTML, gzipped, must stay within its budget. */
function guideBudgetProblems(pages: readonly BuiltPage[]): BuildProblem[] {
  return pages.flatMap(({ guide }) =>
    guide && guide.gzipBytes > GUIDE_HTML_BUDGET_BYTES
      ? [
          {
            file: sourceFileForRoute(guide.route, guideFileName) ?? `the built page ${guide.route}`,
            where: 'the whole file',
            message: `${guide.route} is ${kilobytes(guide.gzipBytes)} gzipped.`,
            fix:
              'Split the guide into two guides that link to each other, or move long reference material (tables, ' +
              'error lists) to its own guide.',
          },
        ]
      : [],
  );
}

/** Throws the broken links, else the guides over budget; `files` are every file of the site, as paths inside it. */
export function checkBuiltPages(pages: readonly BuiltPage[], files: readonly string[], basePath: string): void {
  throwBuildProblems('Broken internal links', brokenLinkProblems(pages, files, basePath));
  throwBuildProblems(
    `Guide pages over the HTML budget of ${kilobytes(GUIDE_HTML_BUDGET_BYTES)} gzipped`,
    guideBudgetProblems(pages),
  );
}
