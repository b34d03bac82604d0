import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { LabelSettings } from './LabelSettings';

describe('LabelSettings', () => {
  it('reads the company name and saves it trimmed', async () => {
    const calls = mockCommands({
      company_name: () => 'Cabinet Martin',
      set_company_name: () => null,
    });
    renderIn('fr', <LabelSettings />);
    const input = screen.getByTestId('company-name') as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe('Cabinet Martin'));
    fireEvent.change(input, { target: { value: '  Martin & Fils  ' } });
    fireEvent.click(screen.getByTestId('company-name-save'));
    expect((await screen.findByTestId('company-name-saved')).textContent).toBe(
      'Nom de la société enregistré.',
    );
    expect(callsOf(calls, 'set_company_name')).toEqual([{ name: 'Martin & Fils' }]);
  });
});
