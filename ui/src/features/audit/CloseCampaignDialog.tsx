import { Fragment, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { FormDialog } from '../../app/FormDialog';
import type { AuditResult, CampaignDetail, MissingAction } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';

const MISSING_ACTIONS: readonly MissingAction[] = ['to_check', 'lost', 'leave'];

/**
 * Closing a campaign: its summary, what to do with the assets not found (a
 * "to check" note by default, or lost, or nothing) and whether the assets found
 * elsewhere move here (yes by default); then `apply_campaign`, one transaction.
 */
export function CloseCampaignDialog({
  detail,
  onApplied,
}: {
  detail: CampaignDetail;
  onApplied: (result: AuditResult) => void;
}) {
  const intl = useIntl();
  const format = useFormat();
  const [missing, setMissing] = useState<MissingAction>('to_check');
  const [moveMoved, setMoveMoved] = useState(true);

  const apply = async (): Promise<string | null> => {
    try {
      onApplied(await ipc.applyCampaign(detail.campaign.id, moveMoved, missing));
      return null;
    } catch (error) {
      return ipc.toIpcError(error).message;
    }
  };

  return (
    <FormDialog
      label={intl.formatMessage({ id: 'audit.close' })}
      title={intl.formatMessage({ id: 'audit.closeTitle' }, { name: detail.campaign.name })}
      confirm={intl.formatMessage({ id: 'audit.apply' })}
      onConfirm={apply}
      onOpen={() => {
        setMissing('to_check');
        setMoveMoved(true);
      }}
      testId="close-campaign"
      primary
    >
      <dl className="facts" data-testid="close-summary">
        {(['found', 'missing', 'moved', 'unknown'] as const).map((counter) => (
          <Fragment key={counter}>
            <dt>
              {intl.formatMessage({
                id: `audit.count.${counter === 'missing' ? 'notFound' : counter}`,
              })}
            </dt>
            <dd data-testid={`summary-${counter}`}>{format.number(detail[counter])}</dd>
          </Fragment>
        ))}
      </dl>
      <fieldset className="choices">
        <legend>
          <FormattedMessage id="audit.missing.legend" values={{ count: detail.missing }} />
        </legend>
        {MISSING_ACTIONS.map((action) => (
          <label key={action} className="check">
            <input
              type="radio"
              name="missing"
              value={action}
              data-testid={`missing-${action}`}
              checked={missing === action}
              onChange={() => setMissing(action)}
            />
            <FormattedMessage id={`audit.missing.${action}`} />
          </label>
        ))}
      </fieldset>
      <label className="check">
        <input
          type="checkbox"
          data-testid="move-moved"
          checked={moveMoved}
          onChange={(event) => setMoveMoved(event.target.checked)}
        />
        <FormattedMessage id="audit.moveMoved" values={{ count: detail.moved }} />
      </label>
    </FormDialog>
  );
}
