import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { HelpdeskSettings as Settings } from '../../bindings';
import { categories, helpdeskSettings } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { HelpdeskSettings } from './HelpdeskSettings';

const savedOf = (calls: ReturnType<typeof mockCommands>) =>
  (callsOf(calls, 'set_helpdesk_settings')[0] as { settings: Settings } | undefined)?.settings;

describe('HelpdeskSettings', () => {
  it('saves the edited matrix, SLA, hours and time zone, and says how many tickets moved', async () => {
    const calls = mockCommands({
      helpdesk_settings: helpdeskSettings,
      ticket_categories: () => categories,
      set_helpdesk_settings: () => 7,
    });
    renderIn('fr', <HelpdeskSettings />);
    const cell = (await screen.findByTestId('matrix-5-1')) as HTMLSelectElement;
    // Rows are urgency, columns impact: urgency 5 × impact 1 is 2 in GLPI's matrix.
    expect(cell.value).toBe('2');
    expect(cell.getAttribute('aria-label')).toBe('Priorité pour une urgence 5 et un impact 1');
    fireEvent.change(cell, { target: { value: '4' } });
    fireEvent.change(screen.getByTestId('matrix-1-5'), { target: { value: '1' } });
    fireEvent.change(screen.getByTestId('sla-own-6'), { target: { value: '10' } });
    fireEvent.click(screen.getByTestId('hours-open-5'));
    fireEvent.change(screen.getByTestId('hours-from-5'), { target: { value: '09:00' } });
    fireEvent.click(screen.getByTestId('hours-open-4'));
    fireEvent.click(screen.getByTestId('french-holidays'));
    fireEvent.change(screen.getByTestId('time-zone'), { target: { value: 'Europe/Brussels' } });
    fireEvent.click(screen.getByTestId('helpdesk-save'));

    expect((await screen.findByTestId('helpdesk-saved')).textContent).toBe(
      'Enregistré : 7 tickets ouverts recalculés.',
    );
    const expected = helpdeskSettings();
    expected.matrix.cells = [
      [1, 1, 2, 2, 1],
      [1, 2, 2, 3, 3],
      [2, 2, 3, 4, 4],
      [2, 3, 4, 4, 5],
      [4, 3, 4, 5, 5],
    ];
    expected.targets[5] = { ownMinutes: 10, resolveMinutes: 120 };
    const day: [string, string] = ['08:30:00', '18:00:00'];
    expected.calendar = {
      hours: [day, day, day, day, null, ['09:00:00', '18:00:00'], null],
      frenchHolidays: false,
      closedDays: [],
    };
    expected.timeZone = 'Europe/Brussels';
    expect(savedOf(calls)).toEqual(expected);
  });

  it('shows the refusal of settings Rust finds wrong', async () => {
    mockCommands({
      helpdesk_settings: helpdeskSettings,
      ticket_categories: () => categories,
      set_helpdesk_settings: () => {
        throw {
          code: 'invalid',
          message: 'Fuseau horaire inconnu : « Mars/Olympus » (exemple : Europe/Paris)',
        };
      },
    });
    renderIn('fr', <HelpdeskSettings />);
    fireEvent.change(await screen.findByTestId('time-zone'), { target: { value: 'Mars/Olympus' } });
    fireEvent.click(screen.getByTestId('helpdesk-save'));
    expect((await screen.findByTestId('helpdesk-error')).textContent).toContain('Mars/Olympus');
    expect(screen.queryByTestId('helpdesk-saved')).toBeNull();
  });

  it('adds a ticket category and lists it', async () => {
    let list = [...categories];
    const calls = mockCommands({
      helpdesk_settings: helpdeskSettings,
      ticket_categories: () => list,
      save_ticket_category: () => {
        list = [...list, { code: 'telephonie', label: 'Téléphonie', builtin: false }];
        return 'telephonie';
      },
    });
    renderIn('fr', <HelpdeskSettings />);
    fireEvent.change(await screen.findByTestId('category-label-fr'), {
      target: { value: 'Téléphonie' },
    });
    fireEvent.change(screen.getByTestId('category-label-en'), { target: { value: 'Telephony' } });
    fireEvent.click(screen.getByTestId('category-add'));
    expect((await screen.findByTestId('category-added')).textContent).toBe(
      'Catégorie « Téléphonie » ajoutée.',
    );
    await waitFor(() =>
      expect(screen.getByTestId('category-list').textContent).toContain('Téléphonie'),
    );
    expect(callsOf(calls, 'save_ticket_category')).toEqual([
      { labelFr: 'Téléphonie', labelEn: 'Telephony' },
    ]);
  });
});
