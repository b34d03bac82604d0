import { useCallback, useEffect, useState } from 'react';
import type { IpcError } from '../bindings';
import { toIpcError } from '../ipc';

export type Loaded<T> = { data: T | null; error: IpcError | null; retry: () => void };

/**
 * Runs `load` now and whenever it changes, keeping the last data while the next
 * answer comes (no flash of emptiness) and ignoring answers that arrive too late.
 * `load` must be stable: a module function or a `useCallback`.
 */
export function useLoad<T>(load: () => Promise<T>): Loaded<T> {
  const [state, setState] = useState<{ data: T | null; error: IpcError | null }>({
    data: null,
    error: null,
  });
  const [attempt, setAttempt] = useState(0);

  // biome-ignore lint/correctness/useExhaustiveDependencies: `attempt` is how `retry` asks for a new run.
  useEffect(() => {
    let current = true;
    load().then(
      (data) => {
        if (current) setState({ data, error: null });
      },
      (error: unknown) => {
        if (current) setState((previous) => ({ data: previous.data, error: toIpcError(error) }));
      },
    );
    return () => {
      current = false;
    };
  }, [load, attempt]);

  const retry = useCallback(() => setAttempt((n) => n + 1), []);
  return { ...state, retry };
}
