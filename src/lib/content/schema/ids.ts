/**
 * The shapes of the names the content gives things, each written once: a schema
 * checks them in the files, and assembly checks the folder names against the same pattern.
 */

/** Lowercase words of a–z and 0–9 joined by single hyphens: bulletin folders, figure, chart and glossary term ids. */
export const KEBAB_CASE = /^[a-z0-9]+(-[a-z0-9]+)*$/;

/** A measure's anchor, the same in both texts: `measure-1`, `measure-1-2`. */
export const MEASURE_ANCHOR = /^measure-\d+(-\d+)*$/;

/** The anchor of a measure nested under another (`measure-1-2` under `measure-1`). */
export const SUB_MEASURE_ANCHOR = /^measure-\d+(-\d+)+$/;

/** A short link code: region code, year, month, and -2, -3 … for a second bulletin that month. */
export const PERMALINK_CODE = /^[a-z]{2,3}-\d{4}-\d{2}(-\d+)?$/;
