#!/usr/bin/python3
"""Pairwise precision, recall and F1 of `dqe dedupe` and `dqe link` output.

Dedupe: a true pair is two rows of the same entity, a predicted pair is two
rows with the same cluster_id. Link: a true link is a (left, right) pair of
rows of the same entity, a predicted link is a `match` line of the matches
file. Counts come from the contingency table of (cluster, entity) sizes, so
pairs are never enumerated: a million rows take seconds.

    bench/evaluate.py dedupe --clusters clusters.csv --truth truth.csv
    bench/evaluate.py dedupe --clusters clusters.csv --febrl ../shared/data/febrl/dataset3.csv
    bench/evaluate.py dedupe --clusters clusters.csv \\
        --truth-column ../shared/data/splink/fake_1000.csv:cluster:unique_id
    bench/evaluate.py link --matches matches.csv --febrl \\
        --left ../shared/data/febrl/dataset4a.csv --right ../shared/data/febrl/dataset4b.csv

One JSON object goes to stdout: precision, recall, f1, true_positives,
false_positives, false_negatives, predicted_pairs, true_pairs, rows, clusters
(plus a few mode-specific counts). precision is null when nothing was
predicted, recall is null when there is nothing to find, f1 is null when both
are. With --errors N, up to N false positive and N false negative pairs are
printed on stderr, with the rows' cells when the input CSVs are known.

Inconsistent inputs (a row missing from the output, an id unknown to the
truth, a duplicate id) are errors: a message on stderr and exit status 1.
Standard library only.
"""

import argparse
import collections
import contextlib
import csv
import json
import operator
import re
import sys

# Column names taken as the row id of an input CSV when --id-column is not
# given, first match wins (case-insensitive). No match: 1-based row numbers.
ID_COLUMN_NAMES = ('id', 'rec_id', 'unique_id', 'record_id')

FEBRL_ID = re.compile(r'rec-(\d+)-(?:org|dup-\d+)')

# How many ids an error message names before it says "and N more".
NAMED_IN_ERRORS = 10


class EvalError(Exception):
    """An input problem; main() prints it as `evaluate: ...` and exits 1."""


# ------------------------------------------------------------------ CSV ----

class Source:
    """Where rows come from: a CSV path, its id column (None = row numbers),
    whether its cells have a space after each comma (FEBRL)."""

    def __init__(self, path, id_column=None, febrl=False):
        self.path = path
        self.id_column = id_column
        self.febrl = febrl


@contextlib.contextmanager
def open_csv(path, febrl=False):
    """A csv.reader over path (UTF-8, BOM ignored); with febrl=True the space
    after each comma is skipped. Read errors become EvalErrors."""
    try:
        f = open(path, encoding='utf-8-sig', newline='')
    except OSError as e:
        raise EvalError(f'cannot read {path}: {e.strerror}') from None
    with f:
        reader = csv.reader(f, skipinitialspace=febrl)
        try:
            yield reader
        except (csv.Error, UnicodeDecodeError) as e:
            raise EvalError(f'{path}: line {reader.line_num}: {e}') from None


def read_header(path, febrl=False):
    """The header of a CSV file, cells stripped (an error when it is empty)."""
    with open_csv(path, febrl) as reader:
        header = next(reader, None)
    if not header:
        raise EvalError(f'{path} is empty (no header line)')
    return [h.strip() for h in header]


def column_index(header, name, path):
    """Index of column `name` in header (case-insensitive, surrounding spaces
    ignored), or an error naming the columns there are."""
    want = name.strip().lower()
    for i, h in enumerate(header):
        if h.strip().lower() == want:
            return i
    raise EvalError(f'{path} has no column "{name}" (columns: {", ".join(h.strip() for h in header)})')


def detect_id_column(header):
    """The id column's name by the usual names (ID_COLUMN_NAMES), or None."""
    names = {h.strip().lower(): h.strip() for h in header}
    for n in ID_COLUMN_NAMES:
        if n in names:
            return names[n]
    return None


