/**
 * Name globs (`match=`), matched without a regular expression: a glob comes
 * from a client, and a RegExp built from it can be too large to compile or
 * backtrack for ever (`*` thirty times, then a letter that never comes).
 *
 * `*` matches any run of characters (dots included); everything else is
 * literal and case-sensitive. The glob is split at `*` into literal
 * segments: the first must start the name, the last must end it, and each
 * middle one is found left to right with indexOf. Taking the leftmost
 * occurrence is always right when the only wildcard is `*` (any later
 * occurrence leaves less room for the rest), so nothing is ever retried:
 * the cost is at most the name length times the number of segments, both
 * capped (see request-limits.ts).
 */
export type NameMatcher = (name: string) => boolean;

export function compileGlob(glob: string): NameMatcher {
  const parts = glob.split('*');
  if (parts.length === 1) return (name) => name === glob;
  const first = parts[0]!;
  const last = parts.at(-1)!;
  // Empty segments (from `**`, or a leading/trailing `*`) constrain nothing.
  const middle = parts.slice(1, -1).filter((part) => part.length > 0);
  const fixed = first.length + last.length;
  return (name) => {
    if (name.length < fixed || !name.startsWith(first) || !name.endsWith(last)) return false;
    const end = name.length - last.length;
    let at = first.length;
    for (const part of middle) {
      const found = name.indexOf(part, at);
      if (found < 0 || found + part.length > end) return false;
      at = found + part.length;
    }
    return true;
  };
}

/** Any of `globs` matches (OR); no glob at all matches every name. */
export function compileGlobs(globs: readonly string[]): NameMatcher {
  if (globs.length === 0) return () => true;
  const matchers = globs.map(compileGlob);
  return (name) => matchers.some((matches) => matches(name));
}
