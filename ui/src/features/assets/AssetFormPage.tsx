import { useCallback } from 'react';
import { useIntl } from 'react-intl';
import { LoadError } from '../../app/LoadError';
import { Page } from '../../app/Page';
import { Pending } from '../../app/Pending';
import { goBack, href, navigate } from '../../app/routes';
import { useLoad } from '../../app/useLoad';
import type { AssetKind, LocationNode, Supplier } from '../../bindings';
import { useFormat } from '../../i18n/useFormat';
import * as ipc from '../../ipc';
import { AssetForm } from './AssetForm';
import { type AssetValues, emptyValues, toInput, valuesOfAsset, valuesOfInput } from './formValues';

type Choices = { kinds: AssetKind[]; locations: LocationNode[]; suppliers: Supplier[] };

function loadChoices(): Promise<Choices> {
  return Promise.all([ipc.getAssetKinds(), ipc.getLocationTree(), ipc.getSuppliers()]).then(
    ([kinds, locations, suppliers]) => ({ kinds, locations, suppliers }),
  );
}

/**
 * Creates an asset (`#/assets/new`, prefilled with the next tag, or from
 * `duplicate_asset` for a twin) or edits one (`#/assets/<id>/edit`).
 */
export function AssetFormPage({
  id,
  duplicateOf,
}: {
  id: string | null;
  duplicateOf: string | null;
}) {
  const intl = useIntl();
  const format = useFormat();
  const { decimal } = format;

  const loadInitial = useCallback(async (): Promise<AssetValues> => {
    if (id) {
      const detail = await ipc.getAssetDetail(id);
      return valuesOfAsset(detail.asset, detail.assignee, decimal);
    }
    if (duplicateOf) return valuesOfInput(await ipc.duplicateAsset(duplicateOf), null, decimal);
    // The form still opens if the next tag cannot be read: Rust fills an empty tag in.
    return emptyValues(await ipc.getNextAssetTag().catch(() => ''));
  }, [id, duplicateOf, decimal]);
  const initial = useLoad(loadInitial);
  const choices = useLoad(loadChoices);

  const back = id
    ? href.asset(id)
    : duplicateOf
      ? href.asset(duplicateOf)
      : href.section('inventory');
  const save = async (values: AssetValues) => {
    const saved = id
      ? await ipc.updateAsset(id, toInput(values))
      : await ipc.createAsset(toInput(values));
    navigate(href.asset(saved.id));
  };

  const title = intl.formatMessage({
    id: id ? 'asset.editTitle' : duplicateOf ? 'asset.duplicateTitle' : 'asset.newTitle',
  });
  const error = initial.error ?? choices.error;
  return (
    <Page
      title={title}
      testId="asset-form-page"
      trail={<a href={href.section('inventory')}>{intl.formatMessage({ id: 'nav.inventory' })}</a>}
    >
      {error && (
        <LoadError
          error={error}
          retry={() => {
            initial.retry();
            choices.retry();
          }}
        />
      )}
      {initial.data && choices.data ? (
        <AssetForm
          initial={initial.data}
          kinds={choices.data.kinds}
          locations={choices.data.locations}
          suppliers={choices.data.suppliers}
          onSave={save}
          onCancel={() => goBack(back)}
        />
      ) : (
        !error && <Pending />
      )}
    </Page>
  );
}
