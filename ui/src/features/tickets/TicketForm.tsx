import { FormattedMessage, useIntl } from 'react-intl';
import { Field } from '../../app/Field';
import { FormFrame } from '../../app/FormFrame';
import { FormSection } from '../../app/FormSection';
import { useRecordForm } from '../../app/useRecordForm';
import type { CategoryView, PriorityMatrix, TemplateView } from '../../bindings';
import type { MessageId } from '../../i18n/fr';
import { AssetPicker } from '../assets/AssetPicker';
import { PersonPicker } from '../people/PersonPicker';
import { LEVELS, PriorityBadge } from './PriorityBadge';
import {
  CHANNELS,
  KINDS,
  priorityOf,
  type TicketValues,
  validateTicket,
  withTemplate,
} from './ticketValues';

type Props = {
  initial: TicketValues;
  categories: readonly CategoryView[];
  /** The templates to start from; none when editing (a checklist is made once). */
  templates: readonly TemplateView[] | null;
  /** The matrix of the settings, read from Rust: the priority shown is the one it will store. */
  matrix: PriorityMatrix;
  /** The ticket was made "major" by hand: its priority no longer follows the matrix. */
  major?: boolean;
  /** Saves; a rejection (an `IpcError`) is shown at the top of the form. */
  onSave: (values: TicketValues) => Promise<void>;
  onCancel: () => void;
};

/** The fields of `TicketInput`: the request, who asks, the assets, and urgency × impact. */
export function TicketForm({
  initial,
  categories,
  templates,
  matrix,
  major = false,
  onSave,
  onCancel,
}: Props) {
  const intl = useIntl();
  const { values, setValues, errors, serverError, pending, form, set, submit } = useRecordForm({
    initial,
    validate: validateTicket,
    onSave,
    firstField: 'title',
  });

  const label = (id: MessageId) => intl.formatMessage({ id });
  const error = (field: keyof TicketValues) => {
    const id = errors[field];
    return id ? label(id) : null;
  };
  const template = templates?.find((t) => t.code === values.template);
  const priority = major ? 6 : priorityOf(matrix, values.urgency, values.impact);

  return (
    <FormFrame
      formRef={form}
      testId="ticket-form"
      onSubmit={submit}
      onCancel={onCancel}
      pending={pending}
      serverError={serverError}
    >
      <FormSection title={label('ticket.section.request')}>
        <Field label={label('ticket.field.kind')} name="kind">
          {(control) => (
            <select
              {...control}
              data-testid="field-kind"
              value={values.kind}
              onChange={(event) =>
                set('kind', KINDS.find((k) => k === event.target.value) ?? 'incident')
              }
            >
              {KINDS.map((kind) => (
                <option key={kind} value={kind}>
                  {intl.formatMessage({ id: `ticketKind.${kind}` })}
                </option>
              ))}
            </select>
          )}
        </Field>
        {templates && (
          <Field label={label('ticket.field.template')} name="template">
            {(control) => (
              <select
                {...control}
                data-testid="field-template"
                value={values.template}
                onChange={(event) =>
                  setValues((previous) =>
                    withTemplate(
                      previous,
                      templates.find((t) => t.code === event.target.value),
                    ),
                  )
                }
              >
                <option value="">{label('ticket.noTemplate')}</option>
                {templates.map((t) => (
                  <option key={t.code} value={t.code}>
                    {t.label}
                  </option>
                ))}
              </select>
            )}
          </Field>
        )}
        {template && template.tasks.length > 0 && (
          <div className="field-wide template-tasks" data-testid="template-tasks">
            <p>
              <FormattedMessage
                id="ticket.templateTasks"
                values={{ count: template.tasks.length }}
              />
            </p>
            <ul>
              {template.tasks.map((task) => (
                <li key={task}>{task}</li>
              ))}
            </ul>
          </div>
        )}
        <Field
          label={label('ticket.field.title')}
          name="title"
          error={error('title')}
          required
          wide
        >
          {(control) => (
            <input
              {...control}
              type="text"
              data-testid="field-title"
              required
              value={values.title}
              onChange={(event) => set('title', event.target.value)}
            />
          )}
        </Field>
        <Field label={label('ticket.field.description')} name="description" wide>
          {(control) => (
            <textarea
              {...control}
              data-testid="field-description"
              rows={4}
              value={values.description}
              onChange={(event) => set('description', event.target.value)}
            />
          )}
        </Field>
        <Field label={label('ticket.field.requester')} name="requester">
          {(control) => (
            <PersonPicker
              control={control}
              value={values.requester}
              onChange={(person) => set('requester', person)}
              label={label('ticket.field.requester')}
              placeholder={label('form.nobody')}
              testId="field-requester"
            />
          )}
        </Field>
        <Field label={label('ticket.field.channel')} name="channel">
          {(control) => (
            <select
              {...control}
              data-testid="field-channel"
              value={values.channel}
              onChange={(event) =>
                set('channel', CHANNELS.find((c) => c === event.target.value) ?? 'phone')
              }
            >
              {CHANNELS.map((channel) => (
                <option key={channel} value={channel}>
                  {intl.formatMessage({ id: `channel.${channel}` })}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field
          label={label('ticket.field.category')}
          name="category"
          error={error('category')}
          required
        >
          {(control) => (
            <select
              {...control}
              data-testid="field-category"
              value={values.category}
              onChange={(event) => set('category', event.target.value)}
            >
              <option value="">{label('form.choose')}</option>
              {categories.map((category) => (
                <option key={category.code} value={category.code}>
                  {category.label}
                </option>
              ))}
            </select>
          )}
        </Field>
        <Field label={label('ticket.field.assets')} name="assets" wide>
          {(control) => (
            <AssetPicker
              control={control}
              value={values.assets}
              onChange={(assets) => set('assets', assets)}
              label={label('ticket.field.assets')}
              testId="field-assets"
            />
          )}
        </Field>
      </FormSection>

      <FormSection title={label('ticket.section.priority')}>
        <LevelSelect
          name="urgency"
          label={label('ticket.field.urgency')}
          value={values.urgency}
          onChange={(n) => set('urgency', n)}
        />
        <LevelSelect
          name="impact"
          label={label('ticket.field.impact')}
          value={values.impact}
          onChange={(n) => set('impact', n)}
        />
        <div className="field">
          <span>{label('ticket.field.priority')}</span>
          <output className="priority-preview" aria-live="polite" data-testid="priority-preview">
            <PriorityBadge priority={priority} />
          </output>
          <p className="field-hint">
            {label(major ? 'ticket.priorityMajor' : 'ticket.priorityFromMatrix')}
          </p>
        </div>
      </FormSection>
    </FormFrame>
  );
}

function LevelSelect({
  name,
  label,
  value,
  onChange,
}: {
  name: 'urgency' | 'impact';
  label: string;
  value: number;
  onChange: (level: number) => void;
}) {
  const intl = useIntl();
  return (
    <Field label={label} name={name}>
      {(control) => (
        <select
          {...control}
          data-testid={`field-${name}`}
          value={value}
          onChange={(event) => onChange(Number(event.target.value))}
        >
          {LEVELS.map((level) => (
            <option key={level} value={level}>
              {intl.formatMessage({ id: `level.${level}` })}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
