import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { AssetKind } from '../../bindings';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { InventorySettings } from './InventorySettings';

const KINDS: AssetKind[] = [
  { code: 'laptop', labelFr: 'Ordinateur portable', labelEn: 'Laptop', builtin: true },
];

describe('InventorySettings', () => {
  it('saves the tag pattern and shows the next tag', async () => {
    const calls = mockCommands({
      tag_pattern: () => 'PARC-######',
      set_tag_pattern: () => 'LYO-0001',
      asset_kinds: () => KINDS,
    });
    renderIn('fr', <InventorySettings />);
    const input = (await screen.findByTestId('tag-pattern')) as HTMLInputElement;
    await waitFor(() => expect(input.value).toBe('PARC-######'));
    fireEvent.change(input, { target: { value: 'LYO-####' } });
    fireEvent.click(screen.getByTestId('tag-pattern-save'));
    expect((await screen.findByTestId('tag-pattern-saved')).textContent).toBe(
      'Enregistré. Prochain numéro : LYO-0001',
    );
    expect(callsOf(calls, 'set_tag_pattern')).toEqual([{ pattern: 'LYO-####' }]);
  });

  it('shows the refusal of a pattern without #', async () => {
    mockCommands({
      tag_pattern: () => 'PARC-######',
      set_tag_pattern: () => {
        throw {
          code: 'invalid',
          message: 'Le champ « Motif de numérotation (avec des #) » est obligatoire',
        };
      },
      asset_kinds: () => KINDS,
    });
    renderIn('fr', <InventorySettings />);
    fireEvent.click(await screen.findByTestId('tag-pattern-save'));
    expect((await screen.findByTestId('tag-pattern-error')).textContent).toContain(
      'Motif de numérotation',
    );
  });

  it('adds a kind of the user’s own and lists it', async () => {
    let kinds = [...KINDS];
    const calls = mockCommands({
      tag_pattern: () => 'PARC-######',
      asset_kinds: () => kinds,
      save_asset_kind: () => {
        const kind = {
          code: 'lecteur_de_badges',
          labelFr: 'Lecteur de badges',
          labelEn: 'Badge reader',
          builtin: false,
        };
        kinds = [...kinds, kind];
        return kind;
      },
    });
    renderIn('en', <InventorySettings />);
    fireEvent.change(await screen.findByTestId('kind-label-fr'), {
      target: { value: 'Lecteur de badges' },
    });
    fireEvent.change(screen.getByTestId('kind-label-en'), { target: { value: 'Badge reader' } });
    fireEvent.click(screen.getByTestId('kind-add'));
    expect((await screen.findByTestId('kind-added')).textContent).toBe(
      'Kind “Badge reader” added.',
    );
    await waitFor(() =>
      expect(screen.getByTestId('kind-list').textContent).toContain('Badge reader added'),
    );
    expect(callsOf(calls, 'save_asset_kind')).toEqual([
      { code: '', labelFr: 'Lecteur de badges', labelEn: 'Badge reader' },
    ]);
  });
});
