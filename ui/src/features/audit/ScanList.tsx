import { FormattedMessage, useIntl } from 'react-intl';
import { href } from '../../app/routes';
import type { ScanView } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';
import { createdSince } from './scans';

/**
 * The scans, newest first. A moved asset says where it was recorded (while the
 * campaign is open, that it moves here at the close); an unknown tag offers to
 * create the asset while the campaign is open (`onCreate`).
 */
export function ScanList({
  scans,
  onCreate,
}: {
  scans: readonly ScanView[];
  onCreate?: (scan: ScanView) => void;
}) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <section className="record-section" aria-labelledby="audit-scans">
      <h2 id="audit-scans">
        <FormattedMessage id="audit.scans" values={{ count: scans.length }} />
      </h2>
      {scans.length === 0 ? (
        <p className="empty">
          <FormattedMessage id="audit.noScans" />
        </p>
      ) : (
        <div className="table-scroll audit-scroll">
          <table className="table scan-table" data-testid="scan-list">
            <thead>
              <tr>
                <th scope="col">{intl.formatMessage({ id: 'audit.col.at' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'audit.col.outcome' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'audit.col.asset' })}</th>
                <th scope="col">{intl.formatMessage({ id: 'audit.col.room' })}</th>
              </tr>
            </thead>
            <tbody>
              {scans.map((scan) => (
                <tr key={scan.id} data-testid="scan-row" data-outcome={scan.outcome}>
                  <td>
                    <time dateTime={scan.at} title={format.dateTime(scan.at)}>
                      {format.time(scan.at)}
                    </time>
                  </td>
                  <td>
                    <span className={`outcome outcome-${scan.outcome}`}>
                      <FormattedMessage id={`audit.outcome.${scan.outcome}`} />
                    </span>
                  </td>
                  <td className="scan-what">
                    <ScanWhat scan={scan} scans={scans} onCreate={onCreate} />
                  </td>
                  <td>{scan.room.name}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}

/** The asset scanned and what becomes of it, or the unknown tag and a way to create it. */
function ScanWhat({
  scan,
  scans,
  onCreate,
}: {
  scan: ScanView;
  scans: readonly ScanView[];
  onCreate?: (scan: ScanView) => void;
}) {
  const open = onCreate !== undefined;
  if (scan.asset) {
    return (
      <>
        <a href={href.asset(scan.asset.id)}>{scan.asset.name}</a>
        {scan.outcome === 'moved' && (
          <span className="scan-moved" data-testid="scan-moved">
            {scan.recorded ? (
              <FormattedMessage
                id={open ? 'audit.movedNote' : 'audit.movedWas'}
                values={{ place: scan.recorded }}
              />
            ) : (
              <FormattedMessage id={open ? 'audit.movedNowhereNote' : 'audit.movedNowhere'} />
            )}
          </span>
        )}
      </>
    );
  }
  return (
    <>
      <span className="mono">{scan.tag}</span>{' '}
      {createdSince(scans, scan) ? (
        <span className="muted">
          <FormattedMessage id="audit.createdSince" />
        </span>
      ) : (
        open && (
          <button
            type="button"
            className="button button-small"
            data-testid="scan-create"
            onClick={() => onCreate(scan)}
          >
            <FormattedMessage id="audit.createUnknown" />
          </button>
        )
      )}
    </>
  );
}
