import type { TableRows } from "../db/load-rows";
import { DocumentEntity } from "./model";
import type { DocumentRecord } from "./catalogue";

export function documentRows(catalogue: DocumentRecord[]): TableRows<DocumentEntity> {
  return {
    target: DocumentEntity,
    rows: catalogue.map(({ id, title, publisher, published, url }) => Object.assign(new DocumentEntity(), { id, title, publisher, published, url })),
  };
}
