// What the generators of the Markdown pages share (`api-reference.mjs`, `docs.mjs`).

/** A Markdown table. */
export const table = (head, rows) => [`| ${head.join(' | ')} |`, `|${head.map(() => '---').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');

/** `page` with what stands between the `start` and `end` markers replaced by `content`; `undefined` when it has no `start`. */
export function splice(page, start, end, content) {
  const [before, rest] = page.split(start);
  if (rest === undefined) return undefined;
  return `${before}${content}${rest.split(end)[1]}`;
}
