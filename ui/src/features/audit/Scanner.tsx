import { useRef, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLoad } from '../../app/useLoad';
import type { AssetKind, CampaignDetail, ScanView } from '../../bindings';
import * as ipc from '../../ipc';
import { AuditCounters } from './AuditCounters';
import { beep, loadMuted, saveMuted } from './beep';
import { ExpectedList } from './ExpectedList';
import { QuickCreateDialog, type Unknown } from './QuickCreateDialog';
import { initialRoom, rememberRoom } from './rooms';
import { type Flash, ScanFlash } from './ScanFlash';
import { dialogOpen, ScanInput, useKeepFocus } from './ScanInput';
import { ScanList } from './ScanList';
import { latestScanOf } from './scans';
import { useScanQueue } from './useScanQueue';

const NO_KINDS: AssetKind[] = [];

/**
 * The scanning side of an open campaign: the room one is in, the scan input
 * (always focused), the answer to each scan in colour and sound, the counters
 * and the two lists. Each answer brings the campaign as it now stands
 * (`onDetail`). An unknown tag opens the quick-create form once no other scan
 * waits, and creating the asset scans it again.
 */
export function Scanner({
  detail,
  onDetail,
}: {
  detail: CampaignDetail;
  onDetail: (detail: CampaignDetail) => void;
}) {
  const intl = useIntl();
  const campaignId = detail.campaign.id;
  const input = useRef<HTMLInputElement>(null);
  const roomSelect = useRef<HTMLSelectElement>(null);
  const kinds = useLoad(ipc.getAssetKinds).data ?? NO_KINDS;
  const [roomId, setRoomId] = useState(() => initialRoom(detail));
  const [muted, setMuted] = useState(loadMuted);
  const [flash, setFlash] = useState<Flash | null>(null);
  const [unknown, setUnknown] = useState<Unknown | null>(null);
  const flashes = useRef(0);
  // Each unknown tag gets a fresh form.
  const forms = useRef(0);
  const openCreate = (next: Unknown) => {
    forms.current += 1;
    setUnknown(next);
  };
  useKeepFocus(input, unknown === null);

  const roomName = (id: string) => detail.rooms.find((room) => room.id === id)?.name ?? '';
  const show = (next: Omit<Flash, 'n'>) => {
    flashes.current += 1;
    setFlash({ ...next, n: flashes.current });
    if (!muted) beep(next.sound);
  };

  const queue = useScanQueue(
    (scan) => ipc.scanTag(campaignId, scan.tag, scan.roomId),
    (scan, answer, waiting) => {
      if (!answer.ok) {
        show({ tag: scan.tag, sound: 'error', scan: null, error: answer.error.message });
        return;
      }
      const { tag, outcome, detail: now } = answer.value;
      onDetail(now);
      show({ tag, sound: outcome, scan: latestScanOf(now.scans, tag), error: null });
      if (outcome === 'unknown' && waiting === 0) {
        openCreate({ tag, roomId: scan.roomId, roomName: roomName(scan.roomId) });
      } else if (!dialogOpen()) {
        input.current?.focus();
      }
    },
  );

  const scan = (tag: string): boolean => {
    if (!roomId) {
      show({
        tag,
        sound: 'error',
        scan: null,
        error: intl.formatMessage({ id: 'audit.chooseRoomFirst' }),
      });
      roomSelect.current?.focus();
      return false;
    }
    queue.push({ tag, roomId });
    return true;
  };

  const createFrom = (scan: ScanView) =>
    openCreate({ tag: scan.tag, roomId: scan.room.id, roomName: scan.room.name });

  return (
    <>
      <section className="scanner" data-testid="scanner">
        <div className="scanner-controls">
          <label className="field field-inline">
            <span>
              <FormattedMessage id="audit.room" />
            </span>
            <select
              ref={roomSelect}
              data-testid="room-select"
              value={roomId ?? ''}
              onChange={(event) => {
                const next = event.target.value || null;
                setRoomId(next);
                rememberRoom(campaignId, next);
                input.current?.focus();
              }}
            >
              <option value="">{intl.formatMessage({ id: 'audit.chooseRoom' })}</option>
              {detail.rooms.map((room) => (
                <option key={room.id} value={room.id}>
                  {room.name}
                </option>
              ))}
            </select>
          </label>
          <label className="check">
            <input
              type="checkbox"
              data-testid="mute"
              checked={muted}
              onChange={(event) => {
                setMuted(event.target.checked);
                saveMuted(event.target.checked);
              }}
            />
            <FormattedMessage id="audit.mute" />
          </label>
          <span className="muted" role="status" data-testid="scan-waiting">
            {queue.waiting > 0 && (
              <FormattedMessage id="audit.waiting" values={{ count: queue.waiting }} />
            )}
          </span>
        </div>
        {detail.rooms.length === 0 ? (
          <p className="notice notice-error" role="alert" data-testid="no-rooms">
            <FormattedMessage id="audit.noRooms" />
          </p>
        ) : (
          <ScanInput inputRef={input} onScan={scan} />
        )}
        <ScanFlash
          flash={flash}
          onCreate={() => {
            const scanned = flash?.scan;
            if (scanned) createFrom(scanned);
          }}
        />
      </section>
      <AuditCounters detail={detail} />
      <div className="audit-lists">
        <ScanList scans={detail.scans} onCreate={createFrom} />
        <ExpectedList detail={detail} />
      </div>
      <QuickCreateDialog
        key={forms.current}
        unknown={unknown}
        kinds={kinds}
        onClose={() => setUnknown(null)}
        onClosed={() => input.current?.focus()}
        onCreated={(created) => queue.push({ tag: created.tag, roomId: created.roomId })}
      />
    </>
  );
}
