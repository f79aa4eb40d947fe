/** An enum object (value → value) from a list of declared values, for registerEnumType. */
export const enumOf = <T extends string>(values: readonly T[]): Record<T, T> => Object.fromEntries(values.map((value) => [value, value])) as Record<T, T>;
