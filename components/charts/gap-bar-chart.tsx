import type { CSSProperties } from 'react';
import { gapScale } from '@/lib/domain/gaps';
import type { RatingScale } from '@/lib/domain/rating-scale';
import { SERIES } from './chart-colours';

export type GapBar = { code: string; gap: number; label: string };

// Room kept right of the longest bar for its label ("4 levels below target").
const LABEL_ROOM = '9.5rem';
const CODE_COLUMN = '2.5rem';

/** A length along the scale: `fraction` of the track left of the label room. */
function along(fraction: number): string {
  return `calc((100% - ${LABEL_ROOM}) * ${fraction})`;
}

// One set of gridlines behind every row: from the start of the track to the start of the label room.
function gridlines(scale: number): CSSProperties {
  return {
    left: CODE_COLUMN,
    width: `calc(100% - ${CODE_COLUMN} - ${LABEL_ROOM} + 1px)`,
    backgroundImage: 'linear-gradient(to right, var(--color-border-strong) 1px, transparent 1px)',
    backgroundSize: `calc((100% - 1px) / ${scale}) 100%`,
  };
}

/**
 * Gaps, largest first. Items without a gap carry their state as a label,
 * never as a bar of 0 that reads as a rating. Laid out in HTML: the text
 * keeps the page's own size at any width and the page needs no charting
 * code for it.
 */
export function GapBarChart({ bars, scale: ratingScale }: { bars: GapBar[]; scale: RatingScale }) {
  const scale = gapScale(ratingScale, bars.map((bar) => bar.gap));
  const ticks = Array.from({ length: scale + 1 }, (_, level) => level);
  return (
    <div data-chart="gaps" className="text-xs">
      <div className="relative">
        <span className="absolute inset-y-0 opacity-40" style={gridlines(scale)} />
        {bars.map((bar) => (
          <div key={bar.code} data-bar={bar.code} className="relative grid h-8 grid-cols-[2.5rem_minmax(0,1fr)] items-center">
            <span className="font-semibold">{bar.code}</span>
            <div className="flex items-center">
              {bar.gap > 0 ? <span className="h-4 rounded-r-sm" style={{ width: along(bar.gap / scale), backgroundColor: SERIES.current.stroke }} /> : null}
              <span className={`ms-1.5 whitespace-nowrap${bar.gap > 0 ? '' : ' text-text-muted italic'}`}>{bar.label}</span>
            </div>
          </div>
        ))}
      </div>
      <div className="grid grid-cols-[2.5rem_minmax(0,1fr)] pt-1 text-text-muted">
        <span />
        <div className="relative h-5">
          {ticks.map((level) => (
            <span key={level} className="absolute -translate-x-1/2" style={{ left: along(level / scale) }}>
              {level}
            </span>
          ))}
          <span className="absolute right-0">levels below target</span>
        </div>
      </div>
    </div>
  );
}
