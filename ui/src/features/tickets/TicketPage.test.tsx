import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { TicketDetail, TicketEvent } from '../../bindings';
import { suppliers, ticketDetail } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { TicketPage } from './TicketPage';

function event(overrides: Partial<TicketEvent>): TicketEvent {
  return {
    id: `e-${Math.random()}`,
    at: '2026-11-16T09:00:00Z',
    author: 'marie',
    kind: 'followup',
    body: '',
    private: false,
    minutes: null,
    done: null,
    old: null,
    new: null,
    ...overrides,
  };
}

const ACTIONS = [
  'assign_to_me',
  'assign_supplier',
  'unassign',
  'plan',
  'unplan',
  'wait',
  'resume',
  'solve',
  'reopen',
  'close',
  'make_major',
];

function actionsShown(): string[] {
  return ACTIONS.filter((action) => screen.queryByTestId(`action-${action}`) !== null);
}

function mockTicket(detail: TicketDetail, extra: Parameters<typeof mockCommands>[0] = {}) {
  return mockCommands({
    ticket_detail: () => detail,
    suppliers: () => suppliers,
    ...extra,
  });
}

describe('TicketPage', () => {
  it('shows the ticket, its SLA and only the actions its status allows', async () => {
    mockTicket(ticketDetail());
    renderIn('fr', <TicketPage id="t-42" />);
    expect((await screen.findByTestId('ticket-number')).textContent).toBe('#42');
    expect(screen.getByTestId('ticket-title').textContent).toBe('Imprimante du 2e bloquée');
    expect(screen.getByTestId('ticket-status').textContent).toBe('Nouveau');
    expect(screen.getByTestId('ticket-priority').textContent).toBe('3 · Moyenne');
    expect(screen.getByTestId('ticket-requester').getAttribute('href')).toBe('#/people/p-1');
    expect(within(screen.getByTestId('ticket-assets')).getByRole('link').getAttribute('href')).toBe(
      '#/assets/a-1',
    );
    // Due on 16 November 2026, long past when the tests run: overdue, in red.
    expect(screen.getByTestId('sla-own').getAttribute('data-sla')).toBe('overdue');
    expect(screen.getByTestId('sla-own').textContent).toMatch(/^en retard de \d+/);
    expect(actionsShown()).toEqual([
      'assign_to_me',
      'assign_supplier',
      'wait',
      'solve',
      'make_major',
    ]);
  });

  it('offers reopening and closing once solved, and nothing else', async () => {
    mockTicket(
      ticketDetail(
        { allowed: ['reopen', 'close', 'rate', 'make_major'] },
        { status: 'solved', priority: 6 },
      ),
    );
    renderIn('en', <TicketPage id="t-42" />);
    await screen.findByTestId('ticket-number');
    // Already major: no "make it major" button.
    expect(actionsShown()).toEqual(['reopen', 'close']);
  });

  it('does not offer to take a ticket the user already has', async () => {
    mockTicket(
      ticketDetail(
        { assignee: 'marie', assignedToMe: true, allowed: ['assign', 'unassign', 'wait', 'solve'] },
        { status: 'assigned' },
      ),
    );
    renderIn('fr', <TicketPage id="t-42" />);
    await screen.findByTestId('ticket-number');
    expect(actionsShown()).toEqual(['assign_supplier', 'unassign', 'wait', 'solve']);
  });

  it('takes the ticket in charge and shows the page Rust answers', async () => {
    const taken = ticketDetail(
      {
        assignee: 'marie',
        allowed: ['assign', 'unassign', 'plan', 'wait', 'solve', 'rate', 'make_major'],
      },
      { status: 'assigned', ownedAt: '2026-11-16T09:00:00Z' },
    );
    const calls = mockTicket(ticketDetail(), { act_on_ticket: () => taken });
    renderIn('fr', <TicketPage id="t-42" />);
    fireEvent.click(await screen.findByTestId('action-assign_to_me'));
    await waitFor(() =>
      expect(screen.getByTestId('ticket-status').textContent).toBe('En cours (attribué)'),
    );
    expect(callsOf(calls, 'act_on_ticket')).toEqual([
      { id: 't-42', command: { action: 'assign_to_me' } },
    ]);
    expect(screen.getByTestId('ticket-assignee').textContent).toBe('marie');
    expect(actionsShown()).toContain('plan');
  });

  it('solves with a solution type and text, and says why Rust refused', async () => {
    let refuse = true;
    const calls = mockTicket(ticketDetail(), {
      act_on_ticket: () => {
        if (refuse) throw { code: 'invalid', message: 'Action impossible sur un ticket « Clos »' };
        return ticketDetail({ allowed: ['reopen', 'close'] }, { status: 'solved' });
      },
    });
    renderIn('fr', <TicketPage id="t-42" />);
    fireEvent.click(await screen.findByTestId('action-solve'));
    const dialog = await screen.findByTestId('action-solve-dialog');
    // An empty solution is refused in the dialog, before Rust.
    fireEvent.click(within(dialog).getByTestId('action-solve-confirm'));
    expect((await within(dialog).findByTestId('action-solve-error')).textContent).toBe(
      'Décrivez la solution avant de résoudre.',
    );
    expect(callsOf(calls, 'act_on_ticket')).toEqual([]);

    fireEvent.change(within(dialog).getByTestId('solution-kind'), {
      target: { value: 'replaced' },
    });
    fireEvent.change(within(dialog).getByTestId('solution-text'), {
      target: { value: 'Tambour remplacé' },
    });
    fireEvent.click(within(dialog).getByTestId('action-solve-confirm'));
    expect((await within(dialog).findByTestId('action-solve-error')).textContent).toBe(
      'Action impossible sur un ticket « Clos »',
    );
    refuse = false;
    fireEvent.click(within(dialog).getByTestId('action-solve-confirm'));
    await waitFor(() => expect(screen.queryByTestId('action-solve-dialog')).toBeNull());
    expect(screen.getByTestId('ticket-status').textContent).toBe('Résolu');
    expect(callsOf(calls, 'act_on_ticket').at(-1)).toEqual({
      id: 't-42',
      command: { action: 'solve', solutionKind: 'replaced', text: 'Tambour remplacé' },
    });
  });

  it('closes with the requester’s satisfaction and comment', async () => {
    const solved = ticketDetail({ allowed: ['reopen', 'close'] }, { status: 'solved' });
    const closed = ticketDetail(
      { allowed: [] },
      { status: 'closed', closedAt: '2026-11-17T10:00:00Z' },
    );
    const calls = mockTicket(solved, { act_on_ticket: () => closed });
    renderIn('fr', <TicketPage id="t-42" />);
    fireEvent.click(await screen.findByTestId('action-close'));
    const dialog = await screen.findByTestId('action-close-dialog');
    fireEvent.click(within(dialog).getByTestId('satisfaction-4'));
    fireEvent.change(within(dialog).getByTestId('satisfaction-comment'), {
      target: { value: ' Merci, rapide ! ' },
    });
    fireEvent.click(within(dialog).getByTestId('action-close-confirm'));
    await waitFor(() => expect(screen.getByTestId('ticket-status').textContent).toBe('Clos'));
    expect(callsOf(calls, 'act_on_ticket')).toEqual([
      { id: 't-42', command: { action: 'close', satisfaction: 4, comment: 'Merci, rapide !' } },
    ]);
  });

  it('sends a private follow-up with Ctrl+Enter, adds and ticks tasks', async () => {
    const task = event({
      id: 'task-1',
      kind: 'task',
      body: 'Changer le toner',
      minutes: 0,
      done: false,
    });
    const detail = ticketDetail({ events: [...ticketDetail().events, task] });
    const followed = ticketDetail({
      events: [...detail.events, event({ body: 'Appelé Alice', private: true })],
    });
    const calls = mockTicket(detail, {
      add_followup: () => followed,
      add_task: () => detail,
      set_task_done: () => detail,
    });
    renderIn('fr', <TicketPage id="t-42" />);
    const text = await screen.findByTestId('followup-text');
    fireEvent.change(text, { target: { value: 'Appelé Alice' } });
    fireEvent.click(screen.getByTestId('followup-private'));
    fireEvent.keyDown(text, { key: 'Enter', ctrlKey: true });
    await waitFor(() => expect(screen.getAllByTestId('timeline-entry')).toHaveLength(3));
    expect(callsOf(calls, 'add_followup')).toEqual([
      { id: 't-42', input: { body: 'Appelé Alice', private: true } },
    ]);
    expect((text as HTMLTextAreaElement).value).toBe('');
    const last = screen.getAllByTestId('timeline-entry').at(-1) as HTMLElement;
    expect(within(last).getByTestId('private-badge').textContent).toBe('privé');

    fireEvent.click(screen.getAllByTestId('task-done')[0] as HTMLElement);
    await waitFor(() =>
      expect(callsOf(calls, 'set_task_done')).toEqual([
        { id: 't-42', taskId: 'task-1', done: true, minutes: null },
      ]),
    );
    fireEvent.change(screen.getByTestId('task-text'), { target: { value: 'Nettoyer le rouleau' } });
    fireEvent.change(screen.getByTestId('task-minutes-new'), { target: { value: '15' } });
    await act(async () => {
      fireEvent.click(screen.getByTestId('task-add'));
    });
    expect(callsOf(calls, 'add_task')).toEqual([
      { id: 't-42', input: { body: 'Nettoyer le rouleau', minutes: 15, done: true } },
    ]);
  });

  it('shows a closed ticket whole, read-only, its timeline in order', async () => {
    const events = [
      event({ kind: 'opened', at: '2026-11-16T08:00:00Z' }),
      event({ kind: 'status', old: 'Nouveau', new: 'En cours (attribué)' }),
      event({ kind: 'followup', body: 'Toner commandé' }),
      event({ kind: 'task', body: 'Changer le toner', minutes: 20, done: true }),
      event({ kind: 'priority', old: '3 (Moyenne)', new: '4 (Haute)' }),
      event({ kind: 'solution', body: 'Toner changé', new: 'Corrigé' }),
      event({ kind: 'closing', body: 'Parfait', new: '5' }),
    ];
    mockTicket(ticketDetail({ events, allowed: [], timeSpent: 20 }, { status: 'closed' }));
    renderIn('fr', <TicketPage id="t-42" />);
    await screen.findByTestId('ticket-closed');
    expect(actionsShown()).toEqual([]);
    expect(screen.queryByTestId('edit-button')).toBeNull();
    expect(screen.queryByTestId('followup-form')).toBeNull();
    expect(screen.queryByTestId('task-form')).toBeNull();
    expect((screen.getByTestId('task-done') as HTMLInputElement).disabled).toBe(true);
    const titles = screen
      .getAllByTestId('timeline-entry')
      .map((entry) => entry.querySelector('.event-title')?.textContent);
    expect(titles).toEqual([
      'Ticket ouvert',
      'Statut : Nouveau → En cours (attribué)',
      'Suivi',
      'Tâche',
      'Priorité : 3 (Moyenne) → 4 (Haute)',
      'Résolu (Corrigé)',
      'Clos — satisfaction 5/5',
    ]);
    expect(screen.getByTestId('ticket-time').textContent?.replace(/\s/g, ' ')).toBe('20 min');
  });
});
