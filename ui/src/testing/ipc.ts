import type { InvokeArgs } from '@tauri-apps/api/core';
import { mockIPC } from '@tauri-apps/api/mocks';

export type Call = { command: string; args: InvokeArgs | undefined };

type Handler = (args: InvokeArgs | undefined) => unknown;

/**
 * Mocks the Rust side with one handler per command and records every call.
 * A handler that throws makes `invoke` reject with what it threw, as Rust does
 * with its `{ code, message }` errors. `set_language` answers `null` unless given.
 * Without `events`, listening fails as it does outside a Tauri window.
 */
export function mockCommands(
  handlers: Record<string, Handler>,
  options: { events?: boolean } = {},
): Call[] {
  const calls: Call[] = [];
  const all: Record<string, Handler> = { set_language: () => null, ...handlers };
  mockIPC(
    (command, args) => {
      calls.push({ command, args });
      const handler = all[command];
      if (!handler) throw new Error(`no mock for the command ${command}`);
      return handler(args);
    },
    // With `events`, Tauri's own mock delivers `emit` to `listen` (drag and drop).
    { shouldMockEvents: options.events === true },
  );
  return calls;
}

export function callsOf(calls: Call[], command: string): Array<InvokeArgs | undefined> {
  return calls.filter((call) => call.command === command).map((call) => call.args);
}
