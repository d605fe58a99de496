// A filter field's issue (an unreadable date, a period the wrong way round), as the log and the
// orders page both say it.
import type { Locator } from 'playwright-core';
import { expect } from 'vitest';

/**
 * The issue is said under its field: in its column, below it and above `next` (the row of filters
 * that follows), tied to it (aria-describedby: the words shown, which do not name the field again),
 * and announced (an alert) with the field's name first, a name that takes no room on screen.
 */
export async function expectIssueUnder(
  field: Locator,
  issue: Locator,
  label: string,
  next: Locator,
): Promise<void> {
  await issue.waitFor();
  expect(await issue.getAttribute('role')).toBe('alert');
  const described = (await field.getAttribute('aria-describedby'))?.split(/\s+/) ?? [];
  const shown = await issue.evaluate(
    (p, ids) => ids.flatMap((id) => p.querySelector(`[id="${id}"]`)?.textContent ?? []),
    described,
  );
  expect(shown).toHaveLength(1);
  expect(shown[0]).not.toContain(label);
  expect(await issue.textContent()).toBe(`${label}: ${shown[0]}`);
  const hidden = await issue.locator('.visually-hidden').boundingBox();
  expect(hidden?.width ?? 0).toBeLessThanOrEqual(1);
  const [own, said, after] = await Promise.all([
    field.boundingBox(),
    issue.boundingBox(),
    next.boundingBox(),
  ]);
  if (!own || !said || !after) throw new Error('the field, its issue or the row after them is not shown');
  expect(said.y).toBeGreaterThanOrEqual(own.y + own.height);
  expect(Math.abs(said.x - own.x)).toBeLessThanOrEqual(1);
  expect(said.y + said.height).toBeLessThanOrEqual(after.y);
}
