import { FormattedMessage, useIntl } from 'react-intl';
import { href, INVENTORY_ITEMS, type NavItem, SECTIONS } from './routes';

/** Whether shortcuts read ⌘K (Apple systems) or Ctrl+K. */
const APPLE = /Mac OS X|iPhone|iPad/.test(navigator.userAgent);

/**
 * The sections in order; the directories of the inventory (locations, people,
 * suppliers) and its on-site audit are nested under it. `onSearch` opens the
 * command palette.
 */
export function Sidebar({ current, onSearch }: { current: NavItem; onSearch: () => void }) {
  const intl = useIntl();
  const link = (item: NavItem, url: string) => (
    <a href={url} data-testid={`nav-${item}`} aria-current={item === current ? 'page' : undefined}>
      {intl.formatMessage({ id: `nav.${item}` })}
    </a>
  );
  return (
    <aside className="sidebar">
      <p className="brand">Parc</p>
      <button
        type="button"
        className="sidebar-search"
        data-testid="palette-open"
        onClick={onSearch}
      >
        <span>
          <FormattedMessage id="palette.open" />
        </span>
        <kbd>{APPLE ? '⌘K' : 'Ctrl K'}</kbd>
      </button>
      <nav aria-label={intl.formatMessage({ id: 'nav.label' })}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              {link(section, href.section(section))}
              {section === 'inventory' && (
                <ul className="sidebar-sub">
                  {INVENTORY_ITEMS.map((item) => (
                    <li key={item}>
                      {link(item, item === 'audits' ? href.audits() : href.directory(item))}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
