/**
 * The IPC boundary: the only module that imports `@tauri-apps/api`. Each Tauri
 * command has one typed function here; the rest of the UI calls these. Every
 * rejection is an `IpcError`, so screens branch on its `code`, never on its text.
 */
import { type InvokeArgs, invoke } from '@tauri-apps/api/core';
import type {
  AssetQuery,
  AssetRow,
  Dashboard,
  ErrorCode,
  IpcError,
  Lang,
  SessionState,
} from '../bindings';

/** Every code of `ErrorCode`; the type makes a code added on the Rust side fail to compile here. */
const ERROR_CODES: Record<ErrorCode, true> = {
  wrong_key: true,
  not_parc_database: true,
  newer_schema: true,
  corrupt: true,
  passphrase_required: true,
  weak_passphrase: true,
  keyring: true,
  not_found: true,
  already_exists: true,
  invalid: true,
  locked: true,
  io: true,
  internal: true,
};

function isErrorCode(code: unknown): code is ErrorCode {
  return typeof code === 'string' && Object.hasOwn(ERROR_CODES, code);
}

/** Returns an `IpcError` as is, and wraps anything else as an `internal` one. */
export function toIpcError(error: unknown): IpcError {
  if (typeof error === 'object' && error !== null && 'code' in error && 'message' in error) {
    const { code, message } = error;
    if (isErrorCode(code) && typeof message === 'string') return { code, message };
  }
  return { code: 'internal', message: String(error) };
}

async function call<T>(command: string, args?: InvokeArgs): Promise<T> {
  try {
    return await invoke<T>(command, args);
  } catch (error) {
    throw toIpcError(error);
  }
}

export function getSessionState(): Promise<SessionState> {
  return call('session_state');
}

/** Creates the encrypted database; `null` keeps its key in the OS keyring only. */
export function createDatabase(passphrase: string | null): Promise<SessionState> {
  return call('create_database', { passphrase });
}

export function unlock(passphrase: string, remember: boolean): Promise<SessionState> {
  return call('unlock', { passphrase, remember });
}

/** Tells the Rust side the interface language, so its error messages match. */
export async function setLanguage(lang: Lang): Promise<void> {
  await call<null>('set_language', { lang });
}

export function getDashboard(): Promise<Dashboard> {
  return call('dashboard');
}

/** A page of the inventory and the number of matching assets. */
export interface AssetPage {
  total: number;
  rows: AssetRow[];
}

/** One page of the inventory; the count is a separate query on the Rust side, run alongside. */
export async function listAssets(query: AssetQuery): Promise<AssetPage> {
  const [rows, total] = await Promise.all([
    call<AssetRow[]>('list_assets', { query }),
    call<number>('count_assets', { query }),
  ]);
  return { total, rows };
}
