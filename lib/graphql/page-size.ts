/** Page sizes of every connection: shared by the subgraphs (paging) and the gateway (query cost). */
export const DEFAULT_PAGE = 20;
export const MAX_PAGE = 100;
