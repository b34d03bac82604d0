// Starts tauri-driver and a WebDriver session on the real Parc binary, with a
// temporary database of its own and no OS keyring (passphrase mode).

import { spawn, spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { Builder, By, until } from 'selenium-webdriver';

export const root = resolve(import.meta.dirname, '..', '..');
const target = process.env.CARGO_TARGET_DIR ?? join(root, 'target');
export const appBinary = process.env.PARC_APP_BINARY ?? join(target, 'debug', 'parc-app');
export const cliBinary = process.env.PARC_CLI_BINARY ?? join(target, 'debug', 'parc');
const driverBinary = process.env.TAURI_DRIVER ?? join(homedir(), '.cargo', 'bin', 'tauri-driver');

export const PASSPHRASE = 'une phrase de passe de test';

/** Runs the `parc` CLI on the test database; throws with its stderr on failure. */
export function parc(env, ...args) {
  const r = spawnSync(cliBinary, args, {
    env: { ...process.env, ...env },
    encoding: 'utf8',
  });
  if (r.error)
    throw new Error(
      `cannot run ${cliBinary} (build it, or set CARGO_TARGET_DIR): ${r.error.message}`,
    );
  if (r.status !== 0) throw new Error(`parc ${args.join(' ')} exited ${r.status}: ${r.stderr}`);
  return r.stdout;
}

/** A fresh temporary folder with the environment the app and the CLI share. */
export function workspace() {
  const dir = mkdtempSync(join(tmpdir(), 'parc-e2e-'));
  const env = {
    PARC_DB: join(dir, 'e2e.db'),
    PARC_KEYRING: 'off',
    PARC_PASSPHRASE: PASSPHRASE,
    // Keep the webview's own data (localStorage) inside the test folder.
    XDG_DATA_HOME: join(dir, 'data'),
    XDG_CONFIG_HOME: join(dir, 'config'),
    XDG_CACHE_HOME: join(dir, 'cache'),
  };
  return {
    dir,
    env,
    // The app may still be writing its caches for a moment after the driver
    // stops: retry, and a folder left in /tmp is a warning, not a failure.
    cleanup: () => {
      try {
        rmSync(dir, { recursive: true, force: true, maxRetries: 10, retryDelay: 200 });
      } catch (error) {
        console.warn(`could not remove ${dir}: ${error.message}`);
      }
    },
  };
}

/** The processes running the app binary, read from /proc (no procps needed). */
function appPids() {
  const pids = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const argv0 = readFileSync(`/proc/${entry}/cmdline`, 'utf8').split('\0')[0];
      if (argv0 === appBinary) pids.push(Number(entry));
    } catch {
      // the process ended while being read
    }
  }
  return pids;
}

/** Starts tauri-driver and opens the app window; returns the driver and a stop function. */
export async function launch(env) {
  // The app must not see the passphrase: it has to be typed in the window.
  const appEnv = { ...process.env, ...env };
  delete appEnv.PARC_PASSPHRASE;
  const driver = spawn(driverBinary, ['--port', '4444'], {
    env: appEnv,
    stdio: ['ignore', 'inherit', 'inherit'],
  });
  const exited = new Promise((res) => driver.once('exit', res));
  for (let i = 0; ; i++) {
    try {
      const r = await fetch('http://127.0.0.1:4444/status');
      if (r.ok) break;
    } catch {
      // not listening yet
    }
    if (i > 100) throw new Error('tauri-driver did not start on port 4444');
    await sleep(100);
  }
  const session = await new Builder()
    .usingServer('http://127.0.0.1:4444/')
    .withCapabilities({
      browserName: 'wry',
      'tauri:options': { application: appBinary },
    })
    .build();
  const stop = async () => {
    try {
      await session.quit();
    } finally {
      // The app closes when the session ends, but on a loaded machine it may
      // still be exiting: killing the driver then orphans it, and an orphan
      // keeps the test runner's output open (the run never ends). Wait for
      // it, and end it if it lingers.
      for (let i = 0; i < 100 && appPids().length > 0; i++) await sleep(100);
      for (const pid of appPids()) {
        try {
          process.kill(pid, 'SIGTERM');
        } catch {
          // already gone
        }
      }
      driver.kill();
      await exited;
    }
  };
  return { session, stop };
}

export const byTestId = (id) => By.css(`[data-testid="${id}"]`);

/** Waits for an element by test id and returns it once visible. */
export async function find(session, id, timeout = 20000) {
  const el = await session.wait(
    until.elementLocated(byTestId(id)),
    timeout,
    `no [data-testid=${id}]`,
  );
  await session.wait(until.elementIsVisible(el), timeout, `[data-testid=${id}] stays hidden`);
  return el;
}

/** Waits until the element's text satisfies `predicate`; returns the text. */
export async function waitText(session, id, predicate, timeout = 20000) {
  let last = '';
  await session.wait(
    async () => {
      try {
        last = await (await session.findElement(byTestId(id))).getText();
        return predicate(last);
      } catch {
        return false;
      }
    },
    timeout,
    `[data-testid=${id}] never matched; last text: ${JSON.stringify(last)}`,
  );
  return last;
}

/** Saves a screenshot of the window when PARC_E2E_SCREENSHOTS names a folder. */
export async function screenshot(session, name) {
  const dir = process.env.PARC_E2E_SCREENSHOTS;
  if (!dir) return;
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, `${name}.png`), await session.takeScreenshot(), 'base64');
}

/**
 * The text of an element as the DOM holds it. WebDriver's getText() computes
 * "visible" text and misses the cells of the virtualised table (CSS grid rows),
 * so table contents are read this way.
 */
export function textContent(session, element) {
  return session.executeScript('return arguments[0].textContent', element);
}

/** Clears an input and types into it. */
export async function typeInto(session, id, text) {
  const input = await find(session, id);
  await input.clear();
  await input.sendKeys(text);
  return input;
}

/** Types the passphrase in the unlock form, then switches the interface to French. */
export async function unlockInFrench(session) {
  await find(session, 'unlock-form');
  await (await find(session, 'passphrase')).sendKeys(PASSPHRASE);
  await (await find(session, 'unlock-submit')).click();
  await find(session, 'dashboard');
  await (await find(session, 'nav-settings')).click();
  await (await find(session, 'language-select')).findElement(By.css('option[value="fr"]')).click();
  await waitText(session, 'nav-inventory', (t) => t.trim() === 'Inventaire');
}
