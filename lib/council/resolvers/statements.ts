import { Ctx, FieldResolver, Resolver, Root } from "type-graphql";
import type { CouncilContext } from "../loaders";
import { StatementEntity } from "../model";
import { kindNameOf } from "./common";

@Resolver(() => StatementEntity)
export class StatementResolver {
  @FieldResolver(() => String, { description: 'The kind\'s name from the vocabulary, e.g. "Aspiration".' })
  kindName(@Root() statement: StatementEntity, @Ctx() context: CouncilContext): string {
    return kindNameOf(statement.kindCode, context.planKinds.statementKinds);
  }
}
