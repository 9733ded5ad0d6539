/**
 * "Did this answer your question?" with an endpoint configured: the sub-path build
 * sets FEEDBACK_ENDPOINT=/help/feedback-endpoint-for-tests/ (package.json build:subpath),
 * and each test answers for that endpoint with page.route.
 */
import { expect, test, type Page } from '@playwright/test';

const ENDPOINT = '**/help/feedback-endpoint-for-tests/';
const GUIDE = 'guides/reset-your-security-token/';

const feedback = (page: Page) => page.getByRole('region', { name: 'Did this answer your question?' });

test('a "No" vote is POSTed to the endpoint, and only an accepted vote is called sent', async ({ page }) => {
  const votes: unknown[] = [];
  await page.route(ENDPOINT, async (route) => {
    expect(route.request().method()).toBe('POST');
    votes.push(route.request().postDataJSON());
    await route.fulfill({ status: 204 });
  });
  await page.goto(GUIDE);
  await feedback(page).getByRole('button', { name: 'No' }).click();
  await expect(feedback(page).getByRole('status')).toHaveText(/Your answer was sent/);
  expect(votes).toEqual([{ page: 'guides/reset-your-security-token', helpful: false }]);
  await expect(feedback(page).getByRole('button', { name: 'Try again' })).toBeHidden();
});

for (const failure of ['a 500 reply', 'a network error'] as const) {
  test(`after ${failure} the widget says the vote was not sent and offers a retry that sends it`, async ({ page }) => {
    let attempts = 0;
    await page.route(ENDPOINT, async (route) => {
      attempts++;
      if (attempts > 1) return route.fulfill({ status: 204 });
      if (failure === 'a 500 reply') return route.fulfill({ status: 500 });
      return route.abort('internetdisconnected');
    });
    await page.goto(GUIDE);
    await feedback(page).getByRole('button', { name: 'Yes' }).click();
    const status = feedback(page).getByRole('status');
    await expect(status).toHaveText(/could not be sent/);
    await expect(status).not.toContainText('was sent');
    await feedback(page).getByRole('button', { name: 'Try again' }).click();
    await expect(status).toHaveText('Thank you. Your answer was sent.');
    expect(attempts).toBe(2);
  });
}

test('the next steps offer to suggest a change through the configured edit link', async ({ page }) => {
  await page.goto(GUIDE);
  await expect(
    page.getByRole('region', { name: 'Still stuck?' }).getByRole('link', { name: 'Suggest a change to this page' }),
  ).toHaveAttribute('href', /\/edit\/main\/content\/guides\/reset-your-security-token\.md$/);
});
