import { LocalDateResolver } from "graphql-scalars";

/**
 * A calendar date `YYYY-MM-DD` (date of birth, meeting day, due date). Stored as a
 * `varchar(10)` and passed around as that string. Instants use type-graphql's default
 * `DateTimeISO` for `Date` properties.
 */
export const LocalDate = LocalDateResolver;
