import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TicketStats } from '../../bindings';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { periodOf, TicketStatsPage } from './TicketStatsPage';

const STATS: TicketStats = {
  from: '2026-09-28',
  to: '2026-11-22',
  backlog: 12,
  overdue: 3,
  weeks: [
    { weekStart: '2026-11-09', opened: 8, closed: 4 },
    { weekStart: '2026-11-16', opened: 2, closed: 6 },
  ],
  meanOwnMinutes: 45,
  meanResolveMinutes: 150,
  slaOwnPercent: 92.5,
  slaResolvePercent: null,
  byCategory: [
    {
      key: 'impression',
      label: 'Impression',
      opened: 6,
      solved: 5,
      backlog: 1,
      meanResolveMinutes: 90,
      slaPercent: 80,
    },
  ],
  byPriority: [],
};

const plain = (text: string | null | undefined) => (text ?? '').replace(/\s/g, ' ');

describe('TicketStatsPage', () => {
  it('asks for the last 8 weeks, then the period chosen', async () => {
    const calls = mockCommands({ ticket_stats: () => STATS });
    renderIn('fr', <TicketStatsPage />);
    await screen.findByTestId('stat-backlog');
    expect(callsOf(calls, 'ticket_stats')).toEqual([periodOf(8)]);
    fireEvent.change(screen.getByTestId('stats-period'), { target: { value: '13' } });
    await waitFor(() => expect(callsOf(calls, 'ticket_stats').at(-1)).toEqual(periodOf(13)));
    // Sunday 22 November 2026: its week began on Monday 16, seven weeks before was Monday 28 September.
    expect(periodOf(8, new Date(2026, 10, 22))).toEqual({ from: '2026-09-28', to: '2026-11-22' });
    expect(periodOf(8, new Date(2026, 10, 16))).toEqual({ from: '2026-09-28', to: '2026-11-16' });
    expect(periodOf(1, new Date(2026, 10, 18))).toEqual({ from: '2026-11-16', to: '2026-11-18' });
  });

  it('shows the figures, the weeks as bars and the groups as tables', async () => {
    mockCommands({ ticket_stats: () => STATS });
    renderIn('fr', <TicketStatsPage />);
    expect((await screen.findByTestId('stat-backlog')).textContent).toBe('12');
    expect(screen.getByTestId('stat-overdue').textContent).toBe('3');
    expect(plain(screen.getByTestId('stat-mean-own').textContent)).toBe('45 min');
    expect(plain(screen.getByTestId('stat-mean-resolve').textContent)).toBe('2 h 30 min');
    expect(plain(screen.getByTestId('stat-sla-own').textContent)).toBe('92,5 %');
    expect(screen.getByTestId('stat-sla-resolve').textContent).toBe('—');
    const bars = screen.getAllByTestId('week-bar');
    expect(bars.map((bar) => bar.getAttribute('data-week'))).toEqual(['2026-11-09', '2026-11-16']);
    const heights = [...(bars[0] as Element).querySelectorAll('rect')].map((r) =>
      Number(r.getAttribute('height')),
    );
    // The tallest bar (8 opened) takes the full height; 4 closed, half of it.
    expect(heights).toEqual([140, 70]);
    const row = within(screen.getByTestId('stats-by-category')).getByTestId('stats-row');
    expect(plain(row.textContent)).toBe('Impression6511 h 30 min80 %');
    expect(screen.getByText('Aucun ticket sur cette période.')).toBeTruthy();
  });
});
