// The helpdesk, end to end, in the real window: from an asset's page a ticket
// is opened with the asset linked, taken in charge, followed up, solved with a
// solution and closed with the requester's satisfaction; its timeline tells
// all of it in order, and the asset's page then lists the ticket.
//
// The test ids it relies on (data-testid in ui/src):
//   unlock-form, passphrase, unlock-submit, dashboard, nav-settings, language-select
//   nav-inventory, asset-search, asset-count-label, asset-row   the inventory (to find the asset)
//   asset-page, asset-tag, asset-tickets, asset-ticket, open-ticket   the asset's page and its tickets
//   ticket-form, field-title, field-assets-chip, priority-preview, form-save   the new-ticket form
//   ticket-page, ticket-number, ticket-title, ticket-status, ticket-assets   the ticket's page
//   action-assign_to_me, action-solve, action-close             status actions (only those allowed)
//   action-solve-dialog, solution-text, action-solve-confirm    the solution dialog
//   action-close-dialog, satisfaction-star-<n>, satisfaction-comment, action-close-confirm
//   followup-text, followup-send, timeline-entry (data-kind)    the quick follow-up and the timeline
//   ticket-closed                                                the read-only notice of a closed ticket

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { By } from 'selenium-webdriver';
import {
  byTestId,
  find,
  launch,
  parc,
  screenshot,
  textContent,
  typeInto,
  unlockInFrench,
  waitText,
  workspace,
} from './harness.mjs';

/** An asset of the demo company (it numbers them PARC-000001…). */
const TAG = 'PARC-000042';
const TITLE = 'E2E : l’écran clignote au démarrage';
const FOLLOWUP = 'Câble vidéo vérifié, le clignotement persiste.';
const SOLUTION = 'Câble DisplayPort remplacé, écran stable.';
const COMMENT = 'Merci, réglé en une matinée.';

let ws;
let app;

before(async () => {
  ws = workspace();
  parc(ws.env, 'init');
  parc(ws.env, 'demo', '--assets', '200');
  app = await launch(ws.env);
});

after(async () => {
  await app?.stop();
  ws?.cleanup();
});

/** The text of every timeline entry, in order, with its kind. */
async function timeline(session) {
  const entries = await session.findElements(byTestId('timeline-entry'));
  const read = [];
  for (const entry of entries) {
    read.push({
      kind: await entry.getAttribute('data-kind'),
      text: (await textContent(session, entry)).replace(/\s+/g, ' ').trim(),
    });
  }
  return read;
}

async function waitStatus(session, status) {
  await session.wait(
    async () =>
      (await (await find(session, 'ticket-status')).getAttribute('data-status')) === status,
    20000,
    `the ticket never became ${status}`,
  );
}

/** The ticket's id, from the address of its page (`#/tickets/<id>`). */
async function ticketId(session) {
  const url = await session.getCurrentUrl();
  const match = /#\/tickets\/([^/?]+)$/.exec(url);
  assert.ok(match, `on a ticket's page: ${url}`);
  return match[1];
}

let id;

test('unlocks, in French', async () => {
  await unlockInFrench(app.session);
});

