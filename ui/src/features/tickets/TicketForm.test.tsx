import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssetDetail, TicketInput } from '../../bindings';
import {
  asset,
  categories,
  helpdeskSettings,
  templates,
  ticketDetail,
} from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { TicketFormPage } from './TicketFormPage';

/**
 * A matrix no one would ship, upside down and blind to impact: the priority
 * is 6 − urgency, so rows (urgency) and columns (impact) cannot be confused.
 */
function oddSettings() {
  const settings = helpdeskSettings();
  settings.matrix.cells = [
    [5, 5, 5, 5, 5],
    [4, 4, 4, 4, 4],
    [3, 3, 3, 3, 3],
    [2, 2, 2, 2, 2],
    [1, 1, 1, 1, 1],
  ];
  return settings;
}

const ASSET_ID = '0190f3a2-0000-7000-8000-0000000000aa';

function mockForm(extra: Parameters<typeof mockCommands>[0] = {}) {
  return mockCommands({
    ticket_categories: () => categories,
    ticket_templates: () => templates,
    helpdesk_settings: oddSettings,
    create_ticket: () => ticketDetail({}, { id: 't-new' }),
    ...extra,
  });
}

const inputOf = (calls: ReturnType<typeof mockForm>) =>
  (callsOf(calls, 'create_ticket')[0] as { input: TicketInput } | undefined)?.input;

describe('TicketFormPage', () => {
  it('shows the priority the matrix of the settings gives, as urgency and impact change', async () => {
    const calls = mockForm();
    renderIn('fr', <TicketFormPage id={null} />);
    const preview = await screen.findByTestId('priority-preview');
    // Urgency 3 × impact 3 is 3 in this matrix as in GLPI's…
    expect(preview.textContent).toBe('3 · Moyenne');
    // …but urgency 1 × impact 1 is 5 here (GLPI says 1), and 5 × 1 is 1 (GLPI: 2).
    fireEvent.change(screen.getByTestId('field-urgency'), { target: { value: '1' } });
    fireEvent.change(screen.getByTestId('field-impact'), { target: { value: '1' } });
    expect(preview.textContent).toBe('5 · Très haute');
    fireEvent.change(screen.getByTestId('field-urgency'), { target: { value: '5' } });
    expect(preview.textContent).toBe('1 · Très basse');
    // Impact changes nothing in this matrix; urgency does.
    fireEvent.change(screen.getByTestId('field-impact'), { target: { value: '4' } });
    expect(preview.textContent).toBe('1 · Très basse');
    fireEvent.change(screen.getByTestId('field-urgency'), { target: { value: '2' } });
    expect(preview.textContent).toBe('4 · Haute');

    const title = screen.getByTestId('field-title');
    fireEvent.change(title, { target: { value: '  Souris HS  ' } });
    fireEvent.keyDown(title, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/tickets/t-new'));
    expect(inputOf(calls)).toEqual({
      kind: 'incident',
      title: 'Souris HS',
      description: '',
      requesterId: null,
      assetIds: [],
      category: 'autre',
      channel: 'phone',
      urgency: 2,
      impact: 4,
      template: null,
    });
  });

  it('links the asset it was opened from', async () => {
    const detail = {
      asset: { ...asset({ id: ASSET_ID, tag: 'PARC-000124', name: 'Portable de Chloé' }) },
    };
    const calls = mockForm({ asset_detail: () => detail as unknown as AssetDetail });
    renderIn('fr', <TicketFormPage id={null} assetId={ASSET_ID} />);
    const chip = await screen.findByTestId('field-assets-chip');
    expect(chip.textContent).toContain('PARC-000124 — Portable de Chloé');
    expect(callsOf(calls, 'asset_detail')).toEqual([{ id: ASSET_ID }]);
    fireEvent.change(screen.getByTestId('field-title'), { target: { value: 'Écran noir' } });
    fireEvent.click(screen.getByTestId('form-save'));
    await waitFor(() => expect(inputOf(calls)?.assetIds).toEqual([ASSET_ID]));
  });

  it('fills the form from a template and says its checklist will be created', async () => {
    const calls = mockForm();
    renderIn('en', <TicketFormPage id={null} />);
    fireEvent.change(await screen.findByTestId('field-template'), {
      target: { value: 'password_reset' },
    });
    expect((screen.getByTestId('field-title') as HTMLInputElement).value).toBe(
      'Réinitialiser le mot de passe',
    );
    expect((screen.getByTestId('field-category') as HTMLSelectElement).value).toBe('compte');
    expect((screen.getByTestId('field-kind') as HTMLSelectElement).value).toBe('request');
    // Urgency 3 × impact 2 in the odd matrix.
    expect(screen.getByTestId('priority-preview').textContent).toBe('3 · Medium');
    fireEvent.change(screen.getByTestId('field-urgency'), { target: { value: '4' } });
    expect(screen.getByTestId('priority-preview').textContent).toBe('2 · Low');
    fireEvent.change(screen.getByTestId('field-urgency'), { target: { value: '3' } });
    const tasks = screen.getByTestId('template-tasks');
    expect(tasks.textContent).toContain('3 tasks');
    expect(within(tasks).getAllByRole('listitem')).toHaveLength(3);
    fireEvent.click(screen.getByTestId('form-save'));
    await waitFor(() =>
      expect(inputOf(calls)).toMatchObject({ template: 'password_reset', urgency: 3, impact: 2 }),
    );
  });

  it('refuses an empty title inline, without asking Rust', async () => {
    const calls = mockForm();
    renderIn('fr', <TicketFormPage id={null} />);
    fireEvent.click(await screen.findByTestId('form-save'));
    expect((await screen.findByTestId('error-title')).textContent).toBe(
      'Ce champ est obligatoire.',
    );
    expect(document.activeElement).toBe(screen.getByTestId('field-title'));
    expect(callsOf(calls, 'create_ticket')).toEqual([]);
  });

  it('edits a ticket: the form holds it, and saving updates it', async () => {
    const calls = mockCommands({
      ticket_categories: () => categories,
      helpdesk_settings: helpdeskSettings,
      ticket_detail: () => ticketDetail(),
      update_ticket: () => ticketDetail(),
    });
    renderIn('fr', <TicketFormPage id="t-42" />);
    const title = (await screen.findByTestId('field-title')) as HTMLInputElement;
    expect(title.value).toBe('Imprimante du 2e bloquée');
    expect(screen.queryByTestId('field-template')).toBeNull();
    expect(screen.getByTestId('field-assets-chip').textContent).toContain('PARC-000001');
    fireEvent.change(screen.getByTestId('field-impact'), { target: { value: '5' } });
    fireEvent.click(screen.getByTestId('form-save'));
    await waitFor(() => expect(window.location.hash).toBe('#/tickets/t-42'));
    expect(callsOf(calls, 'update_ticket')).toEqual([
      {
        id: 't-42',
        input: {
          kind: 'incident',
          title: 'Imprimante du 2e bloquée',
          description: 'Bourrage papier à chaque impression.',
          requesterId: 'p-1',
          assetIds: ['a-1'],
          category: 'impression',
          channel: 'phone',
          urgency: 3,
          impact: 5,
          template: null,
        },
      },
    ]);
  });
});
