// The built-in module "@millrace/feed" (see lib/feed.js); served by BuiltinModules.java, defined by bootstrap.js.
const m = globalThis[Symbol.for("millrace.builtin")]("@millrace/feed");
export default m;
export const { parseFeed } = m;
