import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { dashboard } from '../../testing/fixtures';
import { mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { DashboardPage } from './DashboardPage';

describe('DashboardPage', () => {
  it('shows the figures formatted for the language', async () => {
    mockCommands({ dashboard: () => dashboard });
    renderIn('en', <DashboardPage />);
    const count = await screen.findByTestId('asset-count');
    expect(count.textContent).toBe('1,234');
    expect(count.getAttribute('data-value')).toBe('1234');
    expect(screen.getByText('€1,234,567.89')).toBeTruthy();
    expect(screen.getByText('Lost or stolen')).toBeTruthy();
    expect(screen.getByText('Laptop')).toBeTruthy();
  });

  it('uses the French labels of statuses and kinds', async () => {
    mockCommands({ dashboard: () => dashboard });
    renderIn('fr', <DashboardPage />);
    await screen.findByTestId('asset-count');
    expect(screen.getByText('Déployé')).toBeTruthy();
    expect(screen.getByText('Ordinateur portable')).toBeTruthy();
  });

  it('says what to do next when there are no assets', async () => {
    mockCommands({
      dashboard: () => ({ ...dashboard, assetCount: 0, byStatus: [], byKind: [], fleetValue: 0 }),
    });
    renderIn('fr', <DashboardPage />);
    expect((await screen.findByTestId('asset-count')).textContent).toBe('0');
    expect(screen.getByText('Aucun matériel pour l’instant')).toBeTruthy();
    expect(screen.getByText('parc demo --assets 1000').tagName).toBe('CODE');
  });
});
