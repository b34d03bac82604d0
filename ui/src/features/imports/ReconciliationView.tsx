import { FormattedMessage } from 'react-intl';
import { href } from '../../app/routes';
import type { Reconciliation } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';

/**
 * Active Directory set against the inventory, as the job asks: the active
 * accounts, computers on one side only, and disabled accounts that still
 * hold equipment. Nothing is written.
 */
export function ReconciliationView({ reconciliation }: { reconciliation: Reconciliation }) {
  const format = useFormat();
  const r = reconciliation;
  return (
    <section className="reconciliation" data-testid="reconciliation">
      <p data-testid="active-accounts">
        <FormattedMessage
          id="import.ad.active"
          values={{ count: r.activeAccounts, shown: format.number(r.activeAccounts) }}
        />
      </p>
      <h2>
        <FormattedMessage
          id="import.ad.missing"
          values={{ count: r.computersMissingFromInventory.length }}
        />
      </h2>
      <ul data-testid="ad-missing">
        {r.computersMissingFromInventory.map((c) => (
          <li key={c.name}>
            {c.name}
            {c.os && <span className="muted"> · {c.os}</span>}
            {c.lastLogon && (
              <span className="muted">
                {' · '}
                <FormattedMessage
                  id="import.ad.lastLogon"
                  values={{ date: format.isoDate(c.lastLogon) }}
                />
              </span>
            )}
          </li>
        ))}
      </ul>
      <h2>
        <FormattedMessage
          id="import.ad.unknown"
          values={{ count: r.inventoryComputersUnknownToAd.length }}
        />
      </h2>
      <ul data-testid="ad-unknown">
        {r.inventoryComputersUnknownToAd.map((c) => (
          <li key={c.id}>
            <a href={href.asset(c.id)}>{c.tag}</a> {c.name}
          </li>
        ))}
      </ul>
      <h2>
        <FormattedMessage
          id="import.ad.holders"
          values={{ count: r.disabledAccountsHoldingEquipment.length }}
        />
      </h2>
      <ul data-testid="ad-holders">
        {r.disabledAccountsHoldingEquipment.map((h) => (
          <li key={h.personId}>
            <FormattedMessage
              id="import.ad.holds"
              values={{
                who: (
                  <>
                    <a href={href.record('people', h.personId)}>{h.name}</a>
                    {h.account && <span className="muted"> ({h.account})</span>}
                  </>
                ),
                assets: h.assets.join(', '),
              }}
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
