import { useEffect, useState } from 'react';

/** The sections of the sidebar, in order; each lives at `#/<section>`. */
export const SECTIONS = [
  'dashboard',
  'inventory',
  'tickets',
  'licences',
  'maintenance',
  'reports',
  'settings',
] as const;

export type Section = (typeof SECTIONS)[number];

export function sectionHref(section: Section): string {
  return `#/${section}`;
}

function sectionOfHash(hash: string): Section {
  return SECTIONS.find((section) => hash === sectionHref(section)) ?? 'dashboard';
}

/** The section named by the location hash, following back and forward navigation. */
export function useSection(): Section {
  const [section, setSection] = useState(() => sectionOfHash(window.location.hash));
  useEffect(() => {
    const follow = () => setSection(sectionOfHash(window.location.hash));
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return section;
}
