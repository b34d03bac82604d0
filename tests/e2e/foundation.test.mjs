// The foundation, end to end: an encrypted database made by the CLI opens in
// the real window with its passphrase, the dashboard shows its figures, and
// the interface switches between French and English.

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { By } from 'selenium-webdriver';
import {
  find,
  launch,
  PASSPHRASE,
  parc,
  screenshot,
  textContent,
  waitText,
  workspace,
} from './harness.mjs';

const NAV = {
  fr: [
    'Tableau de bord',
    'Inventaire',
    'Tickets',
    'Licences',
    'Maintenance',
    'Rapports',
    'Paramètres',
  ],
  en: ['Dashboard', 'Inventory', 'Tickets', 'Licences', 'Maintenance', 'Reports', 'Settings'],
};
const NAV_IDS = [
  'dashboard',
  'inventory',
  'tickets',
  'licences',
  'maintenance',
  'reports',
  'settings',
];

let ws;
let app;

before(async () => {
  ws = workspace();
  parc(ws.env, 'init');
  parc(ws.env, 'demo', '--assets', '250');
  app = await launch(ws.env);
});

after(async () => {
  await app?.stop();
  ws?.cleanup();
});

async function navLabels(session) {
  const labels = [];
  for (const id of NAV_IDS)
    labels.push((await (await find(session, `nav-${id}`)).getText()).trim());
  return labels;
}

async function chooseLanguage(session, lang) {
  await (await find(session, 'nav-settings')).click();
  const select = await find(session, 'language-select');
  await select.findElement(By.css(`option[value="${lang}"]`)).click();
  await waitText(session, 'nav-dashboard', (t) => t.trim() === NAV[lang][0]);
}

test('a wrong passphrase is refused with a clear message, the right one unlocks', async () => {
  const { session } = app;
  await find(session, 'unlock-form');
  const field = await find(session, 'passphrase');
  await field.sendKeys('pas la bonne phrase');
  await (await find(session, 'unlock-submit')).click();
  const error = await waitText(session, 'unlock-error', (t) => t.length > 0);
  assert.match(error, /ne déverrouille pas|does not unlock/);
  await screenshot(session, 'unlock-error');

  await field.clear();
  await field.sendKeys(PASSPHRASE);
  await (await find(session, 'unlock-submit')).click();
  await find(session, 'dashboard');
  const count = await waitText(session, 'asset-count', (t) => /\d/.test(t));
  assert.equal(count.replace(/\D/g, ''), '250', `the dashboard counts the demo assets: ${count}`);
  await screenshot(session, 'dashboard');
});

test('the navigation reads in French, then in English, then in French again', async () => {
  const { session } = app;
  await chooseLanguage(session, 'fr');
  assert.deepEqual(await navLabels(session), NAV.fr);
  assert.equal(await session.executeScript('return document.documentElement.lang'), 'fr');

  await chooseLanguage(session, 'en');
  assert.deepEqual(await navLabels(session), NAV.en);
  await screenshot(session, 'settings-en');
  assert.equal(await session.executeScript('return document.documentElement.lang'), 'en');
  await (await find(session, 'nav-dashboard')).click();
  await waitText(session, 'page-title', (t) => t.trim() === 'Dashboard');

  await chooseLanguage(session, 'fr');
  await (await find(session, 'nav-dashboard')).click();
  await waitText(session, 'page-title', (t) => t.trim() === 'Tableau de bord');
});

test('the inventory lists and searches the encrypted data', async () => {
  const { session } = app;
  await (await find(session, 'nav-inventory')).click();
  await find(session, 'asset-table');
  await waitText(session, 'asset-count-label', (t) => t.replace(/\D/g, '') === '250');
  const search = await find(session, 'asset-search');
  await search.sendKeys('PARC-000042');
  await waitText(session, 'asset-count-label', (t) => t.replace(/\D/g, '') === '1');
  const table = await find(session, 'asset-table');
  await session.wait(
    async () => /PARC-000042/.test(await textContent(session, table)),
    20000,
    'row PARC-000042 never shown',
  );
  await screenshot(session, 'inventory-search');
});
