/**
 * A module loaded on first use and then kept. Files that would import each
 * other in a cycle load one another lazily; calling require() each time is
 * not free (it resolves the path again: about half the time of an
 * exception-heavy benchmark went there), so the module is cached.
 */
export function lazy<T>(load: () => T): () => T {
  let m: T | undefined;
  return () => (m === undefined ? (m = load()) : m);
}
