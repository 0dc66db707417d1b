#!/usr/bin/env python3
"""Independent audit of the real-release corpus (../en/*.json and ../ru/*.json).

Part 1 (mechanical): JSON shape, kinds, verdicts, invariant `published`, figures verbatim in text,
published figure printed in text, ids == file names, url present.
Part 2 (re-derivation): every claim whose verdicts include consistent/inconsistent is recomputed with
`decimal` interval arithmetic from the printed figures. Role assignment is not read from `working`:
every ordering that the kind allows is tried; a claim is flagged when no ordering reproduces the
expected verdict. Flags were then read by hand (see AUDIT.md).

Usage: python3 audit.py [--mech] [--derive] [files...]
"""
import glob
import itertools
import json
import os
import re
import sys
from decimal import Decimal as D, getcontext

getcontext().prec = 40
ROOT = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))  # RealReleases/, holding en/ and ru/
KINDS = {"growth", "multiple", "percentage-point", "cagr", "share", "share-set", "sum", "difference",
         "index", "change", "coverage", "conversion"}
VERDICTS = {"consistent", "inconsistent", "ambiguous", "unverifiable"}
FIELDS = ["id", "language", "country", "publisher", "sourceType", "url", "date", "text", "claims", "notes"]
CFIELDS = ["kind", "published", "verdicts", "figures", "working"]
SOURCETYPES = {"statistics-office", "customs", "ministry", "news-agency", "other"}

# ---------------------------------------------------------------- figure parsing
SCALES = [  # (regex on the word after the number, exponent) -- longest first
    (r"trillion|трлн|трильйон\w*|триллион\w*|trln|tn\b", 12),
    (r"billion|-billion|bln|bn\b|b\b|млрд\w*|mlrd|mld|milliard\w*|milyard\w*|millird|millard|мільярд\w*|миллиард\w*|մլրդ", 9),
    (r"million|-million|mln|mn\b|m\b|млн\w*|milyon\w*|мільйон\w*|миллион\w*|մլն", 6),
    (r"thousand|тыс\w*|тис\w*|мың\w*|k\b|ming|min\b", 3),
]
NUM = r"\d{1,4}(?:[ \u00a0\u202f\u2009](?=\d{3}(?!\d))\d{3})+(?:[.,]\d+)?|\d+(?:[.,]\d+)*"


def parse_number(tok, lang):
    """Return (value, half-unit) of a printed number token."""
    t = re.sub(r"[ \u00a0\u202f\u2009]", "", tok)
    # decide separators
    if "," in t and "." in t:
        if t.rfind(",") > t.rfind("."):  # 1.234,5
            t = t.replace(".", "").replace(",", ".")
        else:  # 1,234.5
            t = t.replace(",", "")
    elif "," in t:
        parts = t.split(",")
        if len(parts) > 2 or (lang == "en" and all(len(p) == 3 for p in parts[1:])):
            t = t.replace(",", "")
        else:
            t = t.replace(",", ".")
    elif t.count(".") > 1:
        t = t.replace(".", "")
    v = D(t)
    exp = v.as_tuple().exponent
    half = D(5) * D(10) ** (exp - 1)
    return v, half


