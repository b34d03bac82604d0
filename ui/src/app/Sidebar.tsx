import { useIntl } from 'react-intl';
import { SECTIONS, type Section, sectionHref } from './sections';

export function Sidebar({ current }: { current: Section }) {
  const intl = useIntl();
  return (
    <aside className="sidebar">
      <p className="brand">Parc</p>
      <nav aria-label={intl.formatMessage({ id: 'nav.label' })}>
        <ul>
          {SECTIONS.map((section) => (
            <li key={section}>
              <a
                href={sectionHref(section)}
                data-testid={`nav-${section}`}
                aria-current={section === current ? 'page' : undefined}
              >
                {intl.formatMessage({ id: `nav.${section}` })}
              </a>
            </li>
          ))}
        </ul>
      </nav>
    </aside>
  );
}