def _padded(rows, width):
    """rows with short ones padded with '' to width (the slow path)."""
    for r in rows:
        yield r if len(r) >= width else r + [''] * (width - len(r))


def read_columns(source, columns):
    """(ids, [values of each of columns]) as lists in file order, cells stripped.

    ids are source.id_column's cells, or 1-based row numbers when that is
    None. Blank lines are skipped; rows too short for a column give '' there.
    Column picking runs in C (itemgetter, map), so a million rows take about
    a second."""
    header = read_header(source.path, source.febrl)
    idx = [column_index(header, c, source.path) for c in columns]
    if source.id_column is not None:
        idx.insert(0, column_index(header, source.id_column, source.path))
    pick = operator.itemgetter(*idx, 0, 0)       # always a tuple, even for one column
    with open_csv(source.path, source.febrl) as reader:
        next(reader)
        try:
            picked = list(map(pick, filter(None, reader)))
        except IndexError:
            picked = None
    if picked is None:                              # some row is short: read again, padded
        with open_csv(source.path, source.febrl) as reader:
            next(reader)
            picked = list(map(pick, _padded(filter(None, reader), max(idx) + 1)))
    cols = [list(map(str.strip, c)) for c in zip(*picked)][:len(idx)] if picked else [[] for _ in idx]
    if source.id_column is None:
        cols.insert(0, [str(n) for n in range(1, len(picked) + 1)])
    return cols[0], cols[1:]


def fetch_rows(source, wanted):
    """The header and the cells of the rows whose id is in `wanted` (a set),
    as (header, {id: cells}); one pass over the file."""
    header = read_header(source.path, source.febrl)
    id_idx = None if source.id_column is None else column_index(header, source.id_column, source.path)
    found = {}
    with open_csv(source.path, source.febrl) as reader:
        next(reader)
        for n, row in enumerate(filter(None, reader), 1):
            rid = str(n) if id_idx is None else (row[id_idx].strip() if id_idx < len(row) else '')
            if rid in wanted:
                found[rid] = [c.strip() for c in row] if source.febrl else row
    return header, found


def name_some(ids):
    """'a, b, c' for up to NAMED_IN_ERRORS ids, then 'and N more'."""
    ids = list(ids)
    shown = ', '.join(ids[:NAMED_IN_ERRORS])
    if len(ids) > NAMED_IN_ERRORS:
        shown += f' and {len(ids) - NAMED_IN_ERRORS} more'
    return shown


def index_unique(keys, values, what):
    """dict(zip(keys, values)); an error naming the keys seen twice."""
    out = dict(zip(keys, values))
    if len(out) != len(keys):
        dups = [k for k, n in collections.Counter(keys).items() if n > 1]
        raise EvalError(f'{what} has {len(dups)} duplicate id(s): {name_some(dups)}')
    return out


def renumber(mapping):
    """The same values keyed by 1-based position instead of id."""
    return {str(n): v for n, v in enumerate(mapping.values(), 1)}


# ---------------------------------------------------------------- truth ----

def truth_from_file(path):
    """{id: entity} from a truth CSV with columns id,entity_id (the generator's)."""
    ids, (entities,) = read_columns(Source(path, 'id'), ['entity_id'])
    truth = index_unique(ids, entities, f'truth file {path}')
    if '' in entities:
        empty = [k for k, v in truth.items() if not v]
        raise EvalError(f'truth file {path}: empty entity_id for {name_some(empty)}')
    return truth


def febrl_entity(rec_id):
    """The entity number of a FEBRL rec_id (`rec-12-org`, `rec-12-dup-3` -> '12'),
    or None when it has another shape."""
    m = FEBRL_ID.fullmatch(rec_id.strip())
    return str(int(m.group(1))) if m else None


