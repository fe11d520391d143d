#!/usr/bin/env python3
"""Builds cvmatch's bundled occupation taxonomy from ESCO and O*NET.

Usage (from the repository root):
    python3 cvmatch-core/src/build/taxonomy/build_occupations.py ../shared/taxonomy-sources

Inputs
  esco/occupations_en.csv, esco/occupations_fr.csv   ESCO v1.2, (c) European Union, CC BY 4.0: occupations,
                                                     ISCO-08 unit groups, English and French titles.
  onet/alternate_titles.txt                          O*NET 29.2 (USDOL/ETA), CC BY 4.0: job-title synonyms.

O*NET has no ISCO code in these files. An O*NET occupation (SOC code) is mapped to the ESCO occupation whose
titles (folded) equal the most of its alternate titles, when at least two of them agree and that occupation wins a
strict majority of the agreeing titles; its alternate titles then become aliases of that ESCO occupation (marked as
O*NET aliases, which the normalizer trusts a little less). SOC codes without such agreement add nothing.

Curated titles (curated_titles.tsv, beside this script): common CV titles that ESCO gives to no occupation or to a
wrong one for a CV ("nurse", "développeur", "serveur", O*NET's "intern"), each given to one occupation with a trust,
or to none.

Output (cvmatch-core/src/main/resources/dev/cvmatch/occupation/occupations.tsv.gz, gzip without a timestamp), one line per ESCO occupation:
  id (the ESCO concept UUID, stable across ESCO versions), ISCO-08 unit group (4 digits), English label,
  French label, English/French aliases (| separated, folded), O*NET aliases (| separated, folded), curated titles
  (| separated, folded title=trust in percent).
And descriptions.tsv.gz beside it: id, ESCO's English description of the occupation (one line; the matcher's
relevance component reads it to complete a job posting's words, see DefaultJobMatcher).
Sorted, so a rebuild from the same inputs gives the same files.
"""
import collections
import csv
import gzip
import io
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "main", "resources", "dev", "cvmatch", "occupation"))


