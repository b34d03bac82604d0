import { describe, expect, it } from 'vitest';
import { href, navItemOf, parseRoute } from './routes';

describe('parseRoute', () => {
  it('reads every screen from its hash', () => {
    expect(parseRoute('#/inventory')).toEqual({ page: 'section', section: 'inventory' });
    expect(parseRoute('#/assets/a-1')).toEqual({ page: 'asset', id: 'a-1' });
    expect(parseRoute('#/assets/a-1/edit')).toEqual({ page: 'asset-edit', id: 'a-1' });
    expect(parseRoute('#/assets/new')).toEqual({ page: 'asset-new', duplicateOf: null });
    expect(parseRoute(href.duplicateAsset('a-1'))).toEqual({
      page: 'asset-new',
      duplicateOf: 'a-1',
    });
    expect(parseRoute('#/people')).toEqual({ page: 'directory', directory: 'people' });
    expect(parseRoute('#/locations/l-1')).toEqual({
      page: 'record',
      directory: 'locations',
      id: 'l-1',
    });
    expect(parseRoute(href.newRecord('locations', 'l-1'))).toEqual({
      page: 'record-new',
      directory: 'locations',
      parentId: 'l-1',
    });
    expect(parseRoute('#/suppliers/s-1/edit')).toEqual({
      page: 'record-edit',
      directory: 'suppliers',
      id: 's-1',
    });
  });

  it('reads the helpdesk’s screens', () => {
    expect(parseRoute('#/tickets')).toEqual({ page: 'section', section: 'tickets' });
    expect(parseRoute('#/tickets/stats')).toEqual({ page: 'ticket-stats' });
    expect(parseRoute('#/tickets/t-1')).toEqual({ page: 'ticket', id: 't-1' });
    expect(parseRoute('#/tickets/t-1/edit')).toEqual({ page: 'ticket-edit', id: 't-1' });
    expect(parseRoute(href.newTicket())).toEqual({
      page: 'ticket-new',
      assetId: null,
      template: null,
    });
    expect(parseRoute(href.newTicket({ assetId: 'a-1', template: 'new_employee' }))).toEqual({
      page: 'ticket-new',
      assetId: 'a-1',
      template: 'new_employee',
    });
    expect(parseRoute('#/changes')).toEqual({ page: 'changes' });
    expect(parseRoute('#/changes/new')).toEqual({ page: 'change-new' });
    expect(parseRoute('#/changes/c-1')).toEqual({ page: 'change', id: 'c-1' });
    expect(parseRoute('#/changes/c-1/edit')).toEqual({ page: 'change-edit', id: 'c-1' });
    for (const hash of ['#/tickets/t-1', '#/tickets/stats', '#/changes/c-1/edit']) {
      expect(navItemOf(parseRoute(hash)), hash).toBe('tickets');
    }
  });

  it('reads the on-site audit’s screens', () => {
    expect(parseRoute(href.audits())).toEqual({ page: 'audits' });
    expect(parseRoute(href.audit('c-1'))).toEqual({ page: 'audit', id: 'c-1' });
    expect(parseRoute('#/audits/c-1/x')).toEqual({ page: 'section', section: 'dashboard' });
    expect(navItemOf(parseRoute('#/audits/c-1'))).toBe('audits');
  });

  it('reads the import wizard, which belongs to the inventory', () => {
    expect(parseRoute(href.import())).toEqual({ page: 'import' });
    expect(parseRoute('#/import/x')).toEqual({ page: 'section', section: 'dashboard' });
    expect(navItemOf(parseRoute(href.import()))).toBe('inventory');
  });

  it('falls back to the dashboard for anything else', () => {
    for (const hash of [
      '',
      '#',
      '#/nowhere',
      '#/assets/a-1/delete',
      '#/settings/x',
      '#/tickets/t-1/close',
      '#/changes/c-1/x',
    ]) {
      expect(parseRoute(hash), hash).toEqual({ page: 'section', section: 'dashboard' });
    }
  });

  it('puts assets under the inventory in the sidebar', () => {
    expect(navItemOf(parseRoute('#/assets/a-1/edit'))).toBe('inventory');
    expect(navItemOf(parseRoute('#/people/p-1'))).toBe('people');
  });
});
