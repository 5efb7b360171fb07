import { LocalDateResolver } from 'graphql-scalars';

/** A calendar date, `YYYY-MM-DD`: school life runs on dates and sessions, not instants. */
export const LocalDateScalar = LocalDateResolver;
