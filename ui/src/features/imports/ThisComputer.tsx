import { useState } from 'react';
import { FormattedMessage } from 'react-intl';
import { href } from '../../app/routes';
import type { ImportOutcome, IpcError, ThisComputerPlan } from '../../bindings';
import * as ipc from '../../ipc';
import { MachineFacts } from './PreviewCard';

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'planned'; plan: ThisComputerPlan }
  | { kind: 'saved'; outcome: ImportOutcome };

/**
 * "This computer": one action inventories the machine the app runs on
 * (hardware, system, software), shows what saving it would change, then
 * saves it, as an agent's inventory would be.
 */
export function ThisComputer() {
  const [state, setState] = useState<State>({ kind: 'idle' });
  const [error, setError] = useState<IpcError | null>(null);
  const act = async (step: () => Promise<State>) => {
    setError(null);
    setState({ kind: 'busy' });
    try {
      setState(await step());
    } catch (e) {
      setError(ipc.toIpcError(e));
      setState({ kind: 'idle' });
    }
  };
  return (
    <section className="import-step this-computer" data-testid="this-computer">
      <h2>
        <FormattedMessage id="import.thisComputer" />
      </h2>
      <p className="muted">
        <FormattedMessage id="import.thisComputerHint" />
      </p>
      {error && (
        <p className="field-error" role="alert">
          {error.message}
        </p>
      )}
      {(state.kind === 'idle' || state.kind === 'busy') && (
        <button
          type="button"
          className="button"
          data-testid="this-computer-scan"
          disabled={state.kind === 'busy'}
          onClick={() => act(async () => ({ kind: 'planned', plan: await ipc.planThisComputer() }))}
        >
          <FormattedMessage
            id={state.kind === 'busy' ? 'import.thisComputerBusy' : 'import.thisComputerScan'}
          />
        </button>
      )}
      {state.kind === 'planned' && (
        <>
          <MachineFacts machine={state.plan.machine} />
          <p data-testid="this-computer-fate">
            <FormattedMessage
              id={`import.thisComputer.${state.plan.plan.lines[0]?.fate ?? 'unchanged'}`}
              values={{
                tag: state.plan.plan.lines[0]?.key ?? '',
                changes: state.plan.plan.lines[0]?.changes.join(', ') ?? '',
              }}
            />
          </p>
          <button
            type="button"
            className="button button-primary"
            data-testid="this-computer-save"
            disabled={state.plan.plan.lines[0]?.fate === 'unchanged'}
            onClick={() =>
              act(async () => ({ kind: 'saved', outcome: await ipc.applyThisComputer() }))
            }
          >
            <FormattedMessage id="import.thisComputerSave" />
          </button>
        </>
      )}
      {state.kind === 'saved' && (
        <p role="status" data-testid="this-computer-saved">
          <FormattedMessage id="import.thisComputerSaved" />{' '}
          {state.outcome.assetId && (
            <a href={href.asset(state.outcome.assetId)}>{state.outcome.lines[0]?.key}</a>
          )}
        </p>
      )}
    </section>
  );
}
