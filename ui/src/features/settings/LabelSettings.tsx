import { FormattedMessage } from 'react-intl';
import * as ipc from '../../ipc';
import { TextSetting } from './TextSetting';

const loadCompany = () => ipc.getCompanyName().then((company) => company ?? '');
const saveCompany = (name: string) => ipc.setCompanyName(name.trim());

/** What asset labels carry besides the tag: the company name. */
export function LabelSettings() {
  return (
    <section className="settings-section" data-testid="label-settings">
      <h2>
        <FormattedMessage id="settings.labels" />
      </h2>
      <TextSetting
        testId="company-name"
        label="settings.companyName"
        help="settings.companyNameHelp"
        load={loadCompany}
        save={saveCompany}
        saved={() => <FormattedMessage id="settings.companyNameSaved" />}
      />
    </section>
  );
}
