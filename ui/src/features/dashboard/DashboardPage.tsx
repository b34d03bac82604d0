import { FormattedMessage, useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { useLoad } from '../../app/useLoad';
import type { Dashboard } from '../../bindings';
import { useLanguage } from '../../i18n/LanguageProvider';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { Breakdown } from './Breakdown';
import { Stat } from './Stat';

export function DashboardPage() {
  const intl = useIntl();
  const { data, error, retry } = useLoad(ipc.getDashboard);
  return (
    <Page title={intl.formatMessage({ id: 'nav.dashboard' })} testId="dashboard">
      {error && <LoadError error={error} retry={retry} />}
      {data ? <Overview dashboard={data} /> : !error && <Pending />}
    </Page>
  );
}

function Overview({ dashboard }: { dashboard: Dashboard }) {
  const intl = useIntl();
  const format = useFormat();
  return (
    <>
      <dl className="stats">
        <Stat
          label={intl.formatMessage({ id: 'dashboard.assets' })}
          value={format.number(dashboard.assetCount)}
          rawValue={dashboard.assetCount}
          testId="asset-count"
        />
        <Stat
          label={intl.formatMessage({ id: 'dashboard.people' })}
          value={format.number(dashboard.peopleCount)}
        />
        <Stat
          label={intl.formatMessage({ id: 'dashboard.locations' })}
          value={format.number(dashboard.locationCount)}
        />
        <Stat
          label={intl.formatMessage({ id: 'dashboard.fleetValue' })}
          value={format.euros(dashboard.fleetValue)}
          hint={intl.formatMessage({ id: 'dashboard.fleetValueHint' })}
        />
        <Stat
          label={intl.formatMessage({ id: 'dashboard.warrantyExpired' })}
          value={format.number(dashboard.warrantyExpired)}
          tone={dashboard.warrantyExpired > 0 ? 'alert' : undefined}
        />
        <Stat
          label={intl.formatMessage({ id: 'dashboard.warrantyEndingSoon' })}
          value={format.number(dashboard.warrantyEndingSoon)}
          tone={dashboard.warrantyEndingSoon > 0 ? 'warn' : undefined}
        />
      </dl>
      {dashboard.assetCount === 0 ? <EmptyFleet /> : <Breakdowns dashboard={dashboard} />}
    </>
  );
}

function Breakdowns({ dashboard }: { dashboard: Dashboard }) {
  const intl = useIntl();
  const { lang } = useLanguage();
  const { byStatus, byKind, assetCount } = dashboard;
  return (
    <div className="breakdowns">
      <Breakdown
        title={intl.formatMessage({ id: 'dashboard.byStatus' })}
        total={assetCount}
        rows={byStatus.map(({ status, count }) => ({
          key: status,
          label: intl.formatMessage({ id: `status.${status}` }),
          count,
        }))}
      />
      <Breakdown
        title={intl.formatMessage({ id: 'dashboard.byKind' })}
        total={assetCount}
        rows={byKind.map(({ kind, labelFr, labelEn, count }) => ({
          key: kind,
          label: lang === 'fr' ? labelFr : labelEn,
          count,
        }))}
      />
    </div>
  );
}

function EmptyFleet() {
  return (
    <section className="empty">
      <h2>
        <FormattedMessage id="dashboard.empty.title" />
      </h2>
      <p>
        <FormattedMessage
          id="dashboard.empty.body"
          values={{ code: (chunks) => <code>{chunks}</code> }}
        />
      </p>
    </section>
  );
}
