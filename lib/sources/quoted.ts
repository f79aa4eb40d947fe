import { Column } from "typeorm";
import { Source } from "./model";

/** Columns of anything quoted from a document, and its `source`. Subclasses declare the GraphQL field. */
export abstract class Quoted {
  @Column({ name: "document_id", type: "varchar" })
  documentId: string;

  @Column({ type: "varchar" })
  section: string;

  @Column({ type: "text" })
  quote: string;

  get source(): Source {
    return new Source(this.documentId, this.section, this.quote);
  }
}
