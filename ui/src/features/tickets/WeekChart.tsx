import { useIntl } from 'react-intl';
import type { WeekCount } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';

const HEIGHT = 140;
const BAR = 12;
const GAP = 3;
const WEEK = 2 * BAR + GAP + 18;

/**
 * Tickets opened and closed each week, as pairs of bars in plain SVG. The
 * figure says its totals to screen readers; each bar has its own tooltip.
 */
export function WeekChart({ weeks }: { weeks: readonly WeekCount[] }) {
  const intl = useIntl();
  const format = useFormat();
  const max = Math.max(1, ...weeks.map((w) => Math.max(w.opened, w.closed)));
  const width = Math.max(WEEK, weeks.length * WEEK);
  const height = (n: number) => Math.round((n / max) * HEIGHT);
  const opened = weeks.reduce((sum, w) => sum + w.opened, 0);
  const closed = weeks.reduce((sum, w) => sum + w.closed, 0);
  const label = (id: 'stats.opened' | 'stats.closed') => intl.formatMessage({ id });

  return (
    <figure className="week-chart" data-testid="week-chart">
      <svg
        role="img"
        preserveAspectRatio="xMinYMax meet"
        viewBox={`0 0 ${width} ${HEIGHT + 22}`}
        aria-label={intl.formatMessage(
          { id: 'stats.chartSummary' },
          { weeks: weeks.length, opened: format.number(opened), closed: format.number(closed) },
        )}
      >
        {weeks.map((week, i) => {
          const x = i * WEEK + 9;
          const bars = [
            { kind: 'opened' as const, count: week.opened, x },
            { kind: 'closed' as const, count: week.closed, x: x + BAR + GAP },
          ];
          return (
            <g key={week.weekStart} data-testid="week-bar" data-week={week.weekStart}>
              <title>
                {intl.formatMessage(
                  { id: 'stats.weekOf' },
                  { date: format.isoDate(week.weekStart) },
                )}
              </title>
              {bars.map((bar) => (
                <rect
                  key={bar.kind}
                  className={`bar-${bar.kind}`}
                  data-count={bar.count}
                  x={bar.x}
                  y={HEIGHT - height(bar.count)}
                  width={BAR}
                  height={Math.max(height(bar.count), bar.count > 0 ? 1 : 0)}
                  rx={2}
                >
                  <title>
                    {intl.formatMessage(
                      { id: 'stats.bar' },
                      { label: label(`stats.${bar.kind}`), count: format.number(bar.count) },
                    )}
                  </title>
                </rect>
              ))}
              <text x={x + BAR} y={HEIGHT + 16} textAnchor="middle" className="week-label">
                {format.dayMonth(week.weekStart)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption className="chart-legend">
        <span className="legend-opened">{label('stats.opened')}</span>
        <span className="legend-closed">{label('stats.closed')}</span>
      </figcaption>
    </figure>
  );
}
