#!/usr/bin/env python3
"""Builds cvmatch's bundled skill taxonomy from the curated core and open taxonomies.

Usage (from the repository root):
    python3 cvmatch-core/src/build/taxonomy/build_taxonomy.py ../shared/taxonomy-sources

Inputs
  curated.tsv (this folder)   cvmatch's own skills: names, EN/FR aliases, categories, implications.
  esco/derived_esco_digital_skills_en_fr.csv, esco/derived_esco_skills_en_fr_all.csv,
  esco/broaderRelationsSkillPillar_en.csv      ESCO v1.2, (c) European Union, CC BY 4.0.
  onet/technology_skills.txt                   O*NET 29.2 (USDOL/ETA), CC BY 4.0 ("Hot Technology" products).
  stackoverflow/TagSynonyms.csv                Stack Exchange tag synonyms, CC BY-SA 4.0.

Outputs (cvmatch-core/src/main/resources/dev/cvmatch/skill/)
  taxonomy.tsv      id, category, English name, French name, aliases (| separated, ~ = needs context),
                    implies (ids), broader (ids), source. Curated + ESCO + O*NET: CC BY 4.0 attributions in NOTICE.
  so-aliases.tsv    id, alias: aliases from Stack Overflow tag synonyms, kept apart because CC BY-SA 4.0 applies.

The output is deterministic (sorted), so a rebuild from the same inputs gives the same files.
"""
import csv
import os
import re
import sys
import unicodedata

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.normpath(os.path.join(HERE, "..", "..", "main", "resources", "dev", "cvmatch", "skill"))


def fold(s):
    s = unicodedata.normalize("NFKD", s)
    s = "".join(c for c in s if not unicodedata.combining(c)).lower()
    s = re.sub(r"[\s\-_/]+", " ", s)
    return s.strip()


def clean(s):
    return " ".join(s.replace("\t", " ").split())


# Single-word ESCO / O*NET labels that are also common words or company names: they count in a skills list, or in
# prose with a capital and another skill or a tool cue, not as bare words ("less than", "Dupont SAS", "Slack").
COMMON_WORD_LABELS = {"less", "chef", "puppet", "slack", "zoom", "groovy", "sas", "cisco", "facebook", "tiktok",
                      "staf", "apl", "mdx", "teams", "access", "word", "project", "office", "windows", "outlook"}
# Vendors whose product names are also used without them ("Apache Tomcat" -> "Tomcat")
VENDORS = ("Apache", "Microsoft", "Oracle", "IBM", "Adobe", "Google", "Amazon", "Atlassian", "Autodesk", "SAP",
           "Red Hat", "VMware", "Cisco", "The MathWorks", "Quest Software", "Intuit")
ACRONYM = re.compile(r"^(.*\S)\s+([A-Z][A-Z0-9]{2,7})$")


def word_alias(a):
    """A one-word alias that is a plain word (no inner capital, digit or symbol) needs context."""
    return ("~" + a) if re.fullmatch(r"[A-Za-zÀ-ÿ][a-zà-ÿ]+", a) or a.lower() in COMMON_WORD_LABELS else a


def product_forms(name):
    """Extra forms of a product name: its trailing acronym, the name without it, the name without its vendor."""
    forms = []
    display = name
    m = ACRONYM.match(name)
    if m and len(m.group(1).split()) >= 2:
        long_form, acronym = m.group(1), m.group(2)
        forms += [acronym] if long_form in VENDORS else [acronym, long_form]
        vendor = next((v for v in VENDORS if long_form.startswith(v + " ")), None)
        display = (vendor + " " + acronym) if vendor else acronym
    for v in VENDORS:
        if name.startswith(v + " ") and not m:
            rest = name[len(v) + 1:]
            if rest[:1].islower() or rest.lower() in ("project", "projects"):
                continue  # "SAP software", "Microsoft Project": the rest alone is a common noun, not the product
            forms.append(word_alias(rest) if len(rest.split()) == 1 else rest)
    return display, forms


def capitalised(label):
    """ESCO preferred labels are lower case ("computer science"); a skill name starts with a capital, as a list
    item would ("Computer science"). Labels with capitals of their own ("SAP R3", "iOS") are kept as they are."""
    return label[:1].upper() + label[1:] if label and label == label.lower() else label


