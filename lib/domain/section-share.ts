/** A section's weight as its share of the overall figure: "50%". */
export function sectionShare(summary: { sections: readonly { weight: number }[] }, weight: number): string {
  const total = summary.sections.reduce((sum, section) => sum + section.weight, 0);
  return total === 0 ? '0%' : `${Math.round((weight * 100) / total)}%`;
}
