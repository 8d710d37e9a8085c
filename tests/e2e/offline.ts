// Opening an exported file from disk with the network blocked, for the export and story tests.
import { pathToFileURL } from 'node:url';
import type { Page } from '@playwright/test';

/** Opens a file: page with every other request refused, and returns the refused addresses. */
export async function openOffline(page: Page, file: string): Promise<string[]> {
  const attempted: string[] = [];
  await page.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith('file:') || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    attempted.push(url);
    return route.abort('internetdisconnected');
  });
  await page.goto(pathToFileURL(file).href);
  return attempted;
}