def group_codes(src):
    """ESCO skill-hierarchy group URI -> code ("S4.3.1", "T1.1", "0411", "L1")."""
    codes = {}
    with open(os.path.join(src, "esco", "skillsHierarchy_en.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            for level in range(4):
                uri, code = row[f"Level {level} URI"], row[f"Level {level} code"]
                if uri and code:
                    codes[uri] = code
    return codes


def ancestor_codes(uri, parents, codes):
    """Codes of every hierarchy group above a skill, through all its broader paths."""
    found, stack, seen = [], [uri], set()
    while stack:
        x = stack.pop()
        if x in seen:
            continue
        seen.add(x)
        if x in codes and x != uri:
            found.append(codes[x])
        stack.extend(parents.get(x, ()))
    return found


def pillar_label(label):
    """An ESCO label as an alias: without its bracketed qualifier ("pruning (horticulture)" -> "pruning")."""
    return clean(re.sub(r"\s*\([^)]*\)", "", label)) or clean(label)


JOINING_WORDS = {"and", "or", "of", "for", "the", "a", "an", "to", "in", "on", "with", "et", "ou", "de", "des", "du",
                 "la", "le", "les", "un", "une", "en", "pour", "avec", "d", "l", "au", "aux"}


def content_words(label):
    return [w[:5] for w in re.findall(r"[a-zà-ÿ0-9]+", fold(label)) if w not in JOINING_WORDS]


def close_paraphrase(alt, preferred):
    """Whether an ESCO alternative label says what the preferred label says: half of its words (compared on their
    first five letters) are in the preferred label. ESCO's machine-added alternatives include broader or other
    things ("real estate" for "manage cadastre", "technical specifications" for "draw blueprints", "financial data"
    for "economics") and fragments of split labels ("and procedures"), which would tag CVs with the wrong skill."""
    if not preferred or fold(alt).split()[0] in JOINING_WORDS:
        return False
    words, pref = content_words(alt), set(content_words(preferred))
    return bool(words) and sum(w in pref for w in words) * 2 >= len(words)


# ESCO lists up to 40 machine-made paraphrases per skill ("tally costs of repair operations"); the shortest few
# find nearly every mention, and the index stays small enough to load in a fresh JVM in about half a second
PILLAR_ALIASES = 4


def add_pillar(src, esco_all, parents, entries, claimed):
    """The rest of the ESCO skill pillar (cooking, teaching, nursing, bookkeeping, farming...), English and French.

    Precision guards, as for the digital skills: a label of two words or more is matched on its words anywhere
    ("risk management", "gestion des risques"); a one-word label ("livestock", "comptabilité") is an ordinary word in
    prose, so it counts only in a skills list (~); one-word alternative labels are left out (ESCO lists related
    words there: "dies", "hairs"), and so are alternatives that are not close paraphrases (close_paraphrase) and,
    for competences, the label without its verb; labels already claimed by a curated, digital or earlier skill stay
    with it. Language skills ("Hebrew", "understand spoken Hebrew") are left out: languages are parsed as
    languages, with their level."""
    codes = group_codes(src)
    it_words = {w for key in claimed for w in key.split()}
    for uri in sorted(esco_all):
        row = esco_all[uri]
        if uri in entries:
            continue
        ancestors = ancestor_codes(uri, parents, codes)
        if any(c.startswith("L") or c.startswith("T1.1") for c in ancestors):
            continue
        en, fr = pillar_label(row["preferredLabel_en"]), pillar_label(row["preferredLabel_fr"] or "")
        en = en or fr  # 13 ESCO skills have no English label in this export
        if not en:
            continue
        alts = [a for lang, pref in (("en", en), ("fr", fr))
                for a in sorted((pillar_label(x) for x in row["altLabels_" + lang].split("|") if x),
                                key=lambda a: (len(a), a))
                if 2 <= len(a.split()) <= 6 and len(a) <= 60 and close_paraphrase(a, pref)]
        if row["skillType"] != "knowledge":
            # a competence is an action ("monitor the production line"); its label without the verb ("production
            # line", "lab results", "credit risk") names a thing, often another skill's
            tails = {fold(x) for x in [en, fr] + alts}
            alts = [a for a in alts if not any(t != fold(a) and t.endswith(" " + fold(a)) for t in tails)]
        if len(en.split()) == 1 and fold(en) in it_words:
            # a one-word skill that the digital vocabulary uses in another sense: "migration", "logging" in a
            # developer's CV are not human migration and forestry
            continue
        aliases = []
        for a in [en, fr] + alts:
            key = fold(a)
            if not key or key in claimed or len(key) < 3 or not re.search(r"[a-zà-ÿ]", key):
                continue
            if len(aliases) >= PILLAR_ALIASES:
                break
            claimed[key] = uri
            # a lone word ("livestock", "comptabilité") is an ordinary word in prose: it counts in a skills list only
            aliases.append(("~" if len(a.split()) == 1 else "") + a)
        if not aliases:
            continue
        transversal = any(c.startswith("T") for c in ancestors) and row["skillType"] != "knowledge"
        entries[uri] = dict(id=uri, category="soft_skill" if transversal else "domain_knowledge",
                            en=capitalised(en), fr=capitalised(fr or en), aliases=aliases, implies=[], broader=[],
                            source="esco")


def main(src):
    csv.field_size_limit(10**9)
    curated = []
    with open(os.path.join(HERE, "curated.tsv"), encoding="utf-8") as f:
        for line in f:
            if line.startswith("#") or not line.strip():
                continue
            slug, cat, en, fr, aliases, implies = (line.rstrip("\n").split("\t") + [""] * 6)[:6]
            curated.append(dict(slug=slug, category=cat, en=en, fr=fr,
                                aliases=[a for a in aliases.split("|") if a],
                                implies=[i for i in implies.split("|") if i]))

    # ESCO: all skills for ids and French labels; digital skills become entries of their own
    esco_all = {}
    by_label = {}
    with open(os.path.join(src, "esco", "derived_esco_skills_en_fr_all.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            esco_all[row["conceptUri"]] = row
            by_label.setdefault(fold(row["preferredLabel_en"]), row["conceptUri"])
            # "Java (computer programming)" is known as Java
            by_label.setdefault(fold(re.sub(r"\s*\([^)]*\)", "", row["preferredLabel_en"])), row["conceptUri"])
    digital = []
    with open(os.path.join(src, "esco", "derived_esco_digital_skills_en_fr.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            digital.append(row)
    for row in digital:
        for alt in row["altLabels_en"].split("|"):
            if alt:
                by_label.setdefault(fold(alt), row["conceptUri"])

    entries = {}
    claimed = {}  # folded alias -> id
    slug_to_id = {}
    for c in curated:
        uri = by_label.get(fold(c["en"])) or by_label.get(fold(c["fr"]))
        cid = uri if uri and uri not in entries else "cvmatch:" + c["slug"]
        slug_to_id[c["slug"]] = cid
        aliases = []
        for a in [c["en"], c["fr"]] + c["aliases"]:
            key = fold(a.lstrip("~"))
            if key and key not in claimed:
                claimed[key] = cid
                aliases.append(a)
            elif key and claimed.get(key) == cid and a.startswith("~"):
                aliases.append(a)
        entries[cid] = dict(id=cid, category=c["category"], en=c["en"], fr=c["fr"], aliases=aliases,
                            implies=c["implies"], broader=[], source="curated" + (" esco" if uri else ""))
    for e in entries.values():
        e["implies"] = [slug_to_id[s] for s in e["implies"] if s in slug_to_id]

    for row in digital:
        uri = row["conceptUri"]
        if uri in entries:
            continue
        labels = [row["preferredLabel_en"], row["preferredLabel_fr"]]
        alts = [a for a in (row["altLabels_en"] + "|" + row["altLabels_fr"]).split("|") if a]
        # one-word alternative labels in ESCO are often related products, not synonyms ("Mocha" for JavaScript)
        alts = [a for a in alts if len(a.split()) >= 2 and len(a) <= 60]
        aliases = []
        for a in labels + alts:
            key = fold(a)
            if key and key not in claimed and len(key) >= 2:
                claimed[key] = uri
                # a lower-case ESCO label ("database", "computer science") is a common noun in prose: it only
                # counts in a skills list; names ("Haskell", "SAP Fiori") count anywhere, unless common words
                ambiguous = a == a.lower() or fold(a) in COMMON_WORD_LABELS
                aliases.append(("~" if ambiguous else "") + clean(a))
        for extra in product_forms(clean(row["preferredLabel_en"]))[1]:
            key = fold(extra.lstrip("~"))
            if key and key not in claimed and len(key) >= 3:
                claimed[key] = uri
                aliases.append(extra)
        if not aliases:
            continue
        entries[uri] = dict(id=uri, category="tool" if row["skillType"] != "knowledge" else "domain_knowledge",
                            en=capitalised(clean(row["preferredLabel_en"])),
                            fr=capitalised(clean(row["preferredLabel_fr"] or "")),
                            aliases=aliases, implies=[], broader=[], source="esco")

    parents = {}
    with open(os.path.join(src, "esco", "broaderRelationsSkillPillar_en.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            parents.setdefault(row["conceptUri"], []).append(row["broaderUri"])
    add_pillar(src, esco_all, parents, entries, claimed)
    for child, ps in parents.items():
        for parent in ps:
            if child in entries and parent in entries and parent not in entries[child]["broader"]:
                entries[child]["broader"].append(parent)

    # O*NET hot technologies: product names as tools
    with open(os.path.join(src, "onet", "technology_skills.txt"), encoding="utf-8") as f:
        reader = csv.DictReader(f, delimiter="\t")
        for row in reader:
            if row["Hot Technology"] != "Y":
                continue
            name = clean(row["Example"])
            key = fold(name)
            if key in claimed:
                continue
            oid = "onet:" + re.sub(r"[^a-z0-9]+", "-", key).strip("-")
            if oid in entries:
                continue
            claimed[key] = oid
            display, forms = product_forms(name)
            aliases = [("~" + name) if fold(name) in COMMON_WORD_LABELS else name]
            for extra in forms:
                k = fold(extra.lstrip("~"))
                if k and k not in claimed and len(k) >= 3:
                    claimed[k] = oid
                    aliases.append(extra)
            entries[oid] = dict(id=oid, category="tool", en=display, fr=display, aliases=aliases, implies=[],
                                broader=[], source="onet")

    os.makedirs(OUT, exist_ok=True)
    with open(os.path.join(OUT, "taxonomy.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# cvmatch skill taxonomy, generated by cvmatch-core/src/build/taxonomy/build_taxonomy.py; "
                  "do not edit.\n# Contains data from ESCO (c) European Union (CC BY 4.0) and O*NET 29.2 by "
                  "USDOL/ETA (CC BY 4.0); see NOTICE.\n")
        out.write("# id\tcategory\tname_en\tname_fr\taliases\timplies\tbroader\tsource\n")
        for e in sorted(entries.values(), key=lambda e: e["id"]):
            out.write("\t".join([e["id"], e["category"], e["en"], e["fr"] or e["en"], "|".join(e["aliases"]),
                                 "|".join(e["implies"]), "|".join(e["broader"]), e["source"]]) + "\n")

    # Stack Overflow tag synonyms: extra aliases for skills we have (CC BY-SA 4.0, kept apart)
    so = []
    with open(os.path.join(src, "stackoverflow", "TagSynonyms.csv"), encoding="utf-8") as f:
        for row in csv.DictReader(f):
            source, target = fold(row["SourceTagName"]), fold(row["TargetTagName"])
            tid = claimed.get(target)
            if tid and source not in claimed and len(source) >= 2 and not re.search(r"\d\.\d", source):
                claimed[source] = tid
                # tag names are lower case: a plain one-word tag ("network", "secure", "dynamics") is also a
                # common word, so it needs context like other ambiguous aliases
                so.append((tid, ("~" if len(source) <= 3 or re.fullmatch(r"[a-z]+", source) else "") + source))
    with open(os.path.join(OUT, "so-aliases.tsv"), "w", encoding="utf-8", newline="\n") as out:
        out.write("# Aliases from Stack Overflow tag synonyms (Stack Exchange Inc., CC BY-SA 4.0), generated by "
                  "build_taxonomy.py; do not edit.\n# id\talias\n")
        for tid, alias in sorted(so):
            out.write(tid + "\t" + alias + "\n")
    print(f"{len(entries)} skills ({sum(1 for e in entries.values() if e['source'].startswith('curated'))} curated), "
          f"{sum(len(e['aliases']) for e in entries.values())} aliases, {len(so)} Stack Overflow aliases -> {OUT}")


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else os.path.join(HERE, "..", "..", "..", "..", "..", "shared",
                                                              "taxonomy-sources"))
