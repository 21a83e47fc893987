// Pure helpers for `npm run bench`: medians, ratios and budget checks. No I/O,
// so tests/unit can cover them without a server.
import { z } from 'zod';

export function median(values: readonly number[]): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle]! : (sorted[middle - 1]! + sorted[middle]!) / 2;
}

/** The nearest-rank percentile (`p` from 0 to 100): a value that was measured, never one between two. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length, Math.max(1, Math.ceil((p / 100) * sorted.length))) - 1]!;
}

/** a ÷ b, or NaN when there is nothing to divide by: a missing figure must never read as 0 or Infinity. */
export function ratio(a: number, b: number): number {
  return Number.isFinite(a) && Number.isFinite(b) && b !== 0 ? a / b : Number.NaN;
}

/**
 * a ÷ b round by round, then the median. Rounds take turns, so round i of
 * both ran within seconds of each other: a slow spell of the machine slows
 * both and cancels out of their ratio, where a ratio of the two medians
 * would keep it.
 */
export function pairedRatio(a: readonly number[], b: readonly number[]): number {
  if (a.length === 0 || a.length !== b.length) return Number.NaN;
  return median(a.map((value, index) => ratio(value, b[index]!)));
}

export const budgetSchema = z
  .object({
    max: z.number().optional(),
    min: z.number().optional(),
    why: z.string().optional(),
    // A target whose issue ended blocked, by its entry in the file's `blocked`:
    // still measured and reported against its line, but it does not fail the run.
    blocked: z.string().min(1).optional(),
  })
  .strict()
  .refine((budget) => budget.max !== undefined || budget.min !== undefined, 'a budget needs max, min or both');
export type Budget = z.infer<typeof budgetSchema>;

export const budgetsFileSchema = z
  .object({
    $comment: z.string().optional(),
    /** Each blocked target: why it cannot be met here. */
    blocked: z.record(z.string(), z.string().min(1)).default({}),
    budgets: z.record(z.string(), budgetSchema),
  })
  .strict()
  .superRefine((file, context) => {
    for (const [figure, budget] of Object.entries(file.budgets)) {
      if (budget.blocked !== undefined && !Object.hasOwn(file.blocked, budget.blocked)) {
        context.addIssue({ code: 'custom', path: ['budgets', figure, 'blocked'], message: `"${budget.blocked}" is not in blocked` });
      }
    }
  });

export type BudgetsFile = z.infer<typeof budgetsFileSchema>;

/** `blockedBecause`: for a target filed as blocked, why it cannot be met here. */
export type BudgetCheck = { figure: string; value: number; budget: Budget; ok: boolean; blockedBecause?: string };

/**
 * Every budget against the figure of the same name. A figure that was not
 * measured breaks its budget: a benchmark that silently skips is no check.
 * A blocked target is checked the same way; `enforcedBreaks` leaves it out.
 */
export function checkBudgets(figures: ReadonlyMap<string, number>, file: Pick<BudgetsFile, 'budgets'> & Partial<Pick<BudgetsFile, 'blocked'>>): BudgetCheck[] {
  return Object.entries(file.budgets).map(([figure, budget]) => {
    const value = figures.get(figure) ?? Number.NaN;
    const ok =
      Number.isFinite(value) &&
      (budget.max === undefined || value <= budget.max) &&
      (budget.min === undefined || value >= budget.min);
    const blockedBecause = budget.blocked === undefined ? undefined : file.blocked?.[budget.blocked];
    return blockedBecause === undefined ? { figure, value, budget, ok } : { figure, value, budget, ok, blockedBecause };
  });
}

/** The checks that fail the run: broken, and not a target filed as blocked. */
export function enforcedBreaks(checks: readonly BudgetCheck[]): BudgetCheck[] {
  return checks.filter((check) => !check.ok && check.blockedBecause === undefined);
}

/** A number for the table: a dash when it was not measured. */
export function formatNumber(value: number | undefined, digits = 0): string {
  if (value === undefined || !Number.isFinite(value)) return '–';
  return value.toLocaleString('en-GB', { minimumFractionDigits: digits, maximumFractionDigits: digits });
}

export function describeBudget(budget: Budget): string {
  return [budget.min === undefined ? null : `≥ ${budget.min}`, budget.max === undefined ? null : `≤ ${budget.max}`].filter(Boolean).join(', ');
}

/** A Markdown table from a header row and body rows. */
export function markdownTable(header: readonly string[], rows: readonly (readonly string[])[]): string {
  const line = (cells: readonly string[]) => `| ${cells.join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