test('opens a ticket from an asset’s page, the asset already linked', async () => {
  const { session } = app;
  await (await find(session, 'nav-inventory')).click();
  await typeInto(session, 'asset-search', TAG);
  await waitText(session, 'asset-count-label', (t) => t.replace(/\D/g, '') === '1');
  await session.wait(
    async () => {
      const rows = await session.findElements(byTestId('asset-row'));
      return rows.length === 1 && (await textContent(session, rows[0])).includes(TAG);
    },
    20000,
    `the search for ${TAG} never showed it alone`,
  );
  const [row] = await session.findElements(byTestId('asset-row'));
  await row.findElement(By.css('a')).click();
  await waitText(session, 'asset-tag', (t) => t.trim() === TAG);
  await find(session, 'asset-tickets');

  await (await find(session, 'open-ticket')).click();
  await find(session, 'ticket-form');
  await waitText(session, 'field-assets-chip', (t) => t.includes(TAG));
  await waitText(session, 'priority-preview', (t) => t.trim() !== '');
  await typeInto(session, 'field-title', TITLE);
  await screenshot(session, 'ticket-form');
  await (await find(session, 'form-save')).click();

  await find(session, 'ticket-page');
  await waitText(session, 'ticket-title', (t) => t.trim() === TITLE);
  await waitStatus(session, 'new');
  assert.match(await (await find(session, 'ticket-number')).getText(), /^#\d+$/);
  assert.ok((await textContent(session, await find(session, 'ticket-assets'))).includes(TAG));
  id = await ticketId(session);
});

test('takes it in charge and adds a follow-up', async () => {
  const { session } = app;
  await (await find(session, 'action-assign_to_me')).click();
  await waitStatus(session, 'assigned');
  await typeInto(session, 'followup-text', FOLLOWUP);
  await (await find(session, 'followup-send')).click();
  await session.wait(
    async () =>
      (await timeline(session)).some((e) => e.kind === 'followup' && e.text.includes(FOLLOWUP)),
    20000,
    'the follow-up never appeared in the timeline',
  );
  assert.equal(await (await find(session, 'followup-text')).getAttribute('value'), '');
});

test('solves it with a solution, then closes it with a satisfaction score', async () => {
  const { session } = app;
  await (await find(session, 'action-solve')).click();
  await find(session, 'action-solve-dialog');
  await typeInto(session, 'solution-text', SOLUTION);
  await (await find(session, 'action-solve-confirm')).click();
  await waitStatus(session, 'solved');
  // Solved: only reopening and closing are offered now.
  assert.equal((await session.findElements(byTestId('action-solve'))).length, 0);
  assert.equal((await session.findElements(byTestId('action-assign_to_me'))).length, 0);

  await (await find(session, 'action-close')).click();
  await find(session, 'action-close-dialog');
  await (await find(session, 'satisfaction-star-4')).click();
  await typeInto(session, 'satisfaction-comment', COMMENT);
  await screenshot(session, 'ticket-close');
  await (await find(session, 'action-close-confirm')).click();
  await waitStatus(session, 'closed');
  await find(session, 'ticket-closed');
  assert.equal((await session.findElements(byTestId('followup-text'))).length, 0, 'read-only');
  assert.equal((await session.findElements(byTestId('edit-button'))).length, 0, 'read-only');
});

test('tells the ticket’s life in its timeline, in order', async () => {
  const { session } = app;
  // Reloaded, the page reads everything back from the database.
  await session.navigate().refresh();
  const entries = await session.wait(
    async () => {
      const read = await timeline(session).catch(() => []);
      return read.length >= 5 ? read : null;
    },
    20000,
    'no timeline after a reload',
  );
  await screenshot(session, 'ticket-timeline');
  const kinds = entries.map((e) => e.kind);
  const at = (kind, predicate = () => true) => {
    const index = entries.findIndex((e) => e.kind === kind && predicate(e.text));
    assert.ok(index >= 0, `a ${kind} entry in ${JSON.stringify(entries, null, 1)}`);
    return index;
  };
  const opened = at('opened');
  const status = at('status', (t) => /Statut : Nouveau → En cours \(attribué\)/.test(t));
  const followup = at('followup', (t) => t.includes(FOLLOWUP));
  const solution = at('solution', (t) => /Résolu \(Corrigé\)/.test(t) && t.includes(SOLUTION));
  const closing = at('closing', (t) => /Clos — satisfaction 4\/5/.test(t) && t.includes(COMMENT));
  assert.deepEqual(
    [opened, status, followup, solution, closing],
    [opened, status, followup, solution, closing].toSorted((a, b) => a - b),
    `in order: ${kinds.join(', ')}`,
  );
  assert.ok(kinds.includes('assignment'), `the assignment is told: ${kinds.join(', ')}`);
});

test('lists the ticket on the asset’s page', async () => {
  const { session } = app;
  assert.ok(id, 'a ticket was opened');
  const assets = await find(session, 'ticket-assets');
  await assets.findElement(By.css('a')).click();
  await waitText(session, 'asset-tag', (t) => t.trim() === TAG);
  const row = await session.wait(
    async () => {
      for (const candidate of await session.findElements(byTestId('asset-ticket'))) {
        if ((await textContent(session, candidate)).includes(TITLE)) return candidate;
      }
      return null;
    },
    20000,
    `the asset's page never listed "${TITLE}"`,
  );
  const text = (await textContent(session, row)).replace(/\s+/g, ' ');
  assert.match(text, /Clos/, text);
  const link = await row.findElement(By.css('a'));
  assert.ok((await link.getAttribute('href')).endsWith(`#/tickets/${id}`));
  await screenshot(session, 'asset-tickets');
});