def truth_from_febrl(path):
    """{rec_id: entity number} from a FEBRL CSV."""
    ids, _ = read_columns(Source(path, 'rec_id', febrl=True), [])
    truth = index_unique(ids, ids, f'FEBRL file {path}')
    bad = []
    for rid in truth:
        truth[rid] = febrl_entity(rid)
        if truth[rid] is None:
            bad.append(rid)
    if bad:
        raise EvalError(f'{path}: rec_id not of the form rec-N-org / rec-N-dup-K: {name_some(bad)}')
    return truth


def parse_truth_column(spec):
    """'INPUT.csv:COLUMN:IDCOLUMN' or 'INPUT.csv:COLUMN' -> (path, column, idcolumn or None).

    The last two (or one) colon-separated fields are the column names, so the
    path itself may hold colons only when both names are given."""
    parts = spec.rsplit(':', 2)
    if len(parts) == 3 and parts[0]:
        path, column, id_column = parts
    elif len(parts) >= 2:
        path, column, id_column = spec.rsplit(':', 1) + [None]
    else:
        raise EvalError(f'--truth-column wants INPUT.csv:COLUMN[:IDCOLUMN], got "{spec}"')
    if not path or not column or id_column == '':
        raise EvalError(f'--truth-column wants INPUT.csv:COLUMN[:IDCOLUMN], got "{spec}"')
    return path, column, id_column


def truth_from_column(path, column, id_column):
    """{id: entity} from an entity column of the input itself (ids are row
    numbers when id_column is None)."""
    ids, (entities,) = read_columns(Source(path, id_column), [column])
    truth = index_unique(ids, entities, f'{path} (id column {id_column})')
    if '' in entities:
        empty = [k for k, v in truth.items() if not v]
        raise EvalError(f'{path}: empty {column} for {name_some(empty)}')
    return truth


def input_ids(source):
    """The row ids of an input CSV, in file order; an error on duplicates."""
    ids, _ = read_columns(source, [])
    index_unique(ids, ids, f'{source.path} (id column {source.id_column})')
    return ids


# --------------------------------------------------------------- scores ----

def ratios(tp, predicted, true):
    """precision, recall, f1; None where the ratio is 0/0."""
    precision = tp / predicted if predicted else None
    recall = tp / true if true else None
    f1 = 2 * tp / (predicted + true) if predicted + true else None
    return precision, recall, f1


def result(tp, predicted, true, rows, clusters, **extra):
    """The JSON object evaluate prints, fields in a fixed order."""
    precision, recall, f1 = ratios(tp, predicted, true)
    out = {
        'precision': precision, 'recall': recall, 'f1': f1,
        'true_positives': tp, 'false_positives': predicted - tp, 'false_negatives': true - tp,
        'predicted_pairs': predicted, 'true_pairs': true, 'rows': rows, 'clusters': clusters,
    }
    out.update(extra)
    return out


def sum_pairs(sizes):
    """Sum of C(n, 2) over sizes, as (sum n^2 - sum n) / 2 (runs in C)."""
    sizes = list(sizes)
    return (sum(map(operator.mul, sizes, sizes)) - sum(sizes)) // 2


def contingency_scores(clusters, entities):
    """Pair counts from two parallel label lists (cluster and entity of each row).

    predicted pairs = sum over clusters of C(size, 2), true pairs = the same
    over entities, true positives = the same over (cluster, entity) cells of
    the contingency table. Returns the result() dict."""
    cluster_sizes = collections.Counter(clusters)
    entity_sizes = collections.Counter(entities)
    cells = collections.Counter(zip(clusters, entities))
    return result(sum_pairs(cells.values()), sum_pairs(cluster_sizes.values()),
                  sum_pairs(entity_sizes.values()), rows=len(clusters),
                  clusters=len(cluster_sizes), entities=len(entity_sizes))


