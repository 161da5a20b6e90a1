// Stands in for zod inside the interactive page's bundle (scripts/build-page.mjs aliases 'zod'
// to this file). The page never validates: the scenario was checked when it was exported, and
// the engine reads it as it is. The measure types still build their schema parts when they load
// (shared/scenario/schema.ts), so every call and property of `z` answers with this same inert
// object, and anything that would validate throws. zod itself would be 450 kB of the page's
// budget of 1 MB.
type Inert = ((...args: unknown[]) => Inert) & { readonly [key: string]: Inert };

const VALIDATES = new Set(['parse', 'safeParse', 'parseAsync', 'safeParseAsync', 'decode', 'encode']);

const inert: Inert = new Proxy(function inertSchema() {} as unknown as Inert, {
  get(_target, key) {
    if (key === 'then') return undefined; // never mistaken for a promise
    if (typeof key === 'string' && VALIDATES.has(key)) {
      return () => {
        throw new Error('The interactive page does not validate scenarios.');
      };
    }
    return inert;
  },
  apply: () => inert,
});

export const z = inert;
export default inert;
