#!/usr/bin/env python3
"""Builds data/ner/uner_en_ewt/train.conll from a compact transcript of UNER English-EWT train.

The transcript (see data/ner/uner_en_ewt/README.md for how it was made) has
  #doc <newdoc id>
  <sent_id> TAB <token count> TAB <tokens, entities wrapped as [[TYPE tok tok]]>
per line. This script checks every sentence's token count, that each document's sentences are
numbered 1, 2, 3 … without a gap or repeat, and prints the totals to compare with UNER's
en_ewt-ud-train.stats. It writes the shared/data/ner format (token TAB IOB2 tag, a blank line
after each sentence, -DOCSTART- before each document) and a docs.tsv like dev.docs.tsv.
UNER's OTH type is written as MISC (UNER has no MISC; OTH marks the other names, e.g.
nationalities, which is close to CoNLL's MISC). Tags such as B-O (noise in the source) are O.

  scripts/uner-transcript-to-conll.py OUT.conll OUT.docs.tsv PART...
"""
import re
import sys
from collections import Counter

TYPES = {"PER": "PER", "ORG": "ORG", "LOC": "LOC", "OTH": "MISC"}


def parse_tokens(text, where):
    out = []  # (token, tag)
    current = None
    first = False
    for piece in text.split(" "):
        if piece == "":
            continue
        if current is None and piece.startswith("[[") and piece[2:] in TYPES:
            current, first = TYPES[piece[2:]], True
            continue
        tok = piece
        closes = False
        if current is not None and tok.endswith("]]") and len(tok) > 2:
            tok, closes = tok[:-2], True
        if current is None:
            out.append((tok, "O"))
        else:
            out.append((tok, ("B-" if first else "I-") + current))
            first = False
        if closes:
            current = None
    if current is not None:
        raise ValueError(f"{where}: an entity is not closed")
    return out


def main(argv):
    if len(argv) < 4:
        print(__doc__, file=sys.stderr)
        return 2
    out_conll, out_docs, parts = argv[1], argv[2], argv[3:]
    docs = []  # [doc_id, [sentences]]
    seen = set()
    problems = []
    for part in parts:
        with open(part, encoding="utf-8") as f:
            for n, raw in enumerate(f, 1):
                line = raw.rstrip("\n")
                where = f"{part}:{n}"
                if not line.strip():
                    continue
                if line.startswith("#doc "):
                    docs.append([line[5:].strip(), []])
                    continue
                fields = line.split("\t") if "\t" in line else line.split(" ||| ")
                if len(fields) != 3:
                    problems.append(f"{where}: not 'sid TAB n TAB tokens'")
                    continue
                sid, count, text = fields[0].strip(), int(fields[1]), fields[2]
                if sid in seen:
                    problems.append(f"{where}: {sid} repeated")
                    continue
                seen.add(sid)
                try:
                    toks = parse_tokens(text, where)
                except ValueError as e:
                    problems.append(str(e))
                    continue
                if len(toks) != count:
                    problems.append(f"{where}: {sid} has {len(toks)} tokens, expected {count}")
                if not docs:
                    problems.append(f"{where}: sentence before any #doc")
                    docs.append(["?", []])
                docs[-1][1].append((sid, toks))
    # numbering inside each document: 1, 2, 3 …
    for doc_id, sents in docs:
        nums = [int(m.group(1)) if (m := re.search(r"-(\d+)$", sid)) else -1 for sid, _ in sents]
        if nums != list(range(1, len(nums) + 1)):
            problems.append(f"document {doc_id}: sentence numbers {nums[:3]}…{nums[-3:]} are not 1..{len(nums)}")
    ents = Counter()
    tokens = 0
    with open(out_conll, "w", encoding="utf-8") as c, open(out_docs, "w", encoding="utf-8") as d:
        d.write("doc_index\tdoc_id\tsentences\ttokens\n")
        for i, (doc_id, sents) in enumerate(docs, 1):
            c.write("-DOCSTART-\n\n")
            dtok = 0
            for _, toks in sents:
                for tok, tag in toks:
                    c.write(f"{tok}\t{tag}\n")
                    if tag.startswith("B-"):
                        ents[tag[2:]] += 1
                c.write("\n")
                dtok += len(toks)
            tokens += dtok
            d.write(f"{i}\t{doc_id}\t{len(sents)}\t{dtok}\n")
    sentences = sum(len(s) for _, s in docs)
    print(f"documents {len(docs)} sentences {sentences} tokens {tokens} "
          + " ".join(f"{t} {ents[t]}" for t in ("PER", "ORG", "LOC", "MISC")))
    print("UNER's en_ewt-ud-train.stats: documents 540 sentences 12543 tokens 204579 PER 2874 ORG 1436 LOC 2712")
    for p in problems[:50]:
        print("problem:", p)
    print(f"{len(problems)} problems")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
