/** The 404 page's repair of a stale troubleshooter address in the build under /help/ (npm run build:subpath). */
import { expect, test } from '@playwright/test';

test('a stale address under /help/ is repaired to a step under /help/', async ({ page }) => {
  const asked: string[] = [];
  page.on('request', (request) => {
    if (request.method() === 'HEAD') asked.push(new URL(request.url()).pathname);
  });
  const response = await page.goto('troubleshoot/token/get-a-token/no-such-answer/more/');
  expect(response?.status()).toBe(404);
  const link = page
    .getByRole('region', { name: 'This troubleshooter step has changed' })
    .getByRole('link', { name: 'Continue from your last valid answer' });
  await expect(link).toHaveAttribute('href', '/help/troubleshoot/token/get-a-token/');
  expect(asked).toEqual([
    '/help/troubleshoot/token/',
    '/help/troubleshoot/token/get-a-token/',
    '/help/troubleshoot/token/get-a-token/no-such-answer/',
  ]);
  await link.click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('What do you want to connect to Salesforce?');
});
