import { useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Page } from '../../app/Page';
import { href } from '../../app/routes';
import type { ImportOutcome, ImportPreview, IpcError, Mapping } from '../../bindings';
import * as ipc from '../../ipc';
import { FilePicker } from './FilePicker';
import { ImportRunning } from './ImportRunning';
import { LinesTable } from './LinesTable';
import { identifies, MappingTable } from './MappingTable';
import { PreviewCard } from './PreviewCard';
import { ReconciliationView } from './ReconciliationView';
import { SummaryCounts } from './SummaryCounts';
import { ThisComputer } from './ThisComputer';

/** Where the wizard stands: each step keeps what the earlier ones found. */
type Stage =
  | { kind: 'choose' }
  | { kind: 'ready'; preview: ImportPreview; mapping: Mapping | null }
  | { kind: 'running'; preview: ImportPreview; mapping: Mapping | null; dryRun: boolean }
  | { kind: 'planned'; preview: ImportPreview; mapping: Mapping | null; plan: ImportOutcome }
  | { kind: 'done'; preview: ImportPreview; outcome: ImportOutcome };

/**
 * The import wizard (`#/import`): choose a file (or inventory this computer),
 * check an asset table's columns, try it (every line's fate, each error by
 * line and column, nothing written), then import it in one transaction with a
 * progress bar and a cancel button, and read the summary.
 */
export function ImportPage() {
  const intl = useIntl();
  const [stage, setStage] = useState<Stage>({ kind: 'choose' });
  const [error, setError] = useState<IpcError | null>(null);

  const inspect = async (path: string) => {
    setError(null);
    try {
      const preview = await ipc.inspectImport(path);
      setStage({ kind: 'ready', preview, mapping: preview.table?.mapping ?? null });
    } catch (e) {
      setError(ipc.toIpcError(e));
    }
  };

  const run = async (preview: ImportPreview, mapping: Mapping | null, dryRun: boolean) => {
    setError(null);
    const back: Stage = { kind: 'ready', preview, mapping };
    setStage({ kind: 'running', preview, mapping, dryRun });
    try {
      const outcome = await ipc.runImport(preview.path, mapping, dryRun);
      setStage(
        dryRun
          ? { kind: 'planned', preview, mapping, plan: outcome }
          : { kind: 'done', preview, outcome },
      );
    } catch (e) {
      setError(ipc.toIpcError(e));
      setStage(back);
    }
  };

  const restart = () => {
    setError(null);
    setStage({ kind: 'choose' });
  };

  return (
    <Page
      title={intl.formatMessage({ id: 'import.title' })}
      testId="import"
      trail={
        <a href={href.section('inventory')}>
          <FormattedMessage id="nav.inventory" />
        </a>
      }
    >
      {error && (
        <div className="notice notice-error" role="alert" data-testid="import-error">
          <p>{error.message}</p>
        </div>
      )}
      {stage.kind === 'choose' && (
        <>
          <FilePicker onPath={inspect} />
          <ThisComputer />
        </>
      )}
      {stage.kind !== 'choose' && <PreviewCard preview={stage.preview} onOther={restart} />}
      {stage.kind === 'ready' && (
        <Ready
          preview={stage.preview}
          mapping={stage.mapping}
          onMapping={(mapping) => setStage({ ...stage, mapping })}
          onTry={() => run(stage.preview, stage.mapping, true)}
        />
      )}
      {stage.kind === 'running' && <ImportRunning dryRun={stage.dryRun} />}
      {stage.kind === 'planned' && (
        <Planned
          plan={stage.plan}
          onImport={() => run(stage.preview, stage.mapping, false)}
          onAgain={() => inspect(stage.preview.path)}
          onMapping={
            stage.preview.table
              ? () => setStage({ kind: 'ready', preview: stage.preview, mapping: stage.mapping })
              : null
          }
        />
      )}
      {stage.kind === 'done' && <Done outcome={stage.outcome} onOther={restart} />}
    </Page>
  );
}

