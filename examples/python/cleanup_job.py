#!/usr/bin/env python3
"""cleanup_job.py: a batch clean-up of a CRM contacts export with dqe.

    cleanup_job.py INPUT.csv --config CONFIG.json --out-dir DIR [--model MODEL.json]
                   [--threads N]

Reads the export with the csv module (UTF-8, with or without a byte-order
mark; the first record is the header), then
  1. checks every row against the config's "validation" rules,
  2. finds the duplicate contacts (one person typed several ways: "Nguyễn Văn
     An" / "NGUYEN VAN  AN", "張偉" / "Wei Zhang"),
  3. merges each group into a golden record with the config's "merge"
     survivorship rules (every phone and e-mail kept, normalized; the name most
     rows agree on; ...),
and writes into DIR:
  issues.csv   one line per problem: row (1-based), id, column, rule, code,
               severity, message, value (as `dqe validate --issues` writes)
  golden.csv   golden_id, members (how many rows it merges), then the
               export's columns: one line per contact, duplicates merged (as
               `dqe dedupe --golden` writes)
  remap.csv    old_id, golden_id for every row: re-point whatever refers to
               a merged contact (orders, tickets) to its golden record
  lineage.csv  golden_id, source_id, source_row, column, value, fate: every
               source cell and what became of it, so that nothing is lost
               (`dqe unmerge` reads it back into the original rows)
Each file is written beside its final name and renamed into place, so a
failed run never leaves half a file where the last good one was.

It ends with a short summary on stdout (rows, issues by code, clusters,
golden records). Exit status: 0 done, 1 an error (the message on stderr),
2 bad arguments.

It needs the `dqe` package: installed, or from a CMake build directory
configured with -DDQE_BUILD_PYTHON=ON:
    PYTHONPATH=build-py/bindings/python python3 examples/python/cleanup_job.py \\
        examples/data/contacts.csv --config examples/configs/contacts.json \\
        --out-dir /tmp/contacts-cleanup
"""

import argparse
import csv
import os
import sys

import dqe

PROG = "cleanup_job"


class JobError(Exception):
    """A problem with the input the job reports and exits on."""


def escape_bytes(text):
    """Writes the bytes surrogateescape kept (those that are not UTF-8) as
    \\xHH, as dqe's messages do. Returns (text, 1-based byte of the first
    one, or 0 when there is none)."""
    first = next((i for i, ch in enumerate(text) if "\udc80" <= ch <= "\udcff"), None)
    if first is None:
        return text, 0
    byte = len(text[:first].encode("utf-8", "surrogateescape")) + 1
    return "".join(f"\\x{ord(ch) - 0xDC00:02X}" if "\udc80" <= ch <= "\udcff" else ch
                   for ch in text), byte


def read_csv(path):
    """Reads a CSV export the way `dqe` does.

    Returns (header, {column: [cells]}, flagged, input_issues, ragged):
    flagged are the rows (0-based) that could not be read as they should (a
    record with more or fewer fields than the header; cells that are not
    UTF-8), kept but not matched; input_issues says what is wrong with each,
    for Engine.validate. A short record is padded with empty cells, a long
    one cut to the header's width; ragged maps such a row to (its number of
    fields, the cells past the header's width), for the lineage. Bytes that
    are not UTF-8 are written as \\xHH. Blank lines are skipped.
    """
    with open(path, newline="", encoding="utf-8-sig", errors="surrogateescape") as f:
        records = csv.reader(f)
        header = next(records, None)
        if not header:
            raise JobError(f"{path}: no header (the first line is empty)")
        header = [escape_bytes(h)[0] for h in header]
        if len(set(header)) != len(header):
            seen = set()
            twice = next(h for h in header if h in seen or seen.add(h))
            raise JobError(f"{path}: column {twice!r} appears twice in the header")
        columns = {h: [] for h in header}
        cells_of = [columns[h] for h in header]
        width = len(header)
        flagged = []
        issues = []
        ragged = {}
        row = 0
        line = records.line_num + 1  # where the next record starts
        for record in records:
            start, line = line, records.line_num + 1
            if not record:
                continue
            bad = False
            for c, cell in enumerate(record):
                escaped, byte = escape_bytes(cell)
                if byte:
                    record[c] = escaped
                    if c < width:
                        bad = True
                        issues.append({
                            "row": row, "code": "invalid_utf8", "column": header[c],
                            "message": f"line {start}, column {header[c]}: \"{escaped}\" "
                                       f"is not valid UTF-8 (at byte {byte})",
                            "value": escaped})
            if len(record) != width:
                bad = True
                issues.append({
                    "row": row, "code": "ragged_row",
                    "message": f"line {start}: the record has {len(record)} fields, "
                               f"the header has {width}; the row is not checked",
                    "value": ",".join(record)})
                ragged[row] = (len(record), record[width:])
                record = record[:width] + [""] * (width - len(record))
            if bad:
                flagged.append(row)
            for cells, value in zip(cells_of, record):
                cells.append(value)
            row += 1
    return header, columns, flagged, issues, ragged


