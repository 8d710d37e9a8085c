// The pointer gestures the chart's dev scripts (measure.ts, trace.ts) replay, so both
// time the same input.
import type { Page } from 'playwright-core';

/** Zoom wheel steps (Ctrl held: the plain wheel scrolls) alternating in and out at the pointer, `pauseMs` apart. */
export async function wheelBackAndForth(page: Page, steps: number, pauseMs = 60): Promise<void> {
  await page.keyboard.down('Control');
  for (let i = 0; i < steps; i++) {
    await page.mouse.wheel(0, i % 2 === 0 ? -100 : 100);
    await page.waitForTimeout(pauseMs);
  }
  await page.keyboard.up('Control');
}

/** One drag from (cx, cy): 40 steps of 10 px out to one side and back, then a 300 ms rest. */
export async function dragBackAndForth(page: Page, cx: number, cy: number): Promise<void> {
  await page.mouse.move(cx, cy);
  await page.mouse.down();
  for (let i = 0; i < 40; i++) {
    const dx = i < 20 ? -40 * (i + 1) : -40 * (40 - i);
    await page.mouse.move(cx + dx / 4, cy);
    await page.waitForTimeout(40);
  }
  await page.mouse.up();
  await page.waitForTimeout(300);
}