def parse_figure(fig, lang):
    """Parse a printed figure into (lo, hi, value, is_percent, scale_exponent or None, approx)."""
    s = fig.strip()
    m = re.search(NUM, s)
    if not m:
        return None
    v, half = parse_number(m.group(0), lang)
    rest = s[m.end():].strip().lower()
    before = s[:m.start()].lower()
    scale = None
    for rx, e in SCALES:
        if re.match(r"\s*(?:" + rx + ")", rest):
            scale = e
            break
    # compound "2 млрд 407 млн"
    if scale is not None:
        m2 = re.search(r"(?:" + SCALES[2][0] + r"|" + SCALES[1][0] + r"|" + SCALES[0][0] + r")\.?\s+(?:and\s+|и\s+|і\s+|va\s+)?(\d+(?:[.,]\d+)?)\s*(" + SCALES[3][0] + "|" + SCALES[2][0] + "|" + SCALES[1][0] + ")", rest)
        if m2:
            v2, h2 = parse_number(m2.group(1), lang)
            e2 = next(e for rx, e in SCALES if re.match(r"(?:" + rx + ")", m2.group(2)))
            v = v * D(10) ** scale + v2 * D(10) ** e2
            half = h2 * D(10) ** e2
            scale = 0
    pct = "%" in rest or "percent" in rest or "проц" in rest or "foiz" in rest or "відс" in rest
    val = v * D(10) ** (scale or 0)
    h = half * D(10) ** (scale or 0)
    lo, hi = val - h, val + h
    approx = None
    if re.search(r"почти|almost|nearly|майже|qariyb|close to", before):
        approx = "almost"
    elif re.search(r"about|около|порядка|приблизно|близько|շուրջ|around|approximately|some\b", before):
        approx = "about"
    elif re.search(r"more than|\bover\b|более|свыше|понад|більше|\babove\b|exceed", before):
        approx = "over"
    return dict(lo=lo, hi=hi, val=val, pct=pct, scale=scale, approx=approx, raw=fig)


def widen(lo, hi, val, approx):
    if approx == "almost":
        return min(lo, val * D("0.92")), hi
    if approx == "about":
        return min(lo, val * D("0.95")), max(hi, val * D("1.05"))
    if approx == "over":
        return lo, max(hi, val * D("1.2"))
    return lo, hi


# ---------------------------------------------------------------- intervals
class I:
    def __init__(self, lo, hi):
        self.lo, self.hi = min(lo, hi), max(lo, hi)

    def __add__(s, o): o = iv(o); return I(s.lo + o.lo, s.hi + o.hi)
    def __sub__(s, o): o = iv(o); return I(s.lo - o.hi, s.hi - o.lo)
    def __mul__(s, o):
        o = iv(o); p = [s.lo * o.lo, s.lo * o.hi, s.hi * o.lo, s.hi * o.hi]; return I(min(p), max(p))
    def __truediv__(s, o):
        o = iv(o)
        if o.lo <= 0 <= o.hi:
            return I(D("-1e30"), D("1e30"))
        return s * I(1 / o.hi, 1 / o.lo)
    def abs(s):
        if s.lo >= 0: return s
        if s.hi <= 0: return I(-s.hi, -s.lo)
        return I(D(0), max(-s.lo, s.hi))
    def overlaps(s, lo, hi): return s.lo <= hi and lo <= s.hi
    def __repr__(s): return f"[{s.lo:.6g}, {s.hi:.6g}]"


def iv(x):
    return x if isinstance(x, I) else I(D(x), D(x))


# ---------------------------------------------------------------- published
def printed_forms(pub):
    """Regexes for the ways `pub` (invariant decimal) can be printed."""
    ip, _, fp = pub.partition(".")
    groups = ip
    if len(ip) > 3:
        g = []
        x = ip
        while len(x) > 3:
            g.insert(0, x[-3:]); x = x[:-3]
        g.insert(0, x)
        groups = g
    forms = set()
    seps = ["", " ", "\u00a0", "\u202f", "\u2009", ",", "."]
    for sep in seps:
        intp = sep.join(groups) if isinstance(groups, list) else groups
        for dec in ([".", ","] if fp else [""]):
            forms.add(intp + (dec + fp if fp else ""))
    return forms


def published_in_text(pub, text):
    for f in printed_forms(pub):
        if re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            return True
    return False


def published_context(pub, text):
    """(before, after) context of the first printed occurrence of pub."""
    for f in sorted(printed_forms(pub), key=len, reverse=True):
        m = re.search(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text)
        if m:
            return text[max(0, m.start() - 30):m.start()], text[m.end():m.end() + 25]
    return "", ""


