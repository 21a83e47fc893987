export type LegendEntry = { name: string; stroke: string; dash?: string; thick?: boolean };

/** Each series' name beside a sample of its line, so the legend tells series apart by style as well as colour. */
export function ChartLegend({ entries }: { entries: LegendEntry[] }) {
  return (
    <ul className="flex flex-wrap justify-center gap-x-5 gap-y-1 text-sm">
      {entries.map((entry) => (
        <li key={entry.name} className="flex items-center gap-2">
          <svg width="28" height="10" viewBox="0 0 28 10" focusable="false">
            <line x1="1" y1="5" x2="27" y2="5" stroke={entry.stroke} strokeDasharray={entry.dash} strokeWidth={entry.thick ? 3 : 2} />
          </svg>
          {entry.name}
        </li>
      ))}
    </ul>
  );
}
