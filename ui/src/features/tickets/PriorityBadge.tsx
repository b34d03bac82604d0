import { useIntl } from 'react-intl';

/** The priorities, 1 (very low) to 5 (very high) from the matrix, and 6 ("major") set by hand. */
export const PRIORITIES = [1, 2, 3, 4, 5, 6] as const;

/** The levels of urgency and impact, 1 (very low) to 5 (very high). */
export const LEVELS = [1, 2, 3, 4, 5] as const;

export type PriorityNumber = (typeof PRIORITIES)[number];

/** `n` as a priority the messages know, or 3 (medium) for anything out of range. */
export function asPriority(n: number): PriorityNumber {
  return PRIORITIES.find((p) => p === n) ?? 3;
}

/** A priority as its colour and its label, `3 · Moyenne`; the colour is never the only cue. */
export function PriorityBadge({ priority, testId }: { priority: number; testId?: string }) {
  const intl = useIntl();
  const p = asPriority(priority);
  return (
    <span className={`priority priority-${p}`} data-priority={p} data-testid={testId}>
      {intl.formatMessage(
        { id: 'priority.badge' },
        { n: p, label: intl.formatMessage({ id: `priority.${p}` }) },
      )}
    </span>
  );
}
