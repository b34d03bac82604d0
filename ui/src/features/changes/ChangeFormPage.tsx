import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { goBack, href, navigate } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import * as ipc from '../../ipc';
import { ChangeForm } from './ChangeForm';
import { changeNumber } from './ChangeStatusBadge';
import { type ChangeValues, EMPTY_CHANGE, toChangeInput, valuesOfChange } from './changeValues';

/** Creates a change (`#/changes/new`) or edits one (`#/changes/<id>/edit`). */
export function ChangeFormPage({ id }: { id: string | null }) {
  const intl = useIntl();
  const load = useCallback(async () => (id ? ipc.getChangeDetail(id) : null), [id]);
  const { data, error, retry } = useLoad(load);
  const save = async (values: ChangeValues) => {
    const saved = id
      ? await ipc.updateChange(id, toChangeInput(values))
      : await ipc.createChange(toChangeInput(values));
    navigate(href.change(saved.change.id));
  };
  const title = data
    ? intl.formatMessage({ id: 'change.editTitle' }, { number: changeNumber(data.number) })
    : intl.formatMessage({ id: 'change.newTitle' });
  const ready = id === null ? !error : data !== null;
  return (
    <Page
      title={title}
      testId="change-form-page"
      trail={<a href={href.changes()}>{intl.formatMessage({ id: 'helpdesk.tab.changes' })}</a>}
    >
      {error && <LoadError error={error} retry={retry} />}
      {!ready && !error && <Pending />}
      {ready && (
        <ChangeForm
          key={data?.change.id ?? 'new'}
          initial={data ? valuesOfChange(data) : EMPTY_CHANGE}
          onSave={save}
          onCancel={() => goBack(id ? href.change(id) : href.changes())}
        />
      )}
    </Page>
  );
}
