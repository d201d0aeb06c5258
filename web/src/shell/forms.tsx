import { useEffect, useRef, type ChangeEvent, type ReactNode } from "react";

/**
 * GOV.UK Design System form fields. Each field's id follows from its name, which is the name the
 * API gives the input (`input.factors.0.code`), so a BAD_USER_INPUT error's `field` finds the
 * field to show its message beside and the error summary links to it.
 */

/** `input.factors.0.code` → `f-input-factors-0-code`. */
export const fieldId = (name: string): string => `f-${name.replace(/[^A-Za-z0-9_-]+/g, "-")}`;

export interface FieldError {
  /** The field's name (see fieldId); null for an error about the form as a whole. */
  field: string | null;
  message: string;
}

export const messageFor = (errors: readonly FieldError[], name: string): string | undefined => errors.find((e) => e.field === name)?.message;

/** The GOV.UK error summary: takes focus when it appears, links each error to its field. */
export function ErrorSummary({ errors, children }: { errors: readonly FieldError[]; children?: ReactNode }) {
  const ref = useRef<HTMLDivElement>(null);
  const signature = errors.map((e) => `${e.field}:${e.message}`).join("|");
  useEffect(() => {
    if (errors.length > 0) ref.current?.focus();
  }, [signature, errors.length]);
  if (errors.length === 0) return null;
  return (
    <div className="govuk-error-summary" ref={ref} tabIndex={-1} data-testid="error-summary">
      <div role="alert">
        <h2 className="govuk-error-summary__title">There is a problem</h2>
        <div className="govuk-error-summary__body">
          <ul className="govuk-list govuk-error-summary__list">
            {errors.map((e, i) => (
              <li key={`${e.field ?? "form"}-${i}`}>
                {e.field ? (
                  <a
                    href={`#${fieldId(e.field)}`}
                    onClick={(event) => {
                      const target = document.getElementById(fieldId(e.field!));
                      if (!target) return;
                      event.preventDefault();
                      target.scrollIntoView({ block: "center" });
                      target.focus();
                    }}
                  >
                    {e.message}
                  </a>
                ) : (
                  e.message
                )}
              </li>
            ))}
          </ul>
          {children}
        </div>
      </div>
    </div>
  );
}

function ErrorMessage({ id, message }: { id: string; message: string | undefined }) {
  if (!message) return null;
  return (
    <p id={id} className="govuk-error-message">
      <span className="govuk-visually-hidden">Error:</span> {message}
    </p>
  );
}

function Hint({ id, hint }: { id: string; hint: ReactNode | undefined }) {
  if (!hint) return null;
  return (
    <div id={id} className="govuk-hint">
      {hint}
    </div>
  );
}

const describedBy = (id: string, hint: unknown, error: unknown): string | undefined => [hint ? `${id}-hint` : "", error ? `${id}-error` : ""].filter(Boolean).join(" ") || undefined;

interface FieldProps {
  name: string;
  label: ReactNode;
  hint?: ReactNode;
  error?: string | undefined;
}

export function TextInput({ name, label, hint, error, value, onChange, width, type = "text", autoComplete, inputMode, spellCheck }: FieldProps & { value: string; onChange: (value: string) => void; width?: 2 | 3 | 4 | 5 | 10 | 20 | 30; type?: string; autoComplete?: string; inputMode?: "numeric" | "text"; spellCheck?: boolean }) {
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={`${id}-hint`} hint={hint} />
      <ErrorMessage id={`${id}-error`} message={error} />
      <input
        className={`govuk-input${width ? ` govuk-input--width-${width}` : ""}${error ? " govuk-input--error" : ""}`}
        id={id}
        name={name}
        type={type}
        value={value}
        autoComplete={autoComplete}
        inputMode={inputMode}
        spellCheck={spellCheck}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e: ChangeEvent<HTMLInputElement>) => onChange(e.target.value)}
      />
    </div>
  );
}

export function Textarea({ name, label, hint, error, value, onChange, rows = 5 }: FieldProps & { value: string; onChange: (value: string) => void; rows?: number }) {
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={`${id}-hint`} hint={hint} />
      <ErrorMessage id={`${id}-error`} message={error} />
      <textarea
        className={`govuk-textarea${error ? " govuk-textarea--error" : ""}`}
        id={id}
        name={name}
        rows={rows}
        value={value}
        aria-describedby={describedBy(id, hint, error)}
        onChange={(e) => onChange(e.target.value)}
      />
    </div>
  );
}

export interface Option {
  value: string;
  label: string;
  hint?: string;
}

