import { useCallback } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { useLoad } from '../../app/useLoad';
import * as ipc from '../../ipc';
import { AddLabelForm } from './AddLabelForm';
import { TextSetting } from './TextSetting';

/** The inventory's own settings: the pattern of new asset tags and the kinds of assets. */
export function InventorySettings() {
  return (
    <section className="settings-section" data-testid="inventory-settings">
      <h2>
        <FormattedMessage id="settings.inventory" />
      </h2>
      <TagPatternSetting />
      <KindsSetting />
    </section>
  );
}

/** The pattern of new tags; saving answers the next tag it gives. */
function TagPatternSetting() {
  return (
    <TextSetting
      testId="tag-pattern"
      label="settings.tagPattern"
      help="settings.tagPatternHelp"
      load={ipc.getTagPattern}
      save={ipc.setTagPattern}
      saved={(next) => <FormattedMessage id="settings.tagPatternSaved" values={{ next }} />}
    />
  );
}

function KindsSetting() {
  const intl = useIntl();
  const { data: kinds, retry } = useLoad(useCallback(() => ipc.getAssetKinds(), []));
  const english = intl.locale.startsWith('en');
  const label = (kind: { labelFr: string; labelEn: string }) =>
    english ? kind.labelEn : kind.labelFr;
  const sorted = [...(kinds ?? [])].sort((a, b) => label(a).localeCompare(label(b), intl.locale));
  return (
    <div className="settings-kinds">
      <h3>
        <FormattedMessage id="settings.kinds" />
      </h3>
      <ul className="kind-chips" data-testid="kind-list">
        {sorted.map((kind) => (
          <li key={kind.code} className={kind.builtin ? undefined : 'kind-own'}>
            {label(kind)}{' '}
            <small>
              <FormattedMessage id={kind.builtin ? 'settings.kindBuiltin' : 'settings.kindOwn'} />
            </small>
          </li>
        ))}
      </ul>
      <AddLabelForm
        testId="kind"
        submitLabel="settings.addKind"
        addedLabel="settings.kindAdded"
        save={async (labelFr, labelEn) => label(await ipc.saveAssetKind('', labelFr, labelEn))}
        onAdded={retry}
      />
    </div>
  );
}
