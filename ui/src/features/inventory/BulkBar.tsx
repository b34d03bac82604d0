import { type FormEvent, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import type { AssetStatus, BulkChange, LocationNode, Reference } from '../../bindings';
import * as ipc from '../../ipc';
import { STATUSES } from '../assets/StatusBadge';
import { LocationSelect } from '../locations/LocationSelect';
import { PersonPicker } from '../people/PersonPicker';

/**
 * What to do with the selected assets: a new status, location or person, or
 * taking them back, in one `bulk_update_assets`. Empty choices change nothing.
 */
export function BulkBar({
  ids,
  locations,
  onDone,
  onClear,
}: {
  ids: string[];
  locations: readonly LocationNode[];
  onDone: (changed: number) => void;
  onClear: () => void;
}) {
  const intl = useIntl();
  const [status, setStatus] = useState<AssetStatus | null>(null);
  const [locationId, setLocationId] = useState<string | null>(null);
  const [assignee, setAssignee] = useState<Reference | null>(null);
  const [unassign, setUnassign] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [pending, setPending] = useState(false);
  const nothing = status === null && locationId === null && assignee === null && !unassign;

  async function apply(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (nothing) return;
    const change: BulkChange = {
      status,
      locationId,
      assigneeId: unassign ? null : (assignee?.id ?? null),
      unassign,
    };
    setPending(true);
    setError(null);
    try {
      onDone(await ipc.bulkUpdateAssets(ids, change));
    } catch (failure) {
      setError(ipc.toIpcError(failure).message);
      setPending(false);
    }
  }

  return (
    <form className="bulk-bar" data-testid="bulk-bar" onSubmit={apply}>
      <p className="bulk-count" data-testid="bulk-count">
        <FormattedMessage id="bulk.selected" values={{ count: ids.length }} />
      </p>
      <select
        aria-label={intl.formatMessage({ id: 'bulk.status' })}
        data-testid="bulk-status"
        value={status ?? ''}
        onChange={(event) => setStatus(STATUSES.find((s) => s === event.target.value) ?? null)}
      >
        <option value="">{intl.formatMessage({ id: 'bulk.statusUnchanged' })}</option>
        {STATUSES.map((s) => (
          <option key={s} value={s}>
            {intl.formatMessage({ id: `status.${s}` })}
          </option>
        ))}
      </select>
      <LocationSelect
        nodes={locations}
        value={locationId}
        onChange={setLocationId}
        emptyLabel={intl.formatMessage({ id: 'bulk.locationUnchanged' })}
        ariaLabel={intl.formatMessage({ id: 'bulk.location' })}
        testId="bulk-location"
      />
      {!unassign && (
        <PersonPicker
          value={assignee}
          onChange={setAssignee}
          label={intl.formatMessage({ id: 'bulk.assignee' })}
          placeholder={intl.formatMessage({ id: 'bulk.assigneeUnchanged' })}
          testId="bulk-assignee"
        />
      )}
      <label className="check">
        <input
          type="checkbox"
          data-testid="bulk-unassign"
          checked={unassign}
          onChange={(event) => setUnassign(event.target.checked)}
        />
        <FormattedMessage id="bulk.unassign" />
      </label>
      <button
        type="submit"
        className="button button-primary"
        data-testid="bulk-apply"
        disabled={nothing || pending}
      >
        <FormattedMessage id="bulk.apply" values={{ count: ids.length }} />
      </button>
      <button type="button" className="button button-quiet" onClick={onClear}>
        <FormattedMessage id="bulk.clear" />
      </button>
      {error && (
        <p className="field-error bulk-error" role="alert" data-testid="bulk-error">
          {error}
        </p>
      )}
    </form>
  );
}
