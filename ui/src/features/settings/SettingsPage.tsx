import { FormattedMessage, useIntl } from 'react-intl';
import { Page } from '../../app/Page';
import type { DatabaseInfo } from '../../bindings';
import { useLanguage } from '../../i18n/LanguageProvider';
import { isLang, LANGUAGES } from '../../i18n/language';
import { HelpdeskSettings } from './HelpdeskSettings';
import { InventorySettings } from './InventorySettings';
import { LabelSettings } from './LabelSettings';

export function SettingsPage({ database }: { database: DatabaseInfo }) {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: 'nav.settings' })}>
      <LanguageSetting />
      <InventorySettings />
      <LabelSettings />
      <HelpdeskSettings />
      <DatabaseSetting database={database} />
    </Page>
  );
}

function LanguageSetting() {
  const { lang, setLang } = useLanguage();
  return (
    <section className="settings-section">
      <label className="field field-inline">
        <span>
          <FormattedMessage id="settings.language" />
        </span>
        <select
          data-testid="language-select"
          value={lang}
          onChange={(event) => {
            const next = event.target.value;
            if (isLang(next)) setLang(next);
          }}
        >
          {LANGUAGES.map(({ lang: code, name }) => (
            <option key={code} value={code} lang={code}>
              {name}
            </option>
          ))}
        </select>
      </label>
    </section>
  );
}

function DatabaseSetting({ database }: { database: DatabaseInfo }) {
  const keyring = database.keyMode === 'keyring';
  return (
    <section className="settings-section">
      <h2>
        <FormattedMessage id="settings.database" />
      </h2>
      <dl className="facts">
        <dt>
          <FormattedMessage id="settings.path" />
        </dt>
        <dd>
          <code>{database.path}</code>
        </dd>
        <dt>
          <FormattedMessage id="settings.keyMode" />
        </dt>
        <dd>
          <FormattedMessage id={`keyMode.${database.keyMode}`} />
        </dd>
        {keyring && (
          <>
            <dt>
              <FormattedMessage id="settings.recoveryPassphrase" />
            </dt>
            <dd>
              <FormattedMessage id={database.hasRecoveryPassphrase ? 'common.yes' : 'common.no'} />
            </dd>
          </>
        )}
        <dt>
          <FormattedMessage id="settings.schemaVersion" />
        </dt>
        <dd>{database.schemaVersion}</dd>
      </dl>
    </section>
  );
}