def lineage_rows(lineage, header, ragged):
    """The lineage as `dqe dedupe --lineage` writes it, which `dqe unmerge`
    reads back into the source rows: the cells a short record never had are
    "absent", the cells past the header of a long one "extra" (named #11 ...)."""
    width = len(header)
    index = {name: c for c, name in enumerate(header)}
    for cell in lineage:
        row = [cell["golden_id"], cell["source_id"], cell["source_row"], cell["column"],
               cell["value"], cell["fate"]]
        shape = ragged.get(cell["source_row"] - 1)
        if shape is None:
            yield row
            continue
        fields, extra = shape
        column = index[cell["column"]]
        if column >= fields:
            row[5] = "absent"
        yield row
        if column == width - 1:
            for e, value in enumerate(extra):
                yield row[:3] + [f"#{width + e + 1}", value, "extra"]


def csv_field(value):
    """One CSV field, quoted as dqe quotes: when it holds a comma, a quote or
    a line break, or starts or ends with a space or tab (which CSV readers,
    dqe's among them, may trim from an unquoted field)."""
    text = str(value)
    if text and (text[0] in " \t" or text[-1] in " \t"
                 or any(ch in text for ch in ',"\r\n')):
        return '"' + text.replace('"', '""') + '"'
    return text


def write_csv(path, header, rows):
    """Writes header and rows to path.tmp, then renames it to path."""
    tmp = path + ".tmp"
    with open(tmp, "w", encoding="utf-8", newline="") as f:
        f.write(",".join(map(csv_field, header)) + "\n")
        for row in rows:
            f.write(",".join(map(csv_field, row)) + "\n")
    os.replace(tmp, path)


def run(args):
    header, table, flagged, input_issues, ragged = read_csv(args.input)
    num_rows = len(table[header[0]])
    engine = dqe.Engine(args.config, model=args.model)

    # 1. Validation (with what the reader found).
    checked = engine.validate(table, threads=args.threads, input_issues=input_issues)
    issues = [(i["row"] + 1, i["id"], i["column_name"], i["rule"], i["code"],
               i["severity"], i["message"], i["value"]) for i in checked["issues"]]

    # 2 and 3. Duplicates, then golden records from the same clusters.
    found = engine.dedupe(table, threads=args.threads, flagged=flagged)
    merged = engine.merge(table, found, threads=args.threads)

    os.makedirs(args.out_dir, exist_ok=True)
    out = {name: os.path.join(args.out_dir, name + ".csv")
           for name in ("issues", "golden", "remap", "lineage")}
    write_csv(out["issues"],
              ["row", "id", "column", "rule", "code", "severity", "message", "value"], issues)
    columns = merged["header"]
    write_csv(out["golden"], ["golden_id", "members"] + columns,
              ([g["golden_id"], len(g["members"])] + [g["values"][c] for c in columns]
               for g in merged["golden"]))
    write_csv(out["remap"], ["old_id", "golden_id"], merged["remap"])
    write_csv(out["lineage"], ["golden_id", "source_id", "source_row", "column", "value",
                               "fate"],
              lineage_rows(merged["lineage"], columns, ragged))

    # Summary.
    golden = merged["golden"]
    groups = [g for g in golden if len(g["members"]) > 1]
    print(f"{args.input}: {num_rows} rows, {len(header)} columns"
          + (f" ({len(flagged)} unreadable rows kept, not matched)" if flagged else ""))
    print(f"issues: {len(issues)} ({checked['errors']} errors, "
          f"{checked['warnings']} warnings)")
    by_code = sorted(((n, code) for code, n in checked["issues_by_code"].items() if n),
                     key=lambda t: (-t[0], t[1]))
    for n, code in by_code:
        print(f"  {code:<28} {n}")
    print(f"duplicates: {found['stats']['accepted_pairs']} matched pairs, "
          f"{len(groups)} clusters of two or more ({merged['merged_rows']} rows)")
    print(f"clusters: {found['stats']['clusters']}")
    print(f"golden records: {len(golden)} (from {num_rows} rows)")
    for issue in found["row_issues"][:10]:
        print(f"  kept alone: row {issue['row'] + 1}, column {issue['column']}: "
              f"{issue['message']}")
    print("wrote " + ", ".join(out[name] for name in ("issues", "golden", "remap", "lineage")))
    return 0


def main(argv=None):
    parser = argparse.ArgumentParser(
        prog=PROG,
        description="Validate, deduplicate and merge a CRM CSV export with dqe.")
    parser.add_argument("input", metavar="INPUT.csv", help="the export to clean up")
    parser.add_argument("--config", required=True, metavar="CONFIG.json",
                        help="dqe config (columns, comparisons, validation, merge)")
    parser.add_argument("--out-dir", required=True, metavar="DIR",
                        help="where issues.csv, golden.csv, remap.csv and lineage.csv go")
    parser.add_argument("--model", metavar="MODEL.json",
                        help="a trained model (dqe train) instead of the config's weights")
    parser.add_argument("--threads", type=int, default=0,
                        help="worker threads (default 0: one per core)")
    args = parser.parse_args(argv)
    try:
        return run(args)
    except (JobError, OSError, ValueError, csv.Error) as e:
        print(f"{PROG}: {e}", file=sys.stderr)
        return 1


if __name__ == "__main__":
    sys.exit(main())
