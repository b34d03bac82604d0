import { emit } from '@tauri-apps/api/event';
import { clearMocks, mockWindows } from '@tauri-apps/api/mocks';
import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import type {
  ImportOutcome,
  ImportPreview,
  ImportProgress,
  LineView,
  Mapping,
  ThisComputerPlan,
} from '../../bindings';
import { callsOf, mockCommands } from '../../testing/ipc';
import { layOutTables } from '../../testing/layout';
import { renderIn } from '../../testing/render';
import { ImportPage } from './ImportPage';
import { filterLines } from './LinesTable';
import { identifies, setColumn } from './MappingTable';

const PATH = 'C:\\Users\\alice\\parc-snipeit.csv';

const MAPPING: Mapping = {
  columns: [
    { index: 0, header: 'Asset Tag', field: 'tag', dateOrder: 'month_first' },
    { index: 1, header: 'Asset Name', field: 'name', dateOrder: 'month_first' },
    { index: 2, header: 'Purchase Date', field: 'purchase_date', dateOrder: 'month_first' },
    { index: 3, header: 'Couleur', field: null, dateOrder: 'month_first' },
  ],
};

const TABLE: ImportPreview = {
  path: PATH,
  fileName: 'parc-snipeit.csv',
  size: 20480,
  format: 'assets_csv',
  formatLabel: 'tableau de matériels (CSV)',
  table: {
    encoding: 'utf8',
    delimiter: ',',
    rowCount: 3,
    mapping: MAPPING,
    samples: [
      ['PARC-1', 'PC accueil', '1/23/23', 'gris'],
      ['PARC-2', 'Portable Alice', '2/14/24', ''],
    ],
    fields: [
      { field: 'tag', label: 'N° d’inventaire' },
      { field: 'name', label: 'Nom' },
      { field: 'serial', label: 'Numéro de série' },
      { field: 'purchase_date', label: 'Date d’achat' },
      { field: 'notes', label: 'Notes' },
    ],
  },
  inventory: null,
};

function line(n: number, fate: LineView['fate'], extra: Partial<LineView> = {}): LineView {
  return { line: n, key: `PARC-${n - 1}`, fate, changes: [], errors: [], ...extra };
}

function outcome(lines: LineView[], dryRun: boolean): ImportOutcome {
  const count = (fate: LineView['fate']) => lines.filter((l) => l.fate === fate).length;
  return {
    format: 'assets_csv',
    dryRun,
    summary: {
      created: count('created'),
      updated: count('updated'),
      unchanged: count('unchanged'),
      rejected: count('rejected'),
    },
    lines: dryRun ? lines : [],
    matchedBy: null,
    assetId: null,
    reconciliation: null,
  };
}

const CLEAN = [
  line(2, 'created'),
  line(3, 'updated', { changes: ['Nom', 'Date d’achat'] }),
  line(4, 'unchanged'),
];

const REFUSED = [
  line(2, 'created'),
  line(3, 'rejected', {
    errors: [
      {
        column: 'Purchase Date',
        message: 'Ligne 3, colonne « Purchase Date » : « hier » n’est pas une date',
      },
    ],
  }),
  line(4, 'created'),
];

/** French numbers group digits with a narrow no-break space. */
function spaced(text: string | null): string {
  return (text ?? '').replace(/\s/g, ' ');
}

afterEach(() => {
  vi.restoreAllMocks();
  vi.useRealTimers();
  clearMocks();
});

async function examine(path = PATH) {
  fireEvent.change(screen.getByTestId('import-path'), { target: { value: path } });
  fireEvent.click(screen.getByTestId('import-inspect'));
  return screen.findByTestId('import-ready');
}

