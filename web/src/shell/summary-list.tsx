import type { ReactNode } from "react";

export interface SummaryRow {
  key: string;
  value: ReactNode;
}

/** The GOV.UK summary list: a key and its value, row by row. */
export function SummaryList({ rows, testId }: { rows: readonly SummaryRow[]; testId?: string }) {
  return (
    <dl className="govuk-summary-list" data-testid={testId}>
      {rows.map((row) => (
        <div className="govuk-summary-list__row" key={row.key}>
          <dt className="govuk-summary-list__key">{row.key}</dt>
          <dd className="govuk-summary-list__value">{row.value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** A success message after a change, shown once on the page navigated to. */
export function SuccessBanner({ message }: { message: string }) {
  return (
    <div className="govuk-notification-banner govuk-notification-banner--success" role="alert" aria-labelledby="success-title" data-testid="success-banner">
      <div className="govuk-notification-banner__header">
        <h2 className="govuk-notification-banner__title" id="success-title">
          Success
        </h2>
      </div>
      <div className="govuk-notification-banner__content">
        <p className="govuk-notification-banner__heading">{message}</p>
      </div>
    </div>
  );
}
