import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { ChangeInput, ChangeRow } from '../../bindings';
import { changeDetail } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { ChangeFormPage } from './ChangeFormPage';
import { ChangePage } from './ChangePage';
import { ChangesPage } from './ChangesPage';

const ROW: ChangeRow = {
  id: 'c-12',
  number: 12,
  title: 'Mise à jour du pare-feu du siège',
  status: 'evaluation',
  requestedBy: 'Direction informatique',
  windowStart: '2026-11-21T19:00:00Z',
  missing: 2,
  updatedAt: '2026-11-12T09:00:00Z',
};

describe('changes', () => {
  it('lists the changes with their number, status and how many R are answered', async () => {
    const calls = mockCommands({ list_changes: () => [ROW] });
    renderIn('fr', <ChangesPage />);
    const row = await screen.findByTestId('change-row');
    expect(within(row).getByText('C12').getAttribute('href')).toBe('#/changes/c-12');
    expect(row.textContent).toContain('En évaluation');
    expect(row.textContent).toContain('7 R : 5/7');
    fireEvent.change(screen.getByTestId('change-status-filter'), { target: { value: 'approval' } });
    await waitFor(() =>
      expect(callsOf(calls, 'list_changes')).toEqual([{ status: null }, { status: 'approval' }]),
    );
  });

  it('shows the seven R as a checklist and the refusal of an incomplete change, translated', async () => {
    const message =
      'Avant l’approbation, répondez aux 7 R : Qui est responsable de la construction, des tests et de la mise en production ? Quelles relations avec les autres changements, tickets et matériels ?';
    const calls = mockCommands({
      change_detail: () => changeDetail(),
      advance_change: () => {
        throw { code: 'invalid', message };
      },
    });
    renderIn('fr', <ChangePage id="c-12" />);
    const items = await screen.findAllByTestId('seven-r-item');
    expect(items.map((item) => item.getAttribute('data-answered'))).toEqual([
      'true',
      'true',
      'true',
      'true',
      'true',
      'false',
      'false',
    ]);
    expect(items[0]?.textContent).toContain('Qui a requis ce changement ?');
    expect(items[0]?.textContent).toContain('Direction informatique');
    expect(screen.getByText('Les 7 R : 5 sur 7 renseignés')).toBeTruthy();
    expect(screen.getByTestId('change-number').textContent).toBe('C12');
    expect(screen.getByTestId('change-rollback').textContent).toContain('partition');
    expect(screen.getByTestId('change-affected').textContent).toContain('Pare-feu du siège');

    // Only the next statuses are offered.
    expect(screen.getByTestId('advance-approval').textContent).toBe('→ En approbation');
    expect(screen.getByTestId('advance-cancelled')).toBeTruthy();
    expect(screen.queryByTestId('advance-accepted')).toBeNull();
    fireEvent.click(screen.getByTestId('advance-approval'));
    expect((await screen.findByTestId('change-error')).textContent).toBe(message);
    expect(callsOf(calls, 'advance_change')).toEqual([{ id: 'c-12', to: 'approval' }]);
    expect(screen.getByTestId('change-status').textContent).toBe('En évaluation');
  });

  it('moves a complete change on', async () => {
    const approved = changeDetail({ next: ['accepted', 'refused', 'evaluation', 'cancelled'] });
    approved.change.status = 'approval';
    mockCommands({ change_detail: () => changeDetail(), advance_change: () => approved });
    renderIn('en', <ChangePage id="c-12" />);
    fireEvent.click(await screen.findByTestId('advance-approval'));
    await waitFor(() => expect(screen.getByTestId('change-status').textContent).toBe('Approval'));
    expect(screen.getByTestId('advance-refused')).toBeTruthy();
  });

  it('groups the form by the questions of the 7 R and sends every answer', async () => {
    const calls = mockCommands({ create_change: () => changeDetail() });
    renderIn('fr', <ChangeFormPage id={null} />);
    const form = await screen.findByTestId('change-form');
    expect(within(form).getByTestId('r-requested').querySelector('legend')?.textContent).toBe(
      'R1 · Qui a requis ce changement ?',
    );
    expect(within(form).getByTestId('r-relationships').querySelector('legend')?.textContent).toBe(
      'R7 · Quelles relations avec les autres changements, tickets et matériels ?',
    );
    const type = (field: string, value: string) =>
      fireEvent.change(screen.getByTestId(`field-${field}`), { target: { value } });
    type('title', 'Remplacer le switch du 2e');
    type('requestedBy', 'Services généraux');
    type('reason', 'Ports en panne');
    type('responsibleBuild', 'Marie');
    type('relationshipsNote', 'Aucune');
    type('windowStart', '2026-12-05T19:00');
    type('windowEnd', '2026-12-05T18:00');
    fireEvent.click(screen.getByTestId('form-save'));
    expect((await screen.findByTestId('error-windowEnd')).textContent).toBe(
      'La fin de la fenêtre doit suivre son début.',
    );
    expect(callsOf(calls, 'create_change')).toEqual([]);

    type('windowEnd', '2026-12-05T21:00');
    fireEvent.click(screen.getByTestId('form-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/changes/c-12'));
    const [args] = callsOf(calls, 'create_change') as Array<{ input: ChangeInput }>;
    expect(args?.input).toEqual({
      title: 'Remplacer le switch du 2e',
      requestedBy: 'Services généraux',
      requesterId: null,
      reason: 'Ports en panne',
      expectedReturn: '',
      risks: '',
      resources: '',
      responsibleBuild: 'Marie',
      responsibleTest: '',
      responsibleDeploy: '',
      relations: [],
      relationshipsNote: 'Aucune',
      windowStart: new Date('2026-12-05T19:00').toISOString(),
      windowEnd: new Date('2026-12-05T21:00').toISOString(),
      rollbackPlan: '',
      affectedAssets: [],
    });
  });
});