def published_interval(claim, text, lang):
    pub = claim["published"]
    v, half = parse_number(pub, "ru")
    lo, hi = v - half, v + half
    before, after = published_context(pub, text)
    b = before.lower()[-22:]
    approx = None
    if re.search(r"почти|almost|nearly|майже|qariyb|close to|deyarli", b):
        approx = "almost"
    elif re.search(r"about|около|порядка|приблизно|близько|շուրջ|around|approximately|some |примерно", b):
        approx = "about"
    elif re.search(r"more than|\bover\b|более|свыше|понад|більше|\babove\b|exceed|ortiq", b):
        approx = "over"
    if approx == "almost":
        lo = min(lo, v * D("0.92"))
    elif approx == "about":
        lo, hi = min(lo, v * D("0.95")), max(hi, v * D("1.05"))
    elif approx == "over":
        hi = max(hi, v * D("1.2"))
    scale = None
    a = after.lower()
    for rx, e in SCALES:
        if re.match(r"\s*(?:" + rx + ")", a):
            scale = e
            break
    return lo, hi, v, approx, scale


# ---------------------------------------------------------------- derivation per kind
def amounts(figs):
    """Give unscaled amounts the common scale of the scaled ones (\"from $79,4 to $256,8 million\")."""
    sc = {f["scale"] for f in figs if not f["pct"] and f["scale"] is not None}
    out = []
    for f in figs:
        f = dict(f)
        if not f["pct"] and f["scale"] is None and len(sc) == 1:
            e = sc.pop(); sc.add(e)
            k = D(10) ** e
            f["lo"], f["hi"], f["val"], f["scale"] = f["lo"] * k, f["hi"] * k, f["val"] * k, e
        lo, hi = widen(f["lo"], f["hi"], f["val"], f["approx"])
        f["I"] = I(lo, hi)
        out.append(f)
    return out


def candidates(kind, figs, pub_scale_k, claim):
    """Yield (description, interval) of every reading the kind allows."""
    n = len(figs)
    X = [f["I"] for f in figs]
    if kind in ("growth", "index", "multiple", "coverage", "share"):
        for i, j in itertools.permutations(range(n), 2):
            a, b = X[i], X[j]
            if kind == "growth":
                yield f"|{i}/{j}-1|", ((a / b) - 1).abs() * 100
                if n >= 2:
                    yield f"{i}/({j}-{i})", (a / (b - a)).abs() * 100
                    yield f"{i}/({j}+{i})", (a / (b + a)).abs() * 100
            elif kind == "index":
                yield f"{i}/{j}*100", a / b * 100
            elif kind == "multiple":
                yield f"{i}/{j}", a / b
            elif kind == "coverage":
                yield f"{i}/{j}", a / b
                yield f"{i}/{j}*100", a / b * 100
            elif kind == "share":
                yield f"{i}/{j}*100", a / b * 100
                yield f"{i}/({i}+{j})*100", a / (a + b) * 100
        if n == 3 and kind in ("share", "growth", "index", "multiple", "coverage"):
            for i, j, k in itertools.permutations(range(3), 3):
                if kind == "share":
                    yield f"({i}+{j})/{k}", (X[i] + X[j]) / X[k] * 100
                    yield f"{i}/({j}+{k})", X[i] / (X[j] + X[k]) * 100
                    yield f"({k}-{i})/{k}", (X[k] - X[i]) / X[k] * 100
    elif kind in ("difference", "change", "percentage-point"):
        for i, j in itertools.permutations(range(n), 2):
            yield f"|{i}-{j}|", (X[i] - X[j]).abs()
        if n >= 3:
            for i, j, k in itertools.permutations(range(n), 3):
                yield f"|{i}-{j}-{k}|", (X[i] - X[j] - X[k]).abs()
                yield f"|{i}+{j}-{k}|", (X[i] + X[j] - X[k]).abs()
    elif kind == "sum":
        for r in range(1, n + 1):
            for sub in itertools.combinations(range(n), r):
                s = iv(0)
                for i in sub:
                    s = s + X[i]
                yield f"sum{sub}", s
    elif kind == "share-set":
        s = iv(0)
        for x in X:
            s = s + x
        yield "sum", s
    elif kind == "cagr":
        m = re.findall(r"(?:19|20)\d\d", claim["working"] + " " + claim.get("_text", ""))
        yrs = sorted({int(y) for y in m})
        spans = {b - a for a in yrs for b in yrs if b > a} or {1}
        for i, j in itertools.permutations(range(n), 2):
            for y in spans:
                lo = ((X[i].lo / X[j].hi) ** (D(1) / y) - 1) * 100
                hi = ((X[i].hi / X[j].lo) ** (D(1) / y) - 1) * 100
                yield f"({i}/{j})^(1/{y})-1", I(lo, hi)


