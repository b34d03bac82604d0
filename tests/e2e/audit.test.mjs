// The on-site audit, end to end, in the real window: a campaign is started for
// one room of the demo company, three tags are typed into the scan input each
// followed by Enter, as a barcode scanner does (one recorded in that room, one
// recorded in another room, one that no asset has), the page answers each with
// its message and counts them; the campaign resumes after leaving its page; it
// is closed (the moved asset moved here, the missing ones noted "to check"),
// and the results are read back: the campaign applied, the moved asset in the
// room with today's last-audit date, and, from the CLI once the app is closed,
// the note on a missing asset. On the way, the room's labels are printed to a PDF.
//
// The test ids it relies on (data-testid in ui/src):
//   unlock-form, passphrase, unlock-submit, dashboard, nav-settings, language-select
//   nav-audits, campaigns, new-campaign, new-campaign-dialog, campaign-name,
//   campaign-scope, new-campaign-confirm, campaign-row (data-status)     the campaign list
//   campaign-page, campaign-status (data-status), scan-input, room-select, mute,
//   scan-message, scan-flash (data-outcome), scan-row (data-outcome), scan-moved,
//   count-found|moved|unknown|missing (data-value)                       the campaign page
//   quick-create-dialog, quick-tag                                        the quick-create form
//   close-campaign, close-campaign-dialog, summary-<counter>, missing-to_check,
//   move-moved, close-campaign-confirm, audit-result, result-<figure>    closing it
//   asset-page, asset-tag, asset-location, asset-last-audit (datetime)   the moved asset's page
//   location-page, labels, labels-dialog, labels-sheet, labels-cell-<n>, labels-offset,
//   labels-company, labels-confirm, labels-path                          labels of the room

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { after, before, test } from 'node:test';
import { By, Key } from 'selenium-webdriver';
import {
  byTestId,
  find,
  launch,
  parc,
  screenshot,
  textContent,
  unlockInFrench,
  waitText,
  workspace,
} from './harness.mjs';

const CAMPAIGN = 'E2E Accueil';
const HERE = 'Accueil';
const ELSEWHERE = 'Bureau A003';
/** A tag no demo asset has (the demo numbers them PARC-000001…). */
const UNKNOWN = 'E2E-INCONNU-1';
/** The statuses a campaign expects to find (retired and lost assets are not searched for). */
const EXPECTED = new Set(['in_stock', 'deployed', 'in_repair']);

let ws;
let app;
/** The assets of the room audited, and one of another room, from the CLI. */
let here;
let found;
let moved;
let roomId;

/** The demo's assets of a room that a campaign expects, from the CLI. */
function expectedIn(room) {
  const assets = JSON.parse(parc(ws.env, 'assets', 'list', '--location', room, '--format', 'json'));
  return assets.filter((asset) => asset.location === room && EXPECTED.has(asset.status));
}

function show(tag) {
  return JSON.parse(parc(ws.env, 'assets', 'show', tag, '--format', 'json'));
}

