// What every page of the journey goes through: axe-core's WCAG 2.2 A/AA rules
// in the light and the dark colour scheme, and screenshots at a laptop's and a
// phone's size for a reviewer to look at.
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { AxeBuilder } from '@axe-core/playwright';
import type { Page } from 'playwright-core';

export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
export const SCHEMES = ['light', 'dark'] as const;
export const VIEWPORTS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
] as const;

const root = path.join(import.meta.dirname, '../..');
export const SCREENSHOT_DIR = path.join(root, 'test-results/screenshots');

type Violation = { id: string; impact?: string | null; help: string; nodes: { target: unknown[] }[] };

/** One line per serious or critical violation: its rule, what it asks, and every node it found. */
export function describeViolations(violations: Violation[]): string[] {
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.help} at ${violation.nodes.map((node) => node.target.map(String).join(' ')).join(', ')}`,
    );
}

/**
 * Runs axe over the page once its colours have settled; the serious and
 * critical violations, described.
 */
export async function seriousViolations(page: Page): Promise<{ problems: string[]; total: number }> {
  await settleTransitions(page);
  const results = await new AxeBuilder({ page }).withTags(WCAG_TAGS).analyze();
  return { problems: describeViolations(results.violations), total: results.violations.length };
}

/**
 * Colour transitions started by switching the scheme must end before colours
 * are measured, or axe reads a button halfway between its light and dark
 * colours. A transition starts only when styles are next computed, which
 * asking for the layout forces; each is then taken straight to its end.
 */
async function settleTransitions(page: Page): Promise<void> {
  await page.evaluate(() => {
    void document.documentElement.getBoundingClientRect();
    for (const animation of document.getAnimations()) {
      try {
        animation.finish();
      } catch {
        // An endless animation (a spinner) has no end to go to, and no colour to settle.
      }
    }
  });
}

export type PageReport = { page: string; url: string; scheme: string; serious: number; minor: number };

/**
 * Collects what each checked page found, so a run ends with one table of
 * every page and scheme, and fails naming every serious or critical problem.
 */
export class PageChecker {
  readonly reports: PageReport[] = [];

  constructor(private readonly name: string) {}

  async check(page: Page, label: string): Promise<void> {
    const slug = label.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');
    const problems: string[] = [];
    // Check the page itself, not its loading skeleton (which has no level-one heading).
    await page.getByRole('heading', { level: 1 }).first().waitFor();
    // After a client-side navigation Next streams the new page's metadata in
    // after its body, so the title can lag the heading by a moment; a title
    // that never comes still fails here.
    await page.waitForFunction(() => document.title.trim() !== '', undefined, { timeout: 10_000 });
    await mkdir(SCREENSHOT_DIR, { recursive: true });
    for (const scheme of SCHEMES) {
      await page.emulateMedia({ colorScheme: scheme });
      const found = await seriousViolations(page);
      this.reports.push({ page: label, url: new URL(page.url()).pathname, scheme, serious: found.problems.length, minor: found.total - found.problems.length });
      problems.push(...found.problems.map((problem) => `[${scheme}] ${problem}`));
      for (const viewport of VIEWPORTS) {
        await page.setViewportSize(viewport);
        // From the top, so sticky bars are drawn where a reader first sees them.
        await page.evaluate(() => window.scrollTo(0, 0));
        await page.screenshot({ path: path.join(SCREENSHOT_DIR, `${this.name}-${slug}-${scheme}-${viewport.width}x${viewport.height}.png`), fullPage: true });
      }
    }
    await page.setViewportSize(VIEWPORTS[0]);
    await page.emulateMedia({ colorScheme: 'light' });
    if (problems.length > 0) {
      throw new Error(`axe found ${problems.length} serious or critical WCAG 2.2 A/AA violation(s) on ${label} (${page.url()}):\n${problems.join('\n')}`);
    }
  }

  /** Writes the per-page results to test-results/<name>-axe.json and returns them as a text table. */
  async writeReport(): Promise<string> {
    await mkdir(path.dirname(SCREENSHOT_DIR), { recursive: true });
    await writeFile(path.join(path.dirname(SCREENSHOT_DIR), `${this.name}-axe.json`), JSON.stringify(this.reports, null, 2));
    return this.reports.map((report) => `${report.page} [${report.scheme}] ${report.url}: ${report.serious} serious/critical, ${report.minor} minor`).join('\n');
  }
}
