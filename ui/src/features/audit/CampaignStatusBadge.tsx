import { FormattedMessage } from 'react-intl';
import type { CampaignStatus } from '../../bindings';

/** Open, applied or cancelled. */
export function CampaignStatusBadge({ status }: { status: CampaignStatus }) {
  return (
    <span className={`badge campaign-${status}`} data-testid="campaign-status" data-status={status}>
      <FormattedMessage id={`auditStatus.${status}`} />
    </span>
  );
}
