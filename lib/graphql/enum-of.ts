/** An enum object (value → value) from a list of declared values, for registerEnumType. Each key's type is its own value, as a TypeScript enum member's is. */
export const enumOf = <T extends string>(values: readonly T[]): { readonly [K in T]: K } => Object.fromEntries(values.map((value) => [value, value])) as { readonly [K in T]: K };
