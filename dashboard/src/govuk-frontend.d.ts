/**
 * The one function of GOV.UK Frontend's JavaScript this page calls (the package ships no type
 * declarations). initAll starts every component marked data-module="govuk-..." in the document,
 * provided <body> has the class govuk-frontend-supported.
 */
declare module "govuk-frontend" {
  export function initAll(config?: Record<string, unknown>): void;
}
