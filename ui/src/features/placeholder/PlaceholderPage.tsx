import { FormattedMessage, useIntl } from 'react-intl';
import { Page } from '../../app/Page';

/** A section that later issues will fill; it says so rather than showing made-up data. */
export function PlaceholderPage({ section }: { section: 'licences' | 'maintenance' | 'reports' }) {
  const intl = useIntl();
  return (
    <Page title={intl.formatMessage({ id: `nav.${section}` })}>
      <p className="empty">
        <FormattedMessage id="placeholder.soon" />
      </p>
    </Page>
  );
}
