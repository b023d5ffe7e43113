/** Which format a table is in, from its headers: see mapping.ts (the format follows from the column mapping). */
export { detectFormat, type ConcreteFormat } from './mapping';