describe('ImportPage', () => {
  it('maps the columns, tries the file, then imports it and sums it up', async () => {
    layOutTables();
    const calls = mockCommands({
      inspect_import: () => TABLE,
      run_import: (args) => outcome(CLEAN, (args as { dryRun: boolean }).dryRun),
      import_progress: (): ImportProgress => ({ running: true, done: 2, total: 3 }),
    });
    renderIn('fr', <ImportPage />);
    await examine();
    expect(callsOf(calls, 'inspect_import')).toEqual([{ path: PATH }]);
    expect(screen.getByTestId('import-format').textContent).toBe('tableau de matériels (CSV)');
    const rows = screen.getAllByTestId('mapping-row');
    expect(rows.map((r) => r.getAttribute('data-field'))).toEqual([
      'tag',
      'name',
      'purchase_date',
      '',
    ]);
    expect(rows[0]?.textContent).toContain('PARC-1 · PARC-2');
    // The colour column becomes the notes; the purchase date is read day first.
    fireEvent.change(screen.getByTestId('mapping-field-3'), { target: { value: 'notes' } });
    fireEvent.change(screen.getByLabelText('Ordre des dates de la colonne « Purchase Date »'), {
      target: { value: 'day_first' },
    });
    fireEvent.click(screen.getByTestId('import-try'));

    const planned = await screen.findByTestId('import-planned');
    const sent = callsOf(calls, 'run_import')[0] as { mapping: Mapping; dryRun: boolean };
    expect(sent.dryRun).toBe(true);
    expect(sent.mapping.columns[3]?.field).toBe('notes');
    expect(sent.mapping.columns[2]?.dateOrder).toBe('day_first');
    expect(within(planned).getByTestId('count-created').textContent).toContain('1');
    expect(within(planned).getByTestId('import-ok').textContent).toBe(
      '2 fiches seront écrites, en une seule transaction.',
    );
    const lines = within(planned).getAllByTestId('import-line');
    expect(lines.map((l) => l.getAttribute('data-fate'))).toEqual([
      'created',
      'updated',
      'unchanged',
    ]);
    expect(lines[1]?.textContent).toContain('Nom, Date d’achat');

    fireEvent.click(screen.getByTestId('import-apply'));
    const done = await screen.findByTestId('import-done');
    expect(callsOf(calls, 'run_import')[1]).toMatchObject({ path: PATH, dryRun: false });
    expect(within(done).getByTestId('count-updated').textContent).toContain('1');
  });

  it('shows refused lines by line and column and will not import the file', async () => {
    layOutTables();
    mockCommands({
      inspect_import: () => TABLE,
      run_import: () => outcome(REFUSED, true),
      import_progress: (): ImportProgress => ({ running: false, done: 0, total: null }),
    });
    renderIn('fr', <ImportPage />);
    await examine();
    fireEvent.click(screen.getByTestId('import-try'));
    const planned = await screen.findByTestId('import-planned');
    expect(within(planned).getByTestId('import-blocked').textContent).toContain(
      '1 ligne est refusée',
    );
    expect((screen.getByTestId('import-apply') as HTMLButtonElement).disabled).toBe(true);
    // The refused lines are shown first.
    const lines = within(planned).getAllByTestId('import-line');
    expect(lines).toHaveLength(1);
    expect(lines[0]?.textContent).toContain('Ligne 3, colonne « Purchase Date »');
    fireEvent.change(screen.getByTestId('lines-filter'), { target: { value: 'all' } });
    expect(within(planned).getAllByTestId('import-line')).toHaveLength(3);
  });

  it('shows the progress while it runs, and a cancel writes nothing', async () => {
    let reject: (e: unknown) => void = () => undefined;
    const calls = mockCommands({
      inspect_import: () => TABLE,
      run_import: () =>
        new Promise((_, no) => {
          reject = no;
        }),
      import_progress: (): ImportProgress => ({ running: true, done: 250, total: 1000 }),
      cancel_import: () => null,
    });
    renderIn('fr', <ImportPage />);
    await examine();
    fireEvent.click(screen.getByTestId('import-try'));
    await screen.findByTestId('import-running');
    await waitFor(() =>
      expect(spaced(screen.getByTestId('import-count').textContent)).toBe('250 lignes sur 1 000'),
    );
    expect(screen.getByTestId('import-progress').getAttribute('max')).toBe('1000');
    fireEvent.click(screen.getByTestId('import-cancel'));
    await waitFor(() => expect(callsOf(calls, 'cancel_import')).toHaveLength(1));
    await act(async () => {
      reject({ code: 'invalid', message: 'Import annulé : rien n’a été écrit' });
    });
    expect((await screen.findByTestId('import-error')).textContent).toBe(
      'Import annulé : rien n’a été écrit',
    );
    expect(screen.getByTestId('import-ready')).toBeTruthy();
  });

  it('opens a file dropped on the window, and refuses several at once', async () => {
    const calls = mockCommands({ inspect_import: () => TABLE }, { events: true });
    mockWindows('main');
    renderIn('fr', <ImportPage />);
    const step = screen.getByTestId('import-choose');
    const position = { x: 10, y: 10 };
    // The listener is set up after the first render.
    await waitFor(async () => {
      await act(() => emit('tauri://drag-enter', { paths: [PATH], position }));
      expect(step.className).toContain('import-drop-over');
    });
    await act(() => emit('tauri://drag-leave', null));
    expect(step.className).not.toContain('import-drop-over');

    await act(() => emit('tauri://drag-drop', { paths: [PATH, `${PATH}.bak`], position }));
    expect(screen.getByTestId('import-drop-too-many').textContent).toContain(
      'Déposez un seul fichier à la fois',
    );
    expect(callsOf(calls, 'inspect_import')).toEqual([]);

    await act(() => emit('tauri://drag-drop', { paths: [PATH], position }));
    await screen.findByTestId('import-ready');
    expect(callsOf(calls, 'inspect_import')).toEqual([{ path: PATH }]);
  });

  it('says why a file cannot be read, in the words Rust gave', async () => {
    mockCommands({
      inspect_import: () => {
        throw { code: 'invalid', message: 'Ce fichier est binaire, pas un tableau CSV' };
      },
    });
    renderIn('fr', <ImportPage />);
    fireEvent.change(screen.getByTestId('import-path'), { target: { value: '/tmp/photo.csv' } });
    fireEvent.click(screen.getByTestId('import-inspect'));
    expect((await screen.findByTestId('import-error')).textContent).toBe(
      'Ce fichier est binaire, pas un tableau CSV',
    );
    expect(screen.getByTestId('import-choose')).toBeTruthy();
  });

  it('refuses to try a mapping that can find no asset', async () => {
    mockCommands({ inspect_import: () => TABLE });
    renderIn('en', <ImportPage />);
    await examine();
    fireEvent.change(screen.getByTestId('mapping-field-0'), { target: { value: '' } });
    fireEvent.change(screen.getByTestId('mapping-field-1'), { target: { value: '' } });
    expect(screen.getByTestId('mapping-error').textContent).toContain('Map at least one column');
    expect((screen.getByTestId('import-try') as HTMLButtonElement).disabled).toBe(true);
  });

  it('compares an Active Directory computers export with the inventory', async () => {
    mockCommands({
      inspect_import: () => ({
        ...TABLE,
        format: 'ad_computers_csv',
        formatLabel: 'ordinateurs Active Directory (CSV)',
        table: null,
      }),
      run_import: (): ImportOutcome => ({
        ...outcome([], true),
        format: 'ad_computers_csv',
        reconciliation: {
          activeAccounts: 12,
          computersMissingFromInventory: [
            { name: 'PC-COMPTA-03', dnsName: null, lastLogon: '2026-10-02', os: 'Windows 11' },
          ],
          inventoryComputersUnknownToAd: [],
          disabledAccountsHoldingEquipment: [
            {
              personId: 'p-1',
              name: 'Marc Petit',
              account: 'mpetit',
              assets: ['PARC-7', 'PARC-9'],
            },
          ],
        },
      }),
      import_progress: (): ImportProgress => ({ running: false, done: 0, total: null }),
    });
    renderIn('fr', <ImportPage />);
    await examine();
    fireEvent.click(screen.getByText('Comparer avec l’inventaire'));
    const view = await screen.findByTestId('reconciliation');
    expect(within(view).getByTestId('active-accounts').textContent).toBe('12 comptes actifs');
    expect(within(view).getByTestId('ad-missing').textContent).toContain('PC-COMPTA-03');
    expect(within(view).getByTestId('ad-holders').textContent).toContain('PARC-7, PARC-9');
    expect(view.textContent).toContain('Ordinateurs de l’inventaire inconnus de l’annuaire : 0');
  });

  it('inventories this computer, tells what saving would change, then saves it', async () => {
    const plan: ThisComputerPlan = {
      machine: {
        name: 'PORTABLE-ALICE',
        kind: 'laptop',
        serial: '5CG1234XYZ',
        manufacturer: 'HP',
        model: 'EliteBook 840 G8',
        os: 'Windows 11 Professionnel',
        memoryMib: 16384,
        softwareCount: 142,
      },
      plan: {
        ...outcome([line(1, 'updated', { key: 'PARC-12', changes: ['Logiciel'] })], true),
        format: null,
      },
    };
    const calls = mockCommands({
      plan_this_computer: () => plan,
      apply_this_computer: (): ImportOutcome => ({
        ...plan.plan,
        dryRun: false,
        assetId: 'a-12',
      }),
    });
    renderIn('fr', <ImportPage />);
    fireEvent.click(screen.getByTestId('this-computer-scan'));
    expect(spaced((await screen.findByTestId('import-machine')).textContent)).toContain(
      '16 384 Mio',
    );
    expect(screen.getByTestId('this-computer-fate').textContent).toBe(
      'Déjà connu (PARC-12) : Logiciel seront mis à jour.',
    );
    fireEvent.click(screen.getByTestId('this-computer-save'));
    const saved = await screen.findByTestId('this-computer-saved');
    expect(saved.querySelector('a')?.getAttribute('href')).toBe('#/assets/a-12');
    expect(callsOf(calls, 'apply_this_computer')).toHaveLength(1);
  });
});

describe('mapping helpers', () => {
  it('give a field to one column only, as Rust does', () => {
    const moved = setColumn(MAPPING, 3, 'tag');
    expect(moved.columns.map((c) => c.field)).toEqual([null, 'name', 'purchase_date', 'tag']);
    expect(identifies(setColumn(setColumn(MAPPING, 0, null), 1, null))).toBe(false);
  });

  it('filter the lines by fate', () => {
    expect(filterLines(REFUSED, 'rejected').map((l) => l.line)).toEqual([3]);
    expect(filterLines(REFUSED, 'all')).toHaveLength(3);
  });
});