def is_compound_published(pub, text):
    ip = pub.split(".")[0]
    if len(ip) < 4:
        return False
    head, tail = ip[:-3], ip[-3:].lstrip("0") or "0"
    rx = r"(?<![\d.,])" + head + r"\s*(?:" + SCALES[1][0] + r")\.?\s+(?:and\s+|и\s+|і\s+)?" + tail + r"(?:[.,]\d+)?\s*(?:" + SCALES[2][0] + ")"
    return re.search(rx, text, re.I) is not None


def derive(d, claim):
    lang = d["language"]
    text = d["text"]
    kind = claim["kind"]
    figs = [parse_figure(f, lang) for f in claim["figures"]]
    if any(f is None for f in figs):
        return "unparsed", None, []
    plo, phi, pv, approx, pscale = published_interval(claim, text, lang)
    if kind in ("conversion",) or len(figs) < (1 if kind == "share-set" else 2):
        return "manual", (plo, phi), []
    figs = amounts(figs)
    claim = dict(claim, _text=text)
    if kind in ("sum", "difference", "change"):
        sc = {f["scale"] for f in figs if f["scale"]}
        E = set()
        if pscale is not None:
            E.add(pscale)
        if is_compound_published(claim["published"], text):
            E.add(6)
        if not E:
            E.add(sc.pop() if len(sc) == 1 else 0)
        if all(f["scale"] is None for f in figs):
            E = {0}
        pubs = [(plo * D(10) ** e, phi * D(10) ** e) for e in E]
        ispub = [any(f["I"].overlaps(lo, hi) and f["val"] in (pv * D(10) ** e for e in E | {0}) for lo, hi in pubs) for f in figs]
        hits, cands = [], []
        if kind == "sum":
            n = len(figs)
            for t in range(n):
                s = iv(0)
                for i in range(n):
                    if i != t:
                        s = s + figs[i]["I"]
                ok = s.overlaps(figs[t]["I"].lo, figs[t]["I"].hi)
                cands.append((f"sum(others)~{t}{'(pub)' if ispub[t] else ''}", s))
                if ok and ispub[t]:
                    hits.append(cands[-1])
                elif ok:
                    hits.append(("NOTPUB-" + cands[-1][0], s))
            if not any(ispub):
                s = iv(0)
                for f in figs:
                    s = s + f["I"]
                cands.append(("sum(all)", s))
                if any(s.overlaps(lo, hi) for lo, hi in pubs):
                    hits.append(cands[-1])
        else:
            ins = [f for f, p in zip(figs, ispub) if not p] if len(figs) > 2 else figs
            for i, j in itertools.permutations(range(len(ins)), 2):
                x = (ins[i]["I"] - ins[j]["I"]).abs()
                cands.append((f"|{i}-{j}|", x))
                if any(x.overlaps(lo, hi) for lo, hi in pubs):
                    hits.append(cands[-1])
        return ("consistent" if hits else "inconsistent"), pubs[0], hits or cands
    hits, cands = [], []
    for desc, x in candidates(kind, figs, None, claim):
        cands.append((desc, x))
        if x.overlaps(plo, phi):
            hits.append((desc, x))
    if kind == "share-set":
        s = cands[0][1]
        if s.lo > 100:
            return "inconsistent", (plo, phi), [("sum>100", s)]
        return ("consistent" if hits else "inconsistent"), (plo, phi), cands
    return ("consistent" if hits else "inconsistent"), (plo, phi), hits or cands


