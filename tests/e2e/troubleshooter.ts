import { expect, type Page } from '@playwright/test';

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The answer link whose label is exactly `label` (its hint, if any, is not part of the match). */
export function answerLink(page: Page, label: string) {
  return page.locator('.answers a.answer', {
    has: page.locator('strong', { hasText: new RegExp(`^${escape(label)}$`) }),
  });
}

/** Clicks through the answers from the tree's start page, checking each step lands on a new question. */
export async function answerPath(page: Page, tree: string, labels: readonly string[]) {
  await page.goto(`troubleshoot/${tree}/`);
  for (const label of labels) {
    const before = await page.getByRole('heading', { level: 1 }).textContent();
    await answerLink(page, label).click();
    await expect(page.getByRole('heading', { level: 1 })).not.toHaveText(before!);
  }
}

export const outcomeKind = (page: Page) => page.locator('.outcome-kind');
