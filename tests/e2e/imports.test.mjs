// The import wizard, end to end, in the real window: a Snipe-IT export is
// examined (its format recognised, its columns mapped from the headers), one
// column is remapped by hand, a trial run shows every line's fate and writes
// nothing, the import runs and sums up, and the inventory finds an imported
// tag; a binary file renamed .csv is refused with a message; "This computer"
// inventories the machine the test runs on, then saves it as an asset.
//
// The test ids it relies on (data-testid in ui/src):
//   unlock-form, passphrase, unlock-submit, dashboard, nav-settings, language-select
//   nav-inventory, import-link                                the way in
//   import-path, import-inspect, import-error, import-format, import-ready,
//   mapping-row (data-field), mapping-field-<n>, import-try     examine and map
//   import-planned, import-line (data-fate), count-<fate>, import-ok,
//   import-apply, import-done, import-other                  the trial run, the import
//   asset-search, asset-count-label                          the inventory
//   this-computer-scan, import-machine, this-computer-fate,
//   this-computer-save, this-computer-saved                  this computer

import assert from 'node:assert/strict';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { By } from 'selenium-webdriver';
import {
  byTestId,
  find,
  launch,
  parc,
  root,
  screenshot,
  textContent,
  typeInto,
  unlockInFrench,
  waitText,
  workspace,
} from './harness.mjs';

const SNIPE = join(root, 'tests', 'fixtures', 'snipe-it-csv', 'assets-sample.csv');
const BINARY = join(root, 'tests', 'fixtures', 'malformed', 'image-png-renamed.csv');
/** A tag of the Snipe-IT sample. */
const TAG = 'ICC-2065556';

let ws;
let app;
/** What `parc import --dry-run` announces for the sample: the window must say the same. */
let expected;

before(async () => {
  ws = workspace();
  parc(ws.env, 'init');
  const [report] = JSON.parse(parc(ws.env, 'import', '--dry-run', '--format', 'json', SNIPE));
  expected = report.summary;
  assert.ok(expected.created > 0, JSON.stringify(report));
  app = await launch(ws.env);
});

after(async () => {
  await app?.stop();
  ws?.cleanup();
});

async function count(session, fate) {
  return Number(
    (await textContent(session, await find(session, `count-${fate}`))).replace(/\D/g, ''),
  );
}

test('unlocks, in French', async () => {
  await unlockInFrench(app.session);
});

test('can listen for files dropped on the window', async () => {
  // No WebDriver can drop a file from the desktop. What this checks is that
  // the window may listen to Tauri's drop event at all: refused, the wizard
  // would quietly never hear of a drop (`onFilesDropped` gives up silently
  // where there is no Tauri window). Tauri 2.12 lets a window listen even
  // without `core:event:allow-listen`, which the capability still states.
  const outcome = await app.session.executeAsyncScript(`
    const done = arguments[arguments.length - 1];
    const tauri = window.__TAURI_INTERNALS__;
    tauri
      .invoke('plugin:event|listen', {
        event: 'tauri://drag-drop',
        target: { kind: 'Webview', label: 'main' },
        handler: tauri.transformCallback(() => {}),
      })
      .then(() => done('allowed'), (error) => done(String(error)));
  `);
  assert.equal(outcome, 'allowed');
});

test('refuses a binary file renamed .csv, saying so', async () => {
  const { session } = app;
  await (await find(session, 'nav-inventory')).click();
  await (await find(session, 'import-link')).click();
  await find(session, 'import-choose');
  await typeInto(session, 'import-path', BINARY);
  await (await find(session, 'import-inspect')).click();
  const error = await textContent(session, await find(session, 'import-error'));
  assert.match(error, /binaire|CSV/i, error);
  await find(session, 'import-choose');
});

test('examines a Snipe-IT export and maps its columns', async () => {
  const { session } = app;
  // Pasted as Windows Explorer's "Copy as path" gives it: quoted.
  await typeInto(session, 'import-path', `"${SNIPE}"`);
  await (await find(session, 'import-inspect')).click();
  await find(session, 'import-ready');
  await waitText(session, 'import-format', (t) => t.trim() === 'tableau de matériels (CSV)');
  const rows = await session.findElements(byTestId('mapping-row'));
  const fields = await Promise.all(rows.map((r) => r.getAttribute('data-field')));
  assert.equal(fields[2], 'tag', `Asset Tag is the tag: ${fields}`);
  assert.equal(fields[0], '', `Company is left out: ${fields}`);
  // "Model Notes" (ignored by default) goes to the notes, in place of "Asset Notes".
  await (await find(session, 'mapping-field-9'))
    .findElement(By.css('option[value="notes"]'))
    .click();
  await session.wait(
    async () => (await rows[9].getAttribute('data-field')) === 'notes',
    20000,
    'the column is remapped',
  );
  assert.equal(await rows[11].getAttribute('data-field'), '', 'a field is fed by one column');
  await screenshot(session, 'import-mapping');
});

test('tries the file: every line and its fate, nothing written', async () => {
  const { session } = app;
  await (await find(session, 'import-try')).click();
  await find(session, 'import-planned', 60000);
  assert.equal(await count(session, 'created'), expected.created);
  assert.equal(await count(session, 'rejected'), 0);
  const lines = await session.findElements(byTestId('import-line'));
  assert.ok(lines.length > 0, 'the lines are listed');
  assert.equal(await lines[0].getAttribute('data-fate'), 'created');
  await screenshot(session, 'import-planned');
});

test('imports the file, sums it up, and the inventory has it', async () => {
  const { session } = app;
  await (await find(session, 'import-apply')).click();
  await find(session, 'import-done', 60000);
  assert.equal(await count(session, 'created'), expected.created);
  await (await find(session, 'nav-inventory')).click();
  await typeInto(session, 'asset-search', TAG);
  await waitText(session, 'asset-count-label', (t) => t.replace(/\D/g, '') === '1');
});

test('inventories this computer and saves it', async () => {
  const { session } = app;
  await (await find(session, 'import-link')).click();
  await (await find(session, 'this-computer-scan')).click();
  const machine = await textContent(session, await find(session, 'import-machine', 60000));
  const host = hostname();
  assert.ok(machine.toLowerCase().includes(host.toLowerCase()), `${host} in ${machine}`);
  await waitText(session, 'this-computer-fate', (t) => t.startsWith('Nouveau matériel'));
  await screenshot(session, 'import-this-computer');
  await (await find(session, 'this-computer-save')).click();
  const saved = await find(session, 'this-computer-saved', 60000);
  const tag = (await textContent(session, saved)).replace('Enregistré :', '').trim();
  await (await saved.findElement(By.css('a'))).click();
  await waitText(session, 'asset-tag', (t) => t.trim() === tag);
});
