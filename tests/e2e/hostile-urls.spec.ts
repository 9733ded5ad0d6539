/** Hostile and stale addresses get a helpful page, never a crash or injected markup. */
import { expect, test } from '@playwright/test';

test('hostile and stale addresses get a helpful page, never a crash or injected markup', async ({ page, request }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  const hostile = [
    'troubleshoot/token/%3Cscript%3Ealert(1)%3C%2Fscript%3E/',
    'troubleshoot/token/get-a-token/%00/',
    'guides/%00/',
    'guides/..%2F..%2Fpackage.json',
    'troubleshoot/%2e%2e/%2e%2e/etc/passwd',
    `search/?q=${'a'.repeat(5000)}`,
    `search/?q=${encodeURIComponent('"><svg onload=alert(1)>')}`,
  ];
  for (const path of hostile) {
    const response = await request.get(path);
    expect(response.status(), path).toBeLessThan(500);
    expect(await response.text(), path).not.toContain('"name": "security-token-help"');
    await page.goto(path);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    expect(
      await page.locator('main script:not([type="module"]), main svg[onload], main img[onerror]').count(),
      path,
    ).toBe(0);
  }
  await page.goto(`search/?q=${'a'.repeat(5000)}`);
  await expect(page.locator('#search-status')).toContainText('No results');
  expect(dialogs).toEqual([]);
});
