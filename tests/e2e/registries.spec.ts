/**
 * The source and change registries as readers see them: /sources/, /changes/
 * and the dated notice on a page. Tense is checked against the build date the
 * page states, so these tests pass on any day.
 */
import { expect, test, type Page } from '@playwright/test';

const FLOW_RETIRED = 'username-password-flow-retired';
const FLOW_RETIRED_DAY = '2027-02-20';

/** The day /changes/ says it was built, as YYYY-MM-DD. */
async function buildDate(page: Page): Promise<string> {
  await page.goto('changes/');
  return (await page.locator('[data-build-date]').getAttribute('data-build-date'))!;
}

test('/sources/ lists every source by publisher, with its checked date and the pages citing it', async ({ page }) => {
  await page.goto('sources/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  for (const publisher of ['Salesforce', 'Third party']) {
    await expect(page.getByRole('heading', { level: 2, name: publisher, exact: true })).toBeVisible();
  }
  const items = page.locator('.source-list > li');
  expect(await items.count()).toBeGreaterThan(50);
  for (const item of await items.all()) {
    await expect(item.locator('> a')).toHaveAttribute('href', /^https:\/\//);
    await expect(item.locator('time')).toHaveAttribute('datetime', /^\d{4}-\d{2}-\d{2}$/);
    expect(await item.locator('ul a').count(), `${await item.getAttribute('id')} is cited`).toBeGreaterThan(0);
  }

  // A client's sources are cited by the guides whose client tables show that client (read from the MDX guide's file).
  const clientTable = page.getByRole('link', {
    name: 'Where to enter the security token in your app or code (client table: Salesforce CLI (sf))',
    exact: true,
  });
  expect(await clientTable.count()).toBeGreaterThan(0);
  await expect(clientTable.first()).toHaveAttribute('href', /\/guides\/use-the-token-in-your-client\/$/);

  const retirement = page.locator('[id="kb-005132110-platform-soap-api-login"]');
  const url = (await retirement.locator('> a').getAttribute('href'))!;
  await retirement.getByRole('link', { name: 'Move off password and security token logins', exact: true }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Move off password and security token logins');
  await expect(page.getByRole('region', { name: 'Sources' }).locator(`a[href="${url}"]`)).toHaveCount(1);
});

test('/changes/ is a timeline split at the build date, in the right tense', async ({ page }) => {
  const builtOn = await buildDate(page);
  const upcoming = builtOn < FLOW_RETIRED_DAY;
  const flow = page.locator(`[id="${FLOW_RETIRED}"]`);
  await expect(flow).toHaveAttribute('data-change-status', upcoming ? 'upcoming' : 'in-effect');
  await expect(flow).toContainText(
    `${upcoming ? 'stops' : 'stopped'} working for connected apps on February 20, 2027.`,
  );
  // A change long past is always in effect, in the past tense.
  const device = page.locator('[id="cli-device-login-blocked"]');
  await expect(device).toHaveAttribute('data-change-status', 'in-effect');
  await expect(device).toContainText('was blocked on August 28, 2025.');
  // A change Salesforce dates only by release says so, with the estimate marked as such.
  await expect(page.locator('[id="soap-login-retired"]')).toContainText("Summer '27 (about June 2027)");
  for (const item of await page.locator('[data-change-status]').all()) {
    await expect(item.getByRole('link').first()).toHaveAttribute('href', /^https:\/\//);
  }
  await expect(page.getByRole('heading', { level: 2, name: 'Upcoming changes' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Changes already in effect' })).toBeVisible();
});

test('a guide and a troubleshooter result about a change show a dated notice near the top', async ({ page }) => {
  const builtOn = await buildDate(page);
  const tense = builtOn < FLOW_RETIRED_DAY ? 'stops' : 'stopped';
  const pagesAbout = page.locator(`[id="${FLOW_RETIRED}"] ul a`);
  const guideLink = pagesAbout.filter({ hasText: 'Move off password and security token logins' });
  const resultLink = pagesAbout.filter({ hasText: 'result)' }).first();
  const resultHref = (await resultLink.getAttribute('href'))!;

  await guideLink.click();
  const notice = page.locator(`[data-change-notice="${FLOW_RETIRED}"]`);
  await expect(notice).toContainText(`${tense} working for connected apps on February 20, 2027`);
  // Near the top: before the guide's first section heading.
  const noticeTop = (await notice.boundingBox())!.y;
  const firstSection = (await page.locator('article h2').first().boundingBox())!.y;
  expect(noticeTop).toBeLessThan(firstSection);
  await page.getByRole('link', { name: 'All changes to password and token logins' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes to password and token logins');

  await page.goto(resultHref);
  await expect(page.locator(`[data-change-notice="${FLOW_RETIRED}"]`)).toContainText(`${tense} working`);
});

test('the footer links to the sources and changes pages', async ({ page }) => {
  await page.goto('');
  const footer = page.locator('footer');
  await footer.getByRole('link', { name: 'Sources' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sources');
  await page.locator('footer').getByRole('link', { name: 'Changes' }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Changes to password and token logins');
});
