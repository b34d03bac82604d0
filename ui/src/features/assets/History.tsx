import { FormattedMessage, useIntl } from 'react-intl';
import type { AssetKind, Change, HistoryEntry } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import { fr } from '../../i18n/fr';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useFormat } from '../../i18n/useFormat';
import { kindLabel } from './kinds';
import { decimalToCents } from './money';

/** Names for the ids the history stores (locations, people, suppliers). */
export type Names = ReadonlyMap<string, string>;

/** The label of an asset field as the history names it (`warranty_end`); the name itself if unknown. */
export function useFieldLabel(): (field: string) => string {
  const intl = useIntl();
  return (field) => {
    const id = `asset.field.${field}`;
    return id in fr ? intl.formatMessage({ id: id as MessageId }) : field;
  };
}

const DATE_FIELDS = new Set(['purchase_date', 'warranty_end', 'last_audit']);
const REFERENCE_FIELDS = new Set(['location_id', 'assignee_id', 'supplier_id']);

/**
 * The changes of a record, newest first: who, when, and each field from its old
 * value to its new one, written as the rest of the screen writes them.
 */
export function History({
  entries,
  kinds,
  names,
}: {
  entries: readonly HistoryEntry[];
  kinds: readonly AssetKind[];
  names: Names;
}) {
  const intl = useIntl();
  const format = useFormat();
  const { lang } = useLanguage();
  const fieldLabel = useFieldLabel();

  const value = (field: string, raw: string | null): string => {
    if (raw === null || raw === '') return intl.formatMessage({ id: 'history.empty' });
    if (field === 'status') {
      const id = `status.${raw}`;
      return id in fr ? intl.formatMessage({ id: id as MessageId }) : raw;
    }
    if (field === 'kind') return kindLabel(kinds, raw, lang);
    if (DATE_FIELDS.has(field)) return format.isoDate(raw);
    if (field === 'purchase_cost') {
      const cents = decimalToCents(raw);
      return cents === null ? raw : format.euros(cents);
    }
    if (REFERENCE_FIELDS.has(field)) {
      return names.get(raw) ?? intl.formatMessage({ id: 'history.unknownRecord' });
    }
    return raw;
  };

  if (entries.length === 0) {
    return <p className="empty">{intl.formatMessage({ id: 'history.none' })}</p>;
  }
  const newestFirst = [...entries].sort((a, b) => (a.at < b.at ? 1 : a.at > b.at ? -1 : 0));
  return (
    <ol className="history">
      {newestFirst.map((entry) => (
        <li
          key={entry.id}
          className="history-entry"
          data-testid="history-entry"
          data-action={entry.action}
        >
          <p className="history-head">
            <strong>{intl.formatMessage({ id: `history.action.${entry.action}` })}</strong>
            <span className="history-meta">
              {intl.formatMessage(
                { id: 'history.byAt' },
                { actor: entry.actor, at: format.dateTime(entry.at) },
              )}
            </span>
          </p>
          {entry.changes.length > 0 && (
            <ul className="history-changes">
              {entry.changes.map((change) => (
                <ChangeLine
                  key={change.field}
                  change={change}
                  label={fieldLabel(change.field)}
                  created={entry.action === 'created'}
                  value={value}
                />
              ))}
            </ul>
          )}
        </li>
      ))}
    </ol>
  );
}

function ChangeLine({
  change,
  label,
  created,
  value,
}: {
  change: Change;
  label: string;
  created: boolean;
  value: (field: string, raw: string | null) => string;
}) {
  const field = <span className="history-field">{label}</span>;
  const next = <ins className="history-new">{value(change.field, change.new)}</ins>;
  return (
    <li data-field={change.field}>
      {created ? (
        <FormattedMessage id="history.set" values={{ field, value: next }} />
      ) : (
        <FormattedMessage
          id="history.change"
          values={{
            field,
            old: <del className="history-old">{value(change.field, change.old)}</del>,
            new: next,
          }}
        />
      )}
    </li>
  );
}
