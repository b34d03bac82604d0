import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { suppliers } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { SupplierFormPage } from './SupplierFormPage';
import { SupplierPage } from './SupplierPage';

describe('suppliers', () => {
  it('edits a supplier and returns to its page', async () => {
    const calls = mockCommands({
      suppliers: () => suppliers,
      save_supplier: () => suppliers[0],
    });
    renderIn('fr', <SupplierFormPage id="sup-1" />);
    const name = (await screen.findByTestId('field-name')) as HTMLInputElement;
    expect(name.value).toBe('Bureau Vallée');
    fireEvent.change(screen.getByTestId('field-phone'), { target: { value: '04 72 00 00 00' } });
    fireEvent.keyDown(name, { key: 'Enter' });
    await waitFor(() => expect(window.location.hash).toBe('#/suppliers/sup-1'));
    expect(callsOf(calls, 'save_supplier')).toEqual([
      {
        input: {
          id: 'sup-1',
          name: 'Bureau Vallée',
          contact: 'Jeanne',
          phone: '04 72 00 00 00',
          email: null,
          website: null,
          notes: null,
        },
      },
    ]);
  });

  it('shows the refusal to delete a supplier still linked to assets', async () => {
    mockCommands({
      suppliers: () => suppliers,
      delete_supplier: () => {
        throw { code: 'invalid', message: '12 matériels viennent encore de ce fournisseur' };
      },
    });
    renderIn('fr', <SupplierPage id="sup-1" />);
    fireEvent.click(await screen.findByTestId('delete-button'));
    fireEvent.click(await screen.findByTestId('confirm-action'));
    expect((await screen.findByTestId('delete-error')).textContent).toBe(
      '12 matériels viennent encore de ce fournisseur',
    );
  });
});
