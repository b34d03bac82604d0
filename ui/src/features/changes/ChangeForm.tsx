import { useIntl } from 'react-intl';
import { Field } from '../../app/Field';
import { FormFrame } from '../../app/FormFrame';
import { FormSection } from '../../app/FormSection';
import { useRecordForm } from '../../app/useRecordForm';
import type { MessageId } from '../../i18n/fr';
import { AssetPicker } from '../assets/AssetPicker';
import { PersonPicker } from '../people/PersonPicker';
import { type ChangeValues, validateChange } from './changeValues';

type TextKey = {
  [K in keyof ChangeValues]: ChangeValues[K] extends string ? K : never;
}[keyof ChangeValues];

/**
 * The change form: its title, then one group per R, titled by the question
 * it answers, then the plan (window, rollback, affected assets).
 */
export function ChangeForm({
  initial,
  onSave,
  onCancel,
}: {
  initial: ChangeValues;
  onSave: (values: ChangeValues) => Promise<void>;
  onCancel: () => void;
}) {
  const intl = useIntl();
  const { values, errors, serverError, pending, form, set, submit } = useRecordForm({
    initial,
    validate: validateChange,
    onSave,
    firstField: 'title',
  });
  const l = (id: MessageId) => intl.formatMessage({ id });

  const text = (
    field: TextKey,
    label: MessageId,
    options: {
      long?: boolean;
      wide?: boolean;
      required?: boolean;
      type?: 'text' | 'datetime-local';
    } = {},
  ) => {
    const problem = errors[field];
    return (
      <Field
        label={l(label)}
        name={field}
        error={problem ? l(problem) : null}
        required={options.required}
        wide={options.long || options.wide}
      >
        {(control) =>
          options.long ? (
            <textarea
              {...control}
              data-testid={`field-${field}`}
              rows={3}
              value={values[field]}
              onChange={(event) => set(field, event.target.value)}
            />
          ) : (
            <input
              {...control}
              type={options.type ?? 'text'}
              data-testid={`field-${field}`}
              value={values[field]}
              onChange={(event) => set(field, event.target.value)}
            />
          )
        }
      </Field>
    );
  };
  const r = (n: number, question: MessageId) =>
    intl.formatMessage({ id: 'change.rLegend' }, { n, question: l(question) });

  return (
    <FormFrame
      formRef={form}
      testId="change-form"
      onSubmit={submit}
      onCancel={onCancel}
      pending={pending}
      serverError={serverError}
    >
      <FormSection title={l('change.section.change')} hideTitle>
        {text('title', 'change.field.title', { required: true, wide: true })}
      </FormSection>
      <FormSection title={r(1, 'change.r.requested')} testId="r-requested">
        {text('requestedBy', 'change.field.requestedBy')}
        <Field label={l('change.field.requester')} name="requester">
          {(control) => (
            <PersonPicker
              control={control}
              value={values.requester}
              onChange={(person) => set('requester', person)}
              label={l('change.field.requester')}
              placeholder={l('form.nobody')}
              testId="field-requester"
            />
          )}
        </Field>
      </FormSection>
      <FormSection title={r(2, 'change.r.reason')} testId="r-reason">
        {text('reason', 'change.field.reason', { long: true })}
      </FormSection>
      <FormSection title={r(3, 'change.r.return')} testId="r-return">
        {text('expectedReturn', 'change.field.expectedReturn', { long: true })}
      </FormSection>
      <FormSection title={r(4, 'change.r.risks')} testId="r-risks">
        {text('risks', 'change.field.risks', { long: true })}
      </FormSection>
      <FormSection title={r(5, 'change.r.resources')} testId="r-resources">
        {text('resources', 'change.field.resources', { long: true })}
      </FormSection>
      <FormSection title={r(6, 'change.r.responsible')} testId="r-responsible">
        {text('responsibleBuild', 'change.field.responsibleBuild')}
        {text('responsibleTest', 'change.field.responsibleTest')}
        {text('responsibleDeploy', 'change.field.responsibleDeploy')}
      </FormSection>
      <FormSection title={r(7, 'change.r.relationships')} testId="r-relationships">
        <Field label={l('change.field.relatedAssets')} name="relatedAssets" wide>
          {(control) => (
            <AssetPicker
              control={control}
              value={values.relatedAssets}
              onChange={(assets) => set('relatedAssets', assets)}
              label={l('change.field.relatedAssets')}
              testId="field-relatedAssets"
            />
          )}
        </Field>
        {values.otherRelations.length > 0 && (
          <ul className="chips field-wide" data-testid="other-relations">
            {values.otherRelations.map((relation) => (
              <li key={relation.relation.id} className="chip">
                <span>
                  {l(`change.relation.${relation.relation.kind}`)} {relation.label}
                </span>
                <button
                  type="button"
                  className="chip-remove"
                  aria-label={intl.formatMessage(
                    { id: 'assetPicker.remove' },
                    { name: relation.label },
                  )}
                  onClick={() =>
                    set(
                      'otherRelations',
                      values.otherRelations.filter((o) => o.relation.id !== relation.relation.id),
                    )
                  }
                >
                  ×
                </button>
              </li>
            ))}
          </ul>
        )}
        {text('relationshipsNote', 'change.field.relationshipsNote', { long: true })}
      </FormSection>
      <FormSection title={l('change.section.plan')}>
        {text('windowStart', 'change.field.windowStart', { type: 'datetime-local' })}
        {text('windowEnd', 'change.field.windowEnd', { type: 'datetime-local' })}
        {text('rollbackPlan', 'change.field.rollbackPlan', { long: true })}
        <Field label={l('change.field.affected')} name="affected" wide>
          {(control) => (
            <AssetPicker
              control={control}
              value={values.affected}
              onChange={(assets) => set('affected', assets)}
              label={l('change.field.affected')}
              testId="field-affected"
            />
          )}
        </Field>
      </FormSection>
    </FormFrame>
  );
}
