/**
 * One problem in a data file: which file (relative to the data root: checkAll makes it so), which record (as
 * "actions[3] (a04)": its place in the file and its id; recordIdOf gives the id alone), which field,
 * what is wrong, and how to fix it.
 */
export interface Problem {
  file: string;
  record?: string;
  field?: string;
  message: string;
  /** What to change, for a data officer; when absent, suggestedFix (lib/data/fixes.ts) gives one. */
  fix?: string;
}
