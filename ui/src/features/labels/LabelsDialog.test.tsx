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

  it('prints on a custom sheet measured with decimal commas, its grid following columns × rows', async () => {
    const calls = mockLabels();
    renderIn('fr', <Screen target={{ assetIds: ['a-1'], locationId: null, placeName: null }} />);
    await open();
    expect(screen.queryByTestId('labels-custom')).toBeNull();
    fireEvent.change(screen.getByTestId('labels-sheet'), { target: { value: 'custom' } });
    expect(
      within(screen.getByTestId('labels-sheet')).getByRole('option', {
        name: 'Planche personnalisée',
      }),
    ).toBeTruthy();
    // Nothing measured yet: no grid to click.
    expect(screen.queryByTestId('labels-grid')).toBeNull();

    const type = (field: string, value: string) =>
      fireEvent.change(screen.getByTestId(`labels-custom-${field}`), { target: { value } });
    type('labelWidth', '63,5');
    type('labelHeight', ' 38,1 ');
    type('columns', '3');
    expect(screen.queryByTestId('labels-grid')).toBeNull();
    type('rows', '7');
    type('columnGap', '2,5');
    type('leftMargin', '7.25');
    expect(screen.getAllByRole('button', { name: /Commencer à l’étiquette/ })).toHaveLength(21);
    type('columns', '2');
    expect(screen.getAllByRole('button', { name: /Commencer à l’étiquette/ })).toHaveLength(14);
    expect(screen.getByTestId('labels-offset').getAttribute('max')).toBe('13');
    fireEvent.click(screen.getByTestId('labels-cell-5'));
    fireEvent.click(screen.getByTestId('labels-confirm'));

    expect((await screen.findByTestId('labels-path')).textContent).toBe(PDF);
    expect(callsOf(calls, 'print_labels')).toEqual([
      {
        request: {
          assetIds: ['a-1'],
          locationId: null,
          unlabelled: false,
          sheet: 'custom',
          custom: {
            labelWidth: 63.5,
            labelHeight: 38.1,
            columns: 2,
            rows: 7,
            pageWidth: null,
            pageHeight: null,
            leftMargin: 7.25,
            topMargin: null,
            columnGap: 2.5,
            rowGap: null,
          },
          offset: 5,
        },
      },
    ]);
    // Remembered as typed, for the next time.
    expect(JSON.parse(localStorage.getItem('parc.labels.customSheet') ?? 'null')).toMatchObject({
      labelWidth: '63,5',
      columns: '2',
      rowGap: '',
    });
  });

  it('refuses a custom sheet that is not measured, saying which field, and sends nothing', async () => {
    const calls = mockLabels();
    renderIn('fr', <Screen target={{ assetIds: [], locationId: null, placeName: null }} />);
    await open();
    fireEvent.change(screen.getByTestId('labels-sheet'), { target: { value: 'custom' } });
    const type = (field: string, value: string) =>
      fireEvent.change(screen.getByTestId(`labels-custom-${field}`), { target: { value } });
    const refused = async (message: string) => {
      fireEvent.click(screen.getByTestId('labels-confirm'));
      await waitFor(() => expect(screen.getByTestId('labels-error').textContent).toBe(message));
    };

    await refused(
      '« Largeur d’une étiquette (mm) » : saisissez une longueur en millimètres supérieure à zéro, par exemple 63,5.',
    );
    type('labelWidth', '70');
    type('labelHeight', '0');
    await refused(
      '« Hauteur d’une étiquette (mm) » : saisissez une longueur en millimètres supérieure à zéro, par exemple 63,5.',
    );
    type('labelHeight', '37');
    type('columns', '2,5');
    await refused('« Nombre de colonnes » : saisissez un nombre entier supérieur à zéro.');
    type('columns', '3');
    type('rows', '8');
    type('rowGap', 'deux');
    await refused(
      '« Espace entre rangées (mm) » : saisissez une longueur en millimètres, par exemple 2,5, ou laissez le champ vide.',
    );
    expect(screen.queryByTestId('labels-grid')).toBeNull();
    type('rowGap', '');
    // Measured now: the offset is bounded by this sheet's 24 labels.
    fireEvent.change(screen.getByTestId('labels-offset'), { target: { value: '24' } });
    await refused('Saisissez un nombre d’étiquettes utilisées de 0 à 23.');
    expect(callsOf(calls, 'print_labels')).toEqual([]);
    expect(screen.getByTestId('labels-dialog')).toBeTruthy();
  });

  it('restores the last custom measurements, and ignores what is not one in storage', async () => {
    localStorage.setItem(
      'parc.labels.customSheet',
      JSON.stringify({ labelWidth: '70', labelHeight: '37', columns: '3', rows: '8', rowGap: 2 }),
    );
    const calls = mockLabels();
    renderIn('en', <Screen target={{ assetIds: ['a-9'], locationId: null, placeName: null }} />);
    await open();
    fireEvent.change(screen.getByTestId('labels-sheet'), { target: { value: 'custom' } });
    expect(
      within(screen.getByTestId('labels-custom')).getByText('Sheet measurements'),
    ).toBeTruthy();
    expect((screen.getByTestId('labels-custom-labelWidth') as HTMLInputElement).value).toBe('70');
    expect((screen.getByTestId('labels-custom-rows') as HTMLInputElement).value).toBe('8');
    expect((screen.getByTestId('labels-custom-rowGap') as HTMLInputElement).value).toBe('');
    expect(screen.getAllByRole('button', { name: /Start at label/ })).toHaveLength(24);
    fireEvent.click(screen.getByTestId('labels-confirm'));

    await screen.findByTestId('labels-path');
    expect(callsOf(calls, 'print_labels')).toEqual([
      {
        request: {
          assetIds: ['a-9'],
          locationId: null,
          unlabelled: false,
          sheet: 'custom',
          custom: {
            labelWidth: 70,
            labelHeight: 37,
            columns: 3,
            rows: 8,
            pageWidth: null,
            pageHeight: null,
            leftMargin: null,
            topMargin: null,
            columnGap: null,
            rowGap: null,
          },
          offset: 0,
        },
      },
    ]);
  });

  it('opens with blank measurements when storage holds garbage', async () => {
    localStorage.setItem('parc.labels.customSheet', '{not json');
    mockLabels();
    renderIn('en', <Screen target={{ assetIds: ['a-9'], locationId: null, placeName: null }} />);
    await open();
    fireEvent.change(screen.getByTestId('labels-sheet'), { target: { value: 'custom' } });
    expect((screen.getByTestId('labels-custom-labelWidth') as HTMLInputElement).value).toBe('');
    expect(screen.queryByTestId('labels-grid')).toBeNull();
    fireEvent.click(screen.getByTestId('labels-confirm'));
    expect((await screen.findByTestId('labels-error')).textContent).toBe(
      '“Label width (mm)”: enter a length in millimetres greater than zero, for example 63.5.',
    );
  });
});
