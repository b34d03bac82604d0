import type { InvokeArgs } from '@tauri-apps/api/core';
import { mockIPC } from '@tauri-apps/api/mocks';

export type Call = { command: string; args: InvokeArgs | undefined };

type Handler = (args: InvokeArgs | undefined) => unknown;

/**
 * Mocks the Rust side with one handler per command and records every call.
 * A handler that throws makes `invoke` reject with what it threw, as Rust does
 * with its `{ code, message }` errors. `set_language` answers `null` unless given.
 */
export function mockCommands(handlers: Record<string, Handler>): Call[] {
  const calls: Call[] = [];
  const all: Record<string, Handler> = { set_language: () => null, ...handlers };
  mockIPC((command, args) => {
    calls.push({ command, args });
    const handler = all[command];
    if (!handler) throw new Error(`no mock for the command ${command}`);
    return handler(args);
  });
  return calls;
}

export function callsOf(calls: Call[], command: string): Array<InvokeArgs | undefined> {
  return calls.filter((call) => call.command === command).map((call) => call.args);
}
