#!/usr/bin/env python3
"""Second pass of the audit: for growth / change / multiple / index claims, read the direction word next to the
published figure (rose/fell, вырос/снизился, ...) and check that an ordering of the inputs WITH THAT DIRECTION
(new > old for a rise, new < old for a fall) reproduces the expected verdict. Flags go to manual reading."""
import json, glob, re, itertools, sys
from decimal import Decimal as D
import audit

UP = r"ris|rose|grew|grow|increas|up\b|up by|higher|more than|gain|jump|surg|expand|climb|boost|рост|вырос|увелич|повыс|прибав|больше|выше|зріс|зрос|збільш|більше|вище|ошкан|ortdi|o'sdi|oshdi|artdı|artım|aňtdı|աճ|ավել|wzrost|wzrósł|ўзрос|өсті|артты|көбей|выросл|удво|вдвое|doubl|удвіч"
DOWN = r"fell|fall|declin|decreas|drop|down\b|lower|less|shrank|shrink|contract|slump|narrow|снизи|сниж|сократ|уменьш|упал|паден|меньше|ниже|знизи|зниж|скорот|зменш|менше|нижче|падін|kamay|qisqar|azal|aza|azalma|նվազ|spad|zmniejsz|төмендеп|азай|кеми|сокращ"

def direction(text, pub):
    forms = sorted(audit.printed_forms(pub), key=len, reverse=True)
    out = set()
    for f in forms:
        for m in re.finditer(r"(?<![\d.,])" + re.escape(f) + r"(?![\d]|[.,]\d)", text):
            w = text[max(0, m.start() - 70):m.end() + 25].lower()
            u = re.search(UP, w) is not None
            dn = re.search(DOWN, w) is not None
            out.add("up" if u and not dn else "down" if dn and not u else "?")
    return out

def main():
    nflag = 0
    for p in audit.files([]):
        d = json.load(open(p))
        for n, c in enumerate(d["claims"]):
            if c["kind"] not in ("growth",) or not set(c["verdicts"]) & {"consistent", "inconsistent"}:
                continue
            figs = [audit.parse_figure(f, d["language"]) for f in c["figures"]]
            if any(f is None for f in figs) or len(figs) != 2 or any(f["pct"] for f in figs):
                continue
            figs = audit.amounts(figs)
            dirs = direction(d["text"], c["published"])
            plo, phi, pv, ap, ps = audit.published_interval(c, d["text"], d["language"])
            res = {}
            for i, j in itertools.permutations(range(2), 2):
                a, b = figs[i]["I"], figs[j]["I"]
                r = (a / b - 1) * 100
                if figs[i]["val"] > figs[j]["val"]:
                    res["up"] = r.overlaps(plo, phi)
                else:
                    res["down"] = (r.abs()).overlaps(plo, phi)
            exp = set(c["verdicts"])
            for dr in dirs:
                if dr == "?":
                    continue
                mine = "consistent" if res.get(dr) else "inconsistent"
                if mine not in exp and not (mine == "inconsistent" and "ambiguous" in exp):
                    nflag += 1
                    print(f"DIR {d['id']} #{n} pub={c['published']} dir={dr} exp={c['verdicts']} mine={mine} figs={c['figures']} res={res}")
            if dirs == {"?"} or not dirs:
                print(f"DIR? {d['id']} #{n} pub={c['published']} no clear direction word; res={res} exp={c['verdicts']}")
    print("flagged", nflag)

if __name__ == "__main__":
    main()
