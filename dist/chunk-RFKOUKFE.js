import { createRequire as __leakguardCreateRequire } from 'node:module'; const require = __leakguardCreateRequire(import.meta.url);
import {
  base62,
  crc32
} from "./chunk-X3KJ4NUT.js";

// node_modules/balanced-match/dist/esm/index.js
var range = (a, b, str) => {
  let begs, beg, left, right = void 0, result;
  let ai = str.indexOf(a);
  let bi = str.indexOf(b, ai + 1);
  let i = ai;
  if (ai >= 0 && bi > 0) {
    if (a === b) {
      return [ai, bi];
    }
    begs = [];
    left = str.length;
    while (i >= 0 && !result) {
      if (i === ai) {
        begs.push(i);
        ai = str.indexOf(a, i + 1);
      } else if (begs.length === 1) {
        const r = begs.pop();
        if (r !== void 0)
          result = [r, bi];
      } else {
        beg = begs.pop();
        if (beg !== void 0 && beg < left) {
          left = beg;
          right = bi;
        }
        bi = str.indexOf(b, i + 1);
      }
      i = ai < bi && ai >= 0 ? ai : bi;
    }
    if (begs.length && right !== void 0) {
      result = [left, right];
    }
  }
  return result;
};

// node_modules/brace-expansion/dist/esm/index.js
var escSlash = "\0SLASH" + Math.random().toFixed(16) + "\0";
var escOpen = "\0OPEN" + Math.random().toFixed(16) + "\0";
var escClose = "\0CLOSE" + Math.random().toFixed(16) + "\0";
var escComma = "\0COMMA" + Math.random().toFixed(16) + "\0";
var escPeriod = "\0PERIOD" + Math.random().toFixed(16) + "\0";
var escSlashPattern = new RegExp(escSlash, "g");
var escOpenPattern = new RegExp(escOpen, "g");
var escClosePattern = new RegExp(escClose, "g");
var escCommaPattern = new RegExp(escComma, "g");
var escPeriodPattern = new RegExp(escPeriod, "g");
var slashPattern = /\\\\/g;
var openPattern = /\\{/g;
var closePattern = /\\}/g;
var commaPattern = /\\,/g;
var periodPattern = /\\\./g;
var EXPANSION_MAX = 1e5;
var EXPANSION_MAX_LENGTH = 4e6;
var EXPANSION_MAX_DEPTH = 1e3;
var EXPANSION_MAX_REWRITES = 1e3;
var EXPANSION_MAX_STEPS = 2e7;
var CALL_STEPS = 16;
function numeric(str) {
  return !isNaN(str) ? parseInt(str, 10) : str.charCodeAt(0);
}
function escapeBraces(str) {
  return str.replace(slashPattern, escSlash).replace(openPattern, escOpen).replace(closePattern, escClose).replace(commaPattern, escComma).replace(periodPattern, escPeriod);
}
function unescapeBraces(str) {
  return str.replace(escSlashPattern, "\\").replace(escOpenPattern, "{").replace(escClosePattern, "}").replace(escCommaPattern, ",").replace(escPeriodPattern, ".");
}
function pushAll(target, items) {
  for (let i = 0; i < items.length; i++) {
    target.push(items[i]);
  }
}
function balancedWithBudget(str, masked, budget) {
  if (budget.remaining < 0) {
    return void 0;
  }
  const r = range("{", "}", masked);
  const unmatched = r !== void 0 && masked.indexOf("{") < r[0];
  budget.remaining -= r && !unmatched ? r[1] + 1 : str.length;
  if (!r || budget.remaining < 0) {
    return void 0;
  }
  return {
    end: r[1],
    pre: str.slice(0, r[0]),
    body: str.slice(r[0] + 1, r[1]),
    post: str.slice(r[1] + 1),
    unmatched
  };
}
function maskUnmatchedOpens(masked, budget) {
  budget.remaining -= masked.length;
  const open = [];
  for (let i = 0; i < masked.length; i++) {
    const c = masked.charCodeAt(i);
    if (c === 123) {
      open.push(i);
    } else if (c === 125 && open.length) {
      open.pop();
    }
  }
  let out = "";
  let last = 0;
  for (let i = 0; i < open.length; i++) {
    const at = open[i];
    out += masked.slice(last, at) + "\0";
    last = at + 1;
  }
  return out + masked.slice(last);
}
function commaSetFollows(str, budget) {
  budget.remaining -= str.length;
  if (budget.remaining < 0) {
    return false;
  }
  let close = false;
  for (let i = str.length - 1; i >= 0; i--) {
    const c = str.charCodeAt(i);
    if (c === 125) {
      close = true;
    } else if (c === 10 || c === 13 || c === 8232 || c === 8233) {
      close = false;
    } else if (c === 44 && close && str.charCodeAt(i + 1) !== 44) {
      return true;
    }
  }
  return false;
}
function parseCommaParts(str, budget) {
  const parts = [];
  let carry = "";
  for (; ; ) {
    const m = balancedWithBudget(str, str, budget);
    if (budget.remaining < 0) {
      return void 0;
    }
    if (!m) {
      const tail = str.split(",");
      tail[0] = carry + tail[0];
      pushAll(parts, tail);
      return parts;
    }
    const { pre, body, post } = m;
    const p = pre.split(",");
    p[0] = carry + p[0];
    p[p.length - 1] += "{" + body + "}";
    if (!post.length) {
      pushAll(parts, p);
      return parts;
    }
    carry = p.pop();
    pushAll(parts, p);
    str = post;
  }
}
function bound(value, fallback) {
  return value === void 0 || isNaN(value) ? fallback : value;
}
function expand(str, options = {}) {
  if (!str) {
    return [];
  }
  const max = bound(options.max, EXPANSION_MAX);
  const maxLength = bound(options.maxLength, EXPANSION_MAX_LENGTH);
  const maxDepth = bound(options.maxDepth, EXPANSION_MAX_DEPTH);
  const maxRewrites = bound(options.maxRewrites, EXPANSION_MAX_REWRITES);
  const maxSteps = bound(options.maxSteps, EXPANSION_MAX_STEPS);
  if (str.slice(0, 2) === "{}") {
    str = "\\{\\}" + str.slice(2);
  }
  return expand_(escapeBraces(str), max, maxLength, maxDepth, 0, maxRewrites, { remaining: maxSteps }, true).map(unescapeBraces);
}
function embrace(str) {
  return "{" + str + "}";
}
function isPadded(el) {
  return /^-?0\d/.test(el);
}
function lte(i, y) {
  return i <= y;
}
function gte(i, y) {
  return i >= y;
}
function combine(acc, pre, values, max, maxLength, dropEmpties, budget) {
  const out = [];
  let length = 0;
  let nonEmpty;
  outer: for (let a = 0; a < acc.length; a++) {
    const prefix2 = acc[a] + pre;
    let vs = values;
    if (dropEmpties && !prefix2) {
      if (!nonEmpty)
        nonEmpty = values.filter((v) => v);
      vs = nonEmpty;
    }
    for (let v = 0; v < vs.length; v++) {
      if (out.length >= max)
        break outer;
      const expansion = prefix2 + vs[v];
      if (length + expansion.length > maxLength)
        break outer;
      out.push(expansion);
      length += expansion.length;
    }
  }
  budget.remaining -= out.length;
  return out;
}
function expandSequence(body, isAlphaSequence, max, maxLength, budget) {
  const n = body.split(/\.\./);
  const N = [];
  if (n[0] === void 0 || n[1] === void 0) {
    return N;
  }
  const x = numeric(n[0]);
  const y = numeric(n[1]);
  const width = Math.max(n[0].length, n[1].length);
  let incr = n.length === 3 && n[2] !== void 0 ? Math.max(Math.abs(numeric(n[2])), 1) : 1;
  let test = lte;
  const reverse = y < x;
  if (reverse) {
    incr *= -1;
    test = gte;
  }
  const pad = n.some(isPadded);
  const cost = pad ? width : 1;
  let length = 0;
  for (let i = x; test(i, y) && N.length < max; i += incr) {
    budget.remaining -= cost;
    if (budget.remaining < 0) {
      return void 0;
    }
    let c;
    if (isAlphaSequence) {
      c = String.fromCharCode(i);
      if (c === "\\") {
        c = "";
      }
    } else {
      c = String(i);
      if (pad) {
        const need = width - c.length;
        if (need > 0) {
          const z = new Array(need + 1).join("0");
          if (i < 0) {
            c = "-" + z + c.slice(1);
          } else {
            c = z + c;
          }
        }
      }
    }
    if (length + c.length > maxLength)
      break;
    N.push(c);
    length += c.length;
  }
  return N;
}
function expand_(str, max, maxLength, maxDepth, depth, maxRewrites, budget, isTop) {
  budget.remaining -= CALL_STEPS;
  if (depth > maxDepth) {
    return [str];
  }
  let acc = [""];
  let rewrites = 0;
  let dropEmpties = false;
  let firstGroup = true;
  let masked = str;
  for (; ; ) {
    const m = balancedWithBudget(str, masked, budget);
    if (!m) {
      return combine(acc, str, [""], max, maxLength, dropEmpties, budget);
    }
    if (m.unmatched) {
      masked = maskUnmatchedOpens(masked, budget);
    }
    const pre = m.pre;
    const literal2 = () => combine(acc, pre + "{" + m.body + "}" + m.post, [""], max, maxLength, dropEmpties, budget);
    if (/\$$/.test(pre)) {
      acc = combine(acc, pre + "{" + m.body + "}", [""], max, maxLength, dropEmpties && !m.post.length, budget);
      firstGroup = false;
      if (!m.post.length)
        break;
      str = m.post;
      masked = masked.slice(m.end + 1);
      continue;
    }
    const isNumericSequence = /^-?\d+\.\.-?\d+(?:\.\.-?\d+)?$/.test(m.body);
    const isAlphaSequence = /^[a-zA-Z]\.\.[a-zA-Z](?:\.\.-?\d+)?$/.test(m.body);
    const isSequence = isNumericSequence || isAlphaSequence;
    const isOptions = m.body.indexOf(",") >= 0;
    if (!isSequence && !isOptions) {
      if (rewrites < maxRewrites && commaSetFollows(m.post, budget)) {
        rewrites++;
        str = m.pre + "{" + m.body + escClose + m.post;
        masked = masked.slice(0, m.end) + escClose + masked.slice(m.end + 1);
        isTop = true;
        continue;
      }
      return literal2();
    }
    if (firstGroup) {
      dropEmpties = isTop && !isSequence;
      firstGroup = false;
    }
    let values;
    if (isSequence) {
      values = expandSequence(m.body, isAlphaSequence, max, maxLength, budget);
      if (!values) {
        return literal2();
      }
    } else {
      let n = parseCommaParts(m.body, budget);
      if (!n) {
        return literal2();
      }
      if (n.length === 1 && n[0] !== void 0) {
        n = expand_(n[0], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false).map(embrace);
        if (budget.remaining < 0) {
          return literal2();
        }
        if (n.length === 1) {
          const next3 = combine(acc, pre + n[0], [""], max, maxLength, dropEmpties && !m.post.length, budget);
          if (budget.remaining < 0) {
            return literal2();
          }
          acc = next3;
          if (!m.post.length)
            break;
          str = m.post;
          masked = masked.slice(m.end + 1);
          continue;
        }
      }
      let dropsEmpties = dropEmpties && !m.post.length && !pre;
      for (let d = 0; dropsEmpties && d < acc.length; d++) {
        if (acc[d]) {
          dropsEmpties = false;
        }
      }
      values = [];
      let valuesLength = 0;
      outer: for (let j = 0; j < n.length; j++) {
        const expanded = expand_(n[j], max, maxLength, maxDepth, depth + 1, maxRewrites, budget, false);
        if (budget.remaining < 0) {
          return literal2();
        }
        for (let k = 0; k < expanded.length; k++) {
          const v = expanded[k];
          if (dropsEmpties && !v)
            continue;
          if (values.length >= max || valuesLength + v.length > maxLength) {
            break outer;
          }
          values.push(v);
          valuesLength += v.length;
        }
      }
    }
    const next2 = combine(acc, pre, values, max, maxLength, dropEmpties && !m.post.length, budget);
    if (budget.remaining < 0) {
      return literal2();
    }
    acc = next2;
    if (!m.post.length)
      break;
    str = m.post;
    masked = masked.slice(m.end + 1);
  }
  return acc;
}

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/numeric-range.js
var digit = (a, b) => a === b ? { t: "lit", ch: String(a) } : { t: "class", re: new RegExp(`^[${a}-${b}]$`) };
var prefix = (d, alts) => alts.map((s) => [digit(d, d), ...s]);
var fixed = (a, b) => {
  if (!a)
    return [[]];
  let lo = +a[0];
  let hi = +b[0];
  const ra = a.slice(1);
  const rb = b.slice(1);
  if (lo === hi)
    return prefix(lo, fixed(ra, rb));
  const zeros = "0".repeat(ra.length);
  const nines = "9".repeat(ra.length);
  const out = [];
  if (ra !== zeros)
    out.push(...prefix(lo++, fixed(ra, nines)));
  const last = rb === nines ? [] : prefix(hi--, fixed(zeros, rb));
  if (lo <= hi) {
    out.push([digit(lo, hi), ...Array.from(ra, () => digit(0, 9))]);
  }
  out.push(...last);
  return out;
};
var nonneg = (a, b, width) => {
  if (width) {
    return fixed(String(a).padStart(width, "0"), String(b).padStart(width, "0"));
  }
  const out = [];
  for (let len = String(a).length; len <= String(b).length; len++) {
    const lo = Math.max(a, len === 1 ? 0 : 10 ** (len - 1));
    const hi = Math.min(b, 10 ** len - 1);
    out.push(...fixed(String(lo), String(hi)));
  }
  return out;
};
var numericRange = (loStr, hiStr) => {
  let lo = Number(loStr);
  let hi = Number(hiStr);
  if (!Number.isSafeInteger(lo) || !Number.isSafeInteger(hi))
    return;
  if (lo > hi)
    [lo, hi] = [hi, lo];
  const padded = /^-?0\d/.test(loStr) || /^-?0\d/.test(hiStr);
  const width = padded ? Math.max(loStr.length, hiStr.length) : 0;
  const out = [];
  if (lo < 0) {
    const neg = nonneg(Math.max(-hi, 1), -lo, width && width - 1);
    out.push(...neg.map((s) => [{ t: "lit", ch: "-" }, ...s]));
  }
  if (hi >= 0)
    out.push(...nonneg(Math.max(lo, 0), hi, width));
  return out;
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/parse-class.js
var posixClasses = {
  "[:alnum:]": ["\\p{L}\\p{Nl}\\p{Nd}"],
  "[:alpha:]": ["\\p{L}\\p{Nl}"],
  "[:ascii:]": ["\\x00-\\x7f"],
  "[:blank:]": ["\\p{Zs}\\t"],
  "[:cntrl:]": ["\\p{Cc}"],
  "[:digit:]": ["\\p{Nd}"],
  "[:graph:]": ["\\p{Z}\\p{C}", true],
  "[:lower:]": ["\\p{Ll}"],
  "[:print:]": ["\\p{C}", true],
  "[:punct:]": ["\\p{P}\\p{S}"],
  "[:space:]": ["\\p{Z}\\t\\r\\n\\v\\f"],
  "[:upper:]": ["\\p{Lu}"],
  "[:word:]": ["\\p{L}\\p{Nl}\\p{Nd}\\p{Pc}"],
  "[:xdigit:]": ["A-Fa-f0-9"]
};
var braceEscape = (s) => s.replace(/[[\]\\-]/g, "\\$&");
var noMatch = /$./;
var parseClass = (glob, position, nocase = false, form) => {
  const norm = (c) => {
    const n = form ? c.normalize(form) : c;
    return [...n].length === 1 ? n : c;
  };
  const pos = position;
  if (glob.charAt(pos) !== "[") {
    throw new Error("not in a brace expression");
  }
  const ranges = [];
  const negs = [];
  let i = pos + 1;
  let sawStart = false;
  let escaping = false;
  let negate = false;
  let endPos = pos;
  let rangeStart = "";
  WHILE: while (i < glob.length) {
    const c = String.fromCodePoint(glob.codePointAt(i));
    if ((c === "!" || c === "^") && i === pos + 1) {
      negate = true;
      i++;
      continue;
    }
    if (c === "]" && sawStart && !escaping) {
      endPos = i + 1;
      break;
    }
    sawStart = true;
    if (c === "\\") {
      if (!escaping) {
        escaping = true;
        i++;
        continue;
      }
    }
    if (c === "[" && !escaping) {
      for (const [cls, [unip, neg]] of Object.entries(posixClasses)) {
        if (glob.startsWith(cls, i)) {
          if (rangeStart) {
            return [noMatch, glob.length - pos];
          }
          i += cls.length;
          if (neg)
            negs.push(unip);
          else
            ranges.push(unip);
          continue WHILE;
        }
      }
    }
    escaping = false;
    const n = norm(c);
    if (rangeStart) {
      if (n.codePointAt(0) > rangeStart.codePointAt(0)) {
        ranges.push(braceEscape(rangeStart) + "-" + braceEscape(n));
      } else if (n === rangeStart) {
        ranges.push(braceEscape(n));
      }
      rangeStart = "";
      i += c.length;
      continue;
    }
    if (glob.startsWith("-]", i + c.length)) {
      ranges.push(braceEscape(n + "-"));
      i += c.length + 1;
      continue;
    }
    if (glob.startsWith("-", i + c.length)) {
      rangeStart = n;
      i += c.length + 1;
      continue;
    }
    ranges.push(braceEscape(n));
    i += c.length;
  }
  if (endPos < i) {
    return [noMatch, 0];
  }
  if (!ranges.length && !negs.length) {
    return [noMatch, glob.length - pos];
  }
  const sranges = "[" + (negate ? "^" : "") + ranges.join("") + "]";
  const snegs = "[" + (negate ? "" : "^") + negs.join("") + "]";
  const comb = "^" + (ranges.length && negs.length ? "(" + sranges + "|" + snegs + ")" : ranges.length ? sranges : snegs);
  return [new RegExp(comb, nocase ? "iu" : "u"), endPos - pos];
};

// node_modules/@isaacs/nonrecursive-glob-match/dist/esm/index.js
var MATCH = { t: "match", id: 0 };
var extTypes = "!?+*@";
var lit = (ch) => ({ t: "lit", ch });
var reEscape = (s) => s.replace(/[\\^$.*+?()[\]{}|/]/g, "\\$&");
var newFoldRe = (s) => new RegExp(`^${reEscape(s)}$`, "iu");
var foldCache = /* @__PURE__ */ new Map();
var foldRe = (ch) => {
  let re = foldCache.get(ch);
  if (!re) {
    re = newFoldRe(ch);
    if (foldCache.size >= 1e3)
      foldCache.clear();
    foldCache.set(ch, re);
  }
  return re;
};
var litMatch = (l, c) => {
  if (c === l.ch)
    return true;
  if (!l.re)
    return false;
  const code = c.charCodeAt(0);
  if (code >= 128)
    return l.re.test(c);
  const ascii = l.ascii ??= new Uint8Array(128);
  ascii[code] ||= l.re.test(c) ? 1 : 2;
  return ascii[code] === 1;
};
var tokenize = (p, nocase, noext, form, mark) => {
  const toks = [];
  for (let i = 0; i < p.length; ) {
    const c = String.fromCodePoint(p.codePointAt(i));
    if (mark) {
      const m = c === "\\" && p.startsWith(mark, i + 1) ? 1 : 0;
      if (m || c === mark) {
        const start = i + m + mark.length;
        const end = p.indexOf(mark, start);
        const r = /^(-?\d+)\.\.(-?\d+)$/.exec(p.slice(start, end));
        const alts = end !== -1 && r && numericRange(r[1], r[2]);
        if (alts) {
          toks.push({ t: "ext", type: "@", alts });
          i = end + mark.length;
          continue;
        }
      }
    }
    if (c === "\\") {
      const e = p.codePointAt(i + 1);
      const ch = e === void 0 ? c : String.fromCodePoint(e);
      toks.push(lit(ch));
      i += 1 + ch.length;
      continue;
    }
    if (c === "[") {
      const [re, consumed] = parseClass(p, i, nocase, form);
      if (consumed) {
        toks.push({ t: "class", re });
        i += consumed;
        continue;
      }
    }
    if (!noext && extTypes.includes(c) && p[i + 1] === "(") {
      toks.push({ t: "open", type: c });
      i += 2;
      continue;
    }
    toks.push(!noext && c === "|" ? { t: "bar" } : !noext && c === ")" ? { t: "close" } : c === "*" ? { t: "star" } : c === "?" ? { t: "any" } : lit(c));
    i += c.length;
  }
  return toks;
};
var pair = (toks) => {
  const pairs = /* @__PURE__ */ new Map();
  const stack = [];
  toks.forEach((tok, i) => {
    if (tok.t === "open")
      stack.push(i);
    else if (tok.t === "close" && stack.length)
      pairs.set(stack.pop(), i);
  });
  return pairs;
};
var build = (toks, pairs, start, end, top) => {
  let seq = [];
  const alts = [seq];
  for (let i = start; i < end; i++) {
    const tok = toks[i];
    const close = pairs.get(i);
    if (tok.t === "open" && close !== void 0) {
      const sub = build(toks, pairs, i + 1, close, false);
      seq.push({ t: "ext", type: tok.type, alts: sub });
      i = close;
    } else if (tok.t === "bar" && !top) {
      alts.push(seq = []);
    } else if (tok.t === "open") {
      seq.push(lit(tok.type), lit("("));
    } else if (tok.t === "bar") {
      seq.push(lit("|"));
    } else if (tok.t === "close") {
      seq.push(lit(")"));
    } else {
      seq.push(tok);
    }
  }
  return alts;
};
var normalize = (items, form) => {
  const out = [];
  let run = "";
  const flush = () => {
    for (const ch of run.normalize(form))
      out.push(lit(ch));
    run = "";
  };
  for (const it of items) {
    if (it.t === "lit") {
      run += it.ch;
      continue;
    }
    flush();
    out.push(it.t === "ext" ? { ...it, alts: it.alts.map((a) => normalize(a, form)) } : it);
  }
  flush();
  return out;
};
var compile = (items, nocase) => {
  let id = 1;
  const split = (out) => ({ t: "split", id: id++, out });
  const seq = (items2, next2) => items2.reduceRight((next3, it) => item(it, next3), next2);
  const item = (it, next2) => {
    switch (it.t) {
      case "lit":
        const re = nocase ? foldRe(it.ch) : void 0;
        return { t: "lit", id: id++, ch: it.ch, re, next: next2 };
      case "any":
      case "star":
        return { t: it.t, id: id++, next: next2 };
      case "class":
        return { t: "class", id: id++, re: it.re, next: next2 };
    }
    const alts = (next3) => it.alts.map((a) => seq(a, next3));
    switch (it.type) {
      case "@":
        return split(alts(next2));
      case "?":
        return split([next2, ...alts(next2)]);
      case "!":
        return { t: "neg", id: id++, sub: split(alts(MATCH)), next: next2 };
    }
    const after = split([]);
    const entry = split(alts(after));
    after.out.push(next2, entry);
    return it.type === "*" ? after : entry;
  };
  const start = seq(items, MATCH);
  return [start, id];
};
var show = (start) => {
  const lines = [];
  const seen = /* @__PURE__ */ new Set();
  const ref = (n) => n.t === "match" ? "match" : String(n.id);
  const walk = (n, indent) => {
    if (n.t === "match" || seen.has(n))
      return;
    seen.add(n);
    const line = (desc) => lines.push(`${indent}${n.id}: ${desc}`);
    switch (n.t) {
      case "split":
        line(`split -> ${n.out.map(ref).join(", ")}`);
        for (const o of n.out)
          walk(o, indent);
        return;
      case "neg":
        line(`!(${ref(n.sub)}) -> ${ref(n.next)}`);
        walk(n.sub, indent + "  ");
        return walk(n.next, indent);
      case "lit":
        line(`${JSON.stringify(n.ch)} -> ${ref(n.next)}`);
        break;
      case "class":
        line(`${n.re} -> ${ref(n.next)}`);
        break;
      default:
        line(`${n.t === "any" ? "?" : "*"} -> ${ref(n.next)}`);
    }
    walk(n.next, indent);
  };
  walk(start, "");
  return [`start -> ${ref(start)}`, ...lines].join("\n");
};
var State = class {
  // set by the Sim, to mark the nodes that this state has
  gen;
  threads = [];
  match = false;
  runs = [];
  // the sorted ids of the threads, with 0 for a match, once the
  // state is done
  ids = [];
  constructor(gen) {
    this.gen = gen;
  }
  // no threads, so nothing more can match
  get dead() {
    return !this.threads.length && !this.match && !this.runs.length;
  }
};
var sameState = (a, b) => {
  if (a.ids.length !== b.ids.length)
    return false;
  if (a.runs.length !== b.runs.length)
    return false;
  if (a.ids.some((id, i) => id !== b.ids[i]))
    return false;
  return a.runs.every((r) => b.runs.some((o) => o.neg === r.neg && sameState(o.state, r.state)));
};
var marks = (size) => ({
  has: new Float64Array(size),
  seen: new Float64Array(size),
  gen: 0
});
var Sim = class {
  // `.` and `..` only match literal dots, even with `dot:true`
  dots;
  // the string starts with `.`, and `dot:true` is not set
  dotStart;
  #marks;
  constructor(dots, dotStart, marks2) {
    this.dots = dots;
    this.dotStart = dotStart;
    this.#marks = marks2;
  }
  state() {
    return new State(++this.#marks.gen);
  }
  // sort the ids of a state, once it has all of its threads
  done(state) {
    state.ids = state.threads.map((n) => n.id).sort((a, b) => a - b);
    if (state.match)
      state.ids.unshift(MATCH.id);
    return state;
  }
  // true the first time that the state walks through the node, so
  // that loops in the graph stop
  #visit(state, node) {
    const { seen } = this.#marks;
    if (seen[node.id] === state.gen)
      return false;
    seen[node.id] = state.gen;
    return true;
  }
  #addThread(state, node) {
    const { has } = this.#marks;
    if (has[node.id] === state.gen)
      return false;
    has[node.id] = state.gen;
    state.threads.push(node);
    return true;
  }
  // wildcards only match a leading dot if `dot:true`. In a negated
  // sub-pattern, this does not apply, because the negation itself
  // can not match a leading dot.
  restricted(i, top) {
    return top && (this.dots || this.dotStart && i === 0);
  }
  add(state, node, i, top) {
    switch (node.t) {
      case "split":
        if (!this.#visit(state, node))
          return;
        for (const o of node.out)
          this.add(state, o, i, top);
        return;
      case "neg":
        if (!this.#visit(state, node))
          return;
        const sub = this.state();
        this.add(sub, node.sub, i, false);
        this.done(sub);
        return this.addRun(state, { t: "run", neg: node, state: sub }, i, top);
      case "star":
        if (this.restricted(i, top))
          return;
        if (this.#addThread(state, node))
          this.add(state, node.next, i, top);
        return;
      case "match":
        state.match = true;
        return;
      default:
        this.#addThread(state, node);
    }
  }
  addRun(state, run, i, top) {
    for (const r of state.runs) {
      if (r.neg === run.neg && sameState(r.state, run.state))
        return;
    }
    state.runs.push(run);
    if (!run.state.match) {
      this.add(state, run.neg.next, i, top);
    }
  }
  // the threads after char `c`, at index `i`
  step(state, c, i, top) {
    const next2 = this.state();
    for (const th of state.threads) {
      switch (th.t) {
        case "lit":
          if (litMatch(th, c)) {
            this.add(next2, th.next, i + 1, top);
          }
          break;
        case "any":
          if (!this.restricted(i, top))
            this.add(next2, th.next, i + 1, top);
          break;
        case "class":
          if (!this.restricted(i, top) && th.re.test(c)) {
            this.add(next2, th.next, i + 1, top);
          }
          break;
        case "star":
          if (!this.restricted(i, top))
            this.add(next2, th, i + 1, top);
      }
    }
    if (!this.restricted(i, top)) {
      for (const run of state.runs) {
        if (run.state.dead) {
          this.addRun(next2, run, i + 1, top);
          continue;
        }
        const sub = this.step(run.state, c, i, false);
        this.addRun(next2, { t: "run", neg: run.neg, state: sub }, i + 1, top);
      }
    }
    return this.done(next2);
  }
};
var stateKey = (state) => {
  const ids = state.ids.join();
  if (!state.runs.length)
    return ids;
  const runs = state.runs.map((r) => `${r.neg.id}(${stateKey(r.state)})`);
  return `${ids}|${runs.sort().join("|")}`;
};
var DFA_BUDGET = 1 << 18;
var Dfa = class {
  #start;
  #states = /* @__PURE__ */ new Map();
  #size = 0;
  #plain;
  #dotStart;
  #sim;
  #dotSim;
  constructor(start, marks2) {
    this.#start = start;
    this.#sim = new Sim(false, false, marks2);
    this.#dotSim = new Sim(false, true, marks2);
  }
  #make(state) {
    return {
      state,
      match: state.match,
      dead: state.dead,
      next: /* @__PURE__ */ new Map()
    };
  }
  #intern(state) {
    const key = stateKey(state);
    const found = this.#states.get(key);
    if (found)
      return found;
    if (this.#size > DFA_BUDGET)
      this.#clear();
    const d = this.#make(state);
    this.#states.set(key, d);
    this.#size += key.length + 1;
    return d;
  }
  #clear() {
    this.#states.clear();
    this.#size = 0;
    this.#plain = void 0;
    this.#dotStart = void 0;
  }
  start(dotStart) {
    if (dotStart) {
      if (this.#dotStart)
        return this.#dotStart;
      const state2 = this.#dotSim.state();
      this.#dotSim.add(state2, this.#start, 0, true);
      return this.#dotStart = this.#make(this.#dotSim.done(state2));
    }
    if (this.#plain)
      return this.#plain;
    const state = this.#sim.state();
    this.#sim.add(state, this.#start, 0, true);
    return this.#plain = this.#intern(this.#sim.done(state));
  }
  // the next state, after a miss in `d.ascii`
  next(d, c) {
    const code = c.charCodeAt(0);
    const found = code < 128 ? void 0 : d.next.get(c);
    if (found)
      return found;
    const n = d === this.#dotStart ? this.#intern(this.#dotSim.step(d.state, c, 0, true)) : this.#intern(this.#sim.step(d.state, c, 1, true));
    if (code < 128) {
      if (!d.ascii) {
        d.ascii = new Array(128);
        this.#size += 128;
      }
      d.ascii[code] = n;
    } else {
      d.next.set(c, n);
    }
    this.#size++;
    return n;
  }
};
var linear = (start) => {
  const nodes = [];
  for (let n = start; n.t !== "match"; n = n.next) {
    if (n.t === "split" || n.t === "neg")
      return void 0;
    nodes.push(n);
  }
  return nodes;
};
var testLinear = (nodes, chars, start, end) => {
  let ni = 0;
  let ci = start;
  let starNi = -1;
  let starCi = 0;
  while (ci < end) {
    const n = nodes[ni];
    if (n?.t === "star") {
      starNi = ni++;
      starCi = ci;
      continue;
    }
    const c = chars[ci];
    if (n && (n.t === "any" || n.t === "lit" && litMatch(n, c) || n.t === "class" && n.re.test(c))) {
      ni++;
      ci++;
      continue;
    }
    if (starNi === -1)
      return false;
    ni = starNi + 1;
    ci = ++starCi;
  }
  while (nodes[ni]?.t === "star")
    ni++;
  return ni === nodes.length;
};
var lengths = (items) => {
  let min = 0;
  let max = 0;
  for (const it of items) {
    const [lo, hi] = itemLengths(it);
    min += lo;
    max += hi;
  }
  return [min, max];
};
var itemLengths = (it) => {
  if (it.t === "star")
    return [0, Infinity];
  if (it.t !== "ext")
    return [1, 1];
  if (it.type === "!")
    return [0, Infinity];
  const alts = it.alts.map(lengths);
  const min = Math.min(...alts.map((a) => a[0]));
  const max = Math.max(...alts.map((a) => a[1]));
  const loop = max === 0 ? 0 : Infinity;
  return it.type === "@" ? [min, max] : it.type === "?" ? [0, max] : it.type === "*" ? [0, loop] : [min, loop];
};
var hasAffix = (lits, chars, start) => {
  for (let j = 0; j < lits.length; j++) {
    if (!litMatch(lits[j], chars[start + j]))
      return false;
  }
  return true;
};
var slashOrSurrogate = /[/\ud800-\udfff]/;
var surrogate = /[\ud800-\udfff]/;
var codePoints = (s) => surrogate.test(s) ? [...s] : s;
var noSlash = (s) => {
  if (s.includes("/")) {
    throw new Error("can only match a single path portion, got: " + s);
  }
};
var Matcher = class {
  pattern;
  options;
  #start;
  // the number of node ids
  #size;
  #marks;
  // the Sim for strings that are only `.` or `..`
  #dotsSim;
  // the string to compare, if the pattern has no magic. With
  // `nocase:true`, the RegExp that folds case is made when it is
  // first used.
  #literal;
  #literalFold = false;
  #literalRe;
  // the nodes between the prefix and suffix, if the graph is a
  // single chain
  #linear;
  // the linear nodes are only `*` and `?`, so the length bounds and
  // the prefix and suffix decide the match
  #wild = false;
  // the least and most chars that a match can have
  #min = 0;
  #max = Infinity;
  // the literals that a match must start and end with. Each one
  // matches exactly one char, and they are distinct items in the
  // pattern, so a string that does not have them can not match.
  #prefix = [];
  #suffix = [];
  // the prefix and suffix as strings, if they do not fold case
  #prefixStr;
  #suffixStr;
  // there is a prefix or suffix to check
  #affix = false;
  #dfa;
  #form;
  constructor(pattern, options = {}) {
    if (pattern.includes("/")) {
      throw new Error("can only match a single path portion, got pattern: " + pattern);
    }
    this.pattern = pattern;
    this.options = options;
    const { nocase = false, noext = false, normalize: n } = options;
    this.#form = n === true ? "NFC" : n || void 0;
    const literal2 = /^[?*+@]\(\)$/.test(pattern);
    const toks = tokenize(pattern, nocase, noext || literal2, this.#form, options.rangeMark);
    let [items] = build(toks, pair(toks), 0, toks.length, true);
    if (this.#form)
      items = normalize(items, this.#form);
    const [start, size] = compile(items, nocase);
    this.#start = start;
    this.#size = size;
    if (items.every((it) => it.t === "lit")) {
      this.#literal = items.map((it) => it.ch).join("");
      this.#literalFold = nocase;
    } else {
      const lit2 = (it) => it.t !== "lit" ? void 0 : nocase ? { ch: it.ch, re: foldRe(it.ch) } : { ch: it.ch };
      for (const it of items) {
        const l = lit2(it);
        if (!l)
          break;
        this.#prefix.push(l);
      }
      for (let j = items.length - 1; j >= 0; j--) {
        const l = lit2(items[j]);
        if (!l)
          break;
        this.#suffix.unshift(l);
      }
      this.#affix = !!(this.#prefix.length || this.#suffix.length);
      if (!nocase) {
        this.#prefixStr = this.#prefix.map((l) => l.ch).join("");
        this.#suffixStr = this.#suffix.map((l) => l.ch).join("");
      }
      this.#linear = linear(this.#start)?.slice(this.#prefix.length, -this.#suffix.length || void 0);
      this.#wild = !!this.#linear?.every((n2) => n2.t === "star" || n2.t === "any");
      const [min, max] = lengths(items);
      this.#min = min;
      this.#max = max;
    }
  }
  test(s) {
    if (this.#form) {
      noSlash(s);
      return this.#test(s.normalize(this.#form));
    }
    if (slashOrSurrogate.test(s)) {
      noSlash(s);
      return this.#test(s, [...s]);
    }
    return this.#test(s, s);
  }
  /**
   * The same as {@link Matcher#test}, but the string is not checked
   * for `/` chars, so the result for a string that has one is not
   * defined. Only use it for a string that is known to be one path
   * portion, such as a part of a path that was split on `/`. It can
   * be faster, because some patterns do not need to look at each char
   * of the string.
   */
  testUnchecked(s) {
    return this.#test(this.#form ? s.normalize(this.#form) : s);
  }
  // Test a string that has no `/`. `chars` indexes it by code point.
  // If it is not given, it is only found if a step needs it.
  #test(s, chars) {
    if (this.#literal !== void 0) {
      return this.#literalFold ? (this.#literalRe ??= newFoldRe(this.#literal)).test(s) : s === this.#literal;
    }
    const min = this.#min;
    const max = this.#max;
    if (chars === void 0) {
      const most = s.length;
      const least = most + 1 >> 1;
      if (most < min || least > max)
        return false;
      if (least < min || most > max)
        chars = codePoints(s);
    }
    if (chars !== void 0 && (chars.length < min || chars.length > max)) {
      return false;
    }
    const prefix2 = this.#prefix.length;
    if (this.#affix) {
      if (this.#prefixStr !== void 0 && this.#suffixStr !== void 0) {
        if (!s.startsWith(this.#prefixStr) || !s.endsWith(this.#suffixStr)) {
          return false;
        }
      } else {
        chars ??= codePoints(s);
        const end = chars.length - this.#suffix.length;
        if (!hasAffix(this.#prefix, chars, 0) || !hasAffix(this.#suffix, chars, end)) {
          return false;
        }
      }
    }
    const dotStart = !this.options.dot && s.startsWith(".");
    if (this.#linear) {
      if (s === "." || s === "..")
        return false;
      if (dotStart && !prefix2)
        return false;
      if (this.#wild)
        return true;
      chars ??= codePoints(s);
      const end = chars.length - this.#suffix.length;
      return testLinear(this.#linear, chars, prefix2, end);
    }
    chars ??= codePoints(s);
    if (s === "." || s === "..") {
      this.#marks ??= marks(this.#size);
      const sim = this.#dotsSim ??= new Sim(true, false, this.#marks);
      const start = sim.state();
      sim.add(start, this.#start, 0, true);
      let state = sim.done(start);
      for (let i = 0; i < chars.length; i++) {
        state = sim.step(state, chars[i], i, true);
      }
      return state.match;
    }
    this.#marks ??= marks(this.#size);
    const dfa = this.#dfa ??= new Dfa(this.#start, this.#marks);
    let d = dfa.start(dotStart);
    const str = chars === s;
    for (let i = 0; i < chars.length; i++) {
      if (d.dead)
        return false;
      const code = str ? s.charCodeAt(i) : chars[i].charCodeAt(0);
      d = d.ascii?.[code] ?? dfa.next(d, chars[i]);
    }
    return d.match;
  }
  /** a readable listing of the state machine */
  toString() {
    return show(this.#start);
  }
};

// node_modules/minimatch/dist/esm/assert-valid-pattern.js
var MAX_PATTERN_LENGTH = 1024 * 64;
var assertValidPattern = (pattern) => {
  if (typeof pattern !== "string") {
    throw new TypeError("invalid pattern");
  }
  if (pattern.length > MAX_PATTERN_LENGTH) {
    throw new TypeError("pattern is too long");
  }
};

// node_modules/minimatch/dist/esm/escape.js
var escape = (s, { windowsPathsNoEscape = false, magicalBraces = false } = {}) => {
  const e = magicalBraces ? windowsPathsNoEscape ? s.replace(/[?*()[\]{}]/g, "[$&]") : s.replace(/[?*()[\]\\{}]/g, "\\$&") : windowsPathsNoEscape ? s.replace(/[?*()[\]]/g, "[$&]") : s.replace(/[?*()[\]\\]/g, "\\$&");
  const c = e.charAt(0);
  if (c === "#") {
    return (windowsPathsNoEscape ? "[#]" : "\\#") + e.slice(1);
  }
  if (c === "!") {
    return (windowsPathsNoEscape ? "@(!)" : "\\!") + e.slice(1);
  }
  return e;
};

// node_modules/minimatch/dist/esm/unescape.js
var unescape = (s, { windowsPathsNoEscape = false, magicalBraces = true } = {}) => {
  if (windowsPathsNoEscape && s.startsWith("@(!)")) {
    return "!" + unescape(s.slice(4), { windowsPathsNoEscape, magicalBraces });
  }
  if (magicalBraces) {
    return windowsPathsNoEscape ? s.replace(/\[([^/\\])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\])\]/g, "$1$2").replace(/\\([^/])/g, "$1");
  }
  return windowsPathsNoEscape ? s.replace(/\[([^/\\{}])\]/g, "$1") : s.replace(/((?!\\).|^)\[([^/\\{}])\]/g, "$1$2").replace(/\\([^/{}])/g, "$1");
};

// node_modules/minimatch/dist/esm/index.js
var DEFAULT_BRACE_EXPAND_MAX = 1e5;
var DEFAULT_GLOB_STAR_RECURSION_MAX = 200;
var AWE_KEY = "allowWindowsEscape";
var minimatch = (p, pattern, options) => {
  assertValidPattern(pattern);
  if (!options?.nocomment && pattern.charAt(0) === "#") {
    return false;
  }
  return cachedMinimatch(pattern, options).match(p);
};
var cache = /* @__PURE__ */ new Map();
var oldCache = /* @__PURE__ */ new Map();
var cacheSize = 0;
var cacheTotalWeight = 0;
var cacheMax = 256;
var cacheMaxWeight = 1 << 15;
var cacheMaxEntryWeight = 1 << 12;
var cacheWeight = (mm) => {
  let w = mm.pattern.length;
  for (const s of mm.globSet) {
    w += s.length + 1;
    if (w > cacheMaxEntryWeight)
      break;
  }
  return w;
};
var tri = (v) => v === void 0 ? 0 : v ? 2 : 1;
var booleanWeights = new Map(Object.keys({
  nobrace: 0,
  nocomment: 0,
  nonegate: 0,
  noglobstar: 0,
  noext: 0,
  nonull: 0,
  partial: 0,
  dot: 0,
  nocase: 0,
  nocaseMagicOnly: 0,
  magicalBraces: 0,
  matchBase: 0,
  flipNegate: 0,
  preserveMultipleSlashes: 0,
  windowsNoMagicRoot: 0
}).map((k, i) => [k, 24 * 3 ** i]));
var optionsKey = (o) => {
  let n = 0;
  let wpe = false;
  for (const k in o) {
    const v = o[k];
    switch (k) {
      // the same test as the Minimatch constructor
      case "windowsPathsNoEscape":
        if (v)
          wpe = true;
        break;
      case AWE_KEY:
        if (v === false)
          wpe = true;
        break;
      case "platform": {
        const p = v || defaultPlatform;
        if (p === defaultPlatform)
          break;
        if (p === "darwin")
          n += 3;
        else if (p === "win32")
          n += 6;
        else if (p === "linux")
          n += 9;
        else
          return JSON.stringify(o);
        break;
      }
      case "optimizationLevel":
        if (v === void 0)
          break;
        n += v >= 2 ? 1 : v >= 1 ? 0 : 2;
        break;
      case "braceExpandMax":
        if (v !== void 0 && v !== DEFAULT_BRACE_EXPAND_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "maxGlobstarRecursion":
        if (v !== void 0 && v !== DEFAULT_GLOB_STAR_RECURSION_MAX) {
          return JSON.stringify(o);
        }
        break;
      case "normalize":
        if (v !== void 0)
          return JSON.stringify(o);
        break;
      default:
        n += (booleanWeights.get(k) ?? 0) * tri(v);
    }
  }
  return wpe ? n + 12 : n;
};
var copyOptions = (o) => {
  const copy = {};
  for (const k in o)
    copy[k] = o[k];
  return copy;
};
var cachedMinimatch = (pattern, options) => {
  const key = options ? optionsKey(options) : 0;
  let mm = cache.get(key)?.get(pattern);
  if (mm)
    return mm;
  mm = oldCache.get(key)?.get(pattern) ?? new Minimatch(pattern, copyOptions(options));
  const weight = cacheWeight(mm);
  if (weight > cacheMaxEntryWeight)
    return mm;
  if (cacheSize >= cacheMax || cacheTotalWeight + weight > cacheMaxWeight) {
    oldCache = cache;
    cache = /* @__PURE__ */ new Map();
    cacheSize = 0;
    cacheTotalWeight = 0;
  }
  let byPattern = cache.get(key);
  if (!byPattern)
    cache.set(key, byPattern = /* @__PURE__ */ new Map());
  byPattern.set(pattern, mm);
  cacheSize++;
  cacheTotalWeight += weight;
  return mm;
};
var defaultPlatform = typeof process === "object" && process ? process.env?.__MINIMATCH_TESTING_PLATFORM__ || process.platform : "posix";
var path = {
  win32: { sep: "\\" },
  posix: { sep: "/" }
};
var sep = defaultPlatform === "win32" ? path.win32.sep : path.posix.sep;
minimatch.sep = sep;
var GLOBSTAR = /* @__PURE__ */ Symbol("globstar **");
minimatch.GLOBSTAR = GLOBSTAR;
var filter = (pattern, options) => {
  let mm;
  return (p) => (mm ??= cachedMinimatch(pattern, options)).match(p);
};
minimatch.filter = filter;
var ext = (a, b = {}) => Object.assign({}, a, b);
var defaults = (def) => {
  if (!def || typeof def !== "object" || !Object.keys(def).length) {
    return minimatch;
  }
  const orig = minimatch;
  const m = (p, pattern, options = {}) => orig(p, pattern, ext(def, options));
  return Object.assign(m, {
    Minimatch: class Minimatch extends orig.Minimatch {
      constructor(pattern, options = {}) {
        super(pattern, ext(def, options));
      }
      static defaults(options) {
        return orig.defaults(ext(def, options)).Minimatch;
      }
    },
    unescape: (s, options = {}) => orig.unescape(s, ext(def, options)),
    escape: (s, options = {}) => orig.escape(s, ext(def, options)),
    filter: (pattern, options = {}) => orig.filter(pattern, ext(def, options)),
    defaults: (options) => orig.defaults(ext(def, options)),
    braceExpand: (pattern, options = {}) => orig.braceExpand(pattern, ext(def, options)),
    match: (list, pattern, options = {}) => orig.match(list, pattern, ext(def, options)),
    sep: orig.sep,
    GLOBSTAR
  });
};
minimatch.defaults = defaults;
var braceExpand = (pattern, options = {}) => {
  assertValidPattern(pattern);
  if (options.nobrace || !/\{(?:(?!\{).)*\}/.test(pattern)) {
    return [pattern];
  }
  let p = pattern.replace(/\\\\/g, "\\\\\\\\");
  if (options.windowsPathsNoEscape || options[AWE_KEY] === false) {
    p = p.replace(/\[([{}])\]/g, "[\\$1]");
  }
  return expand(p, { max: options.braceExpandMax });
};
minimatch.braceExpand = braceExpand;
var RANGE_MIN = 100;
var rangeRe = /(?<![\\$])\{(-?\d+)\.\.(-?\d+)\}/g;
var inRepeatOrNegExt = (portion, mark) => {
  const stack = [];
  for (let i = 0; i < portion.length; i++) {
    const c = portion.charAt(i);
    if (c === "\\") {
      i++;
    } else if (c === mark) {
      if (stack.some((t) => t !== "@" && t !== "?"))
        return true;
    } else if (portion.charAt(i + 1) === "(" && "!?+*@".includes(c)) {
      stack.push(c);
      i++;
    } else if (c === ")") {
      stack.pop();
    }
  }
  return false;
};
var match = (list, pattern, options = {}) => {
  const mm = new Minimatch(pattern, options);
  list = list.filter((f) => mm.match(f));
  if (mm.options.nonull && !list.length) {
    list.push(pattern);
  }
  return list;
};
minimatch.match = match;
var globMagic = /[?*]|[+@!]\(.*?\)|\[|\]/;
var classEnd = (pattern, start) => {
  let i = start + 1;
  if (pattern.charAt(i) === "!" || pattern.charAt(i) === "^")
    i++;
  let sawStart = false;
  for (; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "]" && sawStart)
      return i;
    sawStart = true;
    if (c === "\\")
      i++;
  }
  return -1;
};
var literal = (pattern, noext) => {
  if (!noext && (pattern === "+()" || pattern === "@()"))
    return pattern;
  let lit2 = "";
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      lit2 += pattern.charAt(++i) || c;
    } else if (c === "*" || c === "?") {
      return void 0;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close === -1) {
        lit2 += c;
        continue;
      }
      let body = pattern.slice(i + 1, close);
      if (body.startsWith("\\"))
        body = body.slice(1);
      if ([...body].length !== 1 || "!^".includes(pattern.charAt(i + 1))) {
        return void 0;
      }
      lit2 += body;
      i = close;
    } else if (!noext && "+@!".includes(c) && pattern.charAt(i + 1) === "(" && pattern.includes(")", i + 2)) {
      return void 0;
    } else {
      lit2 += c;
    }
  }
  return lit2;
};
var MAX_EXTGLOBS = 256;
var extglobCount = (pattern) => {
  let n = 0;
  for (let i = 0; i < pattern.length - 1; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      i++;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      n++;
      i++;
    }
  }
  return n;
};
var assertValidExtglobs = (pattern) => {
  if (extglobCount(pattern) > MAX_EXTGLOBS) {
    throw new TypeError("pattern has too many extglobs");
  }
};
var extSafe = (pattern) => {
  if (/^[?*+@]\(\)$/.test(pattern) || pattern.includes("[:"))
    return false;
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    const c = pattern.charAt(i);
    if (c === "\\") {
      if (++i === pattern.length)
        return false;
    } else if (c === "[") {
      const close = classEnd(pattern, i);
      if (close !== -1)
        i = close;
    } else if ("+@!?*".includes(c) && pattern.charAt(i + 1) === "(") {
      depth++;
      i++;
    } else if (c === ")") {
      if (!depth--)
        return false;
    } else if (c === "|" && !depth) {
      return false;
    }
  }
  return !depth;
};
var lastSplit;
var lastChecked;
var portionMatch = (p, f) => typeof p === "string" ? f === p : f !== "" && p.testUnchecked(f);
var endIndex = (p, last, lastStart, prev, prevStart) => portionMatch(p, last) ? lastStart : prev !== void 0 && portionMatch(p, prev) ? prevStart : -1;
var isDots = (p) => p === "." || p === "..";
var isDrive = (p) => typeof p === "string" && /^[a-z]:$/i.test(p);
var isLongUNC = (p) => typeof p === "string" && /^unc$/i.test(p);
var uncHost = (p) => {
  if (p[0] !== "" || p[1] !== "")
    return -1;
  const h = p[2] !== "?" ? 2 : isLongUNC(p[3]) ? 4 : -1;
  const host = p[h];
  const share = p[h + 1];
  return h !== -1 && host !== void 0 && host !== "" && host !== GLOBSTAR && share !== void 0 && share !== "" && share !== GLOBSTAR ? h : -1;
};
var walkable = (p, dot) => !isDots(p) && (dot || !p.startsWith("."));
var dotPortion = (f, start, end, dot, sep2) => {
  for (let k = start; k < end; ) {
    if (f.charCodeAt(k) === 46) {
      if (!dot)
        return true;
      const n = f.charCodeAt(k + 1) === 46 ? k + 2 : k + 1;
      if (n >= end || isSep(f.charCodeAt(n), sep2))
        return true;
    }
    const s = nextSep(f, k, sep2);
    if (s === -1)
      return false;
    k = s + 1;
    while (k < end && isSep(f.charCodeAt(k), sep2))
      k++;
  }
  return false;
};
var isSep = (c, sep2) => sep2 === "/" ? c === 47 : sep2 === "\\" ? c === 92 : c === 47 || c === 92;
var nextSep = (f, from, sep2) => {
  if (sep2 !== "both")
    return f.indexOf(sep2, from);
  const s = f.indexOf("/", from);
  const b = f.indexOf("\\", from);
  return s === -1 ? b : b === -1 ? s : Math.min(s, b);
};
var lastSep = (f, from, sep2) => sep2 !== "both" ? f.lastIndexOf(sep2, from) : Math.max(f.lastIndexOf("/", from), f.lastIndexOf("\\", from));
var PENDING = {};
var Minimatch = class {
  options;
  set;
  pattern;
  windowsPathsNoEscape;
  nonegate;
  negate;
  comment;
  empty;
  preserveMultipleSlashes;
  partial;
  globSet;
  globParts;
  nocase;
  isWindows;
  platform;
  windowsNoMagicRoot;
  maxGlobstarRecursion;
  // the path can be checked against the last portion, and the string
  // portions, of each row before it is split. See #canMatch.
  #endCheck;
  #literalCheck;
  // level 2 resolves `.` and `..` portions in the path
  #level2;
  // the unicode normalization form, if any
  #form;
  // the string portions of each row in the set
  #literals = [];
  // the rows that #canMatch can match without splitting the path
  #shapes = [];
  // the rows whose last portion can be checked against the path's
  #endRows = [];
  // brace expansion can make the same portion in many rows, so they
  // share one Matcher, and the states that it caches
  #matchers = /* @__PURE__ */ new Map();
  // parse() returns PENDING in place of a Matcher
  #pending = false;
  // the char that marks numeric ranges in globSet, if any
  #rangeMark;
  // the GlobstarParts of each pattern row, by start index and partial
  #globstarParts = /* @__PURE__ */ new WeakMap();
  constructor(pattern, options = {}) {
    assertValidPattern(pattern);
    options = options || {};
    this.options = options;
    this.maxGlobstarRecursion = options.maxGlobstarRecursion ?? DEFAULT_GLOB_STAR_RECURSION_MAX;
    this.pattern = pattern;
    this.platform = options.platform || defaultPlatform;
    this.isWindows = this.platform === "win32";
    this.windowsPathsNoEscape = !!options.windowsPathsNoEscape || options[AWE_KEY] === false;
    if (this.windowsPathsNoEscape) {
      this.pattern = this.pattern.replace(/\\/g, "/");
    }
    this.preserveMultipleSlashes = !!options.preserveMultipleSlashes;
    this.negate = false;
    this.nonegate = !!options.nonegate;
    this.comment = false;
    this.empty = false;
    this.partial = !!options.partial;
    this.nocase = !!this.options.nocase;
    this.windowsNoMagicRoot = options.windowsNoMagicRoot !== void 0 ? options.windowsNoMagicRoot : !!(this.isWindows && this.nocase);
    this.globSet = [];
    this.globParts = [];
    this.set = [];
    this.#endCheck = !this.preserveMultipleSlashes;
    this.#level2 = (options.optimizationLevel ?? 1) >= 2;
    const n = options.normalize;
    this.#form = n === true ? "NFC" : n || void 0;
    this.make();
    const drives = this.set.map((row) => this.#rootIndex(row));
    this.#endRows = this.set.map((row, r) => this.#endCheck && row.length - 1 > drives[r]);
    this.#literals = this.set.map((row, r) => {
      const end = this.#endRows[r] ? row.length - 1 : row.length;
      const lits = row.slice(drives[r] + 1, end).filter((p) => typeof p === "string" && !!p);
      return [...new Set(lits)];
    });
    this.#literalCheck = this.#literals.some((l) => l.length);
    this.#shapes = this.set.map((row, r) => {
      const [p0, p1, p2] = row;
      if (this.#endRows[r] && row.length === 2) {
        if (p0 === GLOBSTAR && p1 !== GLOBSTAR)
          return "tail";
      }
      if (this.#endRows[r] && options.matchBase && row.length === 1 && p0 !== GLOBSTAR && p0 !== "") {
        return "base";
      }
      if (!this.#endCheck || drives[r] !== -1)
        return void 0;
      if (row.length === 3 && p0 === GLOBSTAR && p2 === GLOBSTAR && p1 !== GLOBSTAR && p1 !== "" && // the portion between is only matched below this limit
      this.maxGlobstarRecursion > 0) {
        return "mid";
      }
      if (row.length === 2 && p1 === GLOBSTAR && p0 !== GLOBSTAR && p0 !== "") {
        return "head";
      }
      return void 0;
    });
  }
  // a string portion of a pattern, normalized if the option is set
  #norm(p) {
    return this.#form ? p.normalize(this.#form) : p;
  }
  // On Windows, the index of the last root portion of a row, as
  // #matchRow finds it: 0 for `c:/...`, 3 for `//?/c:/...` and
  // `//host/share/...`, and 5 for `//?/UNC/host/share/...`. Otherwise
  // -1.
  #rootIndex(row) {
    if (!this.isWindows)
      return -1;
    if (isDrive(row[0]))
      return 0;
    const uncDrive = row[0] === "" && row[1] === "" && row[2] === "?" && isDrive(row[3]);
    if (uncDrive)
      return 3;
    const h = uncHost(row);
    return h === -1 ? -1 : h + 1;
  }
  hasMagic() {
    if (this.options.magicalBraces && this.set.length > 1) {
      return true;
    }
    for (const pattern of this.set) {
      for (const part of pattern) {
        if (typeof part !== "string")
          return true;
      }
    }
    return false;
  }
  make() {
    const pattern = this.pattern;
    const options = this.options;
    if (!options.nocomment && pattern.charAt(0) === "#") {
      this.comment = true;
      return;
    }
    if (!pattern) {
      this.empty = true;
      return;
    }
    this.parseNegate();
    this.globSet = [...new Set(this.#expandBraces())];
    const rawGlobParts = this.globSet.map((s) => this.#slashSplit(s));
    this.globParts = this.preprocess(rawGlobParts);
    this.#pending = true;
    let set = this.globParts.map((s, _, __) => {
      if (this.isWindows && this.windowsNoMagicRoot) {
        const n = s[2] === "?" && isLongUNC(s[3]) ? 6 : 4;
        const isUNC = s[0] === "" && s[1] === "" && (s[2] === "?" || !globMagic.test(s[2])) && s.slice(3, n).every((p) => !globMagic.test(p));
        const isDrive2 = /^[a-z]:/i.test(s[0]);
        if (isUNC) {
          return [
            ...s.slice(0, n).map((p) => this.#norm(p)),
            ...s.slice(n).map((ss) => this.parse(ss))
          ];
        } else if (isDrive2) {
          return [
            this.#norm(s[0]),
            ...s.slice(1).map((ss) => this.parse(ss))
          ];
        }
      }
      return s.map((ss) => this.parse(ss));
    });
    this.set = set.filter((s) => s.indexOf(false) === -1);
    if (this.isWindows) {
      for (let i = 0; i < this.set.length; i++) {
        const p = this.set[i];
        if (p[0] === "" && p[1] === "" && this.globParts[i][2] === "?" && (isDrive(p[3]) || isLongUNC(this.globParts[i][3]))) {
          if (isLongUNC(this.globParts[i][3]))
            p[3] = "UNC";
          p[2] = "?";
        }
      }
    }
    if (!options.noext)
      this.mergeRows();
    this.#pending = false;
    this.set.forEach((row, i) => {
      for (let k = 0; k < row.length; k++) {
        if (row[k] === PENDING) {
          row[k] = this.parse(this.globParts[i][k]);
        }
      }
    });
  }
  // Merge rows that only differ in one portion, where each of them
  // is a Matcher, into one row that matches any of them with
  // `@(a|b|...)`. Then a path is only walked once for all of them,
  // for example with `**/*.{js,ts}`.
  mergeRows() {
    let merged = true;
    while (merged) {
      merged = false;
      if (this.set.length < 2)
        return;
      let keys = this.#mergeKeys();
      const len = Math.max(0, ...this.set.map((r) => r.length));
      for (let k = 0; k < len; k++) {
        const groups = /* @__PURE__ */ new Map();
        const R = this.set.length + 1;
        this.set.forEach((row, i) => {
          if (!(row[k] instanceof Matcher || row[k] === PENDING) || !extSafe(this.globParts[i][k])) {
            return;
          }
          const { pre, suf } = keys[i];
          const key = pre[k] * R + suf[k + 1];
          const g = groups.get(key);
          if (g)
            g.push(i);
          else
            groups.set(key, [i]);
        });
        const drop = /* @__PURE__ */ new Set();
        for (const g of groups.values()) {
          if (g.length < 2)
            continue;
          const [first, ...rest] = g;
          const alts = g.map((i) => this.globParts[i][k]);
          const glob = `@(${alts.join("|")})`;
          if (extglobCount(glob) > MAX_EXTGLOBS)
            continue;
          this.globParts[first][k] = glob;
          this.set[first][k] = this.parse(glob);
          for (const i of rest)
            drop.add(i);
        }
        if (drop.size) {
          merged = true;
          this.set = this.set.filter((_, i) => !drop.has(i));
          this.globParts = this.globParts.filter((_, i) => !drop.has(i));
          if (this.set.length < 2)
            return;
          keys = this.#mergeKeys();
        }
      }
    }
  }
  // For each row, number ids for its prefixes and suffixes, such that
  // pre[k] identifies parts[0..k) and suf[k] identifies parts[k..n).
  // Two rows are the same other than at portion k exactly when they
  // have the same pre[k] and suf[k + 1]. This is linear in the size of
  // the rows, where joining the whole row for every k was quadratic.
  #mergeKeys() {
    const partIds = /* @__PURE__ */ new Map();
    const ids = this.globParts.map((parts) => parts.map((s) => {
      let id = partIds.get(s);
      if (id === void 0)
        partIds.set(s, id = partIds.size);
      return id;
    }));
    const P = partIds.size;
    const len = Math.max(0, ...ids.map((r) => r.length));
    const keys = ids.map((r) => ({
      pre: [0],
      suf: new Array(r.length + 1).fill(0)
    }));
    for (let k = 0; k < len; k++) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { pre } = keys[i];
        const key = pre[k] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        pre.push(id);
      });
    }
    for (let k = len - 1; k >= 0; k--) {
      const m = /* @__PURE__ */ new Map();
      ids.forEach((r, i) => {
        if (k >= r.length)
          return;
        const { suf } = keys[i];
        const key = suf[k + 1] * P + r[k];
        let id = m.get(key);
        if (id === void 0)
          m.set(key, id = m.size + 1);
        suf[k] = id;
      });
    }
    return keys;
  }
  // various transforms to equivalent pattern sets that are
  // faster to process in a filesystem walk.  The goal is to
  // eliminate what we can, and push all ** patterns as far
  // to the right as possible, even if it increases the number
  // of patterns that we have to process.
  preprocess(globParts) {
    if (this.options.noglobstar) {
      for (const partset of globParts) {
        for (let j = 0; j < partset.length; j++) {
          if (partset[j] === "**") {
            partset[j] = "*";
          }
        }
      }
    }
    const { optimizationLevel = 1 } = this.options;
    if (optimizationLevel >= 2) {
      globParts = this.firstPhasePreProcess(globParts);
      globParts = this.secondPhasePreProcess(globParts);
    } else if (optimizationLevel >= 1) {
      globParts = this.levelOneOptimize(globParts);
    } else {
      globParts = this.adjascentGlobstarOptimize(globParts);
    }
    return globParts;
  }
  // just get rid of adjascent ** portions
  adjascentGlobstarOptimize(globParts) {
    return globParts.map((parts) => {
      let gs = -1;
      while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
        let i = gs;
        while (parts[i + 1] === "**") {
          i++;
        }
        if (i !== gs) {
          parts.splice(gs, i - gs);
        }
      }
      return parts;
    });
  }
  // get rid of adjascent ** and resolve .. portions
  levelOneOptimize(globParts) {
    return globParts.map((parts) => {
      const root = this.#rootIndex(parts) + 1;
      parts = parts.reduce((set, part) => {
        const prev = set[set.length - 1];
        if (part === "**" && prev === "**") {
          return set;
        }
        if (part === "..") {
          if (set.length > root && prev && prev !== ".." && prev !== "." && prev !== "**") {
            set.pop();
            return set;
          }
        }
        set.push(part);
        return set;
      }, []);
      return parts.length === 0 ? [""] : parts;
    });
  }
  // Check the path against each row before it is split. 'no' if no
  // row can match, so it does not need to be split. 'yes' if a row of
  // `**` and one more portion matches. 'maybe' if it must be split to
  // know. None of this applies with partial, where the path can end
  // before the row does.
  //
  // On Windows, `\` is a separator in the path too, and the portions of
  // a row up to its drive letter or UNC share are not checked (see
  // #rootIndex).
  //
  // Each string portion of a row must be a portion of the path, so the
  // path must contain it. Level 2 can only take portions out of the
  // path, so this is still true then.
  //
  // The last portion of a row must match the last portion of the path,
  // or the one before a trailing `/` (as a/* and a/**/* match a/b/).
  // This does not apply to rows that end in **, rows that end in a
  // root, or preserveMultipleSlashes (which can leave more
  // than one '' at the end). At level 2, it does not apply if that
  // portion is `.` or `..`, which can be
  // resolved away. Level 2 only takes other portions out of the
  // middle of the path.
  //
  // A row of `**/x` then matches if the ** can walk the portions
  // before the one that x matches, the same as #matchGlobstar. At
  // level 2, this is only known if none of them are `.` or `..`, so
  // that the path does not change when it is resolved.
  #canMatch(f) {
    const sep2 = !this.isWindows || !f.includes("\\") ? "/" : f.includes("/") ? "both" : "\\";
    let ends = this.#endCheck ? 0 : -1;
    let last = "";
    let lastStart = 0;
    let prev;
    let prevStart = 0;
    const dot = !!this.options.dot;
    ROWS: for (let r = 0; r < this.set.length; r++) {
      const row = this.set[r];
      const p = row[row.length - 1];
      let end = ends !== -1 && this.#endRows[r] && p !== GLOBSTAR;
      if (end && ends === 0) {
        const i = lastSep(f, f.length, sep2);
        lastStart = i + 1;
        last = f.slice(lastStart);
        if (last === "" && i >= 0) {
          let j = i;
          while (j > 0 && isSep(f.charCodeAt(j - 1), sep2))
            j--;
          prevStart = j === 0 ? 0 : lastSep(f, j - 1, sep2) + 1;
          prev = f.slice(prevStart, j);
        }
        const resolves = this.#level2 && (isDots(last) || last === "" && prev !== void 0 && isDots(prev));
        ends = resolves ? -1 : 1;
        end = !resolves;
      }
      let tailStart = -1;
      if (end && typeof p === "string") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      if (this.#literalCheck) {
        for (const l of this.#literals[r]) {
          if (!f.includes(l))
            continue ROWS;
        }
      }
      if (end && typeof p === "object") {
        tailStart = endIndex(p, last, lastStart, prev, prevStart);
        if (tailStart === -1)
          continue;
      }
      const shape = this.#shapes[r];
      if (shape === "base" && end)
        return "yes";
      if (shape === "tail" && end) {
        if (this.#level2 && dotPortion(f, 0, tailStart, true, sep2)) {
          return "maybe";
        }
        if (!dotPortion(f, 0, tailStart, dot, sep2))
          return "yes";
        continue;
      }
      if (shape === "mid" || shape === "head") {
        const m = this.#walk(f, row, shape === "head", dot, sep2);
        if (m !== "no")
          return m;
        continue;
      }
      return "maybe";
    }
    return "no";
  }
  // Match a row of a known shape against the split path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do. None of these
  // rows have a drive letter, so they start at the first portion.
  #matchShape(file, row, shape) {
    const dot = !!this.options.dot;
    const n = file.length;
    if (shape === "head") {
      if (n < 2 || !portionMatch(row[0], file[0])) {
        return false;
      }
      for (let i = 1; i < n; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    const x = row[1];
    if (shape === "tail") {
      let t = n - 1;
      if (!portionMatch(x, file[t])) {
        if (file[t] !== "" || n === 1 || !portionMatch(x, file[--t])) {
          return false;
        }
      }
      for (let i = 0; i < t; i++)
        if (!walkable(file[i], dot))
          return false;
      return true;
    }
    for (let k = 0; k < n; k++) {
      if (portionMatch(x, file[k]) && k + 1 < n) {
        let i = k + 1;
        while (i < n && walkable(file[i], dot))
          i++;
        if (i === n)
          return true;
      }
      if (!walkable(file[k], dot))
        return false;
    }
    return false;
  }
  // Match a row of `**/x/**` or `x/**` against the path, the same as
  // #matchGlobstar and #matchGlobStarBodySections do once it is split.
  // x must match a portion (the first one, for `x/**`), the ** before
  // it must be able to walk the portions before that one, and there
  // must be a portion after it, which the ** after it can walk. At
  // level 2, this is only known if no portion is `.` or `..`.
  #walk(f, row, head, dot, sep2) {
    if (this.#level2 && dotPortion(f, 0, f.length, true, sep2))
      return "maybe";
    const x = row[head ? 0 : 1];
    let s = 0;
    for (let e = nextSep(f, s, sep2); e !== -1; e = nextSep(f, s, sep2)) {
      let next2 = e + 1;
      while (next2 < f.length && isSep(f.charCodeAt(next2), sep2))
        next2++;
      const hit = typeof x === "string" ? e - s === x.length && f.startsWith(x, s) : e > s && x.testUnchecked(f.slice(s, e));
      if (hit && !dotPortion(f, next2, f.length, dot, sep2))
        return "yes";
      if (head || dotPortion(f, s, next2, dot, sep2))
        return "no";
      s = next2;
    }
    return "no";
  }
  // the last split, if it was the same path with the same split
  // settings
  #cachedSplit(f) {
    const last = lastSplit;
    return last?.f === f && last.isWindows === this.isWindows && last.preserveMultipleSlashes === this.preserveMultipleSlashes && last.normalize === this.#form ? last : void 0;
  }
  // split a path for match(), and keep the parts for the next call
  #split(f) {
    const { isWindows, preserveMultipleSlashes } = this;
    let parts = this.#slashSplit(isWindows ? f.split("\\").join("/") : f);
    const normalize2 = this.#form;
    if (normalize2)
      parts = parts.map((p) => p.normalize(normalize2));
    lastSplit = {
      f,
      isWindows,
      preserveMultipleSlashes,
      normalize: normalize2,
      parts
    };
    return lastSplit;
  }
  // resolve `.` and `..` portions of a path, for level 2
  #levelTwoFileOptimize(file) {
    const parts = [...file];
    let didSomething = false;
    do {
      didSomething = false;
      if (!this.preserveMultipleSlashes) {
        for (let i = 1; i < parts.length - 1; i++) {
          const p = parts[i];
          if (i === 1 && p === "" && parts[0] === "")
            continue;
          if (p === "." || p === "") {
            didSomething = true;
            parts.splice(i, 1);
            i--;
          }
        }
        if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
          didSomething = true;
          parts.pop();
        }
      }
      const root = this.#rootIndex(parts) + 1;
      let dd = root;
      while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
        const p = parts[dd - 1];
        if (p && p !== "." && p !== ".." && p !== "**") {
          didSomething = true;
          parts.splice(dd - 1, 2);
          dd = Math.max(dd - 2, root);
        }
      }
    } while (didSomething);
    return parts.length === 0 ? [""] : parts;
  }
  // First phase: single-pattern processing
  // <pre> is 1 or more portions
  // <rest> is 1 or more portions
  // <p> is any portion other than ., .., '', or **
  // <e> is . or ''
  //
  // **/.. is *brutal* for filesystem walking performance, because
  // it effectively resets the recursive walk each time it occurs,
  // and ** cannot be reduced out by a .. pattern part like a regexp
  // or most strings (other than .., ., and '') can be.
  //
  // <pre>/**/../<p>/<p>/<rest> -> {<pre>/../<p>/<p>/<rest>,<pre>/**/<p>/<p>/<rest>}
  // <pre>/<e>/<rest> -> <pre>/<rest>
  // <pre>/<p>/../<rest> -> <pre>/<rest>
  // **/**/<rest> -> **/<rest>
  //
  // **/*/<rest> -> */**/<rest> <== not valid because ** doesn't follow
  // this WOULD be allowed if ** did follow symlinks, or * didn't
  firstPhasePreProcess(globParts) {
    const { braceExpandMax = DEFAULT_BRACE_EXPAND_MAX } = this.options;
    let splitCells = 0;
    const maxSplitCells = 1e6;
    let didSomething = false;
    do {
      didSomething = false;
      for (let parts of globParts) {
        let gs = -1;
        while (-1 !== (gs = parts.indexOf("**", gs + 1))) {
          let gss = gs;
          while (parts[gss + 1] === "**") {
            gss++;
          }
          if (gss > gs) {
            parts.splice(gs + 1, gss - gs);
          }
          let next2 = parts[gs + 1];
          const p = parts[gs + 2];
          const p2 = parts[gs + 3];
          if (next2 !== "..")
            continue;
          if (!p || p === "." || p === ".." || !p2 || p2 === "." || p2 === "..") {
            continue;
          }
          const addedCells = parts.length - 1;
          if (globParts.length >= braceExpandMax || splitCells + addedCells > maxSplitCells) {
            throw new RangeError(`optimizationLevel 2: too many patterns from '**/..'`);
          }
          didSomething = true;
          parts.splice(gs, 1);
          const other = parts.slice(0);
          other[gs] = "**";
          splitCells += addedCells;
          globParts.push(other);
          gs--;
        }
        if (!this.preserveMultipleSlashes) {
          for (let i = 1; i < parts.length - 1; i++) {
            const p = parts[i];
            if (i === 1 && p === "" && parts[0] === "")
              continue;
            if (p === "." || p === "") {
              didSomething = true;
              parts.splice(i, 1);
              i--;
            }
          }
          if (parts[0] === "." && parts.length === 2 && (parts[1] === "." || parts[1] === "")) {
            didSomething = true;
            parts.pop();
          }
        }
        const root = this.#rootIndex(parts) + 1;
        let dd = root;
        while (-1 !== (dd = parts.indexOf("..", dd + 1))) {
          const p = parts[dd - 1];
          if (p && p !== "." && p !== ".." && p !== "**") {
            didSomething = true;
            const needDot = dd === 1 && parts[dd + 1] === "**";
            const splin = needDot ? ["."] : [];
            parts.splice(dd - 1, 2, ...splin);
            if (parts.length === 0)
              parts.push("");
            dd = Math.max(dd - 2, root);
          }
        }
      }
    } while (didSomething);
    return globParts;
  }
  // second phase: multi-pattern dedupes
  // {<pre>/<rest>,<pre>/<rest>} -> <pre>/<rest>
  // {<pre>/*/<rest>,<pre>/<p>/<rest>} -> <pre>/*/<rest>
  secondPhasePreProcess(globParts) {
    const keys = /* @__PURE__ */ new Set();
    const rows = globParts.filter((parts) => {
      const key = parts.join("/");
      if (keys.has(key))
        return false;
      keys.add(key);
      return true;
    });
    const stars = /* @__PURE__ */ new Map();
    for (const parts of rows) {
      const s = [];
      for (let i = 0; i < parts.length; i++) {
        if (parts[i] === "*")
          s.push(i);
      }
      if (s.length)
        stars.set(s.join(","), s);
    }
    if (!stars.size || rows.length * stars.size > 1e5)
      return rows;
    const { dot } = this.options;
    return rows.filter((parts) => {
      for (const s of stars.values()) {
        if (s[s.length - 1] >= parts.length)
          continue;
        const c = [...parts];
        let ok = true;
        let changed = false;
        for (const i of s) {
          const p = parts[i];
          if (p === "*")
            continue;
          if (!p || p === "**" || !dot && p.startsWith(".")) {
            ok = false;
            break;
          }
          c[i] = "*";
          changed = true;
        }
        if (ok && changed && keys.has(c.join("/")))
          return false;
      }
      return true;
    });
  }
  parseNegate() {
    if (this.nonegate)
      return;
    const pattern = this.pattern;
    let negate = false;
    let negateOffset = 0;
    for (let i = 0; i < pattern.length && pattern.charAt(i) === "!"; i++) {
      negate = !negate;
      negateOffset++;
    }
    if (negateOffset)
      this.pattern = pattern.slice(negateOffset);
    this.negate = negate;
  }
  // Match the parts of a path against one row of the set. `resolved`
  // is the parts after level 2 resolves `.` and `..` in them, or the
  // same parts below level 2. Set partial to true to test if, for
  // example, "/a/b" matches the start of "/*/b/*/d". Partial means, if
  // you run out of file before you run out of pattern, then that's
  // fine, as long as all the parts match.
  #matchRow(file, resolved, pattern, partial) {
    let fileStartIndex = 0;
    let patternStartIndex = 0;
    const fh = this.isWindows ? uncHost(resolved) : -1;
    const ph = fh === -1 ? -1 : uncHost(pattern);
    if (ph !== -1) {
      const host = pattern[ph];
      const share = pattern[ph + 1];
      if (typeof host !== "string" || typeof share !== "string") {
        fileStartIndex = fh;
        patternStartIndex = ph;
      } else if (resolved[fh].toLowerCase() === host.toLowerCase() && resolved[fh + 1].toLowerCase() === share.toLowerCase()) {
        fileStartIndex = fh + 2;
        patternStartIndex = ph + 2;
      }
    } else if (this.isWindows) {
      const fileDrive = typeof file[0] === "string" && /^[a-z]:$/i.test(file[0]);
      const fileUNC = !fileDrive && file[0] === "" && file[1] === "" && file[2] === "?" && /^[a-z]:$/i.test(file[3]);
      const patternDrive = typeof pattern[0] === "string" && /^[a-z]:$/i.test(pattern[0]);
      const patternUNC = !patternDrive && pattern[0] === "" && pattern[1] === "" && pattern[2] === "?" && typeof pattern[3] === "string" && /^[a-z]:$/i.test(pattern[3]);
      const fdi = fileUNC ? 3 : fileDrive ? 0 : void 0;
      const pdi = patternUNC ? 3 : patternDrive ? 0 : void 0;
      if (typeof fdi === "number" && typeof pdi === "number") {
        const [fd, pd] = [
          file[fdi],
          pattern[pdi]
        ];
        if (fd.toLowerCase() === pd.toLowerCase()) {
          patternStartIndex = pdi + 1;
          fileStartIndex = fdi + 1;
        }
      }
    }
    file = resolved;
    if (pattern.includes(GLOBSTAR)) {
      return this.#matchGlobstar(file, pattern, partial, fileStartIndex, patternStartIndex);
    }
    return this.#matchOne(file, pattern, partial, fileStartIndex, patternStartIndex);
  }
  #matchGlobstar(file, pattern, partial, fileIndex, patternIndex) {
    const { head, body, tail, segments } = this.#getGlobstarParts(pattern, partial, patternIndex);
    if (head.length) {
      const headEnd = fileIndex + head.length;
      if (!this.#matchOne(file, head, partial, fileIndex, 0, headEnd)) {
        return false;
      }
      fileIndex += head.length;
      patternIndex += head.length;
    }
    let fileTailMatch = 0;
    if (tail.length) {
      if (tail.length + fileIndex > file.length)
        return false;
      let tailStart = file.length - tail.length;
      if (this.#matchOne(file, tail, partial, tailStart, 0)) {
        fileTailMatch = tail.length;
      } else {
        if (file[file.length - 1] !== "" || fileIndex + tail.length === file.length) {
          return false;
        }
        tailStart--;
        if (!this.#matchOne(file, tail, partial, tailStart, 0)) {
          return false;
        }
        fileTailMatch = tail.length + 1;
      }
    }
    if (!body.length) {
      let sawSome = !!fileTailMatch;
      for (let i = fileIndex; i < file.length - fileTailMatch; i++) {
        const f = String(file[i]);
        sawSome = true;
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return partial || sawSome;
    }
    return !!this.#matchGlobStarBodySections(file, segments, file.length - fileTailMatch, fileIndex, 0, partial, 0, !!fileTailMatch, /* @__PURE__ */ new Set());
  }
  // Split the pattern into head, tail, and middle of ** delimited
  // parts. The tail has to be at the end, and the others just have to
  // be found in order from the head. These only depend on the pattern
  // row, so they are kept for the next path.
  #getGlobstarParts(pattern, partial, patternIndex) {
    let byStart = this.#globstarParts.get(pattern);
    if (!byStart) {
      byStart = [];
      this.#globstarParts.set(pattern, byStart);
    }
    const key = patternIndex * 2 + (partial ? 1 : 0);
    const found = byStart[key];
    if (found)
      return found;
    const firstgs = pattern.indexOf(GLOBSTAR, patternIndex);
    const lastgs = pattern.lastIndexOf(GLOBSTAR);
    const head = pattern.slice(patternIndex, firstgs);
    const body = pattern.slice(firstgs + 1, partial ? void 0 : lastgs);
    const tail = partial ? [] : pattern.slice(lastgs + 1);
    const segments = [[[], 0]];
    let current = segments[0];
    let nonGsParts = 0;
    const nonGsPartsSums = [0];
    for (const b of body) {
      if (b === GLOBSTAR) {
        nonGsPartsSums.push(nonGsParts);
        current = [[], 0];
        segments.push(current);
      } else {
        current[0].push(b);
        nonGsParts++;
      }
    }
    segments.forEach((b, i) => {
      b[1] = nonGsParts - nonGsPartsSums[i];
    });
    const parts = { head, body, tail, segments };
    byStart[key] = parts;
    return parts;
  }
  // return false for "nope, not matching"
  // return null for "not matching, cannot keep trying"
  #matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex, bodyIndex, partial, globStarDepth, sawTail, tried) {
    const bs = bodySegments[bodyIndex];
    if (!bs) {
      if (partial) {
        return fileIndex >= fileLength || fileIndex === fileLength - 1 && file[fileIndex] === "";
      }
      for (let i = fileIndex; i < fileLength; i++) {
        sawTail = true;
        const f = file[i];
        if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
          return false;
        }
      }
      return sawTail;
    }
    const [body, need] = bs;
    const after = partial ? fileLength : fileLength - need;
    while (fileIndex <= after) {
      const key = bodyIndex * (file.length + 1) + fileIndex;
      if (tried.has(key))
        return false;
      tried.add(key);
      const m = this.#matchOne(file, body, partial, fileIndex, 0, fileIndex + body.length);
      if (m && globStarDepth < this.maxGlobstarRecursion) {
        const sub = this.#matchGlobStarBodySections(file, bodySegments, fileLength, fileIndex + body.length, bodyIndex + 1, partial, globStarDepth + 1, sawTail, tried);
        if (sub !== false) {
          return sub;
        }
      }
      if (fileIndex === after)
        break;
      const f = file[fileIndex];
      if (f === "." || f === ".." || !this.options.dot && f.startsWith(".")) {
        return false;
      }
      fileIndex++;
    }
    return partial || null;
  }
  #matchOne(file, pattern, partial, fileIndex, patternIndex, fileEnd = file.length) {
    let fi;
    let pi;
    let pl;
    let fl;
    for (fi = fileIndex, pi = patternIndex, fl = Math.min(fileEnd, file.length), pl = pattern.length; fi < fl && pi < pl; fi++, pi++) {
      let p = pattern[pi];
      let f = file[fi];
      if (p === false || p === GLOBSTAR) {
        return false;
      }
      if (!portionMatch(p, f))
        return false;
    }
    if (fi === fl && pi === pl) {
      return true;
    } else if (fi === fl) {
      return partial;
    } else if (pi === pl) {
      return fi === fl - 1 && file[fi] === "";
    } else {
      throw new Error("wtf?");
    }
  }
  braceExpand() {
    return braceExpand(this.pattern, this.options);
  }
  // Expand braces, except numeric ranges such as {0..999} with at
  // least RANGE_MIN values. Each of those stays in its pattern as
  // `<mark>0..999<mark>`, for the Matcher to test. If a range might
  // be inside a [...] class, expand all of them instead.
  #expandBraces() {
    const { pattern } = this;
    if (this.options.nobrace)
      return this.braceExpand();
    let code = 57344;
    while (pattern.includes(String.fromCharCode(code))) {
      if (++code > 63743)
        return this.braceExpand();
    }
    const mark = String.fromCharCode(code);
    let found = false;
    const marked = pattern.replace(rangeRe, (m, lo, hi) => {
      const a = Number(lo);
      const b = Number(hi);
      if (!Number.isSafeInteger(a) || !Number.isSafeInteger(b) || Math.abs(a - b) + 1 < RANGE_MIN) {
        return m;
      }
      found = true;
      return `${mark}${lo}..${hi}${mark}`;
    });
    if (!found)
      return this.braceExpand();
    const set = braceExpand(marked, this.options);
    for (const p of set) {
      for (const portion of p.split("/")) {
        const c = portion.indexOf("[");
        if (c !== -1 && c < portion.lastIndexOf(mark)) {
          return this.braceExpand();
        }
        if (!this.options.noext && inRepeatOrNegExt(portion, mark)) {
          return this.braceExpand();
        }
      }
    }
    this.#rangeMark = mark;
    return set;
  }
  parse(pattern) {
    assertValidPattern(pattern);
    const options = this.options;
    if (pattern === "**")
      return GLOBSTAR;
    if (pattern === "")
      return "";
    const { nocase, nocaseMagicOnly, noext = false, dot, normalize: normalize2 } = options;
    const rangeMark = this.#rangeMark;
    const lit2 = rangeMark && pattern.includes(rangeMark) ? void 0 : literal(pattern, noext);
    if (lit2 !== void 0 && !(nocase && !nocaseMagicOnly && pattern.toUpperCase() !== pattern.toLowerCase())) {
      return this.#norm(lit2);
    }
    if (this.#pending)
      return PENDING;
    let m = this.#matchers.get(pattern);
    if (!m) {
      if (!noext)
        assertValidExtglobs(pattern);
      m = new Matcher(pattern, {
        nocase,
        noext,
        dot,
        normalize: normalize2,
        ...rangeMark && { rangeMark }
      });
      this.#matchers.set(pattern, m);
    }
    return m;
  }
  #slashSplit(p) {
    if (this.preserveMultipleSlashes) {
      return p.split("/");
    } else if (this.isWindows && /^\/\/[^/]+/.test(p)) {
      return ["", ...p.split(/\/+/)];
    } else {
      return p.split(/\/+/);
    }
  }
  match(f, partial = this.partial) {
    if (this.comment) {
      return false;
    }
    if (this.empty) {
      return f === "";
    }
    if (f === "/" && partial) {
      return true;
    }
    const options = this.options;
    let split = this.#cachedSplit(f);
    if (!split) {
      if (!partial && !this.#form && (this.#endCheck || this.#literalCheck) && lastChecked !== f) {
        lastChecked = f;
        const can = this.#canMatch(f);
        if (can === "no")
          return options.flipNegate ? false : this.negate;
        if (can === "yes")
          return options.flipNegate ? true : !this.negate;
      }
      split = this.#split(f);
    }
    const ff = split.parts;
    const resolved = this.#level2 ? split.resolved ??= this.#levelTwoFileOptimize(ff) : ff;
    const set = this.set;
    let filename = ff[ff.length - 1];
    if (!filename) {
      for (let i = ff.length - 2; !filename && i >= 0; i--) {
        filename = ff[i];
      }
    }
    for (let r = 0; r < set.length; r++) {
      const pattern = set[r];
      const shape = partial ? void 0 : this.#shapes[r];
      const hit = shape === "base" ? portionMatch(pattern[0], filename) : shape ? this.#matchShape(resolved, pattern, shape) : options.matchBase && pattern.length === 1 ? this.#matchRow([filename], [filename], pattern, partial) : this.#matchRow(ff, resolved, pattern, partial);
      if (hit) {
        if (options.flipNegate) {
          return true;
        }
        return !this.negate;
      }
    }
    if (options.flipNegate) {
      return false;
    }
    return this.negate;
  }
  static defaults(def) {
    return minimatch.defaults(def).Minimatch;
  }
};
minimatch.Minimatch = Minimatch;
minimatch.escape = escape;
minimatch.unescape = unescape;

