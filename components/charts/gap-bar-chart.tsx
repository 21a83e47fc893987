import type { CSSProperties } from 'react';
import { gapScale } from '@/lib/domain/gaps';
import type { RatingScale } from '@/lib/domain/rating-scale';
import { SERIES } from './chart-colours';

/** `name` is the item's name as the chart writes it, above its bar. */
export type GapBar = { key: string; name: string; gap: number; label: string };

// Room kept right of the longest bar for its label ("4 levels below target").
const LABEL_ROOM = '9.5rem';

/** A length along the scale: `fraction` of the track left of the label room. */
function along(fraction: number): string {
  return `calc((100% - ${LABEL_ROOM}) * ${fraction})`;
}

// Gridlines behind a row's bar: from the start of the track to the start of the label room.
function gridlines(scale: number): CSSProperties {
  return {
    width: `calc(100% - ${LABEL_ROOM} + 1px)`,
    backgroundImage: 'linear-gradient(to right, var(--color-border-strong) 1px, transparent 1px)',
    backgroundSize: `calc((100% - 1px) / ${scale}) 100%`,
  };
}

/**
 * Gaps, largest first. Each item's name stands above its bar, so the chart
 * reads without a key at any width. Items without a gap carry their state as
 * a label, never as a bar of 0 that reads as a rating. Laid out in HTML: the
 * text keeps the page's own size at any width and the page needs no charting
 * code for it.
 */
export function GapBarChart({ bars, scale: ratingScale }: { bars: GapBar[]; scale: RatingScale }) {
  const scale = gapScale(ratingScale, bars.map((bar) => bar.gap));
  const ticks = Array.from({ length: scale + 1 }, (_, level) => level);
  return (
    <div data-chart="gaps" className="text-xs">
      <div className="space-y-1.5">
        {bars.map((bar) => (
          <div key={bar.key} data-bar={bar.key}>
            <span className="block font-semibold">{bar.name}</span>
            <div className="relative h-6">
              <span className="absolute inset-y-0 left-0 opacity-40" style={gridlines(scale)} />
              <div className="relative flex h-full items-center">
                {bar.gap > 0 ? <span className="h-4 rounded-r-sm" style={{ width: along(bar.gap / scale), backgroundColor: SERIES.current.stroke }} /> : null}
                {/* On a patch of the card's own colour, so that no gridline runs through its letters. */}
                <span className={`ms-1 bg-surface px-0.5 whitespace-nowrap${bar.gap > 0 ? '' : ' text-text-muted italic'}`}>{bar.label}</span>
              </div>
            </div>
          </div>
        ))}
      </div>
      <div className="relative h-5 pt-1 text-text-muted">
        {ticks.map((level) => (
          <span key={level} className={level === 0 ? 'absolute' : 'absolute -translate-x-1/2'} style={{ left: along(level / scale) }}>
            {level}
          </span>
        ))}
        <span className="absolute right-0">levels below target</span>
      </div>
    </div>
  );
}
