import type { InvokeArgs } from '@tauri-apps/api/core';
import type { CampaignDetail, ExpectedAsset, Reference, ScanOutcome, ScanReply } from '../bindings';

/*
 * A small stand-in for the Rust side of the on-site audit: campaign c-1 over
 * the room "Accueil", two assets expected there (PARC-000001 and PARC-000003),
 * PARC-000002 recorded in "Comptabilité". Scans are judged as `judge` does in
 * parc-core, so the page gets answers shaped like the real ones.
 */

export const ACCUEIL: Reference = { id: 'room-accueil', name: 'Siège › Bâtiment A › Accueil' };
export const COMPTA: Reference = { id: 'room-compta', name: 'Siège › Bâtiment A › Comptabilité' };

type Known = { id: string; tag: string; name: string; room: Reference };

export function fakeAudit(overrides: Partial<CampaignDetail> = {}) {
  const assets: Known[] = [
    { id: 'a-1', tag: 'PARC-000001', name: 'Poste accueil', room: ACCUEIL },
    { id: 'a-2', tag: 'PARC-000002', name: 'Portable compta', room: COMPTA },
    { id: 'a-3', tag: 'PARC-000003', name: 'Imprimante accueil', room: ACCUEIL },
  ];
  const expected = ['a-1', 'a-3'];
  const detail: CampaignDetail = {
    campaign: {
      id: 'c-1',
      name: 'Accueil novembre',
      scope: { id: ACCUEIL.id, name: 'Accueil' },
      status: 'open',
      startedAt: '2026-11-20T08:00:00Z',
      closedAt: null,
      expected: expected.length,
      found: 0,
    },
    found: 0,
    moved: 0,
    unknown: 0,
    missing: expected.length,
    stillExpected: [],
    scans: [],
    rooms: [ACCUEIL],
    ...overrides,
  };
  let clock = 0;

  const stillExpected = (): ExpectedAsset[] =>
    assets
      .filter((a) => expected.includes(a.id) && !detail.scans.some((s) => s.asset?.id === a.id))
      .map((a) => ({
        id: a.id,
        tag: a.tag,
        name: a.name,
        location: a.room.name.split(' › ').pop() ?? null,
      }));

  const refresh = () => {
    const count = (outcome: ScanOutcome) =>
      detail.scans.filter((s) => s.outcome === outcome).length;
    detail.found = count('found');
    detail.moved = count('moved');
    detail.unknown = count('unknown');
    detail.stillExpected = stillExpected();
    detail.missing = detail.stillExpected.length;
    detail.campaign.found = detail.found + detail.moved;
  };
  refresh();

  const scan = (args: InvokeArgs | undefined): ScanReply => {
    const { tag, roomId } = args as { id: string; tag: string; roomId: string };
    const room = [ACCUEIL, COMPTA].find((r) => r.id === roomId) ?? ACCUEIL;
    const asset = assets.find((a) => a.tag.toLowerCase() === tag.trim().toLowerCase());
    let outcome: ScanOutcome;
    if (!asset) outcome = 'unknown';
    else if (detail.scans.some((s) => s.asset?.id === asset.id)) outcome = 'again';
    else outcome = asset.room.id === roomId ? 'found' : 'moved';
    if (outcome !== 'again') {
      clock += 1;
      detail.scans = [
        {
          id: `s-${clock}`,
          at: `2026-11-20T09:00:${String(clock).padStart(2, '0')}Z`,
          tag: tag.trim(),
          outcome,
          asset: asset ? { id: asset.id, name: `${asset.tag} — ${asset.name}` } : null,
          room: { id: room.id, name: room.name.split(' › ').pop() ?? room.name },
          recorded: asset ? (asset.room.name.split(' › ').pop() ?? null) : null,
        },
        ...detail.scans,
      ];
    }
    refresh();
    return { tag: tag.trim(), outcome, detail: structuredClone(detail) };
  };

  /** `create_asset`: the asset exists from now on, in the room it was given. */
  const create = (args: InvokeArgs | undefined) => {
    const { input } = args as { input: { tag: string; name: string; locationId: string } };
    const room = [ACCUEIL, COMPTA].find((r) => r.id === input.locationId) ?? ACCUEIL;
    const id = `a-${assets.length + 1}`;
    assets.push({ id, tag: input.tag, name: input.name, room });
    return { id, tag: input.tag, name: input.name };
  };

  /** `apply_campaign` and `cancel_campaign`: the campaign is closed. */
  const close = (status: 'applied' | 'cancelled') => () => {
    detail.campaign.status = status;
    detail.campaign.closedAt = '2026-11-20T10:00:00Z';
    return status === 'applied'
      ? { moved: detail.moved, markedLost: 0, markedToCheck: detail.missing, audited: 2 }
      : null;
  };

  return {
    detail: () => structuredClone(detail),
    scan,
    create,
    apply: close('applied'),
    cancel: close('cancelled'),
  };
}
