import { act, fireEvent, screen, waitFor, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { ScanReply } from '../../bindings';
import { fakeAudio, noAudio } from '../../testing/audio';
import { ACCUEIL, COMPTA, fakeAudit } from '../../testing/audit';
import { kinds } from '../../testing/fixtures';
import { callsOf, mockCommands } from '../../testing/ipc';
import { renderIn } from '../../testing/render';
import { CampaignPage } from './CampaignPage';

/** Types `tag` into the scan input and presses Enter, as a barcode scanner does. */
function scan(tag: string) {
  const input = screen.getByTestId('scan-input') as HTMLInputElement;
  input.value = tag;
  fireEvent.keyDown(input, { key: 'Enter' });
}

function flash() {
  return screen.getByTestId('scan-message').textContent;
}

function counter(name: string) {
  return screen.getByTestId(`count-${name}`).getAttribute('data-value');
}

/** The fake audit, answering each scan right away. */
function mockAudit(overrides: Parameters<typeof fakeAudit>[0] = {}, extra = {}) {
  const audit = fakeAudit(overrides);
  const calls = mockCommands({
    campaign_detail: () => audit.detail(),
    asset_kinds: () => kinds,
    scan_tag: audit.scan,
    create_asset: audit.create,
    ...extra,
  });
  return { audit, calls };
}

afterEach(noAudio);

describe('CampaignPage: scanning', () => {
  it('queues fast scans and sends them one at a time, in order, without losing any', async () => {
    const audit = fakeAudit();
    const answers: Array<() => void> = [];
    const calls = mockCommands({
      campaign_detail: () => audit.detail(),
      asset_kinds: () => kinds,
      scan_tag: (args) =>
        new Promise<ScanReply>((resolve) => answers.push(() => resolve(audit.scan(args)))),
    });
    renderIn('fr', <CampaignPage id="c-1" />);
    const input = (await screen.findByTestId('scan-input')) as HTMLInputElement;
    // The scope is a room: it is the room one scans in, and the input has the focus.
    expect((screen.getByTestId('room-select') as HTMLSelectElement).value).toBe(ACCUEIL.id);
    await waitFor(() => expect(document.activeElement).toBe(input));

    scan('PARC-000001');
    scan('PARC-000002');
    scan('PARC-000003');
    expect(input.value).toBe('');
    expect(screen.getByTestId('scan-waiting').textContent).toBe('3 scans en cours d’envoi');
    await waitFor(() => expect(callsOf(calls, 'scan_tag')).toHaveLength(1));

    for (const sent of [1, 2, 3]) {
      // The next scan leaves only once the previous one has its answer.
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(callsOf(calls, 'scan_tag')).toHaveLength(sent);
      await act(async () => answers[sent - 1]?.());
    }
    expect(callsOf(calls, 'scan_tag')).toEqual([
      { id: 'c-1', tag: 'PARC-000001', roomId: ACCUEIL.id },
      { id: 'c-1', tag: 'PARC-000002', roomId: ACCUEIL.id },
      { id: 'c-1', tag: 'PARC-000003', roomId: ACCUEIL.id },
    ]);
    await waitFor(() => expect(counter('found')).toBe('2'));
    expect(counter('moved')).toBe('1');
    expect(counter('missing')).toBe('0');
    expect(screen.getByTestId('scan-waiting').textContent).toBe('');
    // Newest first, and nothing left to find.
    expect(
      screen.getAllByTestId('scan-row').map((row) => row.getAttribute('data-outcome')),
    ).toEqual(['found', 'moved', 'found']);
    expect(screen.getByTestId('all-found')).toBeTruthy();
    expect(document.activeElement).toBe(input);
  });

  it('says where a moved asset was, and that it moves here at the close', async () => {
    mockAudit();
    renderIn('fr', <CampaignPage id="c-1" />);
    await screen.findByTestId('scan-input');
    expect(screen.getAllByTestId('expected-row')).toHaveLength(2);

    scan('PARC-000001');
    await waitFor(() => expect(flash()).toBe('Trouvé'));
    expect(screen.getByTestId('scan-flash').getAttribute('data-outcome')).toBe('found');
    expect(screen.getAllByTestId('expected-row')).toHaveLength(1);

    scan('parc-000002');
    await waitFor(() => expect(flash()).toBe('Déplacé : était en Comptabilité'));
    expect(screen.getByTestId('scan-flash').getAttribute('data-outcome')).toBe('moved');
    expect(screen.getByTestId('scan-moved').textContent).toContain(
      'était en Comptabilité : sera déplacé ici à la clôture',
    );
    expect(counter('moved')).toBe('1');

    scan('PARC-000001');
    await waitFor(() => expect(flash()).toBe('Déjà scanné'));
    expect(screen.getAllByTestId('scan-row')).toHaveLength(2);
  });

  it('opens the quick-create form for an unknown tag, then counts the new asset as found', async () => {
    const { calls } = mockAudit();
    renderIn('fr', <CampaignPage id="c-1" />);
    await screen.findByTestId('scan-input');

    scan('PARC-009999');
    const dialog = await screen.findByTestId('quick-create-dialog');
    expect(flash()).toBe('Inconnu');
    expect(within(dialog).getByText('Nouveau matériel PARC-009999')).toBeTruthy();
    expect((within(dialog).getByTestId('quick-tag') as HTMLInputElement).value).toBe('PARC-009999');
    expect(within(dialog).getByText(/Siège › Bâtiment A › Accueil/)).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('quick-name')));

    fireEvent.change(screen.getByTestId('quick-name'), { target: { value: 'Écran accueil' } });
    fireEvent.change(screen.getByTestId('quick-kind'), { target: { value: 'laptop' } });
    fireEvent.click(screen.getByTestId('quick-create-confirm'));

    await waitFor(() => expect(callsOf(calls, 'scan_tag')).toHaveLength(2));
    expect(callsOf(calls, 'create_asset')).toEqual([
      {
        input: expect.objectContaining({
          tag: 'PARC-009999',
          name: 'Écran accueil',
          kind: 'laptop',
          locationId: ACCUEIL.id,
        }),
      },
    ]);
    expect(callsOf(calls, 'scan_tag')[1]).toEqual({
      id: 'c-1',
      tag: 'PARC-009999',
      roomId: ACCUEIL.id,
    });
    await waitFor(() => expect(flash()).toBe('Trouvé'));
    expect(screen.queryByTestId('quick-create-dialog')).toBeNull();
    expect(counter('found')).toBe('1');
    expect(screen.getByText('créé depuis, puis compté comme trouvé')).toBeTruthy();
    await waitFor(() => expect(document.activeElement).toBe(screen.getByTestId('scan-input')));
  });

  it('waits for a room before scanning, and remembers the one chosen for the campaign', async () => {
    // A campaign over the building: two rooms, none chosen yet.
    const building = { id: 'building-a', name: 'Bâtiment A' };
    const campaign = { ...fakeAudit().detail().campaign, scope: building };
    const { calls } = mockAudit({ campaign, rooms: [ACCUEIL, COMPTA] });
    const view = renderIn('en', <CampaignPage id="c-1" />);
    const input = (await screen.findByTestId('scan-input')) as HTMLInputElement;

    scan('PARC-000001');
    expect(flash()).toBe('Not recorded: choose the room you are scanning in first');
    expect(input.value).toBe('PARC-000001');
    expect(callsOf(calls, 'scan_tag')).toEqual([]);
    expect(document.activeElement).toBe(screen.getByTestId('room-select'));

    fireEvent.change(screen.getByTestId('room-select'), { target: { value: COMPTA.id } });
    expect(document.activeElement).toBe(input);
    scan('PARC-000002');
    await waitFor(() => expect(flash()).toBe('Found'));
    expect(callsOf(calls, 'scan_tag')).toEqual([
      { id: 'c-1', tag: 'PARC-000002', roomId: COMPTA.id },
    ]);

    view.unmount();
    renderIn('en', <CampaignPage id="c-1" />);
    await screen.findByTestId('scan-input');
    expect((screen.getByTestId('room-select') as HTMLSelectElement).value).toBe(COMPTA.id);
  });

  it('beeps each answer, two tones for a moved asset, and stays silent once muted', async () => {
    const tones = fakeAudio();
    mockAudit();
    renderIn('fr', <CampaignPage id="c-1" />);
    await screen.findByTestId('scan-input');
    scan('PARC-000002');
    await waitFor(() => expect(tones).toHaveLength(2));

    fireEvent.click(screen.getByTestId('mute'));
    expect(localStorage.getItem('parc.audit.muted')).toBe('1');
    scan('PARC-000001');
    await waitFor(() => expect(flash()).toBe('Trouvé'));
    expect(tones).toHaveLength(2);
  });

  it('takes the focus back to the scan input after a click or a key elsewhere on the page', async () => {
    mockAudit();
    renderIn('fr', <CampaignPage id="c-1" />);
    const input = await screen.findByTestId('scan-input');
    (screen.getByTestId('mute') as HTMLInputElement).focus();
    fireEvent.click(screen.getByTestId('campaign-meta'));
    expect(document.activeElement).toBe(input);
    (screen.getByTestId('mute') as HTMLInputElement).focus();
    fireEvent.keyDown(screen.getByTestId('mute'), { key: '7' });
    expect(document.activeElement).toBe(input);

    // A tag typed while a button has the focus goes to the scan input, not to the button.
    const close = screen.getByTestId('close-campaign');
    close.focus();
    fireEvent.keyDown(close, { key: 'P' });
    expect(document.activeElement).toBe(input);
    close.focus();
    fireEvent.keyDown(close, { key: 'Enter' });
    expect(document.activeElement).toBe(close);
  });

  it('says why a scan was not recorded, and goes on with the next one', async () => {
    let first = true;
    const audit = fakeAudit();
    const calls = mockCommands({
      campaign_detail: () => audit.detail(),
      asset_kinds: () => kinds,
      scan_tag: (args) => {
        if (first) {
          first = false;
          throw { code: 'invalid', message: 'Cette campagne d’inventaire est terminée' };
        }
        return audit.scan(args);
      },
    });
    renderIn('fr', <CampaignPage id="c-1" />);
    await screen.findByTestId('scan-input');
    scan('PARC-000001');
    scan('PARC-000003');
    await waitFor(() => expect(callsOf(calls, 'scan_tag')).toHaveLength(2));
    await waitFor(() => expect(flash()).toBe('Trouvé'));
    expect(counter('found')).toBe('1');
  });
});

