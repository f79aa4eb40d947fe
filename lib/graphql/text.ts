/**
 * Text no database here can hold: PostgreSQL refuses U+0000 in text values and parameters (SQLite
 * would store it). Inputs carrying it are refused as bad input on every engine alike.
 */
export const containsNul = (value: string | null | undefined): boolean => value !== null && value !== undefined && value.includes("\u0000");
