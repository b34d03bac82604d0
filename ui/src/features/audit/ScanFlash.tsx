import { FormattedMessage, useIntl } from 'react-intl';
import type { ScanView } from '../../bindings';
import type { ScanSound } from './beep';

/** The answer to the last scan, as the flash shows it. */
export type Flash = {
  /** Counts the scans, so that the same answer twice still flashes again. */
  n: number;
  tag: string;
  sound: ScanSound;
  /** The scan as the campaign now lists it (the earlier one for "again"). */
  scan: ScanView | null;
  /** Why it was not recorded. */
  error: string | null;
};

/**
 * A coloured band with a short message: "Trouvé", "Déplacé : était en
 * Comptabilité", "Inconnu" (with a way to create the asset), "Déjà scanné".
 */
export function ScanFlash({ flash, onCreate }: { flash: Flash | null; onCreate: () => void }) {
  const intl = useIntl();
  if (!flash) {
    return (
      <p className="scan-flash scan-flash-idle" data-testid="scan-flash" role="status">
        <FormattedMessage id="audit.flash.ready" />
      </p>
    );
  }
  const { sound, scan, tag, error } = flash;
  let message: string;
  if (sound === 'error') message = intl.formatMessage({ id: 'audit.flash.error' }, { error });
  else if (sound === 'moved')
    message = scan?.recorded
      ? intl.formatMessage({ id: 'audit.flash.moved' }, { place: scan.recorded })
      : intl.formatMessage({ id: 'audit.flash.movedNowhere' });
  else message = intl.formatMessage({ id: `audit.outcome.${sound}` });
  return (
    <div
      key={flash.n}
      className={`scan-flash scan-flash-${sound}`}
      data-testid="scan-flash"
      data-outcome={sound}
      role="status"
    >
      <p className="scan-flash-message" data-testid="scan-message">
        {message}
      </p>
      <p className="scan-flash-what mono">{scan?.asset?.name ?? tag}</p>
      {sound === 'unknown' && (
        <button type="button" className="button" data-testid="flash-create" onClick={onCreate}>
          <FormattedMessage id="audit.createUnknown" />
        </button>
      )}
    </div>
  );
}