# ---------------------------------------------------------------- mechanical
def mech(path, d):
    errs = []
    base = os.path.splitext(os.path.basename(path))[0]
    if list(d.keys()) != FIELDS:
        errs.append(f"fields {list(d.keys())}")
    if d.get("id") != base:
        errs.append(f"id {d.get('id')} != file {base}")
    if not re.match(r"^(en|ru|uk|kk|uz|hy|az|ky|tg|be|pl|ka|tk|mn|ro|kaa)-\d{3}-", base):
        errs.append("file name pattern")
    if not d.get("url", "").startswith("http"):
        errs.append("url missing")
    if d.get("sourceType") not in SOURCETYPES:
        errs.append(f"sourceType {d.get('sourceType')}")
    if d.get("date") is not None and not re.match(r"^\d{4}-\d\d(-\d\d)?$", d["date"]):
        errs.append(f"date {d['date']}")
    if not re.match(r"^[A-Z]{2}$", d.get("country") or ""):
        errs.append(f"country {d.get('country')}")
    text = d.get("text", "")
    for n, c in enumerate(d.get("claims", [])):
        tag = f"claim {n}"
        if list(c.keys()) != CFIELDS:
            errs.append(f"{tag} fields {list(c.keys())}")
        if c.get("kind") not in KINDS:
            errs.append(f"{tag} kind {c.get('kind')}")
        v = c.get("verdicts", [])
        if not v or any(x not in VERDICTS for x in v) or len(set(v)) != len(v):
            errs.append(f"{tag} verdicts {v}")
        p = c.get("published", "")
        if not isinstance(p, str) or not re.match(r"^\d+(\.\d+)?$", p):
            errs.append(f"{tag} published not invariant decimal: {p!r}")
        for f in c.get("figures", []):
            if f not in text:
                errs.append(f"{tag} figure not verbatim in text: {f!r}")
        if isinstance(p, str) and re.match(r"^\d+(\.\d+)?$", p) and not published_in_text(p, text):
            if c.get("kind") == "share-set":
                pass  # by the format, a share-set's published value is the SUM of the listed shares, not a printed figure
            elif is_compound_published(p, text) or compound_in_text(p, text):
                pass  # printed as a compound amount ("7 billion 28 million", "6 млрд 404,8 млн")
            elif any(w in text.lower() for w in WORD_FORMS.get(p, [])):
                pass  # printed as a word ("doubled", "a third", "в три раза")
            else:
                errs.append(f"{tag} ({c.get('kind')}) published {p} not printed in text")
    return errs


WORD_FORMS = {
    "2": ["doubl", "two", "вдвое", "в два", "удвічі", "вдвічі", "в два рази", "twice"],
    "3": ["three", "три", "triple", "тричі"],
    "4": ["four", "четыре", "чотири"],
    "8": ["eight", "восемь", "вісім"],
    "25": ["quarter", "четверт", "чверть"],
    "33.3": ["third", "треть", "третину", "uchdan bir"],
    "50": ["half", "половин", "половину"],
    "75": ["three-quarters", "три четверти"],
    "1.5": ["one-and-a-half", "полтора", "півтора"],
}


def compound_in_text(pub, text):
    """'1304272.59' printed as '1304 thousand 272.59', '394.2' as '394 mln 200 tys.' and similar."""
    ip, _, fp = pub.partition(".")
    for k in range(1, len(ip)):
        head, tail = ip[:k], ip[k:]
        if len(tail) != 3:
            continue
        t = tail.lstrip("0") or "0"
        rx = r"(?<![\d.,])" + head + r"\s*[^\W\d_]+\.?\s+(?:and\s+)?" + t + (r"[.,]" + fp if fp else r"(?![\d])")
        if re.search(rx, text):
            return True
    if fp:
        rx = r"(?<![\d.,])" + ip + r"\s*[^\W\d_]+\.?\s+" + (fp + "0" * (3 - len(fp)) if len(fp) < 3 else fp)
        if re.search(rx, text):
            return True
    return False