/** Today in the local time zone, as the app dates the last audit. */
function today() {
  const now = new Date();
  const pad = (n) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

before(async () => {
  ws = workspace();
  ws.env.PARC_EXPORT_DIR = ws.dir;
  parc(ws.env, 'init');
  parc(ws.env, 'demo', '--assets', '300');
  here = expectedIn(HERE);
  assert.ok(here.length >= 3, `the demo puts assets in ${HERE}: ${here.length}`);
  found = here[0];
  moved = expectedIn(ELSEWHERE)[0];
  assert.ok(moved, `the demo puts assets in ${ELSEWHERE}`);
  roomId = show(found.tag).asset.locationId;
  app = await launch(ws.env);
});

after(async () => {
  await app?.stop();
  ws?.cleanup();
});

async function dataValue(session, id) {
  return (await find(session, id)).getAttribute('data-value');
}

async function waitValue(session, id, value) {
  await session.wait(
    async () => (await dataValue(session, id)) === String(value),
    20000,
    `[data-testid=${id}] never reached ${value}`,
  );
}

/** Types a tag and Enter into the scan input, as a barcode scanner does. */
async function scan(session, tag) {
  const input = await find(session, 'scan-input');
  assert.equal(
    await session
      .executeScript('return document.activeElement', [])
      .then((el) => el.getAttribute('data-testid')),
    'scan-input',
    'the scan input has the focus before each scan',
  );
  await input.sendKeys(tag, Key.ENTER);
}

async function scanOutcomes(session) {
  const rows = await session.findElements(byTestId('scan-row'));
  return Promise.all(rows.map((row) => row.getAttribute('data-outcome')));
}

test('unlocks, in French', async () => {
  await unlockInFrench(app.session);
});

test('starts a campaign for one room', async () => {
  const { session } = app;
  await (await find(session, 'nav-audits')).click();
  await find(session, 'campaigns');
  await (await find(session, 'new-campaign')).click();
  await find(session, 'new-campaign-dialog');
  const name = await find(session, 'campaign-name');
  await name.clear();
  await name.sendKeys(CAMPAIGN);
  await (await find(session, 'campaign-scope'))
    .findElement(By.css(`option[value="${roomId}"]`))
    .click();
  await screenshot(session, 'audit-new');
  await (await find(session, 'new-campaign-confirm')).click();

  await find(session, 'campaign-page');
  await waitText(session, 'page-title', (t) => t.trim() === CAMPAIGN);
  assert.equal(
    await (await find(session, 'room-select')).getAttribute('value'),
    roomId,
    'a campaign of one room scans in that room',
  );
  await waitValue(session, 'count-missing', here.length);
  // Silence: the window may have no sound device under Xvfb.
  await (await find(session, 'mute')).click();
  await (await find(session, 'campaign-meta')).click();
});

test('answers each scanned tag: found, moved from elsewhere, unknown', async () => {
  const { session } = app;
  await scan(session, found.tag);
  await waitText(session, 'scan-message', (t) => t.trim() === 'Trouvé');
  await waitValue(session, 'count-found', 1);
  await waitValue(session, 'count-missing', here.length - 1);

  // A scanner typing while a button has the focus still types into the scan input,
  // and its Enter does not press the button.
  await session.executeScript('arguments[0].focus()', await find(session, 'close-campaign'));
  await session.switchTo().activeElement().sendKeys(moved.tag, Key.ENTER);
  await waitText(session, 'scan-message', (t) => t.trim() === `Déplacé : était en ${ELSEWHERE}`);
  await waitValue(session, 'count-moved', 1);
  assert.equal((await session.findElements(byTestId('close-campaign-dialog'))).length, 0);

  await scan(session, UNKNOWN);
  await waitText(session, 'scan-message', (t) => t.trim() === 'Inconnu');
  await waitValue(session, 'count-unknown', 1);
  assert.equal(await (await find(session, 'scan-flash')).getAttribute('data-outcome'), 'unknown');

  // The unknown tag opens the quick-create form, the tag filled in; Esc closes it.
  await find(session, 'quick-create-dialog');
  assert.equal(await (await find(session, 'quick-tag')).getAttribute('value'), UNKNOWN);
  await screenshot(session, 'audit-unknown');
  await session.switchTo().activeElement().sendKeys(Key.ESCAPE);
  await session.wait(
    async () => (await session.findElements(byTestId('quick-create-dialog'))).length === 0,
    20000,
    'Esc closes the quick-create form',
  );

  assert.deepEqual(await scanOutcomes(session), ['unknown', 'moved', 'found'], 'newest first');
  const note = await textContent(session, await find(session, 'scan-moved'));
  assert.match(note, new RegExp(`était en ${ELSEWHERE}`), note);
  assert.equal(await dataValue(session, 'count-found'), '1');
  assert.equal(await dataValue(session, 'count-missing'), String(here.length - 1));
  await screenshot(session, 'audit-scanned');
});

test('resumes the campaign after leaving it', async () => {
  const { session } = app;
  await (await find(session, 'nav-audits')).click();
  await find(session, 'campaigns');
  const [row] = await session.findElements(byTestId('campaign-row'));
  assert.equal(await row.getAttribute('data-status'), 'open');
  const text = await textContent(session, row);
  assert.ok(text.includes(CAMPAIGN), text);
  assert.ok(text.includes(`2 / ${here.length}`), `found (and moved) / expected in: ${text}`);
  await row.findElement(By.css('a')).click();
  await find(session, 'campaign-page');
  await waitValue(session, 'count-unknown', 1);
  assert.deepEqual(await scanOutcomes(session), ['unknown', 'moved', 'found']);
});

test('closes the campaign: the moved asset moves here, the missing ones are noted', async () => {
  const { session } = app;
  await (await find(session, 'close-campaign')).click();
  await find(session, 'close-campaign-dialog');
  await waitText(session, 'summary-found', (t) => t.trim() === '1');
  await waitText(session, 'summary-moved', (t) => t.trim() === '1');
  await waitText(session, 'summary-unknown', (t) => t.trim() === '1');
  await waitText(session, 'summary-missing', (t) => t.trim() === String(here.length - 1));
  await (await find(session, 'missing-to_check')).click();
  assert.ok(await (await find(session, 'move-moved')).isSelected(), 'moving is the default');
  await screenshot(session, 'audit-close');
  await (await find(session, 'close-campaign-confirm')).click();

  await find(session, 'audit-result');
  await waitText(session, 'result-moved', (t) => t.trim() === '1');
  await waitText(session, 'result-markedToCheck', (t) => t.trim() === String(here.length - 1));
  await waitText(session, 'result-audited', (t) => t.trim() === '2');
  await session.wait(
    async () =>
      (await (await find(session, 'campaign-status')).getAttribute('data-status')) === 'applied',
    20000,
    'the campaign is applied',
  );
  assert.equal((await session.findElements(byTestId('scan-input'))).length, 0, 'read-only');
  await screenshot(session, 'audit-applied');
});

test('the moved asset now sits in the room, audited today', async () => {
  const { session } = app;
  const [row] = await session.findElements(
    By.css('[data-testid="scan-row"][data-outcome="moved"]'),
  );
  await row.findElement(By.css('a')).click();
  await find(session, 'asset-page');
  await waitText(session, 'asset-tag', (t) => t.trim() === moved.tag);
  const place = await textContent(session, await find(session, 'asset-location'));
  assert.ok(place.endsWith(HERE), `in ${HERE}: ${place}`);
  assert.equal(await (await find(session, 'asset-last-audit')).getAttribute('datetime'), today());
});

test('prints the labels of the room from its page', async () => {
  const { session } = app;
  await (await find(session, 'asset-location')).click();
  await find(session, 'location-page');
  await waitText(session, 'page-title', (t) => t.trim() === HERE);
  await (await find(session, 'labels')).click();
  await find(session, 'labels-dialog');
  await (await find(session, 'labels-sheet')).findElement(By.css('option[value="l7160"]')).click();
  await (await find(session, 'labels-cell-2')).click();
  assert.equal(await (await find(session, 'labels-offset')).getAttribute('value'), '2');
  const company = await find(session, 'labels-company');
  await company.clear();
  await company.sendKeys('Parc E2E');
  await screenshot(session, 'labels-dialog');
  await (await find(session, 'labels-confirm')).click();
  const path = (await waitText(session, 'labels-path', (t) => t.trim() !== '', 60000)).trim();
  assert.ok(path.startsWith(ws.dir), `written to PARC_EXPORT_DIR (${ws.dir}), not ${path}`);
  assert.equal(readFileSync(path).subarray(0, 5).toString('latin1'), '%PDF-');
});

test('the CLI reads the results once the app is closed', async () => {
  await app.stop();
  app = null;
  const movedNow = show(moved.tag).asset;
  assert.equal(movedNow.locationId, roomId);
  assert.equal(movedNow.lastAudit, today());
  assert.equal(show(found.tag).asset.lastAudit, today());
  const missing = show(here[1].tag).asset;
  assert.match(missing.notes ?? '', new RegExp(`À vérifier.*${CAMPAIGN}`), missing.notes);
  assert.equal(missing.status, here[1].status, 'a missing asset "to check" keeps its status');
  assert.equal(missing.lastAudit, null);
});