def check_coverage(truth_ids, output_ids, output_what, truth_what):
    """Every truth row is in the output and every output id is in the truth
    (both dicts keyed by id); an error naming the ids when not."""
    missing = truth_ids.keys() - output_ids.keys()
    unknown = output_ids.keys() - truth_ids.keys()
    msgs = []
    if missing:
        missing = [i for i in truth_ids if i in missing]          # in file order
        msgs.append(f'{output_what} lacks {len(missing)} of the {len(truth_ids)} rows of '
                    f'{truth_what}: {name_some(missing)}')
    if unknown:
        unknown = [i for i in output_ids if i in unknown]
        msgs.append(f'{output_what} has {len(unknown)} id(s) unknown to {truth_what}: '
                    f'{name_some(unknown)}')
    if msgs:
        raise EvalError('\n'.join(msgs))


def dedupe_scores(truth, clusters):
    """Scores of a dedupe: truth {id: entity}, clusters {id: cluster_id}
    holding the same ids (see check_coverage)."""
    return contingency_scores(list(map(clusters.__getitem__, truth)), list(truth.values()))


def link_scores(left_truth, right_truth, matches):
    """Scores of a link.

    left_truth / right_truth: {id: entity}; matches: {right_id: left_id or
    None (new)}. True links = sum over right rows of the left rows of their
    entity; predicted links = the non-None matches. `clusters` is the number
    of groups the right rows form (one per matched left row, one per new row)."""
    left_sizes = collections.Counter(left_truth.values())
    true = sum(left_sizes[e] for e in right_truth.values())
    predicted = 0
    tp = 0
    for r, l in matches.items():
        if l is not None:
            predicted += 1
            tp += left_truth[l] == right_truth[r]
    matched_left = {l for l in matches.values() if l is not None}
    new = len(matches) - predicted
    return result(tp, predicted, true, rows=len(matches), clusters=len(matched_left) + new,
                  left_rows=len(left_truth), right_rows=len(right_truth), matched=predicted, new=new)


# -------------------------------------------------------------- outputs ----

def read_clusters(path):
    """{id: cluster_id} from a `dqe dedupe --clusters` file (header id,cluster_id)."""
    ids, (cluster_ids,) = read_columns(Source(path, 'id'), ['cluster_id'])
    clusters = index_unique(ids, cluster_ids, f'clusters file {path}')
    if '' in clusters.values():
        empty = [k for k, v in clusters.items() if not v]
        raise EvalError(f'clusters file {path}: empty cluster_id for {name_some(empty)}')
    return clusters


def read_matches(path):
    """{right_id: left_id or None} from a `dqe link --matches` file."""
    ids, (lefts, statuses) = read_columns(Source(path, 'right_id'), ['left_id', 'status'])
    matches = index_unique(ids, list(zip(lefts, statuses)), f'matches file {path}')
    bad = []
    for r, (left, status) in matches.items():
        if status == 'match' and left:
            matches[r] = left
        elif status == 'new' and not left:
            matches[r] = None
        else:
            bad.append(f'{r} (status "{status}", left_id "{left}")')
    if bad:
        raise EvalError(f'matches file {path}: want status match with a left_id or new without one; '
                        f'got {name_some(bad)}')
    return matches


# --------------------------------------------------------------- errors ----

def interleave(groups, n):
    """Up to n items taken round-robin from a list of lists (first items of
    every list first), so that examples come from many groups."""
    out = []
    depth = 0
    while len(out) < n:
        took = False
        for g in groups:
            if depth < len(g):
                out.append(g[depth])
                took = True
                if len(out) == n:
                    break
        if not took:
            break
        depth += 1
    return out


def split_pairs(parts, n):
    """Up to n pairs (a, b) of ids from different parts (lists of ids): the
    pairs of the parts' first members, largest parts first."""
    parts = sorted(parts, key=len, reverse=True)
    out = []
    for i in range(len(parts)):
        for j in range(i + 1, len(parts)):
            out.append((parts[i][0], parts[j][0]))
            if len(out) == n:
                return out
    return out


