import { Column, Entity, In, PrimaryColumn, type EntityManager } from "typeorm";
import { Ctx, Directive, Field, FieldResolver, ObjectType, Resolver, Root } from "type-graphql";
import type DataLoader from "dataloader";
import { rowLoader } from "../loaders";

/**
 * Provenance, common to every subgraph: each sourced fact names its document, the section it is
 * in, and the words quoted from it. Value types, @shareable: every subgraph resolves them alike
 * from the same document catalogue (sources/documents.json).
 */
@Entity("document")
@ObjectType("Document", { description: "A published document the graph's facts are taken from." })
@Directive("@shareable")
export class DocumentEntity {
  @PrimaryColumn({ name: "slug", type: "varchar" })
  @Field(() => String, { description: "Stable identifier of the document, e.g. \"wf-ambition-for-every-child-plan\"." })
  id: string;

  @Column({ type: "varchar" })
  @Field(() => String, { description: "Title as the document gives it." })
  title: string;

  @Column({ type: "varchar" })
  @Field(() => String, { description: "The organisation that published it." })
  publisher: string;

  @Column({ type: "varchar", nullable: true })
  @Field(() => String, { nullable: true, description: "Publication or meeting date (ISO 8601), where the document states it; else null." })
  published: string | null;

  @Column({ type: "varchar", nullable: true })
  @Field(() => String, { nullable: true, description: "Where the document is published, where known; else null." })
  url: string | null;
}

@ObjectType("Source", { description: "Where a fact comes from: the document, its section, and the words quoted from it." })
@Directive("@shareable")
export class Source {
  constructor(documentId: string, section: string, quote: string) {
    this.documentId = documentId;
    this.section = section;
    this.quote = quote;
  }
  documentId: string;

  @Field(() => DocumentEntity, { description: "The document the fact is taken from." })
  document: DocumentEntity;

  @Field(() => String, { description: "The heading of the part of the document the fact is in, as the document words it." })
  section: string;

  @Field(() => String, { description: "The document's own words, quoted verbatim." })
  quote: string;
}

export interface SourcesContext {
  documents: DataLoader<string, DocumentEntity | null>;
}

@Resolver(() => Source)
export class SourceResolver {
  @FieldResolver(() => DocumentEntity)
  async document(@Root() source: Source, @Ctx() context: SourcesContext): Promise<DocumentEntity> {
    const document = await context.documents.load(source.documentId);
    if (!document) throw new Error(`document ${source.documentId} is missing from the catalogue`);
    return document;
  }
}

/** The per-request loader of catalogue documents every subgraph's sources resolve through. */
export function documentLoader(manager: EntityManager): DataLoader<string, DocumentEntity | null> {
  return rowLoader((ids) => manager.find(DocumentEntity, { where: { id: In([...ids]) } }), (row) => row.id);
}