export function Select({ name, label, hint, error, value, onChange, options, blank }: FieldProps & { value: string; onChange: (value: string) => void; options: readonly Option[]; blank?: string }) {
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <label className="govuk-label" htmlFor={id}>
        {label}
      </label>
      <Hint id={`${id}-hint`} hint={hint} />
      <ErrorMessage id={`${id}-error`} message={error} />
      <select className={`govuk-select${error ? " govuk-select--error" : ""}`} id={id} name={name} value={value} aria-describedby={describedBy(id, hint, error)} onChange={(e) => onChange(e.target.value)}>
        {blank !== undefined && <option value="">{blank}</option>}
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

export function Radios({ name, legend, hint, error, value, onChange, options, inline, small, legendSize = "m" }: Omit<FieldProps, "label"> & { legend: ReactNode; value: string; onChange: (value: string) => void; options: readonly Option[]; inline?: boolean; small?: boolean; legendSize?: "s" | "m" | "l" }) {
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <Hint id={`${id}-hint`} hint={hint} />
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className={`govuk-radios${inline ? " govuk-radios--inline" : ""}${small ? " govuk-radios--small" : ""}`}>
          {options.map((o, i) => {
            const optionId = i === 0 ? id : `${id}-${i}`;
            return (
              <div className="govuk-radios__item" key={o.value}>
                <input className="govuk-radios__input" id={optionId} name={name} type="radio" value={o.value} checked={value === o.value} onChange={() => onChange(o.value)} aria-describedby={o.hint ? `${optionId}-hint` : undefined} />
                <label className="govuk-label govuk-radios__label" htmlFor={optionId}>
                  {o.label}
                </label>
                {o.hint && (
                  <div id={`${optionId}-hint`} className="govuk-hint govuk-radios__hint">
                    {o.hint}
                  </div>
                )}
              </div>
            );
          })}
        </div>
      </fieldset>
    </div>
  );
}

/** One checkbox that means yes (a consent). */
export function Checkbox({ name, label, hint, error, checked, onChange }: FieldProps & { checked: boolean; onChange: (checked: boolean) => void }) {
  const id = fieldId(name);
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <ErrorMessage id={`${id}-error`} message={error} />
      <div className="govuk-checkboxes govuk-checkboxes--small">
        <div className="govuk-checkboxes__item">
          <input className="govuk-checkboxes__input" id={id} name={name} type="checkbox" checked={checked} onChange={(e) => onChange(e.target.checked)} aria-describedby={describedBy(id, hint, error)} />
          <label className="govuk-label govuk-checkboxes__label" htmlFor={id}>
            {label}
          </label>
          {hint && (
            <div id={`${id}-hint`} className="govuk-hint govuk-checkboxes__hint">
              {hint}
            </div>
          )}
        </div>
      </div>
    </div>
  );
}

export interface DateParts {
  day: string;
  month: string;
  year: string;
}

export const emptyDate = (): DateParts => ({ day: "", month: "", year: "" });

export function datePartsOf(iso: string | null | undefined): DateParts {
  const match = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso ?? "");
  return match ? { year: match[1]!, month: String(Number(match[2])), day: String(Number(match[3])) } : emptyDate();
}

export const isBlankDate = (parts: DateParts): boolean => !parts.day.trim() && !parts.month.trim() && !parts.year.trim();

/** `YYYY-MM-DD`, or null if the parts are not a real date. */
export function isoDate(parts: DateParts): string | null {
  const day = Number(parts.day.trim());
  const month = Number(parts.month.trim());
  const year = Number(parts.year.trim());
  if (!Number.isInteger(day) || !Number.isInteger(month) || !Number.isInteger(year) || year < 1900 || year > 2999) return null;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return `${String(year).padStart(4, "0")}-${String(month).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The GOV.UK date input: day, month and year boxes. The day box carries the field's id. */
export function DateInput({ name, legend, hint, error, value, onChange, legendSize = "s" }: Omit<FieldProps, "label"> & { legend: ReactNode; value: DateParts; onChange: (value: DateParts) => void; legendSize?: "s" | "m" }) {
  const id = fieldId(name);
  const part = (key: keyof DateParts, text: string, width: 2 | 4) => {
    const partId = key === "day" ? id : `${id}-${key}`;
    return (
      <div className="govuk-date-input__item" key={key}>
        <div className="govuk-form-group">
          <label className="govuk-label govuk-date-input__label" htmlFor={partId}>
            {text}
          </label>
          <input
            className={`govuk-input govuk-date-input__input govuk-input--width-${width}${error ? " govuk-input--error" : ""}`}
            id={partId}
            name={`${name}-${key}`}
            type="text"
            inputMode="numeric"
            value={value[key]}
            onChange={(e) => onChange({ ...value, [key]: e.target.value })}
          />
        </div>
      </div>
    );
  };
  return (
    <div className={`govuk-form-group${error ? " govuk-form-group--error" : ""}`}>
      <fieldset className="govuk-fieldset" role="group" aria-describedby={describedBy(id, hint, error)}>
        <legend className={`govuk-fieldset__legend govuk-fieldset__legend--${legendSize}`}>{legend}</legend>
        <Hint id={`${id}-hint`} hint={hint} />
        <ErrorMessage id={`${id}-error`} message={error} />
        <div className="govuk-date-input" id={`${id}-group`}>
          {part("day", "Day", 2)}
          {part("month", "Month", 2)}
          {part("year", "Year", 4)}
        </div>
      </fieldset>
    </div>
  );
}
