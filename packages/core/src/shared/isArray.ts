/**
 * `Array.isArray` under a local name: the spec engine calls it everywhere, and a minifier can shorten a binding
 * but never a global's property access.
 */
export const isArray: typeof Array.isArray = Array.isArray;