def files(args):
    if args:
        return args
    return sorted(glob.glob(os.path.join(ROOT, "en", "*.json")) + glob.glob(os.path.join(ROOT, "ru", "*.json")))


def main():
    args = [a for a in sys.argv[1:] if not a.startswith("--")]
    do_mech = "--derive" not in sys.argv or "--mech" in sys.argv
    do_der = "--mech" not in sys.argv or "--derive" in sys.argv
    ids = {}
    nchk = nflag = 0
    for p in files(args):
        try:
            d = json.load(open(p, encoding="utf-8"))
        except Exception as e:
            print(f"{p}: INVALID JSON {e}")
            continue
        if d.get("id") in ids:
            print(f"{p}: duplicate id with {ids[d['id']]}")
        ids[d.get("id")] = p
        if do_mech:
            for e in mech(p, d):
                print(f"{os.path.basename(p)}: {e}")
        if do_der:
            for n, c in enumerate(d["claims"]):
                vs = set(c["verdicts"])
                if not vs & {"consistent", "inconsistent"}:
                    continue
                nchk += 1
                mine, pint, why = derive(d, c)
                ok = mine in vs or (mine == "inconsistent" and "ambiguous" in vs and "consistent" not in vs)
                if mine in ("manual", "unparsed") or not ok:
                    nflag += 1
                    print(f"DERIVE {os.path.basename(p)} #{n} {c['kind']} pub={c['published']} exp={c['verdicts']} "
                          f"mine={mine} pubI={pint and [f'{x:.6g}' for x in pint]} figs={c['figures']} cand={why[:3]}")
    if do_der:
        print(f"re-derived {nchk} claims, flagged {nflag}")


if __name__ == "__main__" and "--exact" not in sys.argv:
    main()


# ---------------------------------------------------------------- exact (corner) pass
def corners(f, ivs):
    """Exact range of f over a box when f is monotone in each argument: evaluate at every corner."""
    vals = [f(*c) for c in itertools.product(*[(x.lo, x.hi) for x in ivs])]
    return I(min(vals), max(vals))


EXACT_FORMS = {
    "growth": [("c/(n-c)", lambda c, n: abs(c / (n - c)) * 100), ("c/(n+c)", lambda c, n: abs(c / (n + c)) * 100)],
    "share": [("a/(a+b)", lambda a, b: a / (a + b) * 100)],
}


def exact_pass():
    """For two-figure claims whose base or whole is derived from the same figures, recompute the range exactly."""
    for p in files([]):
        d = json.load(open(p, encoding="utf-8"))
        for n, c in enumerate(d["claims"]):
            if c["kind"] not in EXACT_FORMS or len(c["figures"]) != 2 or "consistent" not in c["verdicts"]:
                continue
            figs = [parse_figure(f, d["language"]) for f in c["figures"]]
            if any(f is None for f in figs):
                continue
            figs = amounts(figs)
            plo, phi, *_ = published_interval(c, d["text"], d["language"])
            simple = []
            for i, j in itertools.permutations(range(2), 2):
                a, b = figs[i]["I"], figs[j]["I"]
                simple.append((a / b - 1).abs() * 100 if c["kind"] == "growth" else a / b * 100)
            if any(x.overlaps(plo, phi) for x in simple):
                continue  # a plain two-level reading fits; no derived base needed
            ok = []
            for name, fn in EXACT_FORMS[c["kind"]]:
                for i, j in itertools.permutations(range(2), 2):
                    try:
                        r = corners(fn, [figs[i]["I"], figs[j]["I"]])
                    except Exception:
                        continue
                    if r.overlaps(plo, phi):
                        ok.append((name, i, j, r))
            tag = "OK " if ok else "EXACT-FAIL"
            print(f"{tag} {d['id']} #{n} {c['kind']} pub={c['published']} [{plo}, {phi}] exp={c['verdicts']} {ok[:1]}")


if __name__ == "__main__" and "--exact" in sys.argv:
    exact_pass()
