import { useState } from 'react';
import { useIntl } from 'react-intl';
import { isoDate } from '../../app/dates';
import { Field } from '../../app/Field';
import { FormDialog } from '../../app/FormDialog';
import { href, navigate } from '../../app/routes';
import type { LocationNode } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { LocationSelect } from '../locations/LocationSelect';

/**
 * Starts a campaign: a name (today's date by default) and a scope, a site, a
 * building or a room, or the whole fleet; then opens its scanning page.
 */
export function NewCampaignDialog({ locations }: { locations: readonly LocationNode[] }) {
  const intl = useIntl();
  const format = useFormat();
  const [name, setName] = useState('');
  const [scopeId, setScopeId] = useState<string | null>(null);

  const start = async (): Promise<string | null> => {
    if (name.trim() === '') return intl.formatMessage({ id: 'audit.error.name' });
    try {
      const detail = await ipc.startCampaign({ name: name.trim(), scopeId });
      navigate(href.audit(detail.campaign.id));
      return null;
    } catch (error) {
      return ipc.toIpcError(error).message;
    }
  };

  return (
    <FormDialog
      label={intl.formatMessage({ id: 'audit.new' })}
      title={intl.formatMessage({ id: 'audit.newTitle' })}
      description={intl.formatMessage({ id: 'audit.newBody' })}
      confirm={intl.formatMessage({ id: 'audit.start' })}
      onConfirm={start}
      onOpen={() => {
        setName(
          intl.formatMessage(
            { id: 'audit.defaultName' },
            { date: format.isoDate(isoDate(new Date())) },
          ),
        );
        setScopeId(null);
      }}
      testId="new-campaign"
      primary
    >
      <Field label={intl.formatMessage({ id: 'audit.field.name' })} name="campaign-name" required>
        {(control) => (
          <input
            {...control}
            type="text"
            data-testid="campaign-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field
        label={intl.formatMessage({ id: 'audit.field.scope' })}
        name="campaign-scope"
        hint={intl.formatMessage({ id: 'audit.scopeHint' })}
      >
        {(control) => (
          <LocationSelect
            control={control}
            nodes={locations}
            value={scopeId}
            onChange={setScopeId}
            emptyLabel={intl.formatMessage({ id: 'audit.wholeFleet' })}
            testId="campaign-scope"
          />
        )}
      </Field>
    </FormDialog>
  );
}
