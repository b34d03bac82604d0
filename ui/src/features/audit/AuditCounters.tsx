import { useIntl } from 'react-intl';
import type { CampaignDetail } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';
import { Stat } from '../dashboard/Stat';

const COUNTERS = ['found', 'moved', 'unknown', 'missing'] as const;

/** Found, moved, unknown and still expected: the figures of a campaign. */
export function AuditCounters({ detail }: { detail: CampaignDetail }) {
  const intl = useIntl();
  const format = useFormat();
  // Once the campaign is over, what is still expected was not found.
  const label = (counter: (typeof COUNTERS)[number]) =>
    counter === 'missing' && detail.campaign.status !== 'open' ? 'notFound' : counter;
  return (
    <dl className="stats audit-counters">
      {COUNTERS.map((counter) => (
        <Stat
          key={counter}
          label={intl.formatMessage({ id: `audit.count.${label(counter)}` })}
          value={format.number(detail[counter])}
          rawValue={detail[counter]}
          tone={counter === 'unknown' && detail.unknown > 0 ? 'warn' : undefined}
          testId={`count-${counter}`}
        />
      ))}
    </dl>
  );
}
