import { Field, ID, InterfaceType } from "type-graphql";
import { GLOBAL_ID_DESCRIPTION } from "../ids/global-id";

@InterfaceType("Node", { autoRegisterImplementations: false, description: "An object with a global id, fetchable with Query.node." })
export abstract class NodeInterface {
  @Field(() => ID, { description: GLOBAL_ID_DESCRIPTION })
  id: string;
}
