import { useCallback } from 'react';
import { useLoad } from '../../app/useLoad';
import type { IpcError, PersonRow } from '../../bindings';
import * as ipc from '../../ipc';

/**
 * One person with their site and asset count. There is no command for one
 * person yet, so this reads the directory and picks them out.
 */
export function usePerson(id: string): {
  person: PersonRow | null;
  loaded: boolean;
  error: IpcError | null;
  retry: () => void;
} {
  const load = useCallback(
    () =>
      ipc
        .getPeople(null)
        .then((rows) => ({ row: rows.find((row) => row.person.id === id) ?? null })),
    [id],
  );
  const { data, error, retry } = useLoad(load);
  return { person: data?.row ?? null, loaded: data !== null, error, retry };
}