// src/engine/secret-name.ts
var PASSWORD_WORDS = /* @__PURE__ */ new Set(["password", "passwd", "pwd", "pass", "passphrase", "passwort", "pw", "psw", "passcode"]);
var SECRET_WORDS = /* @__PURE__ */ new Set([
  "secret",
  "token",
  "apikey",
  "auth",
  "credential",
  "credentials",
  "creds",
  "cred",
  "authtoken",
  "accesstoken",
  "secretkey",
  "privatekey",
  "accesskey",
  "apitoken",
  "apisecret",
  "clientsecret",
  "pat",
  "bearer",
  "authorization",
  "signingkey",
  "masterkey",
  "sessiontoken",
  "refreshtoken",
  "idtoken",
  "salt"
]);
var NEUTRAL_TAIL = /* @__PURE__ */ new Set(["value", "base", "str", "string", "b64", "base64", "hex", "raw", "enc", "encoded", "plain", "plaintext", "text", "val", "v"]);
var NON_SECRET_KEY_QUALIFIERS = /* @__PURE__ */ new Set([
  "public",
  "pub",
  "primary",
  "foreign",
  "sort",
  "partition",
  "cache",
  "row",
  "hash",
  "idempotency",
  "i18n",
  "translation",
  "lookup",
  "dict",
  "object",
  "s3",
  "file",
  "bucket",
  "item",
  "unique",
  "index",
  "composite",
  "column",
  "table",
  "field",
  "map",
  "react",
  "list",
  "next",
  "prev",
  "last",
  "first",
  "group",
  "label",
  "message",
  "msg",
  "i18n",
  "locale",
  "lang",
  "route",
  "query",
  "storage",
  "local",
  "redis",
  "cookie",
  "header",
  "config",
  "setting",
  "settings",
  "env",
  "name",
  "type",
  "event",
  "state",
  "store",
  "menu",
  "hot",
  "short",
  "shortcut",
  "keyboard",
  "press",
  "enter",
  "escape",
  "tab",
  "shift",
  "ctrl",
  "alt",
  "meta",
  "host",
  "ssh",
  "gpg",
  "pgp",
  "verify",
  "verification",
  "validation",
  "encrypted",
  "wrapped",
  "cipher"
]);
var NON_SECRET_TOKEN_QUALIFIERS = /* @__PURE__ */ new Set([
  "next",
  "page",
  "continuation",
  "pagination",
  "cursor",
  "output",
  "input",
  "result",
  "results",
  "client",
  "idempotency",
  "sync",
  "marker",
  "resume",
  "start",
  "end",
  "last",
  "first",
  "previous",
  "prev",
  "current",
  "cur",
  "eof",
  "eos",
  "bos",
  "pad",
  "cls",
  "sep",
  "mask",
  "unk",
  "special",
  "lexer",
  "parser",
  "syntax",
  "verification",
  "confirmation",
  "copy",
  "request",
  "continue",
  "cancellation",
  "cancel",
  "change",
  // Anti-forgery tokens (Rails' `authenticity_token`, `csrf_token`, `X-XSRF-TOKEN`): a per-session value a
  // form echoes back, printed into every page, not a credential.
  "authenticity",
  "csrf",
  "xsrf"
]);
var NEGATING_WORDS = /* @__PURE__ */ new Set([
  "public",
  "pub",
  "publishable",
  "placeholder",
  "example",
  "sample",
  "dummy",
  "fake",
  "mock",
  "hint",
  "prompt",
  "regex",
  "pattern",
  "policy",
  "min",
  "max",
  "length",
  "len",
  "type",
  "field",
  "column",
  "param",
  "input",
  "form",
  "widget",
  "button",
  "dialog",
  "env",
  "var",
  "variable",
  "file",
  "filename",
  "path",
  "url",
  "uri",
  "endpoint",
  "name",
  "encrypted",
  "hashed",
  "masked",
  "show",
  "hide",
  "toggle",
  "is",
  "has",
  "use",
  "enable",
  "enabled",
  "disable",
  "require",
  "required",
  "validate",
  "verify",
  "check",
  "get",
  "set"
]);
var ENV_OBJECT = /^(?:process\.env|import\.meta\.env|os\.environ|ENV|\$_ENV|\$_SERVER)\./;
function nameWords(name) {
  return name.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").toLowerCase().split(/[^a-z0-9]+/).filter(Boolean);
}
var known = /* @__PURE__ */ new Map();
var KNOWN_LIMIT = 4096;
function secretNameKind(name) {
  const seen = known.get(name);
  if (seen !== void 0 || known.has(name)) return seen;
  const kind = judgeName(name);
  if (known.size >= KNOWN_LIMIT) known.clear();
  known.set(`${name} `.slice(0, -1), kind);
  return kind;
}
function judgeName(name) {
  name = name.replace(ENV_OBJECT, "");
  const words = nameWords(name).map((w) => /^[a-z]{3,}[0-9]+$/.test(w) ? w.replace(/[0-9]+$/, "") : w).filter(Boolean);
  while (words.length > 1 && NEUTRAL_TAIL.has(words[words.length - 1])) words.pop();
  const last = words[words.length - 1];
  if (last === void 0) return void 0;
  if (words.slice(0, -1).some((w) => NEGATING_WORDS.has(w))) return void 0;
  if (PASSWORD_WORDS.has(last) || /(?:password|passwd|pwd)$|^(?:db|admin|user|root|smtp|mail|ftp|sql|mysql|pg|redis|ldap|app|my)pass$/.test(last)) return "password";
  if (last === "token" || last === "tokens") {
    const before = words[words.length - 2];
    if (before !== void 0 && NON_SECRET_TOKEN_QUALIFIERS.has(before)) return void 0;
  }
  if (/^(?:csrf|xsrf)/.test(last)) return void 0;
  if (/.(?:token|apikey)$/.test(last)) return "secret";
  if (last === "secret" && words.includes("existing")) return void 0;
  if (SECRET_WORDS.has(last)) return last === "secret" || last === "clientsecret" || last === "apisecret" ? "password" : "secret";
  if (last === "id" && words[words.length - 2] === "secret") return "password";
  if (last === "key") {
    const before = words[words.length - 2];
    if (before !== void 0 && NON_SECRET_KEY_QUALIFIERS.has(before)) return void 0;
    return "secret";
  }
  return void 0;
}