def wrong_pairs(outer, n):
    """Sample pairs from groups split in two ways.

    outer: {group key: {part key: [ids]}}; groups of one part are fine. Returns
    up to n (group key, a, b) with a and b in different parts of the group,
    the groups with the most such pairs first."""
    scored = []
    for key, parts in outer.items():
        if len(parts) < 2:
            continue
        sizes = [len(p) for p in parts.values()]
        wrong = (sum(sizes) ** 2 - sum(s * s for s in sizes)) // 2
        scored.append((-wrong, str(key), key, list(parts.values())))
    scored.sort(key=lambda t: (t[0], t[1]))
    groups = [[(key, a, b) for a, b in split_pairs(parts, n)] for _, _, key, parts in scored]
    return interleave(groups, n)


def describe_row(rid, label, cells):
    """One line for a row in an error report."""
    text = ' | '.join(cells) if cells is not None else '(row not found in the input)'
    return f'      {rid:<14} {label:<22} {text}'


def fetch_for(source, ids):
    """(header, {id: cells}) for ids from source, or (None, {}) without a source."""
    if source is None:
        return None, {}
    return fetch_rows(source, set(ids))


def report_dedupe_errors(truth, clusters, n, source, out, res):
    """Print up to n false positive and n false negative pairs of a dedupe."""
    by_cluster = collections.defaultdict(lambda: collections.defaultdict(list))
    by_entity = collections.defaultdict(lambda: collections.defaultdict(list))
    for rid, e in truth.items():
        c = clusters[rid]
        by_cluster[c][e].append(rid)
        by_entity[e][c].append(rid)
    fps = wrong_pairs(by_cluster, n)
    fns = wrong_pairs(by_entity, n)
    header, cells = fetch_for(source, [x for t in fps + fns for x in t[1:]])
    if header is not None:
        print(f'columns: {" | ".join(header)}', file=out)
    print(f'false positives (same cluster, different entities): {res["false_positives"]} pairs, '
          f'showing {len(fps)}', file=out)
    for k, (c, a, b) in enumerate(fps, 1):
        print(f'  [{k}] cluster {c}', file=out)
        for rid in (a, b):
            print(describe_row(rid, f'entity {truth[rid]}', cells.get(rid) if source else ()), file=out)
    print(f'false negatives (same entity, different clusters): {res["false_negatives"]} pairs, '
          f'showing {len(fns)}', file=out)
    for k, (e, a, b) in enumerate(fns, 1):
        print(f'  [{k}] entity {e}', file=out)
        for rid in (a, b):
            print(describe_row(rid, f'cluster {clusters[rid]}', cells.get(rid) if source else ()), file=out)


def report_link_errors(left_truth, right_truth, matches, n, left_source, right_source, out, res):
    """Print up to n false positive and n false negative links."""
    left_by_entity = collections.defaultdict(list)
    for lid, e in left_truth.items():
        left_by_entity[e].append(lid)
    fps = []
    fns = []
    for r, l in matches.items():
        e = right_truth[r]
        if l is not None and left_truth[l] != e and len(fps) < n:
            fps.append((r, l))
        for true_l in left_by_entity.get(e, ()):
            if true_l != l and len(fns) < n:
                fns.append((r, true_l))
        if len(fps) >= n and len(fns) >= n:
            break
    lh, lcells = fetch_for(left_source, [l for _, l in fps + fns] +
                           [x for r, _ in fps for x in left_by_entity.get(right_truth[r], ())[:1]])
    rh, rcells = fetch_for(right_source, [r for r, _ in fps + fns])
    if lh is not None:
        print(f'left columns: {" | ".join(lh)}', file=out)
    if rh is not None:
        print(f'right columns: {" | ".join(rh)}', file=out)

    def left_line(lid, label):
        return describe_row(lid, f'left  {label}', lcells.get(lid) if left_source else ())

    def right_line(rid):
        return describe_row(rid, f'right entity {right_truth[rid]}', rcells.get(rid) if right_source else ())

    print(f'false positives (matched to a left row of another entity): {res["false_positives"]}, '
          f'showing {len(fps)}', file=out)
    for k, (r, l) in enumerate(fps, 1):
        print(f'  [{k}]', file=out)
        print(right_line(r), file=out)
        print(left_line(l, f'entity {left_truth[l]} (matched)'), file=out)
        true_left = left_by_entity.get(right_truth[r], ())
        if true_left:
            print(left_line(true_left[0], 'the true match'), file=out)
        else:
            print('      (no true match in LEFT: should have been new)', file=out)
    print(f'false negatives (a true left match not chosen): {res["false_negatives"]}, '
          f'showing {len(fns)}', file=out)
    for k, (r, l) in enumerate(fns, 1):
        got = matches[r]
        print(f'  [{k}] predicted: {"new" if got is None else "left " + got}', file=out)
        print(right_line(r), file=out)
        print(left_line(l, 'the true match'), file=out)
        if got is not None:
            print(left_line(got, f'entity {left_truth[got]} (matched)'), file=out)


