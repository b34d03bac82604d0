import { useIntl } from 'react-intl';
import { Field } from '../../app/Field';
import { CUSTOM_FIELDS, type CustomDraft, type CustomField, FIELD_KIND } from './customSheet';

/**
 * The measurements of a custom sheet, as printed on its packet: the labels
 * and how many across and down, then, if the sheet is not symmetric, the gaps
 * and margins. Fields are text so that a decimal comma can be typed; they are
 * checked on confirm (`parseCustom`).
 */
export function CustomSheetFields({
  draft,
  onChange,
}: {
  draft: CustomDraft;
  onChange: (field: CustomField, text: string) => void;
}) {
  const intl = useIntl();
  return (
    <fieldset className="custom-sheet" data-testid="labels-custom">
      <legend>{intl.formatMessage({ id: 'labels.custom.legend' })}</legend>
      <div className="custom-sheet-grid">
        {CUSTOM_FIELDS.map((field) => (
          <Field
            key={field}
            label={intl.formatMessage({ id: `labels.custom.${field}` })}
            name={`labels-custom-${field}`}
            required={FIELD_KIND[field] !== 'optional'}
          >
            {(control) => (
              <input
                {...control}
                type="text"
                inputMode={FIELD_KIND[field] === 'count' ? 'numeric' : 'decimal'}
                autoComplete="off"
                data-testid={`labels-custom-${field}`}
                value={draft[field]}
                onChange={(event) => onChange(field, event.target.value)}
              />
            )}
          </Field>
        ))}
      </div>
      <p className="field-hint">{intl.formatMessage({ id: 'labels.custom.hint' })}</p>
    </fieldset>
  );
}
