import { useIntl } from 'react-intl';
import { href } from '../../app/routes';

type Tab = 'queue' | 'stats' | 'changes';

const LINKS: Record<Tab, string> = {
  queue: href.section('tickets'),
  stats: href.ticketStats(),
  changes: href.changes(),
};

/** The parts of the helpdesk: the ticket queue, its statistics, the changes. */
export function HelpdeskTabs({ current }: { current: Tab }) {
  const intl = useIntl();
  return (
    <nav className="subnav" aria-label={intl.formatMessage({ id: 'helpdesk.tabs' })}>
      {(Object.keys(LINKS) as Tab[]).map((tab) => (
        <a
          key={tab}
          href={LINKS[tab]}
          data-testid={`helpdesk-tab-${tab}`}
          aria-current={tab === current ? 'page' : undefined}
        >
          {intl.formatMessage({ id: `helpdesk.tab.${tab}` })}
        </a>
      ))}
    </nav>
  );
}