# ------------------------------------------------------------------ CLI ----

def side_source(path, args):
    """The Source for an input CSV given the id options (--row-numbers is
    applied later, by renumbering rows in file order)."""
    if args.febrl:
        return Source(path, 'rec_id', febrl=True)
    if args.id_column:
        return Source(path, args.id_column)
    return Source(path, detect_id_column(read_header(path)))


def run_dedupe(args):
    """`evaluate.py dedupe`: returns the result dict."""
    if args.febrl:
        truth = truth_from_febrl(args.febrl)
        source, truth_what = Source(args.febrl, 'rec_id', febrl=True), args.febrl
    elif args.truth_column:
        path, column, id_column = parse_truth_column(args.truth_column)
        truth = truth_from_column(path, column, id_column)
        source, truth_what = Source(path, id_column), path
    else:
        truth = truth_from_file(args.truth)
        source, truth_what = None, args.truth
        if args.input:
            source = side_source(args.input, args)
    if args.row_numbers:
        truth = renumber(truth)
        if source is not None:
            source = Source(source.path, None, source.febrl)
    clusters = read_clusters(args.clusters)
    check_coverage(truth, clusters, f'clusters file {args.clusters}', truth_what)
    res = dedupe_scores(truth, clusters)
    if args.errors:
        report_dedupe_errors(truth, clusters, args.errors, source, sys.stderr, res)
    return res


