import { Arg, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from "type-graphql";
import type { CouncilConfig } from "../../../lib/config/project";
import { councilTypeName } from "../../../lib/vocabulary/council-type-names";
import { badUserInput } from "../../../lib/graphql/errors";
import { afterArg, CONNECTION_LIST_SIZE, firstArg, pageInOrder } from "../../../lib/graphql/connection";
import { NodeInterface } from "../../../lib/graphql/node";
import { decodeGlobalId, globalId, keyOf } from "../../../lib/ids/global-id";
import type { ReferenceResolver } from "../../../lib/federation/build-subgraph";
import { Source } from "../../../lib/sources/model";
import { themeCodeOf, THEME_TYPE_NAME, themeKey, themeVocabulary } from "../../../lib/vocabulary/themes";
import { ThemeCode } from "../../../lib/graphql/enums";
import type { SharedContext } from "./context";
import { requireSignedIn } from "../../../lib/auth/identity";
import { JointActionEntity } from "../../../lib/tracking/joint-action-model";
import { ActionReference, CouncilReference, type CouncilOwnedReference, type ReferenceClass } from "./council-references";
import { IndicatorKind } from "../../../lib/vocabulary/enums";
import { IndicatorEntity, JointInitiativeConnection, JointInitiativeEntity, JointInitiativeFilter, PartnershipEntity, ThemeEntity, type LinkKind, type LinkRow, type QuotationRow } from "./model";

export const MAX_NODES = 100;
const SLUG = /^[a-z0-9][a-z0-9-]*$/;

/** Joint records' keys are unique: the cursor of their stable-ordered lists. */
const bySlug = (row: { slug: string }): string => row.slug;

/** A stub of any council-owned record by global id, from the council stubs by GraphQL type name. */
const referenceOf =
  (references: Map<string, ReferenceClass>) =>
  (id: string): CouncilOwnedReference | null => {
    const decoded = decodeGlobalId(id);
    const Stub = decoded ? references.get(decoded.typeName) : undefined;
    return Stub ? new Stub(id) : null;
  };

/** A stub of a council by its id (e.g. "cumberland"), resolved from the council's own subgraph. */
export const councilReferenceOf =
  (references: Map<string, ReferenceClass>) =>
  (councils: CouncilConfig[], councilId: string): CouncilOwnedReference | null => {
    const council = councils.find((candidate) => candidate.id === councilId);
    return council ? referenceOf(references)(globalId(councilTypeName(council, "Council"), council.id)) : null;
  };

/**
 * The shared subgraph's resolvers; `references` are the council stubs, by GraphQL type name, and
 * `councilCount` how many councils `Query.councils` lists (the size the cost rules assume for it).
 */
export function sharedResolvers(references: Map<string, ReferenceClass>, root: string, councilCount: number): Function[] {
  const themeCodes = themeVocabulary(root).codes;
  const reference = referenceOf(references);
  const councilReference = councilReferenceOf(references);
  const linksOfKind = async (context: SharedContext, owner: string, kind: LinkKind): Promise<LinkRow[]> => (await context.linksOf.load(owner)).filter((link) => link.kind === kind);
  /** Accepts a global id of the type, or its bare key (e.g. "regional-adoption-agency"). */
  const keyFrom = (id: string, typeName: string): string | null => keyOf(id, typeName) ?? (SLUG.test(id) && id.length <= 100 ? id : null);

  @Resolver()
  class SharedQueryResolver {
    // Exact, not a guess: every configured council is listed (12 or 50 in a synthetic footprint).
    @Directive(`@listSize(assumedSize: ${councilCount})`)
    @Query(() => [CouncilReference], {
      nullable: "items",
      description: "Every configured council, in the order of their subgraphs' ports, each resolved from its own subgraph. A council whose subgraph is unavailable is null, with an error naming it; the others still answer.",
    })
    councils(@Ctx() context: SharedContext): CouncilOwnedReference[] {
      return context.councils.map((council) => councilReference(context.councils, council.id)).filter((ref) => ref !== null);
    }

    @Query(() => CouncilReference, { nullable: true, description: 'One council, by global id ("CumberlandCouncil:cumberland") or key ("cumberland"); null when there is none.' })
    council(@Arg("id", () => ID, { description: "The council's global id or key." }) id: string, @Ctx() context: SharedContext): CouncilOwnedReference | null {
      const match = context.councils.find((council) => id === council.id || id === globalId(councilTypeName(council, "Council"), council.id));
      return match ? councilReference(context.councils, match.id) : null;
    }

    @Query(() => [PartnershipEntity], { description: "Every partnership of councils, by id (possibly none: a council need not be in one)." })
    partnerships(@Ctx() context: SharedContext): Promise<PartnershipEntity[]> {
      return context.dataSource.manager.find(PartnershipEntity, { order: { slug: "ASC" } });
    }

    @Query(() => PartnershipEntity, {
      nullable: true,
      description:
        "One partnership, by global id or key; null when there is none. Without `id` (deprecated: pass it, or use `partnerships`): the only partnership, null when there is none, and an error naming the ids when there are several.",
    })
    async partnership(@Arg("id", () => ID, { nullable: true, description: "The partnership's global id or key. Omitting it is deprecated." }) id: string | null, @Ctx() context: SharedContext): Promise<PartnershipEntity | null> {
      if (id !== null && id !== undefined) {
        const key = keyFrom(id, PartnershipEntity.typeName);
        return key ? context.partnership.load(key) : null;
      }
      const all = await context.dataSource.manager.find(PartnershipEntity, { order: { slug: "ASC" } });
      if (all.length > 1) throw badUserInput(`There are ${all.length} partnerships: say which with partnership(id:), one of ${all.map((one) => `"${one.slug}"`).join(", ")}`, { field: "id" });
      return all[0] ?? null;
    }

    @Directive(CONNECTION_LIST_SIZE)
    @Query(() => JointInitiativeConnection, { description: "The councils' joint work, in a stable order, optionally filtered; a page at a time." })
    async jointInitiatives(
      @Arg("filter", () => JointInitiativeFilter, { nullable: true, description: "Conditions the initiatives must meet." }) filter: JointInitiativeFilter | null,
      @firstArg() first: number | null,
      @afterArg() after: string | null,
      @Ctx() context: SharedContext,
    ): Promise<JointInitiativeConnection> {
      const query = context.dataSource.manager.createQueryBuilder(JointInitiativeEntity, "j").orderBy("j.position", "ASC");
      if (filter?.status) query.andWhere("j.status = :status", { status: filter.status });
      if (filter?.kind) query.andWhere("j.kind = :kind", { kind: filter.kind });
      const theme = themeCodeOf(filter?.themeCode, filter?.theme, themeCodes, { themeCode: "filter.themeCode", deprecated: "filter.theme" });
      if (theme) query.andWhere("j.slug IN (SELECT l.owner_slug FROM link l WHERE l.kind = 'THEME' AND l.target = :theme)", { theme });
      return pageInOrder(await query.getMany(), bySlug, first, after);
    }

    @Query(() => JointInitiativeEntity, { nullable: true, description: 'One joint initiative, by global id or key ("regional-adoption-agency"); null when there is none.' })
    jointInitiative(@Arg("id", () => ID, { description: "The initiative's global id or key." }) id: string, @Ctx() context: SharedContext): Promise<JointInitiativeEntity | null> | null {
      const key = keyFrom(id, JointInitiativeEntity.typeName);
      return key ? context.initiative.load(key) : null;
    }

    @Directive("@listSize(assumedSize: 30)")
    @Query(() => [ThemeEntity], { description: "The theme vocabulary: the shared themes, then those each council adds from its own folder, in a stable order." })
    themes(@Ctx() context: SharedContext): Promise<ThemeEntity[]> {
      return context.dataSource.manager.find(ThemeEntity, { order: { position: "ASC" } });
    }

    @Query(() => ThemeEntity, { nullable: true, description: "One theme, by code: give themeCode (or the deprecated code), not both. A code no vocabulary has is BAD_USER_INPUT naming the known codes." })
    theme(
      @Arg("themeCode", () => String, { nullable: true, description: 'The theme\'s code, e.g. "ADOPTION" or one a council adds (Query.themes lists them).' }) themeCode: string | null | undefined,
      @Arg("code", () => ThemeCode, { nullable: true, deprecationReason: "Use themeCode: themes are data, and councils add their own.", description: "The theme's code, from the shared vocabulary." }) code: string | null | undefined,
      @Ctx() context: SharedContext,
    ): Promise<ThemeEntity | null> {
      const theme = themeCodeOf(themeCode, code, themeCodes, { themeCode: "themeCode", deprecated: "code" }, true)!;
      return context.theme.load(themeKey(theme));
    }

    @Directive("@listSize(assumedSize: 60)")
    @Query(() => [IndicatorEntity], { description: "The indicator catalogue, in a stable order, optionally of one kind." })
    indicators(@Arg("kind", () => IndicatorKind, { nullable: true, description: "Only indicators of this kind." }) kind: IndicatorKind | null, @Ctx() context: SharedContext): Promise<IndicatorEntity[]> {
      return context.dataSource.manager.find(IndicatorEntity, { where: kind ? { kind } : {}, order: { position: "ASC" } });
    }

    @Query(() => IndicatorEntity, { nullable: true, description: 'One indicator by code (e.g. "cared-for-children"); null when the catalogue has none.' })
    indicator(@Arg("code", () => String, { description: 'An indicator code, e.g. "cared-for-children".' }) code: string, @Ctx() context: SharedContext): Promise<IndicatorEntity | null> | null {
      return SLUG.test(code) && code.length <= 100 ? context.indicator.load(code) : null;
    }

    @Query(() => NodeInterface, {
      nullable: true,
      description:
        "Any object by global id, wherever it lives. Null for a malformed id, an unknown type, or an unknown key of a shared type. For a council-owned type the owning council is asked only for fields beyond `id` and `__typename`: a well-formed id of a council type whose key does not exist gives null as soon as any such field is asked for.",
    })
    node(@Arg("id", () => ID, { description: 'A global id, e.g. "CumberlandAction:children-and-family-wellbeing-plan.a33".' }) id: string, @Ctx() context: SharedContext): Promise<object | null> | object | null {
      return resolveNode(id, context);
    }

    @Directive("@listSize(assumedSize: 100)")
    @Query(() => [NodeInterface], { nullable: "items", description: `Several objects by global id, in the order given (at most ${MAX_NODES}); null for each id node() would give null for.` })
    nodes(@Arg("ids", () => [ID], { description: `Global ids, at most ${MAX_NODES}.` }) ids: string[], @Ctx() context: SharedContext): Promise<Array<object | null>> {
      if (ids.length > MAX_NODES) throw badUserInput(`nodes accepts at most ${MAX_NODES} ids; got ${ids.length}`, { field: "ids" });
      return Promise.all(ids.map((id) => resolveNode(id, context)));
    }
  }

  function resolveNode(id: string, context: SharedContext): Promise<object | null> | object | null {
    const decoded = decodeGlobalId(id);
    if (!decoded) return null;
    switch (decoded.typeName) {
      case JointInitiativeEntity.typeName:
        return context.initiative.load(decoded.key);
      case THEME_TYPE_NAME:
        return context.theme.load(decoded.key);
      case PartnershipEntity.typeName:
        return context.partnership.load(decoded.key);
      case IndicatorEntity.typeName:
        return context.indicator.load(decoded.key);
      case JointActionEntity.typeName:
        requireSignedIn(context.identity);
        return context.jointAction.load(decoded.key);
      default:
        return reference(id);
    }
  }

  @Resolver(() => JointInitiativeEntity)
  class JointInitiativeResolver {
    @Directive("@listSize(assumedSize: 2)")
    @FieldResolver(() => [CouncilReference], { nullable: "items", description: "The councils taking part (resolved from each council's subgraph; null for one that is unavailable)." })
    async partners(@Root() initiative: JointInitiativeEntity, @Ctx() context: SharedContext): Promise<CouncilOwnedReference[]> {
      const links = await linksOfKind(context, initiative.slug, "PARTNER");
      return links.map((link) => councilReference(context.councils, link.target)).filter((ref) => ref !== null);
    }

    @FieldResolver(() => CouncilReference, { nullable: true, description: "The council that hosts the service, where a source says; else null." })
    hostedBy(@Root() initiative: JointInitiativeEntity, @Ctx() context: SharedContext): CouncilOwnedReference | null {
      return initiative.hostedBy ? councilReference(context.councils, initiative.hostedBy) : null;
    }

    @FieldResolver(() => JointInitiativeEntity, { nullable: true, description: "The wider arrangement this is part of; null where none." })
    partOf(@Root() initiative: JointInitiativeEntity, @Ctx() context: SharedContext): Promise<JointInitiativeEntity | null> | null {
      return initiative.partOf ? context.initiative.load(initiative.partOf) : null;
    }

    @FieldResolver(() => [JointInitiativeEntity], { description: "Joint work that is part of this arrangement." })
    parts(@Root() initiative: JointInitiativeEntity, @Ctx() context: SharedContext): Promise<JointInitiativeEntity[]> {
      return context.partsOf.load(initiative.slug);
    }

    @FieldResolver(() => [JointInitiativeEntity], { description: "Existing joint work this initiative builds on (the Regional Adoption Agency rests on the shared adoption service)." })
    async restsOn(@Root() initiative: JointInitiativeEntity, @Ctx() context: SharedContext): Promise<JointInitiativeEntity[]> {
      const links = await linksOfKind(context, initiative.slug, "RESTS_ON");
      const rows = await context.initiative.loadMany(links.map((link) => link.target));
      return rows.filter((row): row is JointInitiativeEntity => row instanceof JointInitiativeEntity);
    }

    @Directive("@listSize(assumedSize: 4)")
    @FieldResolver(() => [ActionReference], {
      nullable: "items",
      description: "The actions in each council's plans that this joint work rests on, resolved from the owning council's subgraph (null for one whose council is unavailable).",
    })
    async councilActions(@Root() initiative: JointInitiativeEntity, @Ctx() context: SharedContext): Promise<CouncilOwnedReference[]> {
      const links = await linksOfKind(context, initiative.slug, "COUNCIL_ACTION");
      return links.map((link) => reference(link.target)).filter((ref) => ref !== null);
    }

    @FieldResolver(() => [ThemeEntity], { description: "Themes the joint work is tagged with." })
    async themes(@Root() initiative: JointInitiativeEntity, @Ctx() context: SharedContext): Promise<ThemeEntity[]> {
      const links = await linksOfKind(context, initiative.slug, "THEME");
      const rows = await context.theme.loadMany(links.map((link) => themeKey(link.target)));
      return rows.filter((row): row is ThemeEntity => row instanceof ThemeEntity);
    }

    @FieldResolver(() => [Source], { description: "The sources the initiative is described from, in order." })
    async sources(@Root() initiative: JointInitiativeEntity, @Ctx() context: SharedContext): Promise<Source[]> {
      return (await context.quotationsOf.load(initiative.slug)).map((row) => row.source);
    }

    @FieldResolver(() => Source, { description: "The principal source (the first of `sources`)." })
    async source(@Root() initiative: JointInitiativeEntity, @Ctx() context: SharedContext): Promise<Source> {
      return firstSource(await context.quotationsOf.load(initiative.slug), initiative.slug);
    }
  }

  @Resolver(() => PartnershipEntity)
  class PartnershipResolver {
    @FieldResolver(() => [CouncilReference], { nullable: "items", description: "The member councils (resolved from each council's subgraph; null for one that is unavailable)." })
    async councils(@Root() partnership: PartnershipEntity, @Ctx() context: SharedContext): Promise<CouncilOwnedReference[]> {
      const links = await linksOfKind(context, partnership.slug, "MEMBER");
      return links.map((link) => councilReference(context.councils, link.target)).filter((ref) => ref !== null);
    }

    @Directive(CONNECTION_LIST_SIZE)
    @FieldResolver(() => JointInitiativeConnection, { description: "The joint work at least one of the partnership's councils is a partner in, in a stable order; a page at a time." })
    async jointInitiatives(@Root() partnership: PartnershipEntity, @firstArg() first: number | null, @afterArg() after: string | null, @Ctx() context: SharedContext): Promise<JointInitiativeConnection> {
      const members = new Set((await linksOfKind(context, partnership.slug, "MEMBER")).map((link) => link.target));
      const initiatives = await context.dataSource.manager.find(JointInitiativeEntity, { order: { position: "ASC" } });
      const partners = await Promise.all(initiatives.map((initiative) => linksOfKind(context, initiative.slug, "PARTNER")));
      return pageInOrder(
        initiatives.filter((_, index) => partners[index].some((link) => members.has(link.target))),
        bySlug,
        first,
        after,
      );
    }

    @FieldResolver(() => [Source], { description: "The sources that establish the partnership's footprint and history." })
    async sources(@Root() partnership: PartnershipEntity, @Ctx() context: SharedContext): Promise<Source[]> {
      return (await context.quotationsOf.load(partnership.slug)).map((row) => row.source);
    }

    @FieldResolver(() => Source, { description: "The principal source (the first of `sources`)." })
    async source(@Root() partnership: PartnershipEntity, @Ctx() context: SharedContext): Promise<Source> {
      return firstSource(await context.quotationsOf.load(partnership.slug), partnership.slug);
    }
  }

  @Resolver(() => IndicatorEntity)
  class IndicatorResolver {
    @FieldResolver(() => [Source], { description: "Where the catalogue's facts about the indicator come from (empty where none is known)." })
    async sources(@Root() indicator: IndicatorEntity, @Ctx() context: SharedContext): Promise<Source[]> {
      return (await context.quotationsOf.load(`indicator.${indicator.code}`)).map((row) => row.source);
    }

    @FieldResolver(() => CouncilReference, { nullable: true, description: "The council whose own folder adds the indicator (its LOCAL indicators); null for the national catalogue's." })
    council(@Root() indicator: IndicatorEntity, @Ctx() context: SharedContext): CouncilOwnedReference | null {
      return indicator.councilId === null ? null : councilReference(context.councils, indicator.councilId);
    }
  }

  @Resolver(() => ThemeEntity)
  class ThemeResolver {
    @FieldResolver(() => [JointInitiativeEntity], { description: "Joint work tagged with this theme." })
    jointInitiatives(@Root() theme: ThemeEntity, @Ctx() context: SharedContext): Promise<JointInitiativeEntity[]> {
      return context.initiativesWithTheme.load(theme.code);
    }

    @FieldResolver(() => CouncilReference, { nullable: true, description: "The council whose own folder adds the theme; null for the shared vocabulary's." })
    council(@Root() theme: ThemeEntity, @Ctx() context: SharedContext): CouncilOwnedReference | null {
      return theme.councilId === null ? null : councilReference(context.councils, theme.councilId);
    }
  }

  return [SharedQueryResolver, JointInitiativeResolver, PartnershipResolver, IndicatorResolver, ThemeResolver];
}

function firstSource(rows: QuotationRow[], owner: string): Source {
  if (rows.length === 0) throw new Error(`${owner} has no source: the shared data files are inconsistent`);
  return rows[0].source;
}

export function sharedReferences(): Record<string, ReferenceResolver<SharedContext>> {
  return {
    [JointInitiativeEntity.typeName]: (ref, context) => {
      const key = keyOf(ref.id, JointInitiativeEntity.typeName);
      return key ? context.initiative.load(key) : null;
    },
    [THEME_TYPE_NAME]: (ref, context) => {
      const key = keyOf(ref.id, THEME_TYPE_NAME);
      return key ? context.theme.load(key) : null;
    },
    [PartnershipEntity.typeName]: (ref, context) => {
      const key = keyOf(ref.id, PartnershipEntity.typeName);
      return key ? context.partnership.load(key) : null;
    },
    [JointActionEntity.typeName]: (ref, context) => {
      requireSignedIn(context.identity);
      const key = keyOf(ref.id, JointActionEntity.typeName);
      return key ? context.jointAction.load(key) : null;
    },
    [IndicatorEntity.typeName]: (ref, context) => {
      const key = keyOf(ref.id, IndicatorEntity.typeName);
      return key ? context.indicator.load(key) : null;
    },
  };
}
