import { useCallback, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { ConfirmButton } from '../../app/ConfirmButton';
import { Fact } from '../../app/Fact';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { href } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import type { AuditResult, CampaignDetail } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { AuditCounters } from './AuditCounters';
import { CampaignStatusBadge } from './CampaignStatusBadge';
import { CloseCampaignDialog } from './CloseCampaignDialog';
import { ExpectedList } from './ExpectedList';
import { ScanList } from './ScanList';
import { Scanner } from './Scanner';

/**
 * A campaign's page (`#/audits/<id>`): scanning while it is open, closing it
 * (apply) or abandoning it; once closed, what it found and what was applied.
 * The campaign lives in the database: reopening the page resumes it.
 */
export function CampaignPage({ id }: { id: string }) {
  const intl = useIntl();
  const load = useCallback(() => ipc.getCampaignDetail(id), [id]);
  const loaded = useLoad(load);
  // The campaign as the last scan or action answered it, newer than the load.
  const [latest, setLatest] = useState<CampaignDetail | null>(null);
  const [result, setResult] = useState<AuditResult | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const detail = latest ?? loaded.data;

  const reload = () =>
    ipc.getCampaignDetail(id).then(setLatest, (error: unknown) => {
      setProblem(ipc.toIpcError(error).message);
    });
  const cancel = async () => {
    try {
      await ipc.cancelCampaign(id);
      await reload();
    } catch (error) {
      setProblem(ipc.toIpcError(error).message);
    }
  };

  const trail = <a href={href.audits()}>{intl.formatMessage({ id: 'nav.audits' })}</a>;
  if (!detail) {
    return (
      <Page title={intl.formatMessage({ id: 'audit.title' })} trail={trail} testId="campaign-page">
        {loaded.error ? <LoadError error={loaded.error} retry={loaded.retry} /> : <Pending />}
      </Page>
    );
  }

  const { campaign } = detail;
  const open = campaign.status === 'open';
  return (
    <Page
      title={campaign.name}
      trail={trail}
      testId="campaign-page"
      actions={
        open && (
          <>
            <CloseCampaignDialog
              detail={detail}
              onApplied={(applied) => {
                setResult(applied);
                void reload();
              }}
            />
            <ConfirmButton
              label={intl.formatMessage({ id: 'audit.cancel' })}
              title={intl.formatMessage({ id: 'audit.cancelTitle' }, { name: campaign.name })}
              body={intl.formatMessage({ id: 'audit.cancelBody' })}
              confirm={intl.formatMessage({ id: 'audit.cancel' })}
              onConfirm={cancel}
              testId="cancel-campaign"
            />
          </>
        )
      }
    >
      <CampaignMeta detail={detail} />
      {problem && (
        <p className="notice notice-error" role="alert" data-testid="campaign-error">
          {problem}
        </p>
      )}
      {open ? (
        <Scanner detail={detail} onDetail={setLatest} />
      ) : (
        <>
          {result && <AppliedResult result={result} />}
          <AuditCounters detail={detail} />
          <div className="audit-lists">
            <ScanList scans={detail.scans} />
            <ExpectedList detail={detail} />
          </div>
        </>
      )}
    </Page>
  );
}

/** Where the campaign looks, when it started, and how it ended. */
function CampaignMeta({ detail }: { detail: CampaignDetail }) {
  const intl = useIntl();
  const format = useFormat();
  const { campaign } = detail;
  return (
    <p className="campaign-meta" data-testid="campaign-meta">
      <CampaignStatusBadge status={campaign.status} />{' '}
      <FormattedMessage
        id="audit.meta"
        values={{
          scope: campaign.scope?.name ?? intl.formatMessage({ id: 'audit.wholeFleet' }),
          started: format.dateTime(campaign.startedAt),
          expected: campaign.expected,
        }}
      />
      {campaign.closedAt && (
        <>
          {' · '}
          <FormattedMessage
            id={campaign.status === 'applied' ? 'audit.appliedAt' : 'audit.cancelledAt'}
            values={{ at: format.dateTime(campaign.closedAt) }}
          />
        </>
      )}
    </p>
  );
}

/** What `apply_campaign` did, right after closing. */
function AppliedResult({ result }: { result: AuditResult }) {
  const intl = useIntl();
  const format = useFormat();
  const facts = [
    ['moved', result.moved],
    ['markedLost', result.markedLost],
    ['markedToCheck', result.markedToCheck],
    ['audited', result.audited],
  ] as const;
  return (
    <section className="notice audit-result" role="status" data-testid="audit-result">
      <h2>
        <FormattedMessage id="audit.result.title" />
      </h2>
      <dl className="facts">
        {facts.map(([key, value]) => (
          <Fact key={key} label={intl.formatMessage({ id: `audit.result.${key}` })}>
            <span data-testid={`result-${key}`}>{format.number(value)}</span>
          </Fact>
        ))}
      </dl>
    </section>
  );
}
