import { Kind, parse, type OperationTypeNode } from "graphql";

/** Documents already parsed: dashboards send the same few all day, so each is parsed once. */
const kinds = new Map<string, OperationTypeNode | null>();
const MAX_REMEMBERED = 1000;

/**
 * Whether the operation a request runs is a query, a mutation or a subscription; null when the
 * document does not parse or does not name one operation (Apollo then answers with an error).
 */
export function operationKindOf(query: string, operationName: string | null): OperationTypeNode | null {
  const key = `${operationName ?? ""}\u0000${query}`;
  const known = kinds.get(key);
  if (known !== undefined) return known;
  let kind: OperationTypeNode | null = null;
  try {
    const operations = parse(query, { noLocation: true }).definitions.filter((definition) => definition.kind === Kind.OPERATION_DEFINITION);
    const chosen = operationName === null ? (operations.length === 1 ? operations[0] : undefined) : operations.find((operation) => operation.name?.value === operationName);
    kind = chosen?.operation ?? null;
  } catch {
    kind = null;
  }
  if (kinds.size >= MAX_REMEMBERED) kinds.clear();
  kinds.set(key, kind);
  return kind;
}
