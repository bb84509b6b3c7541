// Build-time minification of the card's Lit templates, which no JS minifier touches because they
// are template strings. Pure text transforms on the source, used by vite.config.ts:
// - css`…` (no ${} inside): comments dropped, white space collapsed;
// - html`…` and svg`…`: in the static parts only, a run of white space that contains a line break
//   (source indentation) becomes nothing next to a tag boundary and one space elsewhere, which is
//   how HTML would render it anyway.

export function minifyCss(body) {
  return body
    .replace(/\/\*[\s\S]*?\*\//g, '')
    .replace(/\s+/g, ' ')
    .replace(/\s*([{};,>])\s*/g, '$1')
    .replace(/:\s+/g, ':') // spaces before ':' are kept: `.a :focus` differs from `.a:focus`
    .replace(/;}/g, '}')
    .trim();
}

function collapse(part, atStart, atEnd) {
  return part.replace(/\s*\n\s*/g, (run, offset) => {
    const before = offset === 0 ? (atStart ? '>' : '') : part[offset - 1];
    const after = part[offset + run.length] ?? (atEnd ? '<' : '');
    return before === '>' || after === '<' ? '' : ' ';
  });
}

/** Rewrites every html`…` / svg`…` / css`…` literal in `code`; nested templates in ${} are handled too. */
export function minifyLiterals(code) {
  let out = '';
  let i = 0;
  const tag = /\b(html|svg|css)`/g;
  while (true) {
    tag.lastIndex = i;
    const match = tag.exec(code);
    if (!match) break;
    out += code.slice(i, match.index) + match[0];
    i = match.index + match[0].length;
    const [text, end] = literal(code, i, match[1]);
    out += text + '`';
    i = end + 1;
  }
  return out + code.slice(i);
}

/** Reads a template literal body from `start` (after the backtick) to its closing backtick. */
function literal(code, start, kind) {
  let out = '';
  let part = '';
  let i = start;
  let first = true;
  const flush = (atEnd) => {
    // Plain JS template strings are data: only Lit's html and svg templates are collapsed.
    out += kind === 'html' || kind === 'svg' ? collapse(part, first, atEnd) : part;
    part = '';
    first = false;
  };
  while (i < code.length) {
    const c = code[i];
    if (c === '\\') {
      part += code.slice(i, i + 2);
      i += 2;
    } else if (c === '`') {
      flush(true);
      if (kind === 'css' && !out.includes('${')) out = minifyCss(out);
      return [out, i];
    } else if (c === '$' && code[i + 1] === '{') {
      flush(false);
      const end = expressionEnd(code, i + 2);
      out += '${' + minifyLiterals(code.slice(i + 2, end)) + '}';
      i = end + 1;
    } else {
      part += c;
      i++;
    }
  }
  throw new Error('Unterminated template literal');
}

/** Index of the `}` closing a `${` expression, skipping strings and nested templates. */
function expressionEnd(code, i) {
  let depth = 0;
  while (i < code.length) {
    const c = code[i];
    if (c === '{') depth++;
    else if (c === '}') {
      if (depth === 0) return i;
      depth--;
    } else if (c === "'" || c === '"') {
      i = code.indexOf(c, i + 1);
      while (code[i - 1] === '\\') i = code.indexOf(c, i + 1);
    } else if (c === '`') {
      i = literal(code, i + 1, 'js')[1];
    }
    i++;
  }
  throw new Error('Unterminated expression');
}
