import { useCallback, useState } from 'react';
import { FormattedMessage, useIntl } from 'react-intl';
import { Fact } from '../../app/Fact';
import { Page } from '../../app/Page';
import { RecordPending } from '../../app/RecordPage';
import { href } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import type { ChangeDetail, ChangeStatus, ItilChange, Relation, SevenR } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { ChangeStatusBadge, changeNumber } from './ChangeStatusBadge';

/** The answer a change gives to each R, as the page shows it. */
function answerOf(
  r: SevenR,
  change: ItilChange,
  detail: ChangeDetail,
  l: (id: MessageId) => string,
) {
  switch (r) {
    case 'requested':
      return [change.requestedBy, detail.requester?.name].filter(Boolean).join(' · ');
    case 'reason':
      return change.reason;
    case 'return':
      return change.expectedReturn;
    case 'risks':
      return change.risks;
    case 'resources':
      return change.resources;
    case 'responsible':
      return [
        [l('change.field.responsibleBuild'), change.responsibleBuild],
        [l('change.field.responsibleTest'), change.responsibleTest],
        [l('change.field.responsibleDeploy'), change.responsibleDeploy],
      ]
        .filter(([, who]) => who !== '')
        .map(([role, who]) => `${role} : ${who}`)
        .join(' · ');
    case 'relationships':
      return [...detail.relations.map((r) => r.label), change.relationshipsNote]
        .filter(Boolean)
        .join(' · ');
  }
}

function relationHref(relation: Relation): string {
  switch (relation.kind) {
    case 'asset':
      return href.asset(relation.id);
    case 'ticket':
      return href.ticket(relation.id);
    case 'change':
      return href.change(relation.id);
  }
}

/**
 * A change's page (`#/changes/<id>`): the seven R as a checklist, the next
 * statuses as buttons (the core refuses approval while an R is unanswered,
 * and says which), the window, the rollback plan, what it relates to and
 * the assets it touches.
 */
export function ChangePage({ id }: { id: string }) {
  const intl = useIntl();
  const format = useFormat();
  const load = useCallback(() => ipc.getChangeDetail(id), [id]);
  const loaded = useLoad(load);
  const [written, setWritten] = useState<ChangeDetail | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const detail = written ?? loaded.data;
  const l = (message: MessageId) => intl.formatMessage({ id: message });
  const trail = <a href={href.changes()}>{l('helpdesk.tab.changes')}</a>;

  if (!detail) {
    return (
      <RecordPending
        title={l('change.title')}
        trail={trail}
        testId="change-page"
        loaded={loaded.data !== null}
        error={loaded.error}
        retry={loaded.retry}
      />
    );
  }

  const advance = async (to: ChangeStatus) => {
    setBusy(true);
    try {
      setWritten(await ipc.advanceChange(id, to));
      setProblem(null);
    } catch (failure) {
      setProblem(ipc.toIpcError(failure).message);
    }
    setBusy(false);
  };

  const { change } = detail;
  const answered = detail.sevenR.filter((r) => r.answered).length;
  const final = detail.next.length === 0;
  return (
    <Page
      title={
        <>
          <span className="mono ticket-number" data-testid="change-number">
            {changeNumber(detail.number)}
          </span>{' '}
          {change.title}
        </>
      }
      trail={trail}
      testId="change-page"
      actions={
        !final && (
          <a className="button" href={href.editChange(id)} data-testid="edit-button">
            <FormattedMessage id="common.edit" />
          </a>
        )
      }
    >
      {problem && (
        <p className="notice notice-error" role="alert" data-testid="change-error">
          {problem}
        </p>
      )}
      <div className="ticket-actions">
        <ChangeStatusBadge status={change.status} testId="change-status" />
        {detail.next.map((to) => (
          <button
            key={to}
            type="button"
            className={to === 'refused' || to === 'cancelled' ? 'button button-danger' : 'button'}
            data-testid={`advance-${to}`}
            disabled={busy}
            onClick={() => advance(to)}
          >
            {intl.formatMessage(
              { id: 'change.advanceTo' },
              { status: intl.formatMessage({ id: `changeStatus.${to}` }) },
            )}
          </button>
        ))}
      </div>
      <div className="record">
        <section className="record-section record-wide" aria-labelledby="change-seven-r">
          <h2 id="change-seven-r">
            {intl.formatMessage({ id: 'change.sevenR' }, { answered, total: detail.sevenR.length })}
          </h2>
          <ul className="checklist" data-testid="seven-r">
            {detail.sevenR.map((r) => (
              <li key={r.r} data-testid="seven-r-item" data-r={r.r} data-answered={r.answered}>
                <span className={r.answered ? 'check-mark check-yes' : 'check-mark check-no'}>
                  {r.answered ? '✓' : '✗'}
                  <span className="visually-hidden">
                    {l(r.answered ? 'change.answered' : 'change.unanswered')}
                  </span>
                </span>
                <div>
                  <p className="checklist-question">{r.question}</p>
                  {r.answered && (
                    <p className="checklist-answer">{answerOf(r.r, change, detail, l)}</p>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
        <section className="record-section" aria-labelledby="change-plan">
          <h2 id="change-plan">
            <FormattedMessage id="change.section.plan" />
          </h2>
          <dl className="facts">
            <Fact label={l('change.field.windowStart')}>
              {change.windowStart && format.dateTime(change.windowStart)}
            </Fact>
            <Fact label={l('change.field.windowEnd')}>
              {change.windowEnd && format.dateTime(change.windowEnd)}
            </Fact>
            <Fact label={l('change.field.created')}>{format.dateTime(change.createdAt)}</Fact>
            <Fact label={l('change.field.updated')}>{format.dateTime(change.updatedAt)}</Fact>
          </dl>
          <h3 className="subheading">
            <FormattedMessage id="change.field.rollbackPlan" />
          </h3>
          {change.rollbackPlan ? (
            <p className="notes" data-testid="change-rollback">
              {change.rollbackPlan}
            </p>
          ) : (
            <p className="empty">
              <FormattedMessage id="change.noRollback" />
            </p>
          )}
        </section>
        <section className="record-section" aria-labelledby="change-links">
          <h2 id="change-links">
            <FormattedMessage id="change.section.links" />
          </h2>
          <h3 className="subheading">
            <FormattedMessage id="change.field.relations" />
          </h3>
          {detail.relations.length === 0 ? (
            <p className="empty">{change.relationshipsNote || l('change.noRelations')}</p>
          ) : (
            <ul className="plain-list" data-testid="change-relations">
              {detail.relations.map((r) => (
                <li key={`${r.relation.kind}-${r.relation.id}`}>
                  <span className="muted">{l(`change.relation.${r.relation.kind}`)} </span>
                  <a href={relationHref(r.relation)}>{r.label}</a>
                </li>
              ))}
            </ul>
          )}
          <h3 className="subheading">
            <FormattedMessage id="change.field.affected" />
          </h3>
          {detail.affected.length === 0 ? (
            <p className="empty">
              <FormattedMessage id="change.noAffected" />
            </p>
          ) : (
            <ul className="plain-list" data-testid="change-affected">
              {detail.affected.map((asset) => (
                <li key={asset.id}>
                  <a href={href.asset(asset.id)}>{asset.name}</a>
                </li>
              ))}
            </ul>
          )}
        </section>
      </div>
    </Page>
  );
}
