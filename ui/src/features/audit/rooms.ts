import type { CampaignDetail } from '../../bindings';

/*
 * The room one is scanning in, remembered per campaign on this computer: a
 * campaign resumed the next day starts in the room where it stopped.
 */

const key = (campaignId: string) => `parc.audit.room.${campaignId}`;

/**
 * The room to scan in when the page opens: the one remembered for this
 * campaign, else the scope itself when it is a room (its only room).
 */
export function initialRoom(detail: CampaignDetail): string | null {
  const { campaign, rooms } = detail;
  const known = (id: string | null | undefined) =>
    id != null && rooms.some((room) => room.id === id) ? id : null;
  const remembered = known(localStorage.getItem(key(campaign.id)));
  if (remembered) return remembered;
  const scope = known(campaign.scope?.id);
  if (scope) return scope;
  return rooms.length === 1 ? (rooms[0]?.id ?? null) : null;
}

export function rememberRoom(campaignId: string, roomId: string | null): void {
  if (roomId) localStorage.setItem(key(campaignId), roomId);
  else localStorage.removeItem(key(campaignId));
}
