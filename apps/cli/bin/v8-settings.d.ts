/** The V8 flags for `vigil <args>`. */
export function v8FlagsFor(args: readonly string[]): string[];