def link_sides(args):
    """[(Source, {id: entity}) of LEFT, the same of RIGHT] under the truth option."""
    paths = (args.left, args.right)
    if args.febrl:
        return [(Source(p, 'rec_id', febrl=True), truth_from_febrl(p)) for p in paths]
    if args.truth_column:
        column, _, id_column = args.truth_column.partition(':')
        return [(Source(p, id_column or None), truth_from_column(p, column, id_column or None))
                for p in paths]
    if len(args.truth) > 2:
        raise EvalError('--truth takes one file (both sides) or two (left, right)')
    files = args.truth * (2 // len(args.truth))
    truths = [truth_from_file(t) for t in args.truth] * (2 // len(args.truth))
    sides = []
    for path, tpath, truth in zip(paths, files, truths):
        src = side_source(path, args)
        ids = input_ids(src)
        missing = [x for x in ids if x not in truth]
        if missing:
            raise EvalError(f'{path}: {len(missing)} id(s) unknown to truth file {tpath}: '
                            f'{name_some(missing)}')
        sides.append((src, {x: truth[x] for x in ids}))
    return sides


def run_link(args):
    """`evaluate.py link`: returns the result dict."""
    (left_src, left_truth), (right_src, right_truth) = link_sides(args)
    if args.row_numbers:
        left_truth, right_truth = renumber(left_truth), renumber(right_truth)
        left_src = Source(left_src.path, None, left_src.febrl)
        right_src = Source(right_src.path, None, right_src.febrl)
    matches = read_matches(args.matches)
    check_coverage(right_truth, matches, f'matches file {args.matches}', f'{args.right} (RIGHT)')
    unknown = [l for l in dict.fromkeys(matches.values()) if l is not None and l not in left_truth]
    if unknown:
        raise EvalError(f'matches file {args.matches}: {len(unknown)} left_id(s) not in {args.left} '
                        f'(LEFT): {name_some(unknown)}')
    res = link_scores(left_truth, right_truth, matches)
    if args.errors:
        report_link_errors(left_truth, right_truth, matches, args.errors, left_src, right_src,
                           sys.stderr, res)
    return res


def build_parser():
    """The argparse parser of both subcommands."""
    ap = argparse.ArgumentParser(
        prog='evaluate.py', description=__doc__.split('\n\n')[0],
        epilog='Run "evaluate.py dedupe --help" / "evaluate.py link --help" for the options.')
    sub = ap.add_subparsers(dest='mode', required=True, metavar='{dedupe,link}')

    def common(p):
        p.add_argument('--errors', type=int, default=0, metavar='N',
                       help='print up to N false positive and N false negative pairs on stderr, '
                            'with the rows\' cells when the input CSVs are known')
        p.add_argument('--id-column', metavar='NAME',
                       help='id column of the input CSV(s) (default: the first of '
                            f'{", ".join(ID_COLUMN_NAMES)} that exists, else 1-based row numbers)')
        p.add_argument('--row-numbers', action='store_true',
                       help='the output\'s ids are 1-based row numbers of the input (dqe writes them '
                            'when the input has no id column): match truth rows by position')

    d = sub.add_parser('dedupe', help='score a `dqe dedupe --clusters` file',
                       description='Pairwise precision/recall/F1 of a clusters file (header '
                                   'id,cluster_id) against one of the truth options.')
    d.add_argument('--clusters', required=True, metavar='OUT.csv', help='dqe dedupe --clusters output')
    t = d.add_mutually_exclusive_group(required=True)
    t.add_argument('--truth', metavar='TRUTH.csv',
                   help='truth CSV with columns id,entity_id (bench/generate_contacts.py --truth)')
    t.add_argument('--febrl', metavar='INPUT.csv',
                   help='FEBRL input: the entity is N of rec_id rec-N-org / rec-N-dup-K')
    t.add_argument('--truth-column', metavar='INPUT.csv:COLUMN[:IDCOLUMN]',
                   help='entity column of the input itself, e.g. fake_1000.csv:cluster:unique_id '
                        '(without IDCOLUMN, ids are 1-based row numbers)')
    d.add_argument('--input', metavar='INPUT.csv',
                   help='with --truth: the deduplicated CSV, to show cells with --errors')
    common(d)

    k = sub.add_parser('link', help='score a `dqe link --matches` file',
                       description='Pairwise precision/recall/F1 of a matches file (header '
                                   'right_id,left_id,status,weight,probability) against the truth.')
    k.add_argument('--matches', required=True, metavar='OUT.csv', help='dqe link --matches output')
    k.add_argument('--left', required=True, metavar='LEFT.csv', help='the left input CSV')
    k.add_argument('--right', required=True, metavar='RIGHT.csv', help='the right input CSV')
    t = k.add_mutually_exclusive_group(required=True)
    t.add_argument('--febrl', action='store_true',
                   help='both inputs are FEBRL files: the entity is N of rec_id rec-N-...')
    t.add_argument('--truth', nargs='+', metavar='TRUTH.csv',
                   help='truth CSV(s) with columns id,entity_id: one file for both sides, or two '
                        '(left, right) when the sides\' ids overlap')
    t.add_argument('--truth-column', metavar='COLUMN[:IDCOLUMN]',
                   help='entity column present in both inputs')
    common(k)
    return ap


def main(argv=None):
    args = build_parser().parse_args(argv)
    if args.errors < 0:
        print('evaluate: --errors must be >= 0', file=sys.stderr)
        return 2
    try:
        res = run_dedupe(args) if args.mode == 'dedupe' else run_link(args)
    except EvalError as e:
        print(f'evaluate: {e}', file=sys.stderr)
        return 1
    sys.stdout.write(json.dumps(res, indent=2) + '\n')
    return 0


if __name__ == '__main__':
    sys.exit(main())