describe('CampaignPage: closing', () => {
  async function scanned() {
    const audit = fakeAudit();
    const calls = mockCommands({
      campaign_detail: () => audit.detail(),
      asset_kinds: () => kinds,
      scan_tag: audit.scan,
      apply_campaign: audit.apply,
      cancel_campaign: audit.cancel,
    });
    renderIn('fr', <CampaignPage id="c-1" />);
    await screen.findByTestId('scan-input');
    scan('PARC-000001');
    scan('PARC-000002');
    await waitFor(() => expect(counter('moved')).toBe('1'));
    return calls;
  }

  it('sends the chosen missing action and whether to move, then shows what was applied', async () => {
    const calls = await scanned();
    fireEvent.click(screen.getByTestId('close-campaign'));
    const dialog = await screen.findByTestId('close-campaign-dialog');
    expect(within(dialog).getByTestId('summary-found').textContent).toBe('1');
    expect(within(dialog).getByTestId('summary-missing').textContent).toBe('1');
    expect(within(dialog).getByTestId('summary-moved').textContent).toBe('1');
    expect(within(dialog).getByTestId('summary-unknown').textContent).toBe('0');
    expect((within(dialog).getByTestId('missing-to_check') as HTMLInputElement).checked).toBe(true);
    expect((within(dialog).getByTestId('move-moved') as HTMLInputElement).checked).toBe(true);

    fireEvent.click(within(dialog).getByTestId('missing-lost'));
    fireEvent.click(within(dialog).getByTestId('move-moved'));
    fireEvent.click(within(dialog).getByTestId('close-campaign-confirm'));

    expect(await screen.findByTestId('audit-result')).toBeTruthy();
    expect(callsOf(calls, 'apply_campaign')).toEqual([
      { id: 'c-1', moveMoved: false, missing: 'lost' },
    ]);
    expect(screen.getByTestId('result-audited').textContent).toBe('2');
    await waitFor(() =>
      expect(screen.getByTestId('campaign-status').getAttribute('data-status')).toBe('applied'),
    );
    expect(screen.queryByTestId('scan-input')).toBeNull();
    expect(screen.queryByTestId('close-campaign')).toBeNull();
    expect(screen.getByText('Non trouvés (1)')).toBeTruthy();
  });

  it('moves and notes "to check" by default', async () => {
    const calls = await scanned();
    fireEvent.click(screen.getByTestId('close-campaign'));
    fireEvent.click(await screen.findByTestId('close-campaign-confirm'));
    await screen.findByTestId('audit-result');
    expect(callsOf(calls, 'apply_campaign')).toEqual([
      { id: 'c-1', moveMoved: true, missing: 'to_check' },
    ]);
    expect(screen.getByTestId('result-moved').textContent).toBe('1');
    expect(screen.getByTestId('result-markedToCheck').textContent).toBe('1');
  });

  it('abandons the campaign after asking', async () => {
    const calls = await scanned();
    fireEvent.click(screen.getByTestId('cancel-campaign'));
    fireEvent.click(await screen.findByTestId('confirm-action'));
    await waitFor(() => expect(callsOf(calls, 'cancel_campaign')).toEqual([{ id: 'c-1' }]));
    await waitFor(() =>
      expect(screen.getByTestId('campaign-status').getAttribute('data-status')).toBe('cancelled'),
    );
    expect(screen.queryByTestId('scan-input')).toBeNull();
  });
});
