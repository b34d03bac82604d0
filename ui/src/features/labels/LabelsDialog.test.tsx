import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it } from 'vitest';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { LabelsDialog, type LabelTarget } from './LabelsDialog';
import { LabelsPrinted } from './LabelsPrinted';

const PDF = '/home/alice/Téléchargements/parc-etiquettes-20261120-100000.pdf';

/** The dialog with the line that says where the PDF went, as a screen holds them. */
function Screen({ target }: { target: LabelTarget }) {
  const [path, setPath] = useState<string | null>(null);
  return (
    <>
      <LabelsDialog target={target} onPrinted={setPath} />
      <LabelsPrinted path={path} />
    </>
  );
}

function mockLabels(company: string | null = 'Cabinet Martin') {
  return mockCommands({
    company_name: () => company,
    set_company_name: () => null,
    print_labels: () => PDF,
  });
}

async function open() {
  fireEvent.click(screen.getByTestId('labels'));
  return screen.findByTestId('labels-dialog');
}

describe('LabelsDialog', () => {
  it('sends the selection, the sheet and the first free cell clicked on the grid', async () => {
    const calls = mockLabels();
    renderIn(
      'fr',
      <Screen
        target={{ assetIds: ['a-1', 'a-2'], locationId: 'loc-room', placeName: 'Salle serveur' }}
      />,
    );
    const dialog = await open();
    expect(
      within(dialog).getByText('2 matériels sélectionnés : une étiquette par matériel.'),
    ).toBeTruthy();
    await waitFor(() =>
      expect((screen.getByTestId('labels-company') as HTMLInputElement).value).toBe(
        'Cabinet Martin',
      ),
    );
    expect(screen.getAllByRole('button', { name: /Commencer à l’étiquette/ })).toHaveLength(65);

    fireEvent.change(screen.getByTestId('labels-sheet'), { target: { value: 'l7160' } });
    expect(screen.getAllByRole('button', { name: /Commencer à l’étiquette/ })).toHaveLength(21);
    fireEvent.click(screen.getByTestId('labels-cell-4'));
    expect((screen.getByTestId('labels-offset') as HTMLInputElement).value).toBe('4');
    expect(screen.getByTestId('labels-cell-4').getAttribute('aria-pressed')).toBe('true');
    expect(screen.getByTestId('labels-cell-3').className).toContain('offset-used');
    fireEvent.click(screen.getByTestId('labels-confirm'));

    expect((await screen.findByTestId('labels-path')).textContent).toBe(PDF);
    expect(callsOf(calls, 'print_labels')).toEqual([
      {
        request: {
          assetIds: ['a-1', 'a-2'],
          locationId: null,
          unlabelled: false,
          sheet: 'l7160',
          offset: 4,
        },
      },
    ]);
    expect(screen.queryByTestId('labels-unlabelled')).toBeNull();
    // The name did not change: it is not written again.
    expect(callsOf(calls, 'set_company_name')).toEqual([]);
    expect(screen.queryByTestId('labels-dialog')).toBeNull();
  });

  it('prints the assets of a place, and saves a changed company name first', async () => {
    const calls = mockLabels(null);
    renderIn(
      'en',
      <Screen target={{ assetIds: [], locationId: 'loc-a', placeName: 'Bâtiment A' }} />,
    );
    const dialog = await open();
    expect(
      within(dialog).getByText('A label for each asset in “Bâtiment A” and the places under it.'),
    ).toBeTruthy();
    await waitFor(() => expect(callsOf(calls, 'company_name')).toHaveLength(1));
    fireEvent.change(screen.getByTestId('labels-company'), { target: { value: ' Parc & Cie ' } });
    fireEvent.change(screen.getByTestId('labels-offset'), { target: { value: '12' } });
    // Only the assets of the building that never had a label.
    fireEvent.click(screen.getByTestId('labels-unlabelled'));
    fireEvent.click(screen.getByTestId('labels-confirm'));

    await screen.findByTestId('labels-path');
    expect(callsOf(calls, 'set_company_name')).toEqual([{ name: 'Parc & Cie' }]);
    expect(callsOf(calls, 'print_labels')).toEqual([
      {
        request: {
          assetIds: [],
          locationId: 'loc-a',
          unlabelled: true,
          sheet: 'l7651',
          offset: 12,
        },
      },
    ]);
    const order = calls.map((call) => call.command);
    expect(order.indexOf('set_company_name')).toBeLessThan(order.indexOf('print_labels'));
  });

  it('refuses an offset beyond the sheet, and shows the refusal of Rust', async () => {
    const calls = mockCommands({
      company_name: () => null,
      print_labels: () => {
        throw { code: 'invalid', message: 'Trop d’étiquettes : 6 000 (5 000 au plus)' };
      },
    });
    renderIn('fr', <Screen target={{ assetIds: [], locationId: null, placeName: null }} />);
    const dialog = await open();
    expect(
      within(dialog).getByText('Une étiquette pour chaque matériel de l’inventaire.'),
    ).toBeTruthy();
    fireEvent.change(screen.getByTestId('labels-offset'), { target: { value: '65' } });
    fireEvent.click(screen.getByTestId('labels-confirm'));
    expect((await screen.findByTestId('labels-error')).textContent).toBe(
      'Saisissez un nombre d’étiquettes utilisées de 0 à 64.',
    );
    expect(callsOf(calls, 'print_labels')).toEqual([]);

    fireEvent.change(screen.getByTestId('labels-offset'), { target: { value: '0' } });
    fireEvent.click(screen.getByTestId('labels-confirm'));
    await waitFor(() =>
      expect(screen.getByTestId('labels-error').textContent).toBe(
        'Trop d’étiquettes : 6 000 (5 000 au plus)',
      ),
    );
    expect(screen.getByTestId('labels-dialog')).toBeTruthy();
  });
});