// src/engine/entropy.ts
function shannonEntropy(value) {
  const n = value.length;
  if (n === 0) return 0;
  const counts = /* @__PURE__ */ new Map();
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    counts.set(c, (counts.get(c) ?? 0) + 1);
  }
  let bits = 0;
  for (const count of counts.values()) {
    const p = count / n;
    bits -= p * Math.log2(p);
  }
  return bits;
}

// src/engine/url-host.ts
var RESERVED_HOST = /(?:^|\.)(?:example\.(?:com|org|net)|example|test|invalid|localhost|local)$|^(?:127(?:\.\d{1,3}){3}|0\.0\.0\.0|\[(?:0{0,4}:){2,7}0{0,3}1\]|\[::\])$/;
var STAND_IN_HOST = /^(?:your|my)[\w-]*\.|^(?:host|hostname|server|domain|somehost|somedomain|company|dbhost)\.|(?:^|\.)(?:(?:my|your)?(?:company|domain|site|server)|acme|foo|bar|foobar)\.(?:com|org|net)$/;
function isRealHost(host) {
  if (RESERVED_HOST.test(host) || STAND_IN_HOST.test(host)) return false;
  return host.includes(".") || host.startsWith("[");
}
var MIN_TYPED_PASSWORD = 6;
var SLOT_WORD = /^(?:pass(?:word|wd)?|pwd|secret|passphrase)$/i;
function isTypedPasswordForHost(value, host) {
  return isRealHost(host) && value.length >= MIN_TYPED_PASSWORD && !SLOT_WORD.test(value);
}

