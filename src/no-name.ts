/**
 * Returns `f` itself. A closure made on every call and bound to a name (`const fits = (e) => ...`)
 * is wrapped by tsx, which runs the TypeScript in development, the benchmarks and the chat
 * adapters, in a call that defines its `name` property (esbuild's keepNames): about 5,000
 * instructions per closure made, 9% of the analysis's instructions over the bench corpus. A
 * closure passed through `noName` is bound to a call's result, which no name is kept for.
 */
export function noName<F>(f: F): F {
  return f;
}
