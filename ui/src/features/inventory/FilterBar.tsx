import { FormattedMessage, useIntl } from 'react-intl';
import type { AssetKind, LocationNode, WarrantyFilter } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import { useLanguage } from '../../i18n/LanguageProvider';
import { STATUSES } from '../assets/StatusBadge';
import { LocationSelect } from '../locations/LocationSelect';
import { PersonPicker } from '../people/PersonPicker';
import type { Filters } from './memory';

const WARRANTIES: readonly WarrantyFilter[] = ['expired', 'ending_soon'];

/** The filters of the inventory: each narrows the list on the Rust side. */
export function FilterBar({
  filters,
  onChange,
  onClear,
  kinds,
  locations,
}: {
  filters: Filters;
  onChange: (filters: Filters) => void;
  onClear: () => void;
  kinds: readonly AssetKind[];
  locations: readonly LocationNode[];
}) {
  const intl = useIntl();
  const { lang } = useLanguage();
  const set = (change: Partial<Filters>) => onChange({ ...filters, ...change });
  const any = Object.values(filters).some((value) => value !== null);
  const label = (id: MessageId) => intl.formatMessage({ id });

  return (
    <fieldset className="filters">
      <legend className="visually-hidden">
        <FormattedMessage id="filters.label" />
      </legend>
      <select
        aria-label={label('filters.kind')}
        data-testid="filter-kind"
        value={filters.kind ?? ''}
        onChange={(event) => set({ kind: event.target.value || null })}
      >
        <option value="">{label('filters.allKinds')}</option>
        {kinds.map((kind) => (
          <option key={kind.code} value={kind.code}>
            {lang === 'fr' ? kind.labelFr : kind.labelEn}
          </option>
        ))}
      </select>
      <select
        aria-label={label('filters.status')}
        data-testid="filter-status"
        value={filters.status ?? ''}
        onChange={(event) => {
          const status = STATUSES.find((s) => s === event.target.value) ?? null;
          set({ status });
        }}
      >
        <option value="">{label('filters.allStatuses')}</option>
        {STATUSES.map((status) => (
          <option key={status} value={status}>
            {intl.formatMessage({ id: `status.${status}` })}
          </option>
        ))}
      </select>
      <LocationSelect
        nodes={locations}
        value={filters.locationId}
        onChange={(locationId) => set({ locationId })}
        emptyLabel={label('filters.allLocations')}
        ariaLabel={label('filters.location')}
        testId="filter-location"
      />
      <PersonPicker
        value={filters.assignee}
        onChange={(assignee) => set({ assignee })}
        label={label('filters.assignee')}
        placeholder={label('filters.anyone')}
        testId="filter-assignee"
      />
      <select
        aria-label={label('filters.warranty')}
        data-testid="filter-warranty"
        value={filters.warranty ?? ''}
        onChange={(event) => {
          const warranty = WARRANTIES.find((w) => w === event.target.value) ?? null;
          set({ warranty });
        }}
      >
        <option value="">{label('filters.anyWarranty')}</option>
        {WARRANTIES.map((warranty) => (
          <option key={warranty} value={warranty}>
            {intl.formatMessage({ id: `filters.warranty.${warranty}` })}
          </option>
        ))}
      </select>
      {any && (
        <button
          type="button"
          className="button button-quiet"
          data-testid="filters-clear"
          onClick={onClear}
        >
          <FormattedMessage id="filters.clear" />
        </button>
      )}
    </fieldset>
  );
}
