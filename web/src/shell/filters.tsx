import { Link, useSearchParams } from "./router";

export interface FilterTag {
  text: string;
  /** Where removing this one filter leads. */
  href: string;
}

/** The MOJ filter pattern's "selected filters": one removable tag per filter, and a way to clear them all. */
export function SelectedFilters({ heading, tags, clear }: { heading: string; tags: readonly FilterTag[]; clear: { text: string; href: string } }) {
  if (tags.length === 0) return null;
  return (
    <div className="moj-filter__selected govuk-!-margin-bottom-4">
      <div className="moj-filter__selected-heading">
        <div className="moj-filter__heading-title">
          <h2 className="govuk-heading-s govuk-!-margin-bottom-1">{heading}</h2>
        </div>
        <div className="moj-filter__heading-action">
          <p className="govuk-body-s">
            <Link className="govuk-link govuk-link--no-visited-state" to={clear.href}>
              {clear.text}
            </Link>
          </p>
        </div>
      </div>
      <ul className="moj-filter-tags">
        {tags.map((t) => (
          <li key={t.text}>
            <Link className="moj-filter__tag" to={t.href}>
              <span className="govuk-visually-hidden">Remove this filter</span> {t.text}
            </Link>
          </li>
        ))}
      </ul>
    </div>
  );
}

export interface CursorPaginationProps {
  /** Where this list keeps, for the tab, the cursor of the page before each page seen. */
  storageKey: string;
  /** The nav's accessible name, e.g. "Pages of cases". */
  label: string;
  page: number;
  hasNext: boolean;
  next: string | null;
  /** The address of a page: no cursor is the first. */
  hrefOf: (after?: string | null, page?: number) => string;
  previousTitle: (toFirst: boolean) => string;
  nextTitle: string;
  /** What the links are of, read by screen readers after their title ("page", "records"). */
  noun: string;
  /** "Page 2 of 7" when the total is known, else "Page 2". */
  pages?: number;
  nextTestId?: string;
}

function previousCursors(storageKey: string): Record<string, string> {
  try {
    return JSON.parse(window.sessionStorage.getItem(storageKey) ?? "{}") as Record<string, string>;
  } catch {
    return {};
  }
}

/**
 * GOV.UK pagination over a cursor connection. Cursors run forwards only, so going to the next
 * page notes the cursor it came from: "previous" then returns to it (or to the first page).
 */
export function CursorPagination({ storageKey, label, page, hasNext, next, hrefOf, previousTitle, nextTitle, noun, pages, nextTestId }: CursorPaginationProps) {
  const params = useSearchParams();
  if (page === 1 && !hasNext) return null;
  const after = params.get("after");
  const previous = after ? previousCursors(storageKey)[after] : undefined;
  const pageLabel = (n: number) => (pages === undefined ? `Page ${n}` : `Page ${n} of ${pages}`);
  return (
    <nav className="govuk-pagination govuk-pagination--block" aria-label={label}>
      {page > 1 && (
        <div className="govuk-pagination__prev">
          <Link className="govuk-link govuk-pagination__link" to={previous ? hrefOf(previous, page - 1) : hrefOf()} rel="prev">
            <span className="govuk-pagination__link-title">
              {previousTitle(!previous)}
              <span className="govuk-visually-hidden"> {noun}</span>
            </span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{pageLabel(previous ? page - 1 : 1)}</span>
          </Link>
        </div>
      )}
      {hasNext && next && (
        <div className="govuk-pagination__next">
          <Link
            className="govuk-link govuk-pagination__link"
            to={hrefOf(next, page + 1)}
            rel="next"
            data-testid={nextTestId}
            onClick={() => {
              const cursors = previousCursors(storageKey);
              if (after) cursors[next] = after;
              else delete cursors[next];
              window.sessionStorage.setItem(storageKey, JSON.stringify(cursors));
            }}
          >
            <span className="govuk-pagination__link-title">
              {nextTitle}
              <span className="govuk-visually-hidden"> {noun}</span>
            </span>
            <span className="govuk-visually-hidden">:</span>
            <span className="govuk-pagination__link-label">{pageLabel(page + 1)}</span>
          </Link>
        </div>
      )}
    </nav>
  );
}