def fold(s):
    """Same folding as dev.cvmatch.internal.occupation.OccupationIndex#fold."""
    s = unicodedata.normalize("NFKD", s.replace("\u2019", "'"))
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[^a-z0-9+#]+", " ", s)
    return " ".join(s.split())


def clean(s):
    return " ".join(s.replace("\t", " ").replace("|", " ").split())


def variants(label):
    """French labels are written 'technicien .../technicienne ...': each side is a title."""
    out = []
    for part in re.split(r"\s*/\s*(?=\w)", label) if "/" in label else [label]:
        f = fold(part)
        if f:
            out.append(f)
    return out


def generic_word_test(occ):
    """A test of one-word titles that name a kind of work, not an occupation.

    ESCO lists "teacher" among the titles of the politics lecturer, "ingénieur" among those of the chemical
    metallurgist, "designer" among those of the art director, and O*NET "Director" among those of film directors:
    alone in the table, such a word would send every "Teacher" or "Ingénieur" to that one occupation. A one-word
    title is generic for an occupation when it heads (first or last word) at least GENERIC_HEADED multi-word ESCO
    titles and fewer than half of those are titles of occupations of that occupation's ISCO unit group.
    """
    headed = collections.defaultdict(collections.Counter)
    for o in occ.values():
        for t in o["aliases"]:
            words = t.split()
            if len(words) > 1:
                for w in {words[0], words[-1]}:
                    headed[w][o["isco"]] += 1

    def generic(title, isco):
        counts = headed.get(title)
        if " " in title or not counts:
            return False
        total = sum(counts.values())
        return total >= GENERIC_HEADED and counts[isco] * 2 < total
    return generic


def drop_generic_words(occ, generic):
    """Drops the generic one-word alternative titles (generic_word_test); preferred labels are always kept
    ("chef", "comptable")."""
    dropped = 0
    for o in occ.values():
        preferred = set(variants(o["en"])) | set(variants(o["fr"]))
        for a in sorted(o["aliases"]):
            if a not in preferred and generic(a, o["isco"]):
                o["aliases"].discard(a)
                dropped += 1
    print(f"{dropped} generic one-word alternative titles dropped")


GENERIC_HEADED = 50
SENIORITY = {"senior", "junior", "sr", "jr", "principal", "staff"}


def drop_stray_seniority(occ):
    """Drops a title made of a seniority word and another occupation's title when no occupation of that title is of
    the same ISCO unit group: ESCO lists "senior data analyst" among the call centre analyst's titles and "senior
    sales manager" among the motor vehicle shop manager's, so a CV's "Senior Data Analyst" was a call centre
    analyst; it is now the data analyst, as the normalizer reads a seniority word as a qualifier. A seniority title
    within the unit group is kept ("senior social worker": social work supervisor)."""
    by_alias = collections.defaultdict(set)
    for i, o in occ.items():
        for a in o["aliases"]:
            by_alias[a].add(i)
    dropped = 0
    for i, o in occ.items():
        preferred = set(variants(o["en"])) | set(variants(o["fr"]))
        for a in sorted(o["aliases"]):
            words = a.split()
            if len(words) < 2 or words[0] not in SENIORITY or a in preferred:
                continue
            others = by_alias.get(" ".join(words[1:]), set()) - {i}
            if others and i not in by_alias.get(" ".join(words[1:]), set()) \
                    and all(occ[j]["isco"] != o["isco"] for j in others):
                o["aliases"].discard(a)
                dropped += 1
    print(f"{dropped} seniority titles of another unit group's occupation dropped")


def apply_curated(occ, path):
    """Applies curated_titles.tsv: each title is taken from every occupation's ESCO and O*NET titles and given to
    the occupation it names, with its trust; "-" leaves it to none."""
    by_label = {o["en"]: i for i, o in occ.items()}
    given = 0
    with open(path, encoding="utf-8") as f:
        for line in f:
            if not line.strip() or line.startswith("#"):
                continue
            title, label, trust = line.rstrip("\n").split("\t")
            t = fold(title)
            if t != title:
                raise SystemExit(f"curated title not folded: {title!r} (fold: {t!r})")
            for o in occ.values():
                o["aliases"].discard(t)
                o["onet"].discard(t)
                o["curated"].pop(t, None)
            if label != "-":
                if label not in by_label:
                    raise SystemExit(f"curated title {title!r}: no ESCO occupation labelled {label!r}")
                occ[by_label[label]]["curated"][t] = int(trust)
                given += 1
    print(f"{given} curated titles")
    return given


def main(src):
    uid = lambda uri: uri.rsplit("/", 1)[-1]
    occ = {}
    with open(os.path.join(src, "esco", "occupations_en.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            i = uid(r["conceptUri"])
            alts = [a for a in r["altLabels"].split("\n") if a.strip()]
            occ[i] = {"isco": r["iscoGroup"].strip(), "en": clean(r["preferredLabel"]), "fr": "",
                      "aliases": set(), "onet": set(), "curated": {},
                      "description": " ".join(r["description"].split())}
            for a in [r["preferredLabel"]] + alts:
                occ[i]["aliases"].update(variants(a))
    with open(os.path.join(src, "esco", "occupations_fr.csv"), encoding="utf-8") as f:
        for r in csv.DictReader(f):
            i = uid(r["conceptUri"])
            if i not in occ:
                continue
            occ[i]["fr"] = clean(r["preferredLabel"])
            for a in [r["preferredLabel"]] + [a for a in r["altLabels"].split("|") if a.strip()]:
                occ[i]["aliases"].update(variants(a))

    generic = generic_word_test(occ)
    drop_generic_words(occ, generic)
    drop_stray_seniority(occ)

    by_alias = collections.defaultdict(set)
    for i, o in occ.items():
        for a in o["aliases"]:
            by_alias[a].add(i)

    soc_titles = collections.defaultdict(set)
    with open(os.path.join(src, "onet", "alternate_titles.txt"), encoding="utf-8") as f:
        rows = csv.reader(f, delimiter="\t")
        next(rows)
        for r in rows:
            for t in (r[1], r[2]):
                if t and t != "n/a":
                    ft = fold(t)
                    if ft:
                        soc_titles[r[0]].add(ft)
    mapped = 0
    for soc, titles in sorted(soc_titles.items()):
        votes = collections.Counter()
        for t in titles:
            hits = by_alias.get(t, ())
            if len(hits) == 1:
                votes[next(iter(hits))] += 1
        if not votes:
            continue
        best, n = votes.most_common(1)[0]
        if n < 2 or n * 2 <= sum(votes.values()):
            continue
        mapped += 1
        for t in titles:
            if t not in by_alias and not generic(t, occ[best]["isco"]):
                occ[best]["onet"].add(t)

    curated = apply_curated(occ, os.path.join(HERE, "curated_titles.tsv"))

    # an O*NET title given to two ESCO occupations by two SOC codes is dropped from both
    onet_owner = collections.Counter(t for o in occ.values() for t in o["onet"])
    os.makedirs(OUT, exist_ok=True)
    path = os.path.join(OUT, "occupations.tsv.gz")
    with gzip.GzipFile(path, "wb", compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as out:
        out.write("# cvmatch occupations, generated by cvmatch-core/src/build/taxonomy/build_occupations.py from\n"
                  "# ESCO v1.2 (c) European Union, CC BY 4.0, and O*NET 29.2 (USDOL/ETA), CC BY 4.0. See NOTICE.\n"
                  "# id\tisco\tlabel_en\tlabel_fr\taliases\tonet_aliases\tcurated (title=trust)\n")
        for i in sorted(occ):
            o = occ[i]
            onet = sorted(t for t in o["onet"] if onet_owner[t] == 1)
            out.write("\t".join([i, o["isco"], o["en"], o["fr"], "|".join(sorted(o["aliases"])),
                                 "|".join(onet),
                                 "|".join(f"{t}={p}" for t, p in sorted(o["curated"].items()))]) + "\n")
    described = os.path.join(OUT, "descriptions.tsv.gz")
    with gzip.GzipFile(described, "wb", compresslevel=9, mtime=0) as gz, \
            io.TextIOWrapper(gz, encoding="utf-8", newline="\n") as out:
        out.write("# cvmatch occupation descriptions, generated by cvmatch-core/src/build/taxonomy/build_occupations.py"
                  " from\n# ESCO v1.2 (c) European Union, CC BY 4.0. See NOTICE.\n# id\tdescription_en\n")
        for i in sorted(occ):
            if occ[i]["description"]:
                out.write(i + "\t" + occ[i]["description"] + "\n")
    print(f"{len(occ)} occupations, {sum(len(o['aliases']) for o in occ.values())} ESCO titles, "
          f"{mapped}/{len(soc_titles)} O*NET occupations mapped, "
          f"{sum(1 for t, c in onet_owner.items() if c == 1)} O*NET titles -> {path}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join("..", "shared", "taxonomy-sources"))
