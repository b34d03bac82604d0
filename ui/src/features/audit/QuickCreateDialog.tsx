import { useState } from 'react';
import { useIntl } from 'react-intl';
import { Field } from '../../app/Field';
import { FormDialog } from '../../app/FormDialog';
import type { AssetKind } from '../../bindings';
import { useLanguage } from '../../i18n/LanguageProvider';
import * as ipc from '../../ipc';
import { emptyValues, toInput } from '../assets/formValues';
import { kindLabel } from '../assets/kinds';

/** An unknown tag to create, in the room where it was scanned. */
export type Unknown = { tag: string; roomId: string; roomName: string };

/**
 * Creates the asset of an unknown tag in a few keys: a name and a kind (the
 * focus starts there), and the tag as scanned (a misread label can be
 * corrected), in the room where it was scanned. `onCreated` then scans it
 * again, so that it counts as found. The rest is filled in later, from its page.
 * The screen mounts it anew for each tag (`key`), so its fields start empty.
 */
export function QuickCreateDialog({
  unknown,
  kinds,
  onClose,
  onClosed,
  onCreated,
}: {
  unknown: Unknown | null;
  kinds: readonly AssetKind[];
  onClose: () => void;
  /** Once closed, where the focus goes (back to scanning). */
  onClosed: () => void;
  onCreated: (unknown: Unknown) => void;
}) {
  const intl = useIntl();
  const { lang } = useLanguage();
  const [tag, setTag] = useState(unknown?.tag ?? '');
  const [name, setName] = useState('');
  const [kind, setKind] = useState('');

  const create = async (): Promise<string | null> => {
    if (!unknown) return null;
    if (tag.trim() === '' || name.trim() === '' || kind === '') {
      return intl.formatMessage({ id: 'audit.quickCreate.missing' });
    }
    try {
      await ipc.createAsset({
        ...toInput(emptyValues(tag)),
        name: name.trim(),
        kind,
        locationId: unknown.roomId,
      });
    } catch (error) {
      return ipc.toIpcError(error).message;
    }
    onCreated({ ...unknown, tag: tag.trim() });
    return null;
  };

  return (
    <FormDialog
      title={intl.formatMessage({ id: 'audit.quickCreate.title' }, { tag: unknown?.tag ?? '' })}
      description={
        unknown
          ? intl.formatMessage({ id: 'audit.quickCreate.body' }, { room: unknown.roomName })
          : undefined
      }
      confirm={intl.formatMessage({ id: 'audit.quickCreate.save' })}
      onConfirm={create}
      testId="quick-create"
      open={unknown !== null}
      onOpenChange={(open) => {
        if (!open) onClose();
      }}
      onClosed={onClosed}
    >
      <Field label={intl.formatMessage({ id: 'asset.field.name' })} name="quick-name" required>
        {(control) => (
          <input
            {...control}
            type="text"
            data-testid="quick-name"
            value={name}
            onChange={(event) => setName(event.target.value)}
          />
        )}
      </Field>
      <Field label={intl.formatMessage({ id: 'asset.field.kind' })} name="quick-kind" required>
        {(control) => (
          <select
            {...control}
            data-testid="quick-kind"
            value={kind}
            onChange={(event) => setKind(event.target.value)}
          >
            <option value="">{intl.formatMessage({ id: 'form.choose' })}</option>
            {kinds.map((k) => (
              <option key={k.code} value={k.code}>
                {kindLabel(kinds, k.code, lang)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field label={intl.formatMessage({ id: 'asset.field.tag' })} name="quick-tag" required>
        {(control) => (
          <input
            {...control}
            type="text"
            className="mono"
            data-testid="quick-tag"
            value={tag}
            onChange={(event) => setTag(event.target.value)}
          />
        )}
      </Field>
    </FormDialog>
  );
}
