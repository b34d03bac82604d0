import { useEffect, useState } from 'react';

/*
 * The address of every screen, kept in the location hash (`#/assets/<id>`), so
 * that back and forward work and a screen can link to another with a plain `<a>`.
 */

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

/** The directories listed under the inventory in the sidebar. */
export const DIRECTORIES = ['locations', 'people', 'suppliers'] as const;

export type Directory = (typeof DIRECTORIES)[number];

/** The entries nested under the inventory in the sidebar: its directories, then the on-site audit. */
export const INVENTORY_ITEMS = [...DIRECTORIES, 'audits'] as const;

/** The sidebar entries, top-level sections and what is nested under the inventory. */
export type NavItem = Section | (typeof INVENTORY_ITEMS)[number];

export type Route =
  | { page: 'section'; section: Section }
  | { page: 'asset'; id: string }
  | { page: 'asset-new'; duplicateOf: string | null }
  | { page: 'asset-edit'; id: string }
  | { page: 'directory'; directory: Directory }
  | { page: 'record'; directory: Directory; id: string }
  | { page: 'record-new'; directory: Directory; parentId: string | null }
  | { page: 'record-edit'; directory: Directory; id: string }
  | { page: 'ticket-stats' }
  | { page: 'ticket'; id: string }
  | { page: 'ticket-new'; assetId: string | null; template: string | null }
  | { page: 'ticket-edit'; id: string }
  | { page: 'changes' }
  | { page: 'change'; id: string }
  | { page: 'change-new' }
  | { page: 'change-edit'; id: string }
  | { page: 'audits' }
  | { page: 'audit'; id: string }
  | { page: 'import' };

export const href = {
  section: (section: Section) => `#/${section}`,
  asset: (id: string) => `#/assets/${id}`,
  newAsset: () => '#/assets/new',
  duplicateAsset: (id: string) => `#/assets/new?duplicate=${encodeURIComponent(id)}`,
  editAsset: (id: string) => `#/assets/${id}/edit`,
  directory: (directory: Directory) => `#/${directory}`,
  record: (directory: Directory, id: string) => `#/${directory}/${id}`,
  newRecord: (directory: Directory, parentId?: string) =>
    parentId ? `#/${directory}/new?parent=${encodeURIComponent(parentId)}` : `#/${directory}/new`,
  editRecord: (directory: Directory, id: string) => `#/${directory}/${id}/edit`,
  ticket: (id: string) => `#/tickets/${id}`,
  /** The new-ticket form, with an asset already linked or a template already chosen. */
  newTicket: (options: { assetId?: string; template?: string } = {}) => {
    const params = new URLSearchParams();
    if (options.assetId) params.set('asset', options.assetId);
    if (options.template) params.set('template', options.template);
    const query = params.toString();
    return query ? `#/tickets/new?${query}` : '#/tickets/new';
  },
  editTicket: (id: string) => `#/tickets/${id}/edit`,
  ticketStats: () => '#/tickets/stats',
  changes: () => '#/changes',
  change: (id: string) => `#/changes/${id}`,
  newChange: () => '#/changes/new',
  editChange: (id: string) => `#/changes/${id}/edit`,
  /** The on-site audit: the campaigns, and one campaign's scanning page. */
  audits: () => '#/audits',
  audit: (id: string) => `#/audits/${id}`,
  /** The import wizard: inventories, asset tables, directory exports. */
  import: () => '#/import',
};

function isSection(value: string): value is Section {
  return (SECTIONS as readonly string[]).includes(value);
}

function isDirectory(value: string): value is Directory {
  return (DIRECTORIES as readonly string[]).includes(value);
}

/** Reads a hash such as `#/assets/<id>/edit`; anything unknown is the dashboard. */
export function parseRoute(hash: string): Route {
  const [path = '', search = ''] = hash.replace(/^#\/?/, '').split('?');
  const params = new URLSearchParams(search);
  const [head = '', id, action, ...rest] = path.split('/').map(decodeURIComponent);
  const fallback: Route = { page: 'section', section: 'dashboard' };
  if (rest.length > 0) return fallback;

  if (head === 'assets') {
    if (id === undefined || id === '') return { page: 'section', section: 'inventory' };
    if (id === 'new')
      return action ? fallback : { page: 'asset-new', duplicateOf: params.get('duplicate') };
    if (action === undefined) return { page: 'asset', id };
    return action === 'edit' ? { page: 'asset-edit', id } : fallback;
  }
  if (head === 'tickets' && id !== undefined && id !== '') {
    if (id === 'new') {
      return action
        ? fallback
        : { page: 'ticket-new', assetId: params.get('asset'), template: params.get('template') };
    }
    if (id === 'stats') return action ? fallback : { page: 'ticket-stats' };
    if (action === undefined) return { page: 'ticket', id };
    return action === 'edit' ? { page: 'ticket-edit', id } : fallback;
  }
  if (head === 'audits') {
    if (id === undefined || id === '') return { page: 'audits' };
    return action === undefined ? { page: 'audit', id } : fallback;
  }
  if (head === 'import') return id === undefined ? { page: 'import' } : fallback;
  if (head === 'changes') {
    if (id === undefined || id === '') return { page: 'changes' };
    if (id === 'new') return action ? fallback : { page: 'change-new' };
    if (action === undefined) return { page: 'change', id };
    return action === 'edit' ? { page: 'change-edit', id } : fallback;
  }
  if (isDirectory(head)) {
    if (id === undefined || id === '') return { page: 'directory', directory: head };
    if (id === 'new') {
      return action
        ? fallback
        : { page: 'record-new', directory: head, parentId: params.get('parent') };
    }
    if (action === undefined) return { page: 'record', directory: head, id };
    return action === 'edit' ? { page: 'record-edit', directory: head, id } : fallback;
  }
  if (isSection(head) && id === undefined) return { page: 'section', section: head };
  return fallback;
}

/**
 * The sidebar entry a route belongs to: an asset belongs to the inventory, a
 * ticket, the statistics and the changes to the tickets.
 */
export function navItemOf(route: Route): NavItem {
  switch (route.page) {
    case 'section':
      return route.section;
    case 'asset':
    case 'asset-new':
    case 'asset-edit':
    case 'import':
      return 'inventory';
    case 'directory':
    case 'record':
    case 'record-new':
    case 'record-edit':
      return route.directory;
    case 'audits':
    case 'audit':
      return 'audits';
    default:
      return 'tickets';
  }
}

/** The path of the hash without its query, which names the screen shown. */
export function screenKey(hash: string): string {
  return hash.split('?')[0] ?? '';
}

/** The current hash, following navigation (links, back and forward, `navigate`). */
export function useHash(): string {
  const [hash, setHash] = useState(() => window.location.hash);
  useEffect(() => {
    const follow = () => setHash(window.location.hash);
    window.addEventListener('hashchange', follow);
    return () => window.removeEventListener('hashchange', follow);
  }, []);
  return hash;
}

export function useRoute(): Route {
  return parseRoute(useHash());
}

export function navigate(hash: string): void {
  window.location.hash = hash;
}

/**
 * Goes back to the previous screen, as Esc on a form does; `fallback` when the
 * app was opened on this screen and there is nothing to go back to.
 */
export function goBack(fallback: string): void {
  if (window.history.length > 1) window.history.back();
  else navigate(fallback);
}
