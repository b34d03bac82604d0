// The inventory, end to end, in the real window: an asset is created through
// the form, found by the search, opened, given a new status through the edit
// form (which its history then shows, old → new), and the view is exported to
// a CSV file that is read back from disk.
//
// The test ids it relies on (data-testid in ui/src):
//   unlock-form, passphrase, unlock-submit       the unlock screen
//   dashboard, nav-inventory, nav-settings       the shell; language-select in the settings
//   new-asset                                    the inventory's "Nouveau matériel" button
//   asset-search, asset-count-label              the search box and the count ("1 matériel")
//   asset-table, asset-row                       the virtualised table and each loaded row
//   asset-form, form-save, form-error            the asset form, its Save button, the server's error
//   field-tag, field-name, field-kind, field-status   fields of the form (field-<name of AssetInput>)
//   asset-page, asset-tag, asset-status          the asset's page, its tag, its status (data-status)
//   edit-button                                  the asset page's "Modifier" link
//   history-entry                                each entry of the history, newest first
//   export-button, export-path                   "Exporter en CSV" and the path of the written file

import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
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

/** A tag no demo asset has (the demo numbers them PARC-000001…). */
const TAG = 'E2E-000001';
const NAME = 'Portable de test e2e';

let ws;
let app;

before(async () => {
  ws = workspace();
  // The app writes its CSV exports here rather than in ~/Downloads.
  ws.env.PARC_EXPORT_DIR = ws.dir;
  parc(ws.env, 'init');
  parc(ws.env, 'demo', '--assets', '300');
  app = await launch(ws.env);
});

after(async () => {
  await app?.stop();
  ws?.cleanup();
});

/** Types `text` into an input after emptying it (the search keeps its text for the session). */
async function choose(session, selectId, value) {
  const select = await find(session, selectId);
  await select.findElement(By.css(`option[value="${value}"]`)).click();
}

async function openInventory(session) {
  await (await find(session, 'nav-inventory')).click();
  await find(session, 'asset-table');
}

/** Searches the inventory for the test asset and waits until it is the only row. */
async function searchTestAsset(session) {
  await openInventory(session);
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
}

test('unlocks, in French', async () => {
  await unlockInFrench(app.session);
});

test('creates an asset through the form and lands on its page', async () => {
  const { session } = app;
  await openInventory(session);
  await waitText(session, 'asset-count-label', (t) => t.replace(/\D/g, '') === '300');
  await (await find(session, 'new-asset')).click();
  await find(session, 'asset-form');

  const tag = await find(session, 'field-tag');
  await session.wait(
    async () => (await tag.getAttribute('value')) !== '',
    20000,
    'no tag prefilled',
  );
  assert.match(await tag.getAttribute('value'), /\d/, 'the form offers the next tag');
  await typeInto(session, 'field-tag', TAG);
  await typeInto(session, 'field-name', NAME);
  await choose(session, 'field-kind', 'laptop');
  await screenshot(session, 'asset-form');
  await (await find(session, 'form-save')).click();

  await find(session, 'asset-page');
  await waitText(session, 'asset-tag', (t) => t.trim() === TAG);
  const status = await find(session, 'asset-status');
  assert.equal(await status.getAttribute('data-status'), 'in_stock');
  await screenshot(session, 'asset-created');
});

test('finds the asset by the search and opens it', async () => {
  const { session } = app;
  await searchTestAsset(session);
  const [row] = await session.findElements(byTestId('asset-row'));
  assert.match(await textContent(session, row), new RegExp(NAME));
  await screenshot(session, 'inventory-found');
  await row.findElement(By.css('a')).click();
  await find(session, 'asset-page');
  await waitText(session, 'asset-tag', (t) => t.trim() === TAG);
});

test('changes the status through the edit form and reads it in the history', async () => {
  const { session } = app;
  await (await find(session, 'edit-button')).click();
  await find(session, 'asset-form');
  await session.wait(
    async () => (await (await find(session, 'field-tag')).getAttribute('value')) === TAG,
    20000,
    'the edit form does not hold the asset',
  );
  await choose(session, 'field-status', 'in_repair');
  await (await find(session, 'form-save')).click();

  await find(session, 'asset-page');
  await waitText(session, 'asset-status', (t) => t.trim() === 'En réparation');
  assert.equal(
    await (await find(session, 'asset-status')).getAttribute('data-status'),
    'in_repair',
  );

  const entries = await session.findElements(byTestId('history-entry'));
  assert.ok(entries.length >= 2, `a creation and a change: ${entries.length} entries`);
  const latest = await textContent(session, entries[0]);
  assert.match(latest, /Modification/, latest);
  assert.match(latest, /Statut\s*:\s*En stock\s*→\s*En réparation/, latest);
  await screenshot(session, 'asset-history');
});

test('exports the view to a CSV file with the asset in it', async () => {
  const { session } = app;
  await searchTestAsset(session);
  await (await find(session, 'export-button')).click();
  const path = (await waitText(session, 'export-path', (t) => t.trim().length > 0, 60000)).trim();
  await screenshot(session, 'inventory-exported');
  assert.ok(path.startsWith(ws.dir), `written to PARC_EXPORT_DIR (${ws.dir}), not ${path}`);
  assert.ok(existsSync(path), `${path} exists`);

  const bytes = readFileSync(path);
  assert.deepEqual([...bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 with a byte-order mark');
  const lines = bytes
    .subarray(3)
    .toString('utf8')
    .split(/\r?\n/)
    .filter((line) => line !== '');
  assert.equal(lines.length, 2, `a header and the one asset of the view:\n${lines.join('\n')}`);
  assert.ok(lines[0].includes(';'), `French files separate with ";": ${lines[0]}`);
  assert.ok(lines[1].split(';').includes(TAG), `the created asset's tag in: ${lines[1]}`);
  assert.ok(lines[1].includes('En réparation'), `its new status in: ${lines[1]}`);
});