function Ready({
  preview,
  mapping,
  onMapping,
  onTry,
}: {
  preview: ImportPreview;
  mapping: Mapping | null;
  onMapping: (mapping: Mapping) => void;
  onTry: () => void;
}) {
  const mappable = mapping === null || identifies(mapping);
  const compare = preview.format === 'ad_computers_csv';
  return (
    <section className="import-step" data-testid="import-ready">
      {preview.table && mapping && (
        <>
          <h2>
            <FormattedMessage id="import.mappingTitle" />
          </h2>
          <p className="muted">
            <FormattedMessage id="import.mappingHint" />
          </p>
          <MappingTable table={preview.table} mapping={mapping} onChange={onMapping} />
          {!mappable && (
            <p className="field-error" role="alert" data-testid="mapping-error">
              <FormattedMessage id="import.mappingMissing" />
            </p>
          )}
        </>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="import-try"
          disabled={!mappable}
          onClick={onTry}
        >
          <FormattedMessage id={compare ? 'import.compare' : 'import.try'} />
        </button>
        {!compare && (
          <span className="muted">
            <FormattedMessage id="import.tryHint" />
          </span>
        )}
      </div>
    </section>
  );
}

function Planned({
  plan,
  onImport,
  onAgain,
  onMapping,
}: {
  plan: ImportOutcome;
  onImport: () => void;
  onAgain: () => void;
  onMapping: (() => void) | null;
}) {
  if (plan.reconciliation) {
    return <ReconciliationView reconciliation={plan.reconciliation} />;
  }
  const rejected = plan.summary.rejected;
  const writes = plan.summary.created + plan.summary.updated;
  return (
    <section className="import-step" data-testid="import-planned">
      <h2>
        <FormattedMessage id="import.planTitle" />
      </h2>
      <SummaryCounts summary={plan.summary} />
      {plan.matchedBy && (
        <p data-testid="import-matched">
          <FormattedMessage id="import.matchedBy" values={{ how: plan.matchedBy }} />
        </p>
      )}
      {rejected > 0 ? (
        <p className="notice notice-error" role="alert" data-testid="import-blocked">
          <FormattedMessage id="import.blocked" values={{ count: rejected }} />
        </p>
      ) : (
        <p data-testid="import-ok">
          {writes === 0 ? (
            <FormattedMessage id="import.planNothing" />
          ) : (
            <FormattedMessage id="import.planOk" values={{ count: writes }} />
          )}
        </p>
      )}
      <div className="form-actions">
        <button
          type="button"
          className="button button-primary"
          data-testid="import-apply"
          disabled={rejected > 0 || writes === 0}
          onClick={onImport}
        >
          <FormattedMessage id="import.apply" />
        </button>
        <button type="button" className="button" data-testid="import-again" onClick={onAgain}>
          <FormattedMessage id="import.again" />
        </button>
        {onMapping && (
          <button type="button" className="button" onClick={onMapping}>
            <FormattedMessage id="import.backToMapping" />
          </button>
        )}
      </div>
      <LinesTable lines={plan.lines} />
    </section>
  );
}

function Done({ outcome, onOther }: { outcome: ImportOutcome; onOther: () => void }) {
  return (
    <section className="import-step" data-testid="import-done">
      <h2>
        <FormattedMessage id="import.doneTitle" />
      </h2>
      <SummaryCounts summary={outcome.summary} />
      <div className="form-actions">
        {outcome.assetId ? (
          <a className="button button-primary" href={href.asset(outcome.assetId)}>
            <FormattedMessage id="import.openAsset" />
          </a>
        ) : (
          <a className="button button-primary" href={href.section('inventory')}>
            <FormattedMessage id="import.toInventory" />
          </a>
        )}
        <button type="button" className="button" data-testid="import-other" onClick={onOther}>
          <FormattedMessage id="import.other" />
        </button>
      </div>
    </section>
  );
}
