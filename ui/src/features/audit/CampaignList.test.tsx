import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { CampaignRow } from '../../bindings';
import { fakeAudit } from '../../testing/audit';
import { locations } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { CampaignList } from './CampaignList';

function row(overrides: Partial<CampaignRow>): CampaignRow {
  return { ...fakeAudit().detail().campaign, ...overrides };
}

describe('CampaignList', () => {
  it('lists the campaigns as Rust orders them, open ones first, with found / expected', async () => {
    mockCommands({
      campaigns: () => [
        row({ id: 'c-2', name: 'Siège octobre', scope: null, found: 12, expected: 300 }),
        row({ id: 'c-1', status: 'applied', closedAt: '2026-11-20T12:00:00Z', found: 2 }),
      ],
      location_tree: () => locations,
    });
    renderIn('fr', <CampaignList />);
    const rows = await screen.findAllByTestId('campaign-row');
    expect(rows.map((r) => r.getAttribute('data-status'))).toEqual(['open', 'applied']);
    const first = within(rows[0] as HTMLElement);
    expect(first.getByRole('link').getAttribute('href')).toBe('#/audits/c-2');
    expect(first.getByText('Tout le parc')).toBeTruthy();
    expect(first.getByText('12 / 300')).toBeTruthy();
    expect(first.getByText('En cours')).toBeTruthy();
    expect(within(rows[1] as HTMLElement).getByText('Appliquée')).toBeTruthy();
  });

  it('says what to do when there is no campaign yet', async () => {
    mockCommands({ campaigns: () => [], location_tree: () => locations });
    renderIn('en', <CampaignList />);
    expect((await screen.findByTestId('campaigns-empty')).textContent).toMatch(/Start one/);
  });

  it('starts a campaign for a place and opens its page', async () => {
    const calls = mockCommands({
      campaigns: () => [],
      location_tree: () => locations,
      start_campaign: () => ({ ...fakeAudit().detail(), campaign: row({ id: 'c-9' }) }),
    });
    renderIn('fr', <CampaignList />);
    await screen.findByTestId('campaigns-empty');
    fireEvent.click(screen.getByTestId('new-campaign'));
    const name = (await screen.findByTestId('campaign-name')) as HTMLInputElement;
    expect(name.value).toMatch(/^Inventaire du /);
    fireEvent.change(name, { target: { value: 'Salle serveur' } });
    fireEvent.change(screen.getByTestId('campaign-scope'), { target: { value: 'loc-room' } });
    fireEvent.click(screen.getByTestId('new-campaign-confirm'));
    await waitFor(() => expect(window.location.hash).toBe('#/audits/c-9'));
    expect(callsOf(calls, 'start_campaign')).toEqual([
      { input: { name: 'Salle serveur', scopeId: 'loc-room' } },
    ]);
  });

  it('asks for a name, and starts a whole-fleet campaign without a place', async () => {
    const calls = mockCommands({
      campaigns: () => [],
      location_tree: () => locations,
      start_campaign: () => ({ ...fakeAudit().detail(), campaign: row({ id: 'c-8' }) }),
    });
    renderIn('fr', <CampaignList />);
    fireEvent.click(await screen.findByTestId('new-campaign'));
    fireEvent.change(await screen.findByTestId('campaign-name'), { target: { value: ' ' } });
    fireEvent.click(screen.getByTestId('new-campaign-confirm'));
    expect((await screen.findByTestId('new-campaign-error')).textContent).toBe(
      'Donnez un nom à la campagne.',
    );
    fireEvent.change(screen.getByTestId('campaign-name'), { target: { value: 'Tout' } });
    fireEvent.click(screen.getByTestId('new-campaign-confirm'));
    await waitFor(() =>
      expect(callsOf(calls, 'start_campaign')).toEqual([
        { input: { name: 'Tout', scopeId: null } },
      ]),
    );
  });
});