// src/engine/strength.ts
var LENGTHS = [8, 10, 12, 16, 20, 24, 32, 40, 48, 64, 96, 128];
var P1 = {
  hex: [1.91, 2.16, 2.4, 2.66, 2.88, 3.04, 3.27, 3.4, 3.51, 3.64, 3.76, 3.83],
  base36: [2.16, 2.52, 2.79, 3.13, 3.38, 3.61, 3.9, 4.11, 4.27, 4.48, 4.69, 4.81],
  base62: [2.41, 2.72, 3.02, 3.33, 3.65, 3.86, 4.23, 4.47, 4.65, 4.91, 5.22, 5.4],
  base64: [2.41, 2.72, 3.02, 3.41, 3.65, 3.89, 4.23, 4.48, 4.65, 4.93, 5.24, 5.41]
};
function alphabetOf(value) {
  let lower = false;
  let upper = false;
  let other = false;
  let hexOnly = true;
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (c >= 48 && c <= 57) continue;
    if (c >= 97 && c <= 122) {
      lower = true;
      if (c > 102) hexOnly = false;
    } else if (c >= 65 && c <= 90) {
      upper = true;
      if (c > 70) hexOnly = false;
    } else other = true;
  }
  if (other) return "base64";
  if (hexOnly && !(lower && upper)) return "hex";
  if (lower && upper) return "base62";
  return "base36";
}
var MIN_LENGTH = { hex: 16, base36: 12, base62: 12, base64: 12 };
function entropyThreshold(alphabet, length) {
  const row = P1[alphabet];
  if (length <= LENGTHS[0]) return row[0];
  for (let i = 1; i < LENGTHS.length; i++) {
    const hi = LENGTHS[i];
    if (length <= hi) {
      const lo = LENGTHS[i - 1];
      return row[i - 1] + (row[i] - row[i - 1]) * (length - lo) / (hi - lo);
    }
  }
  return row[row.length - 1];
}
function caseWords(value) {
  return value.replace(/([a-z0-9])([A-Z])/g, "$1 $2").replace(/([A-Z]+)([A-Z][a-z])/g, "$1 $2").split(/[ _.-]+/).filter(Boolean);
}
function isIdentifierLike(value) {
  if (/[^A-Za-z_.-]/.test(value)) return false;
  const words = caseWords(value);
  if (words.length < 2) return false;
  if (!words.every((w) => isWordLike(w) && (w.length >= 2 || /^[A-Z]$/.test(w)))) return false;
  return words.reduce((n, w) => n + w.length, 0) / words.length >= 3;
}
function isWordLike(w) {
  return /^(?:[A-Z]+[0-9]*|[A-Z]?[a-z]+[0-9]*)$/.test(w) && (w.length < 5 || /[aeiouyAEIOUY]/.test(w)) && (/^[A-Z]+[0-9]*$/.test(w) || w.length < 5 || !isNonWord(w.replace(/[0-9]+$/, ""), 5));
}
function isSlug(value) {
  if (!/^[A-Za-z0-9]+(?:[-_.][A-Za-z0-9]+)+$/.test(value)) return false;
  let words = 0;
  for (const part of value.split(/[-_.]/)) {
    if (/^[0-9]{1,6}$|^v[0-9]{1,3}$/i.test(part)) continue;
    if (part.length < 2 || !/^[A-Za-z]+$/.test(part) || !isWordLike(part)) return false;
    words++;
  }
  return words >= 2;
}
function isNumberedIdentifier(raw) {
  const value = raw.replace(/^_+|_+$/g, "");
  if (!/^[A-Za-z][A-Za-z0-9_]*$/.test(value) || !/[0-9]/.test(value) || !/[A-Z_]/.test(value)) return false;
  const numbers = value.match(/[0-9]+/g);
  if (numbers.length > 2 || numbers.some((n) => n.length > 4)) return false;
  const lower = (value.match(/[a-z]/g) ?? []).length;
  const upper = (value.match(/[A-Z]/g) ?? []).length;
  if (lower <= upper) return false;
  const words = caseWords(value.replace(/[0-9]+/g, "_"));
  const acronyms = words.filter((w) => /^[A-Z]+$/.test(w));
  if (acronyms.length > 1 || acronyms.some((w) => w.length > 3)) return false;
  const spelled = words.filter((w) => !/^[A-Z]+$/.test(w));
  if (!spelled.every((w) => /^[A-Z]?[a-z]+$/.test(w) && w.length >= 2)) return false;
  if (spelled.filter((w) => w.length < 3).length > 1) return false;
  const readable = (w) => w.length < 4 || /[aeiouy]/i.test(w) && !isNonWord(w, 5);
  return spelled.every(readable) && spelled.some((w) => w.length >= 5);
}
function isCodeOrPath(value) {
  if (/^\{[A-Za-z0-9+/]{16,}={0,2}\}$/.test(value)) return false;
  if (/^[$@&*%!?\\)\]}{[]|^#[!{/]/.test(value)) return true;
  if (/\\[ux][0-9a-fA-F]{2}|\\[$(]/.test(value)) return true;
  if (/\$[({]/.test(value)) return true;
  if (/^[A-Za-z_$][\w$]*(?:[?!]?\.[A-Za-z_$][\w$]*)+$/.test(value)) return true;
  if (/[\w\])]\.[A-Za-z_]\w*\(|^[A-Za-z_]\w*\(.*\)$/.test(value)) return true;
  if (/:\/\//.test(value)) return true;
  if (value.startsWith("-----")) return true;
  if (/^[A-Za-z]+(?:\|[A-Za-z]+)+$/.test(value)) return true;
  if (/^(?:0x[0-9a-fA-F]+|[0-9]+(?:\.[0-9]+)?[a-zA-Z]{0,2})$/.test(value)) return true;
  if (/^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+){2,}$/.test(value) && (value.match(/[A-Z]/g) ?? []).length * 2 > value.length) return true;
  if (/^(?:\.{0,2}\/|~\/|[A-Za-z]:\\)/.test(value)) return true;
  if (/^[\w.:-]+(?:\/[\w.:-]+)+$/.test(value) && value.split(/[/:]/).every((part) => isIdentifierLike(part) || /^[a-z0-9_.-]{0,24}$/.test(part))) return true;
  if (/\.(?:json|ya?ml|pem|key|crt|cer|txt|env|js|ts|py|rb|go|html?|png|jpe?g|gif|svg|xml|toml|ini|cfg|conf|log|sh|tmpl|tpl|j2|zip|tar|gz|tgz|ova|iso|jar|war|pdf|csv|docx?|xlsx?)$/i.test(value)) return true;
  if (/^arn:/.test(value)) return true;
  if (/^[\w.-]+(?::[\w.-]+){2,}$/.test(value) && value.split(":").every((part) => isIdentifierLike(part) || /^[A-Za-z0-9_.-]{1,16}$/.test(part))) return true;
  return false;
}
function looksRandom(value, depth = 0) {
  if (!/^[\x20-\x7e]+$/.test(value)) return false;
  const scheme = /^(?:Bearer|Basic|Token|Bot|Digest)[ ]+(?=[^ ])/i.exec(value);
  if (scheme && depth === 0) return looksRandom(value.slice(scheme[0].length).trimEnd(), depth);
  const randomPrintable = value.length >= 32 && new Set(value.replace(/[A-Za-z0-9]/g, "")).size >= 6;
  const spaces = value.trim().split(" ").length - 1;
  if (spaces > 0 && (!randomPrintable || spaces * 16 > value.length)) return false;
  const alphabet = alphabetOf(value);
  if (value.length < MIN_LENGTH[alphabet] || value.length > 1024) return false;
  if (!randomPrintable && isCodeOrPath(value) || isIdentifierLike(value.replace(/[!?.,;:]+$|[0-9]{1,3}$/, "")) || isNumberedIdentifier(value) || isSlug(value)) return false;
  const counted = /^([a-z]{4,}|[A-Z][a-z]{3,}|[A-Z]{4,})[0-9]{1,4}$/.exec(value);
  if (counted && !isNonWord(counted[1])) return false;
  if ((alphabet === "base36" || value.length < 20) && !/[0-9]/.test(value)) return false;
  if (/^[0-9]+$/.test(value)) return false;
  if (shannonEntropy(value) >= entropyThreshold(alphabet, value.length)) return true;
  const decoded = depth === 0 && alphabet !== "hex" ? decodeBase64Text(value) : void 0;
  return decoded !== void 0 && decoded.length >= 12 && looksRandom(decoded, 1);
}
var NON_PASSWORDS = /^(?:true|false|null|nil|none|undefined|empty|required|optional|string|str|int|integer|long|bool|boolean|number|any|object|char|byte|bytes|float|double|text|varchar|secret|password|passwd|pass|pwd|hidden|masked|sensitive|prompt|input|env|default|unset|n\/?a|tbd|todo|fixme)(?:\[\])?[?!|)]?$/i;
function looksLikePassword(value) {
  if (looksRandom(value)) return true;
  if (value.length < 6 || value.length > 128) return false;
  if (/\s/.test(value) || /[^\x00-\x7f]/.test(value.replace(/[^\p{L}]/gu, ""))) return false;
  if (NON_PASSWORDS.test(value) || isCodeOrPath(value) || isIdentifierLike(value)) return false;
  if (/^[0-9._-]+$/.test(value)) return false;
  if (!/[0-9]/.test(value) && isIdentifierLike(value.replace(/[!?.,;:]+$/, ""))) return false;
  if (!/[A-Za-z]/.test(value)) return /[^0-9]/.test(value) && value.length >= 8;
  if (/^[a-z]{2,}[.,;:]$/.test(value) && !isNonWord(value.slice(0, -1))) return false;
  if (/[^A-Za-z]/.test(value)) return true;
  if (/^[A-Z][a-z]+$/.test(value)) return false;
  return isNonWord(value);
}
var CONSONANT_RUN = { 4: /[bcdfghjklmnpqrstvwxz]{4}/i, 5: /[bcdfghjklmnpqrstvwxz]{5}/i };
var DIGRAPHS = /ph|th|ch|sh|ck/gi;
function isNonWord(letters, consonantRun = 4) {
  if (hasNonWordBigram(letters)) return true;
  return CONSONANT_RUN[consonantRun].test(consonantRun === 5 ? letters.replace(DIGRAPHS, "h") : letters);
}
var NON_WORD_BIGRAMS = new Set(
  "bx cj cv cx dx fq fx fz gq gx gz hx hz jb jc jd jf jg jh jj jk jl jm jn jp jq jr js jt jv jw jx jz kq kx kz mx mz pq px pz qb qc qd qe qf qg qh qj qk ql qm qn qo qp qq qr qs qt qv qw qx qy qz sx tq vb vc vd vf vg vh vj vk vm vn vp vq vt vw vx vz wq wv wx wz xd xg xj xk xr xz yq yv yy zf zj zq zr zx".split(" ")
);
function hasNonWordBigram(value) {
  const lower = value.toLowerCase();
  for (let i = 1; i < lower.length; i++) if (NON_WORD_BIGRAMS.has(lower.slice(i - 1, i + 1))) return true;
  return false;
}
function isBasicCredential(value) {
  const decoded = decodeBase64Text(value);
  if (decoded === void 0) return false;
  const colon = decoded.indexOf(":");
  if (colon < 1) return false;
  const password = decoded.slice(colon + 1);
  if (password.length < 3 || /^[<{$%[]/.test(password)) return false;
  return !NON_PASSWORDS.test(password) && !/^x+$|^\*+$/i.test(password);
}
function looksLikeLoginPassword(value) {
  if (looksLikePassword(value)) return true;
  if (value.length < 6 || value.length > 128 || /\s/.test(value)) return false;
  return !NON_PASSWORDS.test(value) && !isCodeOrPath(value) && !isIdentifierLike(value) && !/^[0-9._-]+$/.test(value);
}
function isStoredPassword(value) {
  if (value.length < 3 || value.length > 256 || value.trim() !== value) return false;
  return !/^(?:true|false|null|nil|none|undefined|\*+|x+)$/i.test(value);
}
function decodeBase64Text(value) {
  if (value.length < 4 || value.length > 65536 || !/^[A-Za-z0-9+/_-]+={0,2}$/.test(value)) return void 0;
  const text = Buffer.from(value, value.includes("-") || value.includes("_") ? "base64url" : "base64").toString("utf8");
  if (text.length === 0 || text.includes("\uFFFD")) return void 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 32 && c !== 9 && c !== 10 && c !== 13) return void 0;
    if (c === 127) return void 0;
  }
  return text;
}
function repeatsName(value, name) {
  const v = value.toLowerCase().replace(/[^a-z0-9]/g, "");
  const n = name.toLowerCase().replace(/[^a-z0-9]/g, "");
  if (v.length > 0 && n.endsWith(v)) return true;
  const word = v.replace(/[0-9]{1,3}$/, "");
  if (word.length >= 3 && v === value.toLowerCase() && nameWords(name).includes(word)) return true;
  const u = readLeet(value);
  return u.length >= 6 && readLeet(name).endsWith(u);
}
var LEET = { "0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", $: "s", "!": "i", l: "i" };
function readLeet(s) {
  return s.toLowerCase().replace(/[^a-z0-9]+$/, "").replace(/[013457@$!l]/g, (c) => LEET[c]).replace(/[^a-z]/g, "");
}
var strengthChecks = {
  // A bare `key` (a map entry's key as often as a credential) needs a long value with a digit.
  random: (value, name) => (name === "" || secretNameKind(name) === "secret") && looksRandom(value) && (!/^["']?key$/i.test(name) || value.length >= 20 && /[0-9]/.test(value)),
  password: (value, name) => (name === "" || secretNameKind(name) === "password") && !repeatsName(value, name) && looksLikePassword(value),
  "basic-auth": (value) => isBasicCredential(value),
  stored: (value) => isStoredPassword(value),
  "login-literal": (value) => looksLikeLoginPassword(value),
  // The rule captures the URL's host as its name: toward a real host a typed word is the password.
  "url-password": (value, host) => isTypedPasswordForHost(value, host) && isStoredPassword(value) || looksLikePassword(value),
  // The name decides: a password-named value must look like a password, a token- or key-named one random.
  "by-name": (value, name) => {
    const kind = secretNameKind(name);
    return kind === "password" ? looksLikePassword(value) : kind === "secret" ? looksRandom(value) : false;
  }
};
function isKnownStrength(name) {
  return Object.hasOwn(strengthChecks, name);
}

// src/engine/kubernetes-secret.ts
var KUBERNETES_SECRET_MARKER = "kubernetes-secret-value:";
var MIN_VALUE = 6;
var NON_SECRET_LAST_WORD = /* @__PURE__ */ new Set([
  "user",
  "username",
  "login",
  "email",
  "host",
  "hostname",
  "port",
  "url",
  "uri",
  "endpoint",
  "server",
  "database",
  "db",
  "dbname",
  "name",
  "namespace",
  "region",
  "bucket",
  "protocol",
  "scheme",
  "crt",
  "cert",
  "certificate",
  "pub",
  "address",
  "addr",
  "type",
  "provider"
]);
var NAME_SUFFIX = /^[a-z]{3,}(?:name|user)$/;
var NON_SECRET_KEY = /^(?:account[_-]?id|client[_-]?id|tenant[_-]?id|app[_-]?id|project[_-]?id)$/i;
var BLOCK_START = /^([ \t]*)(data|stringData):[ \t]*(?:#.*)?$/;
var ENTRY = /^([ \t]+)["']?([\w.-]{1,253})["']?:[ \t]*(.*)$/;
var SECRET_KIND = /^[ \t]*(?:-[ \t]+)?kind:[ \t]*(["']?)secret\1[ \t]*(?:#.*)?$/im;
var DOCKER_CONFIG_KEY = /^\.docker(?:cfg|configjson)$/;
function isNonSecretKey(key) {
  if (NON_SECRET_KEY.test(key)) return true;
  const words = nameWords(key);
  const last = words[words.length - 1];
  return last !== void 0 && (NON_SECRET_LAST_WORD.has(last) || NAME_SUFFIX.test(last));
}
function dockerCredentials(json) {
  let parsed;
  try {
    parsed = JSON.parse(json);
  } catch {
    return void 0;
  }
  if (typeof parsed !== "object" || parsed === null) return void 0;
  const root = parsed;
  const auths = typeof root.auths === "object" && root.auths !== null ? root.auths : root;
  const out = [];
  for (const entry of Object.values(auths)) {
    if (typeof entry !== "object" || entry === null) continue;
    for (const field of ["auth", "password", "identitytoken", "registrytoken"]) {
      const v = entry[field];
      if (typeof v === "string" && v.trim() !== "") out.push(v.trim());
    }
  }
  return out;
}
function reportedValue(key, raw, decoded, encoded) {
  let value;
  if (!encoded) value = raw;
  else if (decoded !== void 0) value = decoded;
  else value = /^[A-Za-z0-9+/]+={0,2}$/.test(raw) && raw.length % 4 === 0 && Buffer.from(raw, "base64").length >= MIN_VALUE ? raw : "";
  value = value.trim();
  if (DOCKER_CONFIG_KEY.test(key)) {
    const credentials = dockerCredentials(value);
    if (credentials !== void 0) value = credentials.find((c) => c.length >= MIN_VALUE) ?? "";
  }
  if (value.length < MIN_VALUE) return void 0;
  return value.replace(/\\/g, "\\\\").replace(/\r?\n/g, "\\n");
}
function secretDocuments(window) {
  const out = [];
  const separator = /^---[ \t]*(?:#.*)?$/gm;
  let start = 0;
  const push = (end) => {
    const text = window.slice(start, end);
    if (SECRET_KIND.test(text)) out.push({ text, offset: start });
  };
  let m;
  while ((m = separator.exec(window)) !== null) {
    push(m.index);
    start = m.index + m[0].length;
  }
  push(window.length);
  return out;
}
function findKubernetesSecretValues(window) {
  const out = [];
  for (const doc of secretDocuments(window)) {
    for (const value of findInDocument(doc.text)) out.push({ ...value, start: value.start + doc.offset, end: value.end + doc.offset });
  }
  return out;
}
function findInDocument(window) {
  const out = [];
  const lines = window.split("\n");
  const starts = [];
  let at = 0;
  for (const line of lines) {
    starts.push(at);
    at += line.length + 1;
  }
  let blockIndent = -1;
  let encoded = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i].replace(/\r$/, "");
    const block = BLOCK_START.exec(line);
    if (block) {
      blockIndent = block[1].length;
      encoded = block[2] === "data";
      continue;
    }
    if (blockIndent < 0 || line.trim() === "" || /^\s*#/.test(line)) continue;
    const entry = ENTRY.exec(line);
    if (!entry || entry[1].length <= blockIndent) {
      blockIndent = -1;
      continue;
    }
    const key = entry[2];
    let raw = entry[3].replace(/[ \t]+#.*$/, "").trim();
    let start = starts[i] + line.length - entry[3].length;
    let end = starts[i] + line.length;
    if (/^[|>][-+]?\d*$/.test(raw)) {
      const body = [];
      let j = i + 1;
      while (j < lines.length && (lines[j].trim() === "" || /^[ \t]*/.exec(lines[j])[0].length > entry[1].length)) body.push(lines[j++].replace(/\r$/, ""));
      while (body.length > 0 && body[body.length - 1].trim() === "") {
        body.pop();
        j--;
      }
      if (body.length === 0) continue;
      start = starts[i + 1] + /^[ \t]*/.exec(lines[i + 1])[0].length;
      end = starts[j - 1] + lines[j - 1].replace(/\r$/, "").length;
      const indent = Math.min(...body.filter((l) => l.trim() !== "").map((l) => /^[ \t]*/.exec(l)[0].length));
      raw = encoded ? body.map((l) => l.trim()).join("") : body.map((l) => l.slice(indent)).join("\n").trim();
      i = j - 1;
    } else {
      raw = raw.replace(/^(["'])(.*)\1$/, "$2");
      const quote = entry[3].indexOf(raw);
      if (quote >= 0 && raw !== "") {
        start = starts[i] + line.length - entry[3].length + quote;
        end = start + raw.length;
      }
    }
    if (raw === "" || isNonSecretKey(key)) continue;
    const decoded = encoded ? decodeBase64Text(raw) : raw;
    const reported = reportedValue(key, raw, decoded, encoded);
    if (decoded !== void 0 && decoded.trim().length >= 4) out.push({ start, end, text: decoded.includes("\n") ? decoded : `${key}_secret=${decoded}` });
    if (reported !== void 0) out.push({ start, end, text: `${KUBERNETES_SECRET_MARKER}${key}=${reported}` });
  }
  return out;
}

// src/engine/decode.ts
var MAX_DEPTH = 2;
var MAX_ENCODED = 16384;
var MAX_DECODED_TOTAL = 1 << 20;
var BASE64_RUN = /(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{16,16384}={0,2}(?![A-Za-z0-9+/=])/g;
var NAME_BEFORE = /(?<![\w.-])(?<name>[\w.-]{1,64})["']?[ \t]{0,8}[:=][ \t]{0,8}["']?$/;
function base64Forms(word) {
  const forms = [];
  for (let offset = 0; offset < 3; offset++) {
    const encoded = Buffer.from("\0".repeat(offset) + word, "latin1").toString("base64");
    const form = encoded.slice(Math.ceil(8 * offset / 6), Math.floor(8 * (offset + word.length) / 6));
    if (form.length >= 6) forms.push(form);
  }
  return forms;
}
var TWICE_HIDDEN_WORDS = ["password", "secret", "token"];
var HIDDEN_WORDS = ["password", "passwd", "secret", "token", "api_key", "apikey", "PASSWORD", "SECRET", "TOKEN", "API_KEY", "Password", "Secret", "Token", "eyJhbGci", "eyJ0eXAi", "-----BEGIN"];
function findNamedBase64(window) {
  const out = [];
  BASE64_RUN.lastIndex = 0;
  let m;
  while ((m = BASE64_RUN.exec(window)) !== null) {
    const value = m[0];
    if (value.length % 4 !== 0 && !value.endsWith("=") && value.length % 4 === 1) continue;
    const decoded = decodeBase64Text(value);
    if (decoded === void 0 || decoded.trim().length < 4) continue;
    const start = m.index;
    const name = NAME_BEFORE.exec(window.slice(Math.max(0, start - 84), start))?.groups?.name;
    out.push({ start, end: start + value.length, text: decoded.includes("\n") || !name ? decoded : `${name}=${decoded}` });
  }
  return out;
}
var URL_CHAR = /[A-Za-z0-9._~+!*'():@&=$,;/?#[\]%-]/;
function findPercentEncoded(window) {
  const out = [];
  let from = 0;
  for (; ; ) {
    const pct = window.indexOf("%", from);
    if (pct < 0 || out.length >= 64) break;
    let start = pct;
    while (start > 0 && pct - start < 2048 && URL_CHAR.test(window[start - 1])) start--;
    let end = pct;
    while (end < window.length && end - pct < 4096 && URL_CHAR.test(window[end])) end++;
    from = end + 1;
    const raw = window.slice(start, end);
    if (!/%[0-9A-Fa-f]{2}/.test(raw)) continue;
    let decoded;
    try {
      decoded = decodeURIComponent(raw);
    } catch {
      continue;
    }
    if (decoded !== raw) out.push({ start, end, text: decoded });
  }
  return out;
}
var TWICE_HIDDEN = TWICE_HIDDEN_WORDS.flatMap(base64Forms).flatMap(base64Forms);
var decoders = [
  {
    id: "kubernetes-secret",
    keywords: ["kind: secret", 'kind: "secret"', "kind: 'secret'"],
    before: 16384,
    after: 16384,
    find: findKubernetesSecretValues
  },
  {
    // Docker config JSON, values named *_b64 / *base64*, base64 that encodes a credential name.
    id: "base64",
    keywords: [".dockerconfigjson", "base64", "_b64", "b64_", .../* @__PURE__ */ new Set([...HIDDEN_WORDS.flatMap(base64Forms), ...TWICE_HIDDEN])],
    before: 128,
    after: 1024,
    find: findNamedBase64
  },
  {
    // `://` and `@` percent-encoded: URLs with credentials inside query strings and settings.
    id: "percent",
    keywords: ["%3a%2f%2f", "%40"],
    before: 1024,
    after: 1024,
    find: findPercentEncoded
  }
];

// src/engine/named-file.ts
var MAX_NAMED_FILE_CHARS = 4096;
var RAILS_KEY = /(?:^|\/)config\/(?:master|credentials\/[\w-]{1,40})\.key$/;
var STAND_IN_STEM = /(?:^|[^a-z])(?:example|sample|dummy|fake|mock|placeholder|template)(?:[^a-z]|$)/i;
var STORE_FORMAT = /^\.?(?:pgpass|git-credentials)$/;
var CREDENTIAL_EXTENSION = /^(?:password|passwd|pwd|pass|secret|token|apikey|api_key|credentials?|creds|clientsecret|client_secret)$/i;
var CREDENTIAL_EXTENSION_TAIL = /(?:password|passwd|pwd|pass|passphrase|secret|token|apikey|api_key|credentials?|creds)$/i;
function isCredentialExtension(extension) {
  if (CREDENTIAL_EXTENSION.test(extension)) return true;
  return extension.length <= 40 && CREDENTIAL_EXTENSION_TAIL.test(extension) && secretNameKind(extension) !== void 0;
}
function namedFileValues(path2, text) {
  if (text.length > MAX_NAMED_FILE_CHARS) return [];
  const base = path2.slice(path2.lastIndexOf("/") + 1).replace(/\.txt$/i, "");
  if (STORE_FORMAT.test(base)) return [];
  const dot = base.lastIndexOf(".");
  const byExtension = dot > 0 && isCredentialExtension(base.slice(dot + 1));
  const railsKey = RAILS_KEY.test(path2);
  const named = railsKey || byExtension || dot <= 0 && secretNameKind(base) !== void 0;
  if (!named) return [];
  if (byExtension && STAND_IN_STEM.test(base.slice(0, dot))) return [];
  const name = railsKey ? "rails_master_key" : byExtension ? base.slice(dot + 1) : base.replace(/[^\w.-]/g, "_");
  const out = [];
  let at = 0;
  for (const line of text.split("\n")) {
    const value = line.replace(/\r$/, "").trim();
    if (value && !value.startsWith("#") && !value.startsWith("//") && !/[=:]/.test(value.slice(0, 1))) {
      const start = at + line.indexOf(value);
      out.push({ start, end: start + value.length, text: `${name}=${value}` });
    }
    at += line.length + 1;
  }
  return out;
}

// src/engine/provider-prefix.ts
var SECRET_GROUP_PREFIX = /^(?:\(\?i\))?.*?\(\?<secret>((?:[A-Za-z0-9]|\\-){2,12}(?:_|-|\\-)(?:(?:[A-Za-z0-9]|\\-){1,12}(?:_|-|\\-))?)/;
var SHARED_WORDS = /* @__PURE__ */ new Set(["api", "key", "secret", "access", "token", "live", "test", "pat", "pa", "sdk", "ops", "auth", "private", "public", "ico", "a3", "re", "sk", "pk"]);
function providerPrefixes(rules) {
  const prefixes = /* @__PURE__ */ new Set();
  for (const rule of rules) {
    if (rule.strength) continue;
    const m = SECRET_GROUP_PREFIX.exec(rule.spec.regex);
    if (!m) continue;
    const prefix2 = m[1].replace(/\\-/g, "-");
    const stem = prefix2.split(/[_-]/)[0].toLowerCase();
    if (SHARED_WORDS.has(stem) && prefix2.length <= stem.length + 1) continue;
    prefixes.add(prefix2);
  }
  return [...prefixes];
}
function createOwnedPrefixTest(rules) {
  const prefixes = providerPrefixes(rules);
  if (prefixes.length === 0) return () => false;
  const owned = new RegExp(`^(?:${prefixes.map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")).join("|")})`);
  return (value) => owned.test(value);
}

// src/engine/filters/code-reference.ts
var QUOTING_LANGUAGE = /\.(?:[cm]?[jt]sx?|java|kt|kts|scala|groovy|gradle|go|cs|fs|vb|c|h|cc|cpp|cxx|hh|hpp|m|mm|swift|rs|dart|py|pyi|rb|php|lua|ex|exs|erl|hs|ml|clj|cljs|sol|zig|nim|cr|jl|r)$/i;
var REFERENCE = /^[A-Za-z_$][\w$]*(?:(?:\?\.|[.|]|::)[A-Za-z_$][\w$]*)*(?:<[\w$.,| <>\[\]]*>)?(?:\[\])?[?!]?$/;
var COMMENT_BEFORE = /(?:^\s*(?:\/\/|#|\*|\/\*|--|;|<!--|%)|^\s*'[^']*$|\s(?:\/\/|#|--)\s)/;
var isCodeReference = ({ rule, secret, line, lineOffset, path: path2, encoded }) => {
  if (!rule.strength || encoded !== void 0) return void 0;
  if (!QUOTING_LANGUAGE.test(path2)) return void 0;
  const before = line.slice(0, lineOffset);
  if (insideString(before)) return void 0;
  if (/["'`]$/.test(before) && !/^[+.]/.test(secret)) return void 0;
  if (COMMENT_BEFORE.test(before)) return void 0;
  let value = secret.replace(/[;,)]+$/, "");
  if (/["'`][ \t]*$/.test(before)) value = value.replace(/^[+.][ \t]*/, "");
  return REFERENCE.test(value) ? "identifier or type in code, not a literal" : void 0;
};
function insideString(before) {
  let open = "";
  for (let i = 0; i < before.length; i++) {
    const c = before[i];
    if (open !== "" && c === "\\") i++;
    else if (open === "" && (c === '"' || c === "'" || c === "`")) open = c;
    else if (c === open) open = "";
  }
  return open !== "";
}

// src/engine/filters/content-hash-name.ts
var EXTENSION_AFTER = /^[.-]?(?:[\w-]{0,20}\.)?(?:m?js|cjs|css|map|html?|png|jpe?g|gif|svg|webp|woff2?|ttf|eot|ico|json|wasm|txt|tar\.gz|tgz|zip|whl|gz|bin|chunk)\b/i;
var PATH_BEFORE = /[\w-]*[/.-]$/;
var isContentHashName = ({ secret, line, lineOffset, encoded }) => {
  if (!/^[0-9a-zA-Z_-]{6,80}$/.test(secret)) return void 0;
  const after = line.slice(lineOffset + (encoded ?? secret).length, lineOffset + (encoded ?? secret).length + 30);
  const before = line.slice(Math.max(0, lineOffset - 40), lineOffset);
  if (EXTENSION_AFTER.test(after) && PATH_BEFORE.test(before)) return "content hash in a file name";
  return void 0;
};

// src/engine/filters/data-uri.ts
var DATA_URI_BEFORE = /data:[\w.+-]+\/[\w.+-]+(?:;[\w-]+=[\w.-]+)*;base64,[A-Za-z0-9+/=]*$/;
var isDataUri = ({ line, lineOffset }) => DATA_URI_BEFORE.test(line.slice(Math.max(0, lineOffset - 2048), lineOffset)) ? "data: URI" : void 0;

// src/engine/filters/documented-example.ts
var DOCUMENTED = /* @__PURE__ */ new Set([
  // AWS documentation examples: https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html
  "AKIAIOSFODNN7EXAMPLE",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYEXAMPLEKEY",
  "ASIAIOSFODNN7EXAMPLE",
  "AKIAI44QH8DHBEXAMPLE",
  "je7MtGbClwBF/2Zp9Utk/h3yCo8nvbEXAMPLEKEY",
  "wJalrXUtnFEMI/K7MDENG/bPxRfiCYzEXAMPLEKEY",
  // Stripe's API reference test keys: https://docs.stripe.com/keys#obtain-api-keys
  "sk_test_4eC39HqLyjWDarjtT1zdp7dc",
  "pk_test_TYooMQauvdEDq54NiTphI7jx",
  // GitHub's documentation example token: https://docs.github.com/en/rest/authentication/authenticating-to-the-rest-api
  "ghp_16C7e42F292c6912E7710c838347Ae178B4a",
  // Example values in GitHub's REST API description (api.github.com OpenAPI, shipped in @octokit/openapi):
  // an OAuth access token, an OAuth app client secret, a webhook secret.
  "e72e16c7e42f292c6912e7710c838347ae178b4a",
  "1726be1638095a19edd134c77bde3aa2ece1e5d8",
  "e340154128314309424b7c8e90325147d99fdafa",
  "3ef4ad510c59ad37bac6bb4f80047fb3aee3cc7f",
  "kj123131132",
  // a GitHub Enterprise Server OAuth client secret example
  "ABTLWHOULUVAXGTRYU7OC2876QJ2O",
  // runner registration token
  "AABF3JGZDX3P5PMEXLND6TS6FCWO6",
  "LLBF3JGZDX3P5PMEXLND6TS6FCWO6",
  "2Sg8iYjAxxmI2LvUXpJjkYrMxURPc8r+dB7TJyvvcCU=",
  // Actions public key (and its truncated forms below)
  "2Sg8iYjAxxmI2LvUXpJjkYrMxURPc8r+dB7TJyvv1234",
  "2Sg8iYjAxxmI2LvUXpJjkYrMxURPc8r+dB7TJy931234",
  "9Og8iYjAyymI9LvABpJerYrMxURPc8r+dB7TJyvv1234",
  // NATS nkey seeds in the nkeys and nats.go READMEs (https://github.com/nats-io/nkeys,
  // https://github.com/nats-io/nats.go), which every vendored copy of those modules carries.
  "SUAKYRHVIOREXV7EUZTBHUHL7NUMHPMAS7QMDU3GTIUWEI5LDNOXD43IZY",
  "SUAGMJH5XLGZKQQWAWKRZJIGMOU4HPFUYLXJMXOO5NLFEO2OOQJ5LPRDPM",
  // JWT.io's default example (HS256, "your-256-bit-secret"): https://jwt.io/
  "eyJhbGciOiJIUzI1NiIsInR5cCI6IkpXVCJ9.eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ.SflKxwRJSMeKKF2QT4fwpMeJf36POk6yJV_adQssw5c"
]);
var EXAMPLE_SUFFIX = /EXAMPLE(?:KEY)?$|^AKIA[A-Z0-9]{0,12}EXAMPLE/;
var EXAMPLE_FRAGMENTS = /IOSFODNN7|K7MDENG\/bPxRfiCY|bPxRfiCYEXAMPLE|I44QH8DHB/;
var BASIC_AUTH_SPEC_EXAMPLE = /^aladdin:open ?sesame$/i;
var JWT_IO_EXAMPLE_CLAIMS = "eyJzdWIiOiIxMjM0NTY3ODkwIiwibmFtZSI6IkpvaG4gRG9lIiwiaWF0IjoxNTE2MjM5MDIyfQ";
var TOTP_URI_EXAMPLE = /[JN]BSWY3DPEHPK3PX[A-Z2-7]/;
var GITHUB_DOCS_BODY = "16C7e42F292c6912E7710c838347Ae178B4a";
var isDocumentedExample = ({ secret, rule }) => {
  if (DOCUMENTED.has(secret) || secret.endsWith(GITHUB_DOCS_BODY)) return "provider documentation example";
  if (EXAMPLE_SUFFIX.test(secret) || EXAMPLE_FRAGMENTS.test(secret)) return "provider documentation example";
  if (secret.includes(`.${JWT_IO_EXAMPLE_CLAIMS}.`)) return "JWT.io example token";
  if (TOTP_URI_EXAMPLE.test(secret)) return "TOTP key URI example";
  if (/^QWxhZGRpbjpvcGVu|^YWxhZGRpbjpvcGVu/.test(secret) && BASIC_AUTH_SPEC_EXAMPLE.test(decodeBase64Text(secret) ?? "")) return "HTTP Basic specification example";
  if (rule.id.startsWith("aws-") && secret.includes("EXAMPLE")) return "provider documentation example";
  if (rule.spec.strength !== void 0) {
    if (secret.includes("EXAMPLE")) return "documentation example";
    const decoded = decodeBase64Text(secret);
    if (decoded !== void 0 && /EXAMPLE|example/.test(decoded)) return "documentation example (base64)";
  }
  return void 0;
};

// src/engine/filters/path-context.ts
var TEST_PATH = /(?:^|\/)(?:tests?|spec|specs|__tests__|__mocks__|testdata|test-data|fixtures?|mocks?|examples?|samples?|docs?|demo|e2e|cypress)(?:\/|$)|[._-](?:tests?|specs?|examples?|samples?)\.[A-Za-z]+$|(?:^|\/)[^/]*\.md$/i;
var DOC_PATH = /\.(?:md|markdown|mdx|adoc|asciidoc|rst|html?)$/i;
function isIllustrativePath(path2) {
  return TEST_PATH.test(path2) || DOC_PATH.test(path2);
}

// src/engine/filters/credential-context.ts
function isStoredCredential(candidate) {
  if (isIllustrativePath(candidate.path)) return false;
  if (candidate.rule.spec.strength === "stored") return true;
  const host = userinfoHost(candidate);
  return host !== void 0 && isTypedPasswordForHost(candidate.secret, host);
}
var USERINFO_BEFORE = /\b[a-z][a-z0-9+.-]{1,30}:\/\/([^\s:@/'"<>]{1,100}):$/i;
var HOST_AFTER = /^@(\[[0-9a-fA-F:.]{2,45}\]|[A-Za-z0-9_%-]{1,63}(?:\.[A-Za-z0-9_%-]{1,63}){0,10})/;
function userinfoHost({ line, lineOffset, secret }) {
  const user = USERINFO_BEFORE.exec(line.slice(Math.max(0, lineOffset - 140), lineOffset))?.[1];
  if (user === void 0 || /^mailto$/i.test(user)) return void 0;
  return HOST_AFTER.exec(line.slice(lineOffset + secret.length))?.[1]?.toLowerCase();
}

// src/engine/filters/hash-or-uuid.ts
var UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
var HEX_DIGEST = /^(?:[0-9a-f]{32}|[0-9a-f]{40}|[0-9a-f]{64}|[0-9a-f]{128}|[0-9A-F]{32}|[0-9A-F]{40}|[0-9A-F]{64})$/;
var SHA_CONTEXT = /\b(?:commit|sha|rev|revision|ref|hash|digest|checksum|etag|md5|sha1|sha256|uuid|guid|id)\b/i;
var isHashOrUuid = (candidate) => {
  const { rule, secret, name, line, lineOffset } = candidate;
  if (rule.spec.strength === void 0) return void 0;
  if (isStoredCredential(candidate)) return void 0;
  if (name !== void 0 && secretNameKind(name) === "password") return void 0;
  if (UUID.test(secret)) return "UUID";
  if (!HEX_DIGEST.test(secret)) return void 0;
  const around = line.slice(Math.max(0, lineOffset - 80), lineOffset) + line.slice(lineOffset + secret.length, lineOffset + secret.length + 80);
  if (SHA_CONTEXT.test(around) || /^\s*[0-9a-f]{40}\b/.test(line)) return "hash or commit id";
  return void 0;
};

// src/engine/filters/placeholder.ts
var TEMPLATED = [
  /^\$\{\{?[^}]*\}\}?$/,
  // ${VAR}, ${{ secrets.X }}
  /\$\{/,
  // embedded ${VAR}, ${VAR:-default}, ${fn()} template literals
  /\{\{[^}]*\}\}/,
  // {{ .Values.x }}, {{ secret }}
  /\{%[^%]*%\}|<%=?[^%]*%>/,
  // Jinja/ERB blocks
  /^\$[A-Za-z_][A-Za-z0-9_]*$/,
  // $API_KEY, $password
  /^\$\([^)]*\)?$/,
  // $(VAR), $(cat file)
  /^%\(?[\w.]*\)?[sd]$/,
  // %(password)s, %s
  /^%[A-Za-z_][\w.]*%$/,
  // %PASSWORD% (Windows)
  /^@[\w.]+@$/,
  // @db.password@ (Maven resource filtering)
  /^<[^<>]{1,80}>$/,
  // <API_KEY>
  /^\[[^[\]]{1,80}\]$/,
  // [YOUR_KEY]
  /^\[\[[^\]]*\]\]$/,
  // [[.Some.Value]] (Go templates with custom delimiters)
  /^\{[\w.\- ]{1,60}\}$/,
  // {api_key}
  /^__[A-Z0-9_]+__$/,
  // __API_KEY__
  /#\{[^}]*\}/,
  // Ruby (and CoffeeScript, Crystal) interpolation: "#{var}", "latency:#{SecureRandom.uuid}"
  /^!(?:vault|secret|env|ref|Ref|Sub|GetAtt|ImportValue)\b/,
  // YAML tags: Ansible vault, CloudFormation
  /process\.env\b/,
  /os\.(?:environ|getenv)\b/,
  /\bENV\[/,
  /\bgetenv\(/,
  /System\.getenv|Environment\.GetEnvironmentVariable|env\(['"]/,
  /^secrets\.[A-Z_]/,
  // GitHub Actions expression body
  /^ENC[[(]|^\{cipher\}|^!encrypted|^vault:v\d+:/
  // encrypted in place: jasypt, sops, Spring Cloud Config, Vault transit
];
var SETTING_NAME = /^[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)*_(?:PASSWORD|PASSWD|PASS|PWD|SECRET|TOKEN|KEY|APIKEY)$|^(?:PASSWORD|PASSWD|SECRET|TOKEN|API_KEY)(?:_[A-Z0-9]+)+$/;
var INSTRUCTIONS = [
  /(?:^|[^a-z])(?:your|my|the|enter|insert|put|add|paste|replace|set)[_\- ]?[a-z_\-() !]{0,30}?(?:key|token|secret|password|pass|pwd|credential|id)s?(?:[_\- ]?here)?(?:[^a-z]|$)/i,
  /change[_\- ]?(?:me|it|this)|replace[_\- ]?(?:me|this|with)|placeholder|redacted|<redacted>|removed|obfuscated|censored|not[_\- ]?(?:a[_\- ]?)?(?:real|set|used)|fill[_\- ]?(?:me|in)|to[_\- ]?be[_\- ]?(?:set|filled|replaced)|goes[_\- ]?here|_here$|-here$/i
];
var PLACEHOLDER_WORDS = [
  /^(?:dummy|example|sample|fake|mock|foo|bar|baz|qux|todo|tbd|none|null|nil|xxx|yyy|zzz)(?:[_\-.]?[a-z]*)?[_\-.]?\d{0,3}$/i,
  /^(?:dummy|example|sample|fake|mock)[_\-]/i,
  // The words themselves: a key named password whose value is "password" or "changeme".
  /^(?:password|passwd|passw0rd|p@ssw0rd|p@ssword|pass|pwd|secret|s3cr3t|token|apikey|api_key|api-key|changeme|changeit|letmein|default|empty|none)$/i,
  /^(?:\d{1,12}|1q2w3e4r|1qaz2wsx|qwerty|azerty)$/i,
  // A credential's own name with a counter: key_1234, secret1, token-2.
  /^(?:key|token|secret|apikey|api_key|my|your)[_-]?\d{1,6}$/i
];
var WEAK_STAND_IN = /^(?:password|passw0rd|p@ssw0rd|pass|pwd|secret|admin|administrator|root|toor|guest|user|username|test|tester|testing|welcome|master|login|demo|manager|sa|postgres|mysql|oracle|qwerty|abc|letmein|iloveyou|monkey|dragon|sunshine|trustno1)[\d!@#$%^&*._-]{0,4}$|^test[a-z]{0,12}\d{0,4}$/i;
var SELF_DESCRIBING = /example|sample|dummy|fake|changeme|change[_-]me|placeholder|insert|fixme|todo|[_-]here\b|here$|not[_-]?real|redacted|lorem|ipsum/i;
var SELF_INSTRUCTING = /changeme|change[_-]me|placeholder|insert|fixme|todo|[_-]here\b|here$|not[_-]?real|redacted|lorem|ipsum/i;
var NAMES_ITSELF = /passw(?:or)?d|pwd|secret|token|api[_-]?key/i;
function namesItself(value) {
  return NAMES_ITSELF.test(value) || NAMES_ITSELF.test(readLeet(value));
}
var CALLS_ITSELF_TEST = /(?:^|[^A-Za-z])test(?:[^a-z]|$)/i;
var PASSWORD_HASH = /^\$(?:1|2[abxy]|5|6|7|y|gy|apr1|md5[^$]*|sha1|argon2(?:id|i|d))\$/;
var isTemplated = ({ secret }) => TEMPLATED.some((re) => re.test(secret)) ? "templated value" : void 0;
var isPlaceholder = (candidate) => {
  const { secret, path: path2, rule } = candidate;
  if (isStoredCredential(candidate)) return storedStandIn(secret);
  if (PASSWORD_HASH.test(secret) && (TEST_PATH.test(path2) || DOC_PATH.test(path2))) return "password hash in documentation or tests";
  const bracedRandom = /^\{[A-Za-z0-9+/]{16,}={0,2}\}$/.test(secret) && looksRandom(secret.slice(1, -1));
  if (!bracedRandom && TEMPLATED.some((re) => re.test(secret))) return "templated value";
  if (INSTRUCTIONS.some((re) => re.test(secret)) || PLACEHOLDER_WORDS.some((re) => re.test(secret))) return "placeholder";
  if (SETTING_NAME.test(secret)) return "names the setting that holds the credential";
  const bare = secret.replace(/^(?:Basic|Bearer|Token)[ ]+/i, "");
  const decoded = /^[A-Za-z0-9+/]{8,}={0,2}$/.test(bare) ? decodeBase64Text(bare) : void 0;
  if (rule.spec.strength !== void 0 && decoded !== void 0) {
    if (TEMPLATED.some((re) => re.test(decoded)) || SELF_DESCRIBING.test(decoded) || /12345|password|secret/i.test(decoded)) return "base64 of a stand-in";
  }
  if (decoded !== void 0 && isStandInPair(decoded, TEST_PATH.test(path2))) return "base64 of a stand-in user:password";
  if (rule.spec.strength !== void 0 && SELF_DESCRIBING.test(secret)) return "value that describes itself";
  if (rule.spec.strength !== void 0 && (namesItself(secret) || CALLS_ITSELF_TEST.test(secret)) && isIllustrativePath(path2)) return "value that names itself in a test, example or documentation";
  if (WEAK_STAND_IN.test(secret) && TEST_PATH.test(path2)) return "weak stand-in in a test or example";
  if (WEAK_STAND_IN.test(secret) && COMMENT_BEFORE.test(candidate.line.slice(0, candidate.lineOffset))) return "weak stand-in in a comment";
  return void 0;
};
var OTHER_CREDENTIAL_NAME = /^(?:(?:access|auth|api|bearer|personal[_-]?access)[_-]?)?token$|^api[_-]?key$|^(?:client[_-]?)?secret[_-]?key$|^credentials?$/i;
function storedStandIn(secret) {
  const bracedRandom = /^\{[A-Za-z0-9+/]{16,}={0,2}\}$/.test(secret) && looksRandom(secret.slice(1, -1));
  if (!bracedRandom && TEMPLATED.some((re) => re.test(secret))) return "templated value";
  if (INSTRUCTIONS.some((re) => re.test(secret)) || SELF_INSTRUCTING.test(secret)) return "placeholder";
  if (OTHER_CREDENTIAL_NAME.test(secret)) return "names the credential to put there";
  if (SETTING_NAME.test(secret)) return "names the setting that holds the credential";
  const decoded = decodeBase64Text(secret);
  if (decoded !== void 0 && decoded.length >= 4 && (TEMPLATED.some((re) => re.test(decoded)) || SELF_INSTRUCTING.test(decoded))) return "base64 of a stand-in";
  return void 0;
}
function isStandInPair(text, inTest) {
  const m = /^[^:\s]{1,64}:(\S{1,64})$/.exec(text);
  if (m === null) return false;
  const password = m[1];
  return SELF_DESCRIBING.test(password) || PLACEHOLDER_WORDS.some((re) => re.test(password)) || inTest && WEAK_STAND_IN.test(password);
}

// src/engine/filters/illustrated-secret.ts
var isIllustratedSecret = ({ rule, secret, path: path2 }) => {
  if (!rule.spec.declaredSecret || !isIllustrativePath(path2)) return void 0;
  if (!looksRandom(secret)) return "a weak value in a documented or test manifest";
  return namesItself(secret) ? "a value that names itself in a documented or test manifest" : void 0;
};

// src/engine/filters/inline-allow.ts
var MARKER = /leakguard:allow(?:[ \t]+([a-z][a-z0-9-]*(?:,[a-z][a-z0-9-]*)*))?/;
var PEER_MARKER = /gitleaks:allow|pragma:\s*allowlist[ -]secret|trufflehog:ignore|#\s*nosec\b|\bnot-?secret\b|\bnosecret\b/i;
var isAllowedInline = ({ line, rule }) => {
  if (PEER_MARKER.test(line)) return "another scanner's allow marker on the line";
  const m = MARKER.exec(line);
  if (!m) return void 0;
  if (m[1] && !m[1].split(",").includes(rule.id)) return void 0;
  return "leakguard:allow on the line";
};

// src/engine/filters/integrity-hash.ts
var LOCKFILE = /(?:^|\/)(?:package-lock\.json|npm-shrinkwrap\.json|yarn\.lock|pnpm-lock\.ya?ml|bun\.lock|go\.sum|go\.work\.sum|Cargo\.lock|poetry\.lock|Pipfile\.lock|uv\.lock|pdm\.lock|Gemfile\.lock|composer\.lock|Podfile\.lock|Package\.resolved|packages\.lock\.json|flake\.lock|gradle\.lockfile|mix\.lock|pubspec\.lock|deno\.lock|[^/]*\.lock)$/;
var CREDENTIAL_CONTEXT = /token|auth|passw|secret|[?&]key=/i;
var SRI = /^(?:sha(?:1|256|384|512)-)[A-Za-z0-9+/]{20,}={0,2}$/;
var GO_SUM = /^h1:[A-Za-z0-9+/]{43}=$/;
var HASH_SHAPED = /^(?:sha(?:1|256|384|512)[-:])?(?:[0-9a-f]{32,128}|[A-Za-z0-9+/]{27,88}={0,2})$/;
var HASH_CONTEXT = /\b(?:integrity|checksum|shasum|sha(?:1|256|384|512)?|hash|digest|h1|sum|resolved|resolution)\b["']?\s*[:=]?\s*["']?$/i;
var isIntegrityHash = ({ secret, line, lineOffset, path: path2 }) => {
  if (SRI.test(secret) || GO_SUM.test(secret)) return "integrity hash";
  if (LOCKFILE.test(path2) && HASH_SHAPED.test(secret) && !CREDENTIAL_CONTEXT.test(line.slice(0, lineOffset))) return "lockfile checksum";
  if (HASH_SHAPED.test(secret) && HASH_CONTEXT.test(line.slice(Math.max(0, lineOffset - 40), lineOffset))) return "integrity hash";
  return void 0;
};

// src/engine/filters/long-identifier.ts
var isLongIdentifier = (candidate) => {
  const { secret } = candidate;
  if (isStoredCredential(candidate)) return void 0;
  const body = secret.replace(/^[A-Za-z]{2,8}_(?=[A-Za-z])/, "");
  if (body.length < 12) return void 0;
  return isIdentifierLike(body) ? "identifier in code" : void 0;
};

// src/engine/filters/masked-value.ts
var MASK_RUN = /[*•●·#]{4,}|[xX]{6,}|\.{6,}|_{6,}/;
var isMaskedValue = ({ secret, rule, encoded }) => {
  if (MASK_RUN.test(secret)) return "masked value";
  if (rule.spec.strength !== void 0 && /^eyJ[\w-]{10,}$/.test(secret) && !secret.includes(".")) return "truncated JWT";
  if (rule.spec.declaredSecret && encoded !== void 0 && /^["']?eyJ[\w-]{10,}["']?$/.test(encoded) && /^\{"(?:alg|typ|kid)"/.test(secret)) return "truncated JWT";
  if (/[A-Za-z0-9_-](?:\.{3}|…)[A-Za-z0-9]/.test(secret) || /^(?:\.{3}|…)|(?:\.{3}|…)$/.test(secret)) return "truncated value";
  const masked = secret.replace(/[^*xX•#.-]/g, "").length;
  if (secret.length >= 8 && masked / secret.length >= 0.75 && /[*xX•#]{3}/.test(secret)) return "masked value";
  return void 0;
};

// src/engine/filters/object-name.ts
var YAML_PATH = /\.ya?ml(?:\.tpl|\.gotmpl|\.j2)?$/i;
var DNS_LABEL = /^[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?$/;
var NAME_PART = /^(?:[a-z]+[0-9]{0,4}|[0-9]{1,4}|v[0-9]{1,3})$/;
var isObjectName = ({ rule, secret, name, path: path2 }) => {
  if (rule.spec.strength === void 0 || rule.spec.strength === "stored") return void 0;
  if (name === void 0 || !(YAML_PATH.test(path2) || DOC_PATH.test(path2))) return void 0;
  if (nameWords(name).at(-1) !== "secret") return void 0;
  if (!DNS_LABEL.test(secret)) return void 0;
  const parts = secret.split("-");
  if (parts.length < 2 || !parts.every((p) => NAME_PART.test(p))) return void 0;
  const words = parts.map((p) => p.replace(/[0-9]+$/, "")).filter((w) => w.length > 0);
  if (!words.some((w) => w.length >= 2)) return void 0;
  if (!words.every((w) => w.length < 4 || /[aeiouy]/.test(w) && !isNonWord(w, 5))) return void 0;
  return "names a Kubernetes Secret object";
};

// src/engine/filters/public-key.ts
var BASE64_PEM = /^LS0tLS1CRUdJTi[A-Za-z0-9+/]/;
var PUBLIC_ARMOUR = /^-----BEGIN (?:[A-Z0-9 ]+ )?(?:PUBLIC KEY|CERTIFICATE(?: REQUEST)?|PGP PUBLIC KEY BLOCK)-----/;
var SSH_PUBLIC_BODY = /^AAAA(?:B3NzaC1yc2E|C3NzaC1lZDI1NTE5|E2VjZHNhLXNoYTItbmlzdHA|B3NzaC1kc3M|C3NzaC1lZDQ0OA|GnNrLWVjZHNh|GnNrLXNzaC1lZDI1NTE5)/;
var PUBLIC_CONTEXT = /\b(?:ssh-(?:rsa|dss|ed25519|ed448)|ecdsa-sha2-nistp\d+|sk-(?:ssh|ecdsa)-[\w@.-]+)\s+$|-----BEGIN (?:[A-Z0-9 ]+ )?(?:PUBLIC KEY|CERTIFICATE(?: REQUEST)?|PGP PUBLIC KEY BLOCK)-----/;
var isPublicKey = ({ secret, line, lineOffset }) => {
  if (/^(?:ssh-(?:rsa|dss|ed25519)|ecdsa-sha2-)/.test(secret) || SSH_PUBLIC_BODY.test(secret)) return "SSH public key";
  if (/-----BEGIN (?:[A-Z0-9 ]+ )?(?:PUBLIC KEY|CERTIFICATE)-----/.test(secret)) return "public key or certificate";
  if (PUBLIC_CONTEXT.test(line.slice(Math.max(0, lineOffset - 200), lineOffset))) return "public key or certificate";
  if (BASE64_PEM.test(secret) && PUBLIC_ARMOUR.test(decodePrefix(secret))) return "base64-encoded certificate or public key";
  return void 0;
};
function decodePrefix(value) {
  const head = value.slice(0, 80);
  return Buffer.from(head.slice(0, head.length - head.length % 4), "base64").toString("latin1");
}

// src/engine/filters/publishable-key.ts
var PUBLISHABLE = /^(?:pk_(?:live|test)_[0-9A-Za-z]{10,}|pk\.eyJ[\w-]{10,}\.[\w-]{10,})$/;
var NKEY_PUBLIC = /^[UAONC][A-Z2-7]{55}$/;
var isPublishableKey = ({ secret }) => PUBLISHABLE.test(secret) || NKEY_PUBLIC.test(secret) ? "publishable key (public by design)" : void 0;

// src/engine/filters/regex-source.ts
var NAMED_GROUP_BEFORE = /\(\?<[A-Za-z_]\w{0,40}>["'`]?$/;
var PATTERN_SYNTAX = /\(\?(?:[:!=]|<[!=])|\[[^\]\s]{1,40}\](?:\{\d{1,4}(?:,\d{0,4})?\}|[+*])|\\[dwsSbB](?:[+*?]|\{\d)/;
var OPEN_REGEX_LITERAL = /(?:^|[\s(,=!~&|])\/(?:[^/\\\n]|\\.)*$/;
var isRegexSource = ({ secret, line, lineOffset, rule }) => {
  if (NAMED_GROUP_BEFORE.test(line.slice(Math.max(0, lineOffset - 48), lineOffset))) return "regex named group";
  if (rule.spec.strength !== void 0 && PATTERN_SYNTAX.test(secret)) return "a regular expression, not a value";
  if (rule.spec.strength !== void 0 && secret.endsWith("/") && OPEN_REGEX_LITERAL.test(line.slice(0, lineOffset))) return "inside a regex literal";
  return void 0;
};

// src/engine/filters/repetitive.ts
var isRepetitive = ({ secret, rule }) => {
  const s = secret.replace(/^[A-Za-z]{2,10}[_-]/, "");
  if (s.length < 8) return void 0;
  const run = /(.)\1{7,}/.exec(s);
  if (run && (s.length < 48 || run[0].length * 4 >= s.length)) return "repeated character";
  const maxPeriod = Math.min(32, Math.floor(s.length / 2));
  for (let period = 1; period <= maxPeriod; period++) {
    if (isPeriodic(s, period)) return "repeated pattern";
  }
  if (isSequential(s)) return "sequential characters";
  if (isInterleavedSequence(s)) return "interleaved sequences";
  const longest = longestSequentialRun(secret);
  if (longest >= 12 && longest * 10 >= secret.length * 6) return "mostly a sequential run";
  if (rule.spec.strength !== void 0 && SEQUENTIAL_RUN.test(s)) return "sequential run (a typed stand-in)";
  if (s.length >= 16 && new Set(s).size <= 3) return "too few distinct characters";
  return void 0;
};
function isPeriodic(s, period) {
  for (let i = period; i < s.length; i++) if (s[i] !== s[i - period]) return false;
  return true;
}
var SEQUENTIAL_RUN = /0?12345678|23456789|abcdefgh|bcdefghi|qwertyui|asdfghjk|zyxwvuts|98765432/i;
var SEQUENCES = ["0123456789abcdefghijklmnopqrstuvwxyz", "qwertyuiopasdfghjklzxcvbnm", "1234567890"];
function longestSequentialRun(value) {
  const lower = value.toLowerCase();
  let best = 0;
  for (const seq of SEQUENCES) {
    let run = 1;
    for (let i = 1; i < lower.length; i++) {
      const at = seq.indexOf(lower[i - 1]);
      run = at >= 0 && seq[(at + 1) % seq.length] === lower[i] ? run + 1 : 1;
      if (run > best) best = run;
    }
  }
  return best;
}
function isInterleavedSequence(s) {
  const body = s.replace(/[-_.:]/g, "");
  if (!/^[A-Za-z0-9]{8,72}$/.test(body)) return false;
  const letters = body.replace(/[0-9]/g, "").toLowerCase();
  const digits = body.replace(/[A-Za-z]/g, "");
  if (letters.length < 4 || digits.length < 4) return false;
  const along = (part) => SEQUENCES.some((seq) => (seq + seq).includes(part));
  return along(letters) && along(digits);
}
function isSequential(s) {
  const lower = s.toLowerCase().replace(/[-_.:]/g, "");
  if (lower.length < 8 || lower.length > 72) return false;
  return SEQUENCES.some((seq) => (seq + seq + seq).includes(lower) || (seq + seq + seq).split("").reverse().join("").includes(lower));
}

// src/engine/filters/stand-in-name.ts
var ASSIGNED_NAME = /([\w.$-]{1,80})["'\]]?(?:[ \t]{0,4}:[ \t]{0,4}&?(?:'static[ \t]+)?[\w<>\[\].]{1,40}[ \t]{0,4}(?==))?[ \t]{0,8}(?::=|=>|=|:)[ \t]{0,8}[rbuRBU@$]?["'`]?(?:-----BEGIN[ A-Z0-9]{0,40}-----(?:\\n)?)?$/;
var STAND_IN_WORDS = /* @__PURE__ */ new Set(["fake", "dummy", "example", "sample", "mock", "placeholder", "fixture", "bogus", "invalid", "expired", "revoked", "stub"]);
var KEY_FILE = /\.(?:pem|key|priv|p12|pfx|ppk|asc|gpg|jks|keystore|crt)$/i;
var STAND_IN_ARMOUR = /-----BEGIN (?:[A-Z0-9]+ )*(?:EXAMPLE|FAKE|DUMMY|SAMPLE|STUB)\b/;
var isStandIn = (candidate) => {
  const { secret, line, lineOffset, path: path2 } = candidate;
  const before = line.slice(Math.max(0, lineOffset - 120), lineOffset);
  const stored = isStoredCredential(candidate);
  const m = stored ? null : ASSIGNED_NAME.exec(before);
  if (m && nameWords(m[1]).some((w) => STAND_IN_WORDS.has(w))) return "assigned to a stand-in name";
  if (STAND_IN_ARMOUR.test(before) || STAND_IN_ARMOUR.test(secret.slice(0, 80))) return "armour says it is an example";
  const base = path2.slice(path2.lastIndexOf("/") + 1);
  if (KEY_FILE.test(base) && nameWords(base).some((w) => STAND_IN_WORDS.has(w))) return "in a key file named as a stand-in";
  if (before.endsWith(`//${secret}:`) || /^[a-z]{3,}[0-9]{1,3}$/.test(secret) && before.endsWith(`//${secret.replace(/[0-9]+$/, "")}:`)) {
    return "a URL whose password repeats its user name";
  }
  if (/^[A-Za-z]{3,16}$/.test(secret) && !isNonWord(secret) && !stored) return "a word, not a generated value";
  return void 0;
};

// src/engine/filters/translation.ts
var TRANSLATION_PATH = /(?:^|\/)(?:locales?|i18n|l10n|lang|langs|languages|translations?)\/(?:[^/]+\/)*[^/]+\.(?:json|ya?ml|po|properties|strings|xliff|xlf|resx|arb|ftl)$|(?:^|\/)messages(?:_[a-z]{2}(?:_[A-Z]{2})?)?\.properties$/i;
var isTranslation = ({ rule, path: path2 }) => rule.strength && TRANSLATION_PATH.test(path2) ? "a translated UI string" : void 0;

// src/engine/filters/index.ts
var defaultFilters = [
  isAllowedInline,
  isDocumentedExample,
  isTranslation,
  isPublishableKey,
  isPlaceholder,
  isStandIn,
  isMaskedValue,
  isRepetitive,
  isLongIdentifier,
  isCodeReference,
  isObjectName,
  isHashOrUuid,
  isIntegrityHash,
  isPublicKey,
  isDataUri,
  isContentHashName,
  isRegexSource
];
var declaredSecretFilters = [isAllowedInline, isDocumentedExample, isTemplated, isMaskedValue, isIllustratedSecret, isPublicKey];

// src/engine/fingerprint.ts
import { createHash } from "node:crypto";
function fingerprintOf(ruleId, path2, secret) {
  return createHash("sha256").update(`${ruleId}\0${path2}\0${secret}`).digest("hex").slice(0, 32);
}

// src/engine/locate.ts
var LF = 10;
var CR = 13;
function createLocator(text, startLine, startColumn) {
  let pos = 0;
  let line = startLine;
  let lineStart = 0;
  const lfOnly = !text.includes("\r");
  let nextLf = -1;
  return {
    locate(index) {
      if (lfOnly) {
        if (nextLf < pos) nextLf = next(text, pos);
        while (nextLf < index) {
          line++;
          lineStart = nextLf + 1;
          nextLf = next(text, lineStart);
        }
        if (index > pos) pos = index;
      } else {
        for (; pos < index; pos++) {
          const c = text.charCodeAt(pos);
          if (c === LF || c === CR && text.charCodeAt(pos + 1) !== LF) {
            line++;
            lineStart = pos + 1;
          }
        }
      }
      const column = index - lineStart + 1 + (line === startLine ? startColumn : 0);
      return { line, column, lineStart };
    }
  };
}
function next(text, from) {
  const at = text.indexOf("\n", from);
  return at === -1 ? Infinity : at;
}
function lineAround(text, lineStart, index, max = 4096) {
  const limit = Math.min(text.length, index + max);
  let end = index;
  while (end < limit) {
    const c = text.charCodeAt(end);
    if (c === LF || c === CR) break;
    end++;
  }
  const start = Math.max(lineStart, index - max);
  return { line: text.slice(start, end), offset: index - start };
}

// src/engine/prefilter.ts
var ASCII = 128;
var TWO_PASSES_FROM = 2048;
var SEGMENT = 16 * 1024;
function fold(code) {
  return code >= 65 && code <= 90 ? code + 32 : code;
}
function createPrefilter(keywords) {
  const classOf = new Uint8Array(65536);
  let width = 1;
  const keywordClasses = keywords.map((keyword) => {
    const classes = [];
    for (let i = 0; i < keyword.length; i++) {
      const code = keyword.charCodeAt(i);
      if (code >= ASCII) {
        classes.push(-1);
        continue;
      }
      const c = fold(code);
      if (classOf[c] === 0) {
        classOf[c] = width++;
        if (c !== code) classOf[code] = classOf[c];
      }
      classes.push(classOf[c]);
    }
    return classes;
  });
  for (let c = 65; c <= 90; c++) classOf[c] = classOf[c + 32];
  const never = width++;
  for (const classes of keywordClasses) for (let i = 0; i < classes.length; i++) if (classes[i] === -1) classes[i] = never;
  const edges = [[]];
  const outputs = [[]];
  keywordClasses.forEach((classes, index) => {
    if (classes.length === 0) return;
    let state = 0;
    for (const c of classes) {
      const list = edges[state];
      let next3 = -1;
      for (let e = 0; e < list.length; e += 2) if (list[e] === c) next3 = list[e + 1];
      if (next3 === -1) {
        next3 = edges.length;
        edges.push([]);
        outputs.push([]);
        list.push(c, next3);
      }
      state = next3;
    }
    outputs[state].push(index);
  });
  const states = edges.length;
  const fail = new Int32Array(states);
  const queue = [0];
  for (let head = 0; head < queue.length; head++) {
    const state = queue[head];
    const list = edges[state];
    for (let e = 0; e < list.length; e += 2) {
      const c = list[e];
      const child = list[e + 1];
      let f = fail[state];
      let target = 0;
      if (state !== 0) {
        for (; ; ) {
          const fl = edges[f];
          let found = -1;
          for (let g = 0; g < fl.length; g += 2) if (fl[g] === c) found = fl[g + 1];
          if (found !== -1) {
            target = found;
            break;
          }
          if (f === 0) break;
          f = fail[f];
        }
      }
      fail[child] = target;
      const out = outputs[child];
      for (const k of outputs[target]) if (!out.includes(k)) out.push(k);
      queue.push(child);
    }
  }
  const number = new Int32Array(states);
  let next2 = 0;
  for (const s of queue) if (outputs[s].length === 0) number[s] = next2++;
  const emitFrom = next2 * width;
  for (const s of queue) if (outputs[s].length > 0) number[s] = next2++;
  const table = new Int32Array(states * width);
  const emits = new Array(states);
  for (const s of queue) {
    const row = number[s] * width;
    emits[number[s]] = outputs[s];
    if (s !== 0) table.copyWithin(row, number[fail[s]] * width, number[fail[s]] * width + width);
    const list = edges[s];
    for (let e = 0; e < list.length; e += 2) table[row + list[e]] = number[list[e + 1]] * width;
  }
  const maxLength = Math.max(1, ...keywords.map((k) => k.length));
  let first = new Int32Array(4 * SEGMENT);
  let second = new Int32Array(4 * SEGMENT);
  const grow = (pairs, needed) => {
    if (needed <= pairs.length) return pairs;
    const bigger = new Int32Array(Math.max(needed, pairs.length * 2));
    bigger.set(pairs);
    return bigger;
  };
  const registers = new Int32Array(4);
  function twoPasses(text, from, to, offset, emitBFrom, pa, pb) {
    let a = registers[0];
    let b = registers[1];
    let na = registers[2];
    let nb = registers[3];
    for (let i = from; i < to; i++) {
      a = table[a + classOf[text.charCodeAt(i)]];
      b = table[b + classOf[text.charCodeAt(offset + i)]];
      if (a >= emitFrom) {
        pa[na++] = a;
        pa[na++] = i + 1;
      }
      if (b >= emitFrom && i >= emitBFrom) {
        pb[nb++] = b;
        pb[nb++] = offset + i + 1;
      }
    }
    registers[0] = a;
    registers[1] = b;
    registers[2] = na;
    registers[3] = nb;
  }
  function onePass(text, from, to, slot, pairs) {
    let s = registers[slot];
    let count = registers[slot + 2];
    for (let i = from; i < to; i++) {
      s = table[s + classOf[text.charCodeAt(i)]];
      if (s >= emitFrom) {
        pairs[count++] = s;
        pairs[count++] = i + 1;
      }
    }
    registers[slot] = s;
    registers[slot + 2] = count;
  }
  function search(text) {
    const n = text.length;
    registers.fill(0);
    const mid = n >= TWO_PASSES_FROM && n >= 4 * maxLength ? n >> 1 : n;
    const offset = Math.max(0, mid - maxLength + 1);
    const warmUp = mid - offset;
    for (let i = 0; i < mid; i += SEGMENT) {
      const to = Math.min(mid, i + SEGMENT);
      first = grow(first, registers[2] + 2 * (to - i));
      if (mid === n) onePass(text, i, to, 0, first);
      else {
        second = grow(second, registers[3] + 2 * (to - i));
        twoPasses(text, i, to, offset, warmUp, first, second);
      }
    }
    for (let j = offset + mid; j < n; j += SEGMENT) {
      const to = Math.min(n, j + SEGMENT);
      second = grow(second, registers[3] + 2 * (to - j));
      onePass(text, j, to, 1, second);
    }
    return hitsOf(first, registers[2], second, mid < n ? registers[3] : 0);
  }
  function hitsOf(a, na, b, nb) {
    let count = 0;
    for (let h = 0; h < na; h += 2) count += emits[a[h] / width].length;
    for (let h = 0; h < nb; h += 2) count += emits[b[h] / width].length;
    const keyword = new Int32Array(Math.max(1, count));
    const end = new Int32Array(Math.max(1, count));
    let c = 0;
    for (const [pairs, n] of [[a, na], [b, nb]]) {
      for (let h = 0; h < n; h += 2) {
        for (const k of emits[pairs[h] / width]) {
          keyword[c] = k;
          end[c++] = pairs[h + 1];
        }
      }
    }
    return { count, keyword, end };
  }
  function searchRanges(bytes, ranges) {
    let pairs = new Int32Array(64);
    let n = 0;
    for (let r = 0; r < ranges.length; r += 2) {
      const from = ranges[r];
      const to = ranges[r + 1];
      let s = 0;
      for (let i = from; i < to; i++) {
        s = table[s + classOf[bytes[i]]];
        if (s >= emitFrom) {
          if (n + 2 > pairs.length) {
            const bigger = new Int32Array(pairs.length * 2);
            bigger.set(pairs);
            pairs = bigger;
          }
          pairs[n++] = s;
          pairs[n++] = i + 1;
        }
      }
    }
    return hitsOf(pairs, n, pairs, 0);
  }
  const sample = keywords.join(" ");
  search(sample.repeat(Math.ceil(2 * TWO_PASSES_FROM / (sample.length + 1))));
  search(sample.slice(0, TWO_PASSES_FROM - 1));
  return { keywords, search, searchRanges, maxLength };
}

// src/engine/lazy-prefilter.ts
var BUILD_AFTER_CHARS = 16 * 1024;
var CHARS_PER_SEARCH = 512;
function createLazyPrefilter(keywords, options = {}) {
  const threshold = options.buildAfterChars ?? BUILD_AFTER_CHARS;
  const perSearch = options.charsPerSearch ?? CHARS_PER_SEARCH;
  let automaton;
  let needles;
  let searched = 0;
  return {
    keywords,
    maxLength: Math.max(1, ...keywords.map((k) => k.length)),
    searchRanges(bytes, ranges) {
      automaton ??= createPrefilter(keywords);
      return automaton.searchRanges(bytes, ranges);
    },
    search(text) {
      if (!automaton) {
        searched += text.length + perSearch;
        if (searched <= threshold) return searchEach(needles ??= keywords.map(foldedNeedle), text);
        automaton = createPrefilter(keywords);
      }
      return automaton.search(text);
    }
  };
}
function fold2(code) {
  if (code >= 128) return 0;
  return code >= 65 && code <= 90 ? code + 32 : code;
}
function foldedNeedle(keyword) {
  const needle = Buffer.allocUnsafe(keyword.length);
  for (let i = 0; i < keyword.length; i++) needle[i] = fold2(keyword.charCodeAt(i) & 127);
  return needle;
}
function searchEach(needles, text) {
  const n = text.length;
  const folded = Buffer.allocUnsafe(n);
  for (let i = 0; i < n; i++) folded[i] = fold2(text.charCodeAt(i));
  const found = [];
  needles.forEach((needle, k) => {
    if (needle.length === 0 || needle.length > n) return;
    for (let at = folded.indexOf(needle); at !== -1; at = folded.indexOf(needle, at + 1)) found.push({ k, end: at + needle.length, len: needle.length });
  });
  found.sort((a, b) => a.end - b.end || b.len - a.len || a.k - b.k);
  const keyword = new Int32Array(Math.max(1, found.length));
  const end = new Int32Array(Math.max(1, found.length));
  found.forEach((h, i) => {
    keyword[i] = h.k;
    end[i] = h.end;
  });
  return { count: found.length, keyword, end };
}

// src/engine/own-string.ts
function ownString(s) {
  return JSON.parse(JSON.stringify(s));
}

// src/engine/redact.ts
function redactSecret(secret, prefix2 = "") {
  const body = secret.slice(prefix2.length);
  const tail = body.length >= 20 ? 4 : body.length >= 12 ? 2 : 0;
  return `${prefix2}...${tail > 0 ? body.slice(-tail) : ""}`;
}
function knownPrefix(secret, keywords) {
  const lower = secret.toLowerCase();
  let best = "";
  for (const keyword of keywords) {
    if (keyword.length > best.length && keyword.length <= 12 && keyword.length < secret.length - 8 && lower.startsWith(keyword.toLowerCase())) {
      best = secret.slice(0, keyword.length);
    }
  }
  return best;
}
function maskIn(text, secret, redacted) {
  if (secret.length === 0) return text;
  return text.split(secret).join(redacted);
}

// src/engine/validate/base58check.ts
import { createHash as createHash2 } from "node:crypto";
var ALPHABET = "123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz";
function base58Decode(text) {
  let n = 0n;
  for (const c of text) {
    const v = ALPHABET.indexOf(c);
    if (v < 0) return void 0;
    n = n * 58n + BigInt(v);
  }
  const hex = n === 0n ? "" : n.toString(16);
  const body = Buffer.from(hex.length % 2 ? `0${hex}` : hex, "hex");
  const zeros = /^1*/.exec(text)[0].length;
  return Buffer.concat([Buffer.alloc(zeros), body]);
}
function doubleSha(payload) {
  return createHash2("sha256").update(createHash2("sha256").update(payload).digest()).digest();
}
function base58CheckPayload(text) {
  const bytes = base58Decode(text);
  if (!bytes || bytes.length < 5) return void 0;
  const payload = bytes.subarray(0, -4);
  return doubleSha(payload).subarray(0, 4).equals(bytes.subarray(-4)) ? payload : void 0;
}
function bitcoinWif(secret) {
  const p = base58CheckPayload(secret);
  return p !== void 0 && (p[0] === 128 || p[0] === 239) && (p.length === 33 || p.length === 34 && p[33] === 1);
}
function extendedPrivateKey(secret) {
  const p = base58CheckPayload(secret);
  return p !== void 0 && p.length === 78 && p[45] === 0;
}

// src/engine/validate/base64-json.ts
function decodeJsonObject(text) {
  try {
    const json = Buffer.from(text.replace(/-/g, "+").replace(/_/g, "/"), "base64").toString("utf8");
    if (!json.startsWith("{")) return void 0;
    const value = JSON.parse(json);
    return typeof value === "object" && value !== null && !Array.isArray(value) ? value : void 0;
  } catch {
    return void 0;
  }
}
function embeddedJson(secret) {
  const at = secret.indexOf("eyJ");
  if (at < 0) return false;
  const run = /^[A-Za-z0-9+/_-]+={0,2}/.exec(secret.slice(at))?.[0] ?? "";
  return decodeJsonObject(run) !== void 0;
}
function sentryOrgToken(secret) {
  const parts = secret.split("_");
  if (parts.length !== 3 || parts[0] !== "sntrys") return false;
  const payload = decodeJsonObject(parts[1]);
  return payload !== void 0 && typeof payload.iat === "number" && (typeof payload.url === "string" || typeof payload.region_url === "string");
}
function grafanaApiKey(secret) {
  const payload = decodeJsonObject(secret);
  return payload !== void 0 && typeof payload.k === "string" && typeof payload.n === "string" && typeof payload.id === "number";
}

// src/engine/validate/basic-auth.ts
function basicAuthBase64(secret) {
  if (!/^[A-Za-z0-9+/]+={0,2}$/.test(secret) || secret.length % 4 === 1) return false;
  const text = Buffer.from(secret, "base64").toString("utf8");
  if (!/^[\x20-\x7e]+$/.test(text)) return false;
  const colon = text.indexOf(":");
  return colon > 0 && colon < text.length - 1;
}

// src/engine/validate/bech32.ts
var CHARSET = "qpzry9x8gf2tvdw0s3jn54khce6mua7l";
var GENERATOR = [996825010, 642813549, 513874426, 1027748829, 705979059];
function polymod(values) {
  let chk = 1;
  for (const v of values) {
    const top = chk >>> 25;
    chk = (chk & 33554431) << 5 ^ v;
    for (let i = 0; i < 5; i++) if (top >>> i & 1) chk ^= GENERATOR[i];
  }
  return chk >>> 0;
}
function hrpExpand(hrp) {
  const out = [];
  for (const c of hrp) out.push(c.charCodeAt(0) >> 5);
  out.push(0);
  for (const c of hrp) out.push(c.charCodeAt(0) & 31);
  return out;
}
function bech32(text) {
  if (text !== text.toLowerCase() && text !== text.toUpperCase()) return false;
  const s = text.toLowerCase();
  const sep2 = s.lastIndexOf("1");
  if (sep2 < 1 || sep2 + 7 > s.length) return false;
  const data = [];
  for (const c of s.slice(sep2 + 1)) {
    const v = CHARSET.indexOf(c);
    if (v < 0) return false;
    data.push(v);
  }
  return polymod([...hrpExpand(s.slice(0, sep2)), ...data]) === 1;
}

// src/engine/validate/nkey.ts
var BASE32 = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
var SEED = 18 << 3;
function crc16Xmodem(bytes) {
  let crc = 0;
  for (const byte of bytes) {
    crc ^= byte << 8;
    for (let i = 0; i < 8; i++) crc = crc & 32768 ? (crc << 1 ^ 4129) & 65535 : crc << 1 & 65535;
  }
  return crc;
}
function base32Decode(text) {
  const out = [];
  let bits = 0;
  let value = 0;
  for (const c of text) {
    const v = BASE32.indexOf(c);
    if (v < 0) return void 0;
    value = (value << 5 | v) & 65535;
    bits += 5;
    if (bits >= 8) {
      out.push(value >>> bits - 8 & 255);
      bits -= 8;
    }
  }
  return Uint8Array.from(out);
}
function nkeySeed(secret) {
  const bytes = base32Decode(secret);
  if (!bytes || bytes.length !== 36 || (bytes[0] & 248) !== SEED) return false;
  const expected = bytes[34] | bytes[35] << 8;
  return crc16Xmodem(bytes.subarray(0, 34)) === expected;
}

// src/engine/validate/pypi-macaroon.ts
function pypiMacaroon(secret) {
  if (!secret.startsWith("pypi-")) return false;
  const bytes = Buffer.from(secret.slice(5), "base64url");
  if (bytes.length < 40 || bytes[0] !== 2) return false;
  let at = 1;
  const field = () => {
    const type = bytes[at++];
    let length = 0;
    let shift = 0;
    for (; ; ) {
      const b = bytes[at++];
      if (b === void 0 || shift > 21) return void 0;
      length |= (b & 127) << shift;
      shift += 7;
      if ((b & 128) === 0) break;
    }
    if (type === void 0 || at + length > bytes.length) return void 0;
    const data = bytes.subarray(at, at + length);
    at += length;
    return { type, data };
  };
  const location = field();
  if (location?.type !== 1) return false;
  const host = location.data.toString("latin1");
  if (host !== "pypi.org" && host !== "test.pypi.org") return false;
  const identifier = field();
  return identifier?.type === 2 && identifier.data.length > 0;
}

// src/engine/checksum.ts
function prefixedCrc32(secret) {
  const underscore = secret.indexOf("_");
  const body = secret.slice(underscore + 1);
  if (body.length !== 36) return false;
  const random = body.slice(0, 30);
  return base62(crc32(random), 6) === body.slice(30);
}
function decodeBase64UrlJson(part) {
  try {
    const json = Buffer.from(part, "base64url").toString("utf8");
    if (!json.startsWith("{")) return void 0;
    return JSON.parse(json);
  } catch {
    return void 0;
  }
}
function jwt(secret) {
  const [header, payload] = secret.split(".");
  if (header === void 0 || payload === void 0) return false;
  const h = decodeBase64UrlJson(header);
  const p = decodeBase64UrlJson(payload);
  return typeof h === "object" && h !== null && typeof h.alg === "string" && typeof p === "object" && p !== null;
}
function pemBody(secret) {
  const lines = secret.replace(/\\r\\n|\\n|\\r/g, "\n").split(/\r?\n/);
  let encrypted = false;
  const kept = [];
  for (const raw of lines) {
    const line = raw.replace(/^[\s"'`+,]+|[\s"'`+,;)]+$/g, "");
    if (/^(Proc-Type|DEK-Info):/i.test(line)) encrypted = true;
    if (line === "" || /^-----/.test(line) || /^[A-Za-z-]+:/.test(line) || /^=[A-Za-z0-9+/]{4}$/.test(line)) continue;
    kept.push(line);
  }
  const body = kept.join("");
  if (body.length < 64 || !/^[A-Za-z0-9+/]+={0,2}$/.test(body)) return false;
  if (/(.)\1{15,}/.test(body) || /^[0-9a-fA-F]+$/.test(body)) return false;
  if (body.indexOf(body.slice(0, 32), 1) !== -1) return false;
  if (encrypted) return true;
  const first = Buffer.from(body.slice(0, 4), "base64")[0] ?? 0;
  return first === 48 || (first & 128) !== 0 || body.startsWith("b3BlbnNzaC1rZXktdjE") || body.startsWith("P2/56w");
}
function pemBase64(secret) {
  const text = Buffer.from(secret.replace(/\s|\\n/g, ""), "base64").toString("utf8");
  const match2 = /-----BEGIN[ A-Z0-9]{0,30} PRIVATE KEY(?: BLOCK)?-----([\s\S]{64,16384}?)-----END/.exec(text);
  return match2 !== null && pemBody(match2[1]);
}
function keygenCrc32(secret) {
  const parts = secret.split("_");
  const tail = parts[parts.length - 1] ?? "";
  if (tail.length < 12) return false;
  return base62(crc32(tail.slice(0, -6)), 6) === tail.slice(-6);
}
var validators = {
  "github-crc32": prefixedCrc32,
  "npm-crc32": prefixedCrc32,
  "prefix-crc32": keygenCrc32,
  jwt,
  pem: pemBody,
  "pem-base64": pemBase64,
  "pypi-macaroon": pypiMacaroon,
  "basic-auth-base64": basicAuthBase64,
  "embedded-json": embeddedJson,
  "sentry-org-token": sentryOrgToken,
  "grafana-api-key": grafanaApiKey,
  bech32,
  "nkey-crc16": nkeySeed,
  "bitcoin-wif": bitcoinWif,
  "extended-private-key": extendedPrivateKey
};
function isKnownValidator(name) {
  return Object.hasOwn(validators, name);
}

// src/engine/rules/group-index.ts
function groupIndexes(source) {
  const indexes = /* @__PURE__ */ new Map();
  let count = 0;
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") {
      if (source[i + 1] !== "?") count++;
      else if (source[i + 2] === "<" && source[i + 3] !== "=" && source[i + 3] !== "!") {
        count++;
        const close = source.indexOf(">", i + 3);
        indexes.set(source.slice(i + 3, close), count);
      }
    }
  }
  return indexes;
}

// src/engine/rules/starts-at-keyword.ts
var WORD_START = "(?<![a-z0-9])";
function startsAtKeyword(source, keywords) {
  const body = source.startsWith("(?i)") ? source.slice(4) : source;
  if (keywords.length > 0 && opensWithEveryKeyword(body, keywords)) return true;
  const m = /^(?:\\b)?(?:\(\?<[A-Za-z]\w*>)?\(\?:((?:\(\?<!\[a-z0-9\]\))?(?:[A-Za-z0-9_-]|\\\+)+(?:\|(?:\(\?<!\[a-z0-9\]\))?(?:[A-Za-z0-9_-]|\\\+)+)*)\)(?![?*{])/.exec(body);
  if (!m || keywords.length === 0) return false;
  const words = m[1].toLowerCase().replaceAll(WORD_START, "").replaceAll("\\+", "+").split("|");
  return keywords.every((keyword) => words.some((word) => keyword.toLowerCase().startsWith(word)));
}
function opensWithEveryKeyword(body, keywords) {
  const lead = /^(?:\\b|\(\?<!(?:[^()\\[]|\\.|\[(?:[^\]\\]|\\.)*\])*\))/.exec(body)?.[0] ?? "";
  const rest = body.slice(lead.length);
  const m = /^(?:[^\\^$.|?*+()[\]{}]|\\[^A-Za-z0-9])+/.exec(rest);
  if (!m) return false;
  const literal2 = m[0].replace(/\\(.)/g, "$1").toLowerCase();
  if (/^[?*{]/.test(rest.slice(m[0].length)) || hasTopLevelAlternation(body)) return false;
  return keywords.every((keyword) => keyword.length > 0 && literal2.startsWith(keyword.toLowerCase()));
}
function hasTopLevelAlternation(body) {
  let depth = 0;
  let inClass = false;
  for (let i = 0; i < body.length; i++) {
    const c = body[i];
    if (c === "\\") i++;
    else if (inClass) inClass = c !== "]";
    else if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")") depth--;
    else if (c === "|" && depth === 0) return true;
  }
  return false;
}

// src/engine/rules/compile-rule.ts
var DEFAULT_BEFORE = 256;
var DEFAULT_AFTER = 512;
function compileRule(spec) {
  let compiled;
  const caseInsensitive = spec.regex.startsWith("(?i)");
  const source = caseInsensitive ? spec.regex.slice(4) : spec.regex;
  let matchers;
  const glob = (p) => new Minimatch(p, { dot: true, matchBase: !p.includes("/") });
  const allowRegexes = spec.allowlist?.regexes?.map((r) => new RegExp(r));
  const stopwords = spec.allowlist?.stopwords?.map((s) => s.toLowerCase());
  const anchored = startsAtKeyword(spec.regex, spec.keywords);
  const groups = groupIndexes(source);
  const sticky = anchored ? new RegExp(source, caseInsensitive ? "dyi" : "dy") : void 0;
  return {
    spec,
    id: spec.id,
    keywords: spec.keywords.map((k) => k.toLowerCase()),
    entropy: spec.entropy,
    severity: spec.severity ?? "high",
    confidence: spec.confidence ?? "medium",
    before: spec.window?.before ?? DEFAULT_BEFORE,
    after: spec.window?.after ?? DEFAULT_AFTER,
    validator: spec.validate ? validators[spec.validate] : void 0,
    requireValid: spec.requireValid === true,
    strength: spec.strength ? strengthChecks[spec.strength] : void 0,
    secretGroup: groups.get("secret") ?? -1,
    nameGroup: groups.get("name") ?? -1,
    anchored,
    regex() {
      compiled ??= new RegExp(source, caseInsensitive ? "dgi" : "dg");
      return compiled;
    },
    stickyRegex() {
      return sticky ?? new RegExp(source, caseInsensitive ? "dyi" : "dy");
    },
    appliesTo(path2) {
      matchers ??= { includes: spec.paths?.map(glob), excludes: spec.allowlist?.paths?.map(glob) };
      if (matchers.includes && !matchers.includes.some((m) => m.match(path2))) return false;
      if (matchers.excludes?.some((m) => m.match(path2))) return false;
      return true;
    },
    isAllowed(secret) {
      if (allowRegexes?.some((r) => r.test(secret))) return true;
      if (stopwords) {
        const lower = secret.toLowerCase();
        if (stopwords.some((s) => lower.includes(s))) return true;
      }
      return false;
    }
  };
}

// src/engine/windows.ts
var MAX_LINE_REACH = 1024;
function lineStartWithin(text, from) {
  const limit = Math.max(0, from - MAX_LINE_REACH);
  for (let i = from; i > limit; i--) if (text.charCodeAt(i - 1) === 10) return i;
  return limit;
}
function lineEndWithin(text, from) {
  const limit = Math.min(text.length, from + MAX_LINE_REACH);
  for (let i = from; i < limit; i++) if (text.charCodeAt(i) === 10) return i;
  return limit;
}
function addWindow(windows, start, end) {
  const n = windows.length;
  if (n > 0 && start <= windows[n - 1]) {
    if (end > windows[n - 1]) windows[n - 1] = end;
    if (start < windows[n - 2]) windows[n - 2] = start;
    return;
  }
  windows.push(start, end);
}
function widenToLines(text, windows) {
  let out = 0;
  for (let i = 0; i < windows.length; i += 2) {
    const start = lineStartWithin(text, windows[i]);
    const end = lineEndWithin(text, windows[i + 1]);
    if (out > 0 && start <= windows[out - 1]) {
      if (end > windows[out - 1]) windows[out - 1] = end;
    } else {
      windows[out++] = start;
      windows[out++] = end;
    }
  }
  windows.length = out;
}

// src/engine/scanner.ts
var CONFIDENCE_RANK = { high: 3, medium: 2, low: 1 };
function createScanner(specs, options = {}) {
  const rules = specs.map(compileRule);
  const filters = options.filters ?? defaultFilters;
  const declaredFilters = options.filters ?? declaredSecretFilters;
  const hasOwnedPrefix = createOwnedPrefixTest(rules);
  const keywordIndex = /* @__PURE__ */ new Map();
  const keywordRules = [];
  const register = (keyword, r) => {
    let k = keywordIndex.get(keyword);
    if (k === void 0) {
      k = keywordRules.length;
      keywordIndex.set(keyword, k);
      keywordRules.push([]);
    }
    if (!keywordRules[k].includes(r)) keywordRules[k].push(r);
  };
  rules.forEach((rule, r) => rule.keywords.forEach((keyword) => register(keyword, r)));
  const useDecoders = rules.length > 0 && options.decode !== false;
  if (useDecoders) decoders.forEach((decoder, d) => decoder.keywords.forEach((keyword) => register(keyword.toLowerCase(), rules.length + d)));
  const keywords = [...keywordIndex.keys()];
  const keywordLengths = keywords.map((k) => k.length);
  const prefilter = createLazyPrefilter(keywords);
  const allow = options.allowlist;
  const allowPaths = allow?.paths.map((p) => new Minimatch(p, { dot: true, matchBase: !p.includes("/") })) ?? [];
  const allowRegexes = allow?.regexes.map((r) => new RegExp(r)) ?? [];
  const allowStopwords = allow?.stopwords.map((s) => s.toLowerCase()) ?? [];
  function isPathAllowed(path2) {
    return allowPaths.some((m) => m.match(path2));
  }
  function isGloballyAllowed(secret) {
    if (allowRegexes.some((r) => r.test(secret))) return true;
    if (allowStopwords.length > 0) {
      const lower = secret.toLowerCase();
      return allowStopwords.some((s) => lower.includes(s));
    }
    return false;
  }
  let decodeBudget = 0;
  function findHits(text, path2, depth, known2) {
    const found = known2 ?? prefilter.search(text);
    if (found.count === 0) return [];
    const { windows, touched } = collectTargets(found, text, path2, depth);
    const hits = [];
    for (const r of touched) {
      const list = windows[r];
      if (r >= rules.length) {
        widenToLines(text, list);
        decodeIn(text, path2, depth, decoders[r - rules.length], list, hits);
      } else if (rules[r].anchored) matchAtStarts(rules[r], text, list, hits);
      else matchInWindows(rules[r], text, list, hits);
    }
    return hits;
  }
  function collectTargets(found, text, path2, depth) {
    const windows = [];
    const touched = [];
    const applies = new Int8Array(rules.length);
    for (let h = 0; h < found.count; h++) {
      const k = found.keyword[h];
      const end = found.end[h];
      const start = end - keywordLengths[k];
      for (const r of keywordRules[k]) {
        let before;
        let after;
        if (r < rules.length) {
          const rule = rules[r];
          if (applies[r] === 0) applies[r] = rule.appliesTo(path2) ? 1 : -1;
          if (applies[r] === -1) continue;
          if (rule.anchored) {
            let list2 = windows[r];
            if (list2 === void 0) {
              windows[r] = list2 = [];
              touched.push(r);
            }
            list2.push(start);
            continue;
          }
          before = rule.before;
          after = rule.after;
        } else {
          if (depth >= MAX_DEPTH || decodeBudget <= 0) continue;
          ({ before, after } = decoders[r - rules.length]);
        }
        let list = windows[r];
        if (list === void 0) {
          windows[r] = list = [];
          touched.push(r);
        }
        addWindow(list, Math.max(0, start - before), Math.min(text.length, end + after));
      }
    }
    return { windows, touched };
  }
  function matchInWindows(rule, text, list, hits) {
    widenToLines(text, list);
    const regex = rule.regex();
    for (let w = 0; w < list.length; w += 2) {
      const ws = list[w];
      const slice = text.slice(ws, list[w + 1]);
      regex.lastIndex = 0;
      let m;
      while ((m = regex.exec(slice)) !== null) {
        if (m[0].length === 0) regex.lastIndex++;
        const resume = consider(rule, m, slice, ws, hits);
        if (resume >= 0) regex.lastIndex = resume;
      }
    }
  }
  function matchAtStarts(rule, text, starts, hits) {
    for (let i = 1; i < starts.length; i++) {
      if (starts[i] < starts[i - 1]) {
        starts.sort((a, b) => a - b);
        break;
      }
    }
    const regex = rule.stickyRegex();
    let next2 = 0;
    for (const start of starts) {
      if (start < next2) continue;
      regex.lastIndex = start;
      const m = regex.exec(text);
      if (m === null) continue;
      const length = m[0].length;
      const resume = consider(rule, m, text, 0, hits);
      next2 = resume >= 0 ? resume : start + Math.max(1, length);
    }
  }
  function consider(rule, m, slice, ws, hits) {
    if (rule.secretGroup < 0) return -1;
    const secret = m[rule.secretGroup];
    const span = m.indices?.[rule.secretGroup];
    if (!secret || !span) return -1;
    const nameSpan = rule.nameGroup < 0 ? void 0 : m.indices?.[rule.nameGroup];
    const name = nameSpan ? fullName(slice, nameSpan[0], nameSpan[1]) : "";
    if (nameSpan && isPathSegment(slice, nameSpan[1] - name.length)) return -1;
    const hit = evaluate(rule, secret, ws + span[0], ws + span[1], name);
    if (hit) {
      hit.matchStart = ws + m.index;
      hits.push(hit);
    } else if (rule.strength) return span[0];
    return -1;
  }
  function decodeIn(text, path2, depth, decoder, list, hits) {
    for (let w = 0; w < list.length; w += 2) {
      scanValues(path2, depth, list[w], decoder.find(text.slice(list[w], list[w + 1])), hits);
    }
  }
  function scanValues(path2, depth, ws, values, hits) {
    for (const value of values) {
      if (value.end - value.start > MAX_ENCODED || decodeBudget < value.text.length) continue;
      decodeBudget -= value.text.length;
      for (const inner of findHits(value.text, path2, depth + 1)) {
        const context = inner.inner ?? lineAround(value.text, lineStartBefore(value.text, inner.start), inner.start);
        hits.push({ ...inner, start: ws + value.start, end: ws + value.end, matchStart: ws + value.start, decoded: true, inner: context });
      }
    }
  }
  function evaluate(rule, secret, start, end, name) {
    let entropy = -1;
    if (rule.entropy > 0) {
      entropy = shannonEntropy(secret);
      if (entropy < rule.entropy) return void 0;
    }
    if (rule.strength && !rule.strength(secret, name)) return void 0;
    if (rule.strength && hasOwnedPrefix(secret)) return void 0;
    if (entropy < 0) entropy = shannonEntropy(secret);
    if (rule.isAllowed(secret) || isGloballyAllowed(secret)) return void 0;
    let confidence = rule.confidence;
    if (rule.validator) {
      const valid = rule.validator(secret);
      if (rule.requireValid && !valid) return void 0;
      confidence = valid ? "high" : "low";
    } else if (rule.requireValid) return void 0;
    const hit = { rule, secret, start, end, entropy, confidence };
    if (name) hit.name = name;
    return hit;
  }
  function scan(fragment, keywordHits) {
    if (isPathAllowed(fragment.path)) return [];
    decodeBudget = MAX_DECODED_TOTAL;
    const found = findHits(fragment.text, fragment.path, 0, keywordHits);
    if (useDecoders) scanValues(fragment.path, 0, 0, namedFileValues(fragment.path, fragment.text), found);
    const { kept, shadowed } = dropOverlaps(found, options.placeScopedRules);
    if (kept.length === 0) return [];
    const findings = [];
    const shown = [];
    report(fragment, kept, findings, shown);
    if (shadowed.length > 0) {
      report(fragment, shadowed, findings, shown);
      const order = findings.map((_, i) => i).sort((a, b) => findings[a].line - findings[b].line || findings[a].column - findings[b].column);
      return maskSnippets(
        order.map((i) => findings[i]),
        order.map((i) => shown[i])
      );
    }
    return maskSnippets(findings, shown);
  }
  function report(fragment, hits, findings, shown) {
    const { text } = fragment;
    const locator = createLocator(text, fragment.startLine ?? 1, fragment.startColumn ?? 0);
    for (const hit of hits) {
      const { line, offset } = lineAround(text, lineStartBefore(text, hit.start), hit.start);
      const candidate = { rule: hit.rule, secret: hit.secret, line, lineOffset: offset, path: fragment.path };
      if (hit.name) candidate.name = hit.name;
      if (hit.decoded) candidate.encoded = text.slice(hit.start, hit.end);
      const ruleFilters = hit.rule.spec.declaredSecret ? declaredFilters : filters;
      if (ruleFilters.some((filter2) => filter2(candidate) !== void 0)) continue;
      if (hit.inner && ruleFilters.some((filter2) => filter2({ ...candidate, line: hit.inner.line, lineOffset: hit.inner.offset, encoded: void 0 }) !== void 0)) continue;
      const where = locator.locate(hit.start);
      if (fragment.reportLines && !fragment.reportLines.has(where.line)) continue;
      const endWhere = locator.locate(hit.end);
      const spec = hit.rule.spec;
      const redacted = redactSecret(hit.secret, hit.rule.strength ? "" : knownPrefix(hit.secret, spec.keywords));
      const finding = {
        ruleId: spec.id,
        ruleName: spec.name,
        description: spec.description,
        severity: hit.rule.severity,
        confidence: hit.confidence,
        path: fragment.path,
        line: where.line,
        column: where.column,
        endLine: endWhere.line,
        endColumn: endWhere.column,
        secret: ownString(hit.secret),
        redacted,
        snippet: line.slice(0, offset) + redacted + (text.slice(hit.start, hit.end).includes("\n") ? "" : line.slice(offset + hit.end - hit.start)),
        entropy: Math.round(hit.entropy * 1e3) / 1e3,
        fingerprint: fingerprintOf(spec.id, fragment.path, hit.secret)
      };
      if (fragment.commit) finding.commit = fragment.commit;
      if (fragment.blobId) finding.blobId = fragment.blobId;
      if (hit.shadowedBy) finding.shadowedBy = hit.shadowedBy;
      findings.push(finding);
      shown.push(text.slice(hit.start, hit.end));
    }
  }
  return { rules, scan, isPathAllowed, keywordSearch: prefilter };
}
function dropOverlaps(hits, placeScoped) {
  if (hits.length < 2) return { kept: hits, shadowed: [] };
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  for (const hit of hits) {
    const last = kept[kept.length - 1];
    if (last && hit.start < last.end) {
      if (beats(hit, last)) kept[kept.length - 1] = hit;
      continue;
    }
    kept.push(hit);
  }
  if (!placeScoped || placeScoped.size === 0 || kept.length === hits.length) return { kept, shadowed: [] };
  const won = new Set(kept);
  const shadowed = [];
  let longest = 0;
  for (const h of hits) longest = Math.max(longest, h.end - h.start);
  hits.forEach((loser, i) => {
    if (won.has(loser)) return;
    const by = /* @__PURE__ */ new Set();
    let everywhere = false;
    const consider = (other, first) => {
      if (other.start >= loser.end || other.end <= loser.start || (first ? beats(loser, other) : !beats(other, loser))) return;
      if (placeScoped.has(other.rule.id)) by.add(other.rule.id);
      else everywhere = true;
    };
    for (let j = i - 1; j >= 0 && hits[j].start > loser.start - longest && !everywhere; j--) consider(hits[j], true);
    for (let j = i + 1; j < hits.length && hits[j].start < loser.end && !everywhere; j++) consider(hits[j], false);
    if (!everywhere && by.size > 0) shadowed.push({ ...loser, shadowedBy: [...by].sort() });
  });
  return { kept, shadowed };
}
function beats(a, b) {
  const ra = rank(a);
  const rb = rank(b);
  if (ra !== rb) return ra > rb;
  if (a.start === b.start && a.end === b.end) {
    if (a.entropy !== b.entropy) return a.entropy > b.entropy;
    const ma = a.matchStart ?? a.start;
    const mb = b.matchStart ?? b.start;
    if (ma !== mb) return ma < mb;
    return a.rule.id < b.rule.id;
  }
  return a.start < b.start || a.start === b.start && a.end > b.end;
}
function rank(hit) {
  const generic = hit.rule.id.startsWith("generic-") ? 0 : 1;
  const decoded = hit.decoded ? 0.5 : 0;
  return CONFIDENCE_RANK[hit.confidence] * 10 + generic * 5 + decoded + Math.min(4, (hit.end - hit.start) / 64);
}
function charTable(chars) {
  const table = new Uint8Array(65536);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return table;
}
var WORD = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_";
var SEGMENT_CHAR = charTable(`${WORD}*:`);
var NAME_CHAR = charTable(`${WORD}.-`);
function isPathSegment(slice, nameStart) {
  const colon = slice.charCodeAt(Math.max(0, nameStart - 1)) === 58;
  const segment = SEGMENT_CHAR[slice.charCodeAt(Math.max(0, nameStart - 2))] === 1;
  return nameStart >= 2 && colon && segment;
}
function lineStartBefore(text, index) {
  const limit = Math.max(0, index - 4096);
  for (let i = index; i > limit; i--) if (text.charCodeAt(i - 1) === 10) return i;
  return limit;
}
function fullName(slice, start, end) {
  let s = start;
  while (s > 0 && start - s < 64 && NAME_CHAR[slice.charCodeAt(s - 1)] === 1) {
    if (s >= 2 && slice[s - 2] === "\\") break;
    s--;
  }
  return slice.slice(s, end);
}
function maskSnippets(findings, shown) {
  for (const finding of findings) {
    let snippet = finding.snippet;
    findings.forEach((other, i) => {
      if (other !== finding && other.line === finding.line) snippet = maskIn(snippet, shown[i], other.redacted);
    });
    finding.snippet = trimAround(snippet, finding.redacted);
  }
  return findings;
}
function trimAround(snippet, redacted) {
  const s = snippet.trim();
  if (s.length <= 160) return s;
  const at = Math.max(0, s.indexOf(redacted));
  const start = Math.max(0, at - 60);
  const end = Math.min(s.length, at + redacted.length + 80);
  return `${start > 0 ? "\u2026" : ""}${s.slice(start, end)}${end < s.length ? "\u2026" : ""}`;
}

export {
  isKnownStrength,
  decoders,
  MAX_NAMED_FILE_CHARS,
  fingerprintOf,
  maskIn,
  isKnownValidator,
  createScanner
};
