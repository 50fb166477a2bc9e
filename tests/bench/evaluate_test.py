"""Tests of bench/evaluate.py (pairwise accuracy) and of the parts of
bench/e2e_dedupe.py that do not need the dqe binary.

Run: /usr/bin/python3 -m pytest -q tests/bench/evaluate_test.py
"""

import csv
import importlib.util
import itertools
import json
import os
import random
import subprocess
import sys
import textwrap
import time

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
EVALUATE = os.path.join(ROOT, 'bench', 'evaluate.py')
E2E = os.path.join(ROOT, 'bench', 'e2e_dedupe.py')
FAKE_1000 = os.path.join(ROOT, '..', 'shared', 'data', 'splink', 'fake_1000.csv')
MB = 1 << 20


def load(name, path):
    spec = importlib.util.spec_from_file_location(name, path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


ev = load('evaluate', EVALUATE)
e2e = load('e2e_dedupe', E2E)


def write_csv(path, header, rows):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        w = csv.writer(f)
        w.writerow(header)
        w.writerows(rows)
    return str(path)


def write_text(path, text):
    with open(path, 'w', encoding='utf-8', newline='') as f:
        f.write(textwrap.dedent(text).lstrip('\n'))
    return str(path)


def evaluate(*args):
    """Run evaluate.py; (exit code, parsed JSON or None, stderr)."""
    r = subprocess.run([sys.executable, EVALUATE, *map(str, args)], capture_output=True, text=True)
    out = json.loads(r.stdout) if r.returncode == 0 else None
    return r.returncode, out, r.stderr


def counts(res):
    return (res['true_positives'], res['false_positives'], res['false_negatives'],
            res['predicted_pairs'], res['true_pairs'])


# ------------------------------------------------------------ hand-built ----
#
# Five rows: entity A = r1 r2 r3, entity B = r4 r5.
# Clusters: c1 = {r1, r2}, c2 = {r3, r4}, c3 = {r5}.
#   true pairs      r1r2 r1r3 r2r3 r4r5               = 4
#   predicted pairs r1r2 r3r4                         = 2
#   TP = r1r2 (1); FP = r3r4 (1); FN = r1r3 r2r3 r4r5 (3)
#   precision 1/2, recall 1/4, F1 = 2*1 / (2 + 4) = 1/3

FIVE_TRUTH = [('r1', 'A'), ('r2', 'A'), ('r3', 'A'), ('r4', 'B'), ('r5', 'B')]
FIVE_CLUSTERS = [('r1', 'c1'), ('r2', 'c1'), ('r3', 'c2'), ('r4', 'c2'), ('r5', 'c3')]


@pytest.fixture
def five(tmp_path):
    truth = write_csv(tmp_path / 'truth.csv', ['id', 'entity_id'], FIVE_TRUTH)
    clusters = write_csv(tmp_path / 'clusters.csv', ['id', 'cluster_id'], FIVE_CLUSTERS)
    return truth, clusters


def test_five_rows_by_hand(five):
    truth, clusters = five
    code, res, err = evaluate('dedupe', '--clusters', clusters, '--truth', truth)
    assert code == 0, err
    assert counts(res) == (1, 1, 3, 2, 4)
    assert res['precision'] == pytest.approx(0.5)
    assert res['recall'] == pytest.approx(0.25)
    assert res['f1'] == pytest.approx(1 / 3)
    assert res['rows'] == 5 and res['clusters'] == 3
    for key in ('precision', 'recall', 'f1', 'true_positives', 'false_positives', 'false_negatives',
                'predicted_pairs', 'true_pairs', 'rows', 'clusters'):
        assert key in res


def test_clusters_file_order_does_not_matter(tmp_path, five):
    truth, _ = five
    clusters = write_csv(tmp_path / 'rev.csv', ['id', 'cluster_id'], reversed(FIVE_CLUSTERS))
    code, res, _ = evaluate('dedupe', '--clusters', clusters, '--truth', truth)
    assert code == 0 and counts(res) == (1, 1, 3, 2, 4)


def test_perfect_singletons_and_one_big_cluster():
    truth = dict(FIVE_TRUTH)
    perfect = ev.dedupe_scores(truth, truth)
    assert (perfect['precision'], perfect['recall'], perfect['f1']) == (1.0, 1.0, 1.0)
    singles = ev.dedupe_scores(truth, {i: i for i in truth})
    # nothing predicted: precision undefined, recall and F1 zero
    assert singles['precision'] is None and singles['recall'] == 0 and singles['f1'] == 0
    one = ev.dedupe_scores(truth, {i: 'x' for i in truth})
    # C(5,2) = 10 predicted, 4 of them true
    assert counts(one) == (4, 6, 0, 10, 4)
    assert one['recall'] == 1.0 and one['precision'] == pytest.approx(0.4)


def test_nothing_to_find_and_nothing_predicted():
    truth = {'a': '1', 'b': '2'}
    res = ev.dedupe_scores(truth, {'a': 'x', 'b': 'y'})
    assert counts(res) == (0, 0, 0, 0, 0)
    assert res['precision'] is None and res['recall'] is None and res['f1'] is None


def test_ids_and_cells_are_stripped_and_bom_ignored(tmp_path):
    truth = tmp_path / 'truth.csv'
    truth.write_bytes('\ufeffid,entity_id\r\nr1,A\r\nr2,A\r\n'.encode('utf-8'))
    clusters = write_text(tmp_path / 'c.csv', 'id,cluster_id\n r1 ,7\nr2, 7\n')
    code, res, err = evaluate('dedupe', '--clusters', clusters, '--truth', truth)
    assert code == 0, err
    assert counts(res) == (1, 0, 0, 1, 1)


# ------------------------------------------------------------------ FEBRL ----

FEBRL_TEXT = '''
rec_id, given_name, surname, postcode
rec-1-org, mary, smith, 2600
rec-1-dup-0, mary, smyth, 2600
rec-1-dup-1, marie, smith, 2600
rec-12-org, john, brown, 4000
rec-12-dup-3, jon, brown, 4000
rec-7-org, , lee, 3000
'''


def test_febrl_entity_parsing():
    assert ev.febrl_entity('rec-12-dup-3') == '12'
    assert ev.febrl_entity('rec-12-org') == '12'
    assert ev.febrl_entity(' rec-7-org ') == '7'
    assert ev.febrl_entity('rec-007-dup-0') == '7'
    for bad in ('rec-x-org', 'rec-1-dup', 'rec-1', '1', 'rec-1-org-2', ''):
        assert ev.febrl_entity(bad) is None, bad


def test_febrl_truth_reads_space_after_comma(tmp_path):
    path = write_text(tmp_path / 'febrl.csv', FEBRL_TEXT)
    truth = ev.truth_from_febrl(path)
    assert truth == {'rec-1-org': '1', 'rec-1-dup-0': '1', 'rec-1-dup-1': '1',
                     'rec-12-org': '12', 'rec-12-dup-3': '12', 'rec-7-org': '7'}


def test_febrl_dedupe(tmp_path):
    path = write_text(tmp_path / 'febrl.csv', FEBRL_TEXT)
    # entity 1 split {org, dup-0} + {dup-1}; 12 whole; 7 merged into 12's cluster.
    # true: C(3,2) + 1 = 4; predicted: 1 + C(3,2) = 4; TP: 1 + 1 = 2
    clusters = write_csv(tmp_path / 'c.csv', ['id', 'cluster_id'], [
        ('rec-1-org', 'a'), ('rec-1-dup-0', 'a'), ('rec-1-dup-1', 'b'),
        ('rec-12-org', 'c'), ('rec-12-dup-3', 'c'), ('rec-7-org', 'c')])
    code, res, err = evaluate('dedupe', '--clusters', clusters, '--febrl', path, '--errors', 5)
    assert code == 0, err
    assert counts(res) == (2, 2, 2, 4, 4)
    assert 'columns: rec_id | given_name | surname | postcode' in err
    assert 'rec-7-org |  | lee | 3000' in err          # cells shown stripped
    assert 'cluster c' in err and 'entity 1' in err


def test_febrl_bad_rec_id_is_an_error(tmp_path):
    path = write_text(tmp_path / 'febrl.csv', 'rec_id, surname\nrec-1-org, a\nrecord 2, b\n')
    clusters = write_csv(tmp_path / 'c.csv', ['id', 'cluster_id'], [('rec-1-org', 1), ('record 2', 2)])
    code, _, err = evaluate('dedupe', '--clusters', clusters, '--febrl', path)
    assert code == 1 and 'record 2' in err


# ----------------------------------------------------------- truth column ----

def test_truth_column_with_id_column(tmp_path):
    inp = write_csv(tmp_path / 'in.csv', ['unique_id', 'first_name', 'cluster'],
                    [(0, 'Julia', 0), (1, 'Julia', 0), (2, 'Tom', 1), (3, 'Tom', 1), (4, 'Ann', 2)])
    # clusters: {0,1,2} {3} {4}: predicted 3, true 2, TP 1
    clusters = write_csv(tmp_path / 'c.csv', ['id', 'cluster_id'],
                         [(0, 'x'), (1, 'x'), (2, 'x'), (3, 'y'), (4, 'z')])
    code, res, err = evaluate('dedupe', '--clusters', clusters,
                              '--truth-column', f'{inp}:cluster:unique_id')
    assert code == 0, err
    assert counts(res) == (1, 2, 1, 3, 2)


def test_truth_column_without_id_column_uses_row_numbers(tmp_path):
    inp = write_csv(tmp_path / 'in.csv', ['name', 'person'], [('a', 'p'), ('b', 'p'), ('c', 'q')])
    clusters = write_csv(tmp_path / 'c.csv', ['id', 'cluster_id'], [(1, 'k'), (2, 'k'), (3, 'm')])
    code, res, err = evaluate('dedupe', '--clusters', clusters, '--truth-column', f'{inp}:person')
    assert code == 0, err
    assert res['precision'] == 1.0 and res['recall'] == 1.0


def test_parse_truth_column():
    assert ev.parse_truth_column('a.csv:cluster:unique_id') == ('a.csv', 'cluster', 'unique_id')
    assert ev.parse_truth_column('a.csv:cluster') == ('a.csv', 'cluster', None)
    assert ev.parse_truth_column('/x:y/a.csv:c:i') == ('/x:y/a.csv', 'c', 'i')
    for bad in ('a.csv', 'a.csv:', ':c', 'a.csv:c:'):
        with pytest.raises(ev.EvalError):
            ev.parse_truth_column(bad)


@pytest.mark.skipif(not os.path.exists(FAKE_1000), reason='../shared/data not present')
def test_splink_fake_1000_perfect_clusters(tmp_path):
    with open(FAKE_1000, encoding='utf-8', newline='') as f:
        rows = list(csv.DictReader(f))
    clusters = write_csv(tmp_path / 'c.csv', ['id', 'cluster_id'],
                         [(r['unique_id'], 'k' + r['cluster']) for r in rows])
    code, res, err = evaluate('dedupe', '--clusters', clusters,
                              '--truth-column', f'{FAKE_1000}:cluster:unique_id')
    assert code == 0, err
    brute = sum(1 for a, b in itertools.combinations(rows, 2) if a['cluster'] == b['cluster'])
    assert res['true_pairs'] == brute == res['true_positives']
    assert res['f1'] == 1.0 and res['rows'] == 1000


def test_row_numbers_option(tmp_path, five):
    truth, _ = five
    clusters = write_csv(tmp_path / 'c.csv', ['id', 'cluster_id'],
                         [(n, c) for n, (_, c) in enumerate(FIVE_CLUSTERS, 1)])
    code, _, err = evaluate('dedupe', '--clusters', clusters, '--truth', truth)
    assert code == 1 and 'unknown' in err
    code, res, err = evaluate('dedupe', '--clusters', clusters, '--truth', truth, '--row-numbers')
    assert code == 0, err
    assert counts(res) == (1, 1, 3, 2, 4)


# ----------------------------------------------------------------- errors ----

def test_missing_row_is_an_error(tmp_path, five):
    truth, _ = five
    clusters = write_csv(tmp_path / 'c.csv', ['id', 'cluster_id'], FIVE_CLUSTERS[:3] + FIVE_CLUSTERS[4:])
    code, res, err = evaluate('dedupe', '--clusters', clusters, '--truth', truth)
    assert code == 1 and res is None
    assert 'lacks 1 of the 5 rows' in err and 'r4' in err


def test_unknown_id_is_an_error(tmp_path, five):
    truth, _ = five
    clusters = write_csv(tmp_path / 'c.csv', ['id', 'cluster_id'], FIVE_CLUSTERS + [('r99', 'c9')])
    code, _, err = evaluate('dedupe', '--clusters', clusters, '--truth', truth)
    assert code == 1 and 'unknown' in err and 'r99' in err


def test_duplicate_id_is_an_error(tmp_path, five):
    truth, _ = five
    clusters = write_csv(tmp_path / 'c.csv', ['id', 'cluster_id'], FIVE_CLUSTERS + [('r2', 'c3')])
    code, _, err = evaluate('dedupe', '--clusters', clusters, '--truth', truth)
    assert code == 1 and 'duplicate' in err and 'r2' in err


def test_many_missing_rows_are_named_briefly(tmp_path):
    truth = write_csv(tmp_path / 't.csv', ['id', 'entity_id'], [(f'r{i}', i) for i in range(50)])
    clusters = write_csv(tmp_path / 'c.csv', ['id', 'cluster_id'], [('r0', 1)])
    code, _, err = evaluate('dedupe', '--clusters', clusters, '--truth', truth)
    assert code == 1 and 'lacks 49 of the 50 rows' in err and 'and 39 more' in err


def test_bad_files_are_errors(tmp_path, five):
    truth, clusters = five
    code, _, err = evaluate('dedupe', '--clusters', tmp_path / 'nope.csv', '--truth', truth)
    assert code == 1 and 'cannot read' in err
    wrong = write_csv(tmp_path / 'w.csv', ['id', 'cluster'], FIVE_CLUSTERS)
    code, _, err = evaluate('dedupe', '--clusters', wrong, '--truth', truth)
    assert code == 1 and 'no column "cluster_id"' in err
    empty = write_csv(tmp_path / 'e.csv', ['id', 'cluster_id'], FIVE_CLUSTERS[:4] + [('r5', '')])
    code, _, err = evaluate('dedupe', '--clusters', empty, '--truth', truth)
    assert code == 1 and 'empty cluster_id' in err and 'r5' in err


def test_errors_report_lists_false_pairs(tmp_path, five):
    truth, clusters = five
    inp = write_csv(tmp_path / 'in.csv', ['id', 'name'],
                    [('r1', 'An'), ('r2', 'An'), ('r3', 'Ann'), ('r4', 'Bo'), ('r5', 'Bob')])
    code, _, err = evaluate('dedupe', '--clusters', clusters, '--truth', truth, '--input', inp,
                            '--errors', 10)
    assert code == 0
    fp_part, fn_part = err.split('false negatives')
    assert 'showing 1' in fp_part and 'cluster c2' in fp_part
    assert 'r3 | Ann' in fp_part and 'r4 | Bo' in fp_part
    # FN sample: one pair per split entity: A (r1|r3) and B (r4|r5)
    assert 'showing 2' in fn_part
    assert 'entity A' in fn_part and 'entity B' in fn_part
    assert 'r5 | Bob' in fn_part


def test_errors_sample_is_bounded():
    truth = {str(i): str(i % 3) for i in range(30)}
    clusters = {str(i): str(i % 5) for i in range(30)}
    by_cluster = {}
    for i, e in truth.items():
        by_cluster.setdefault(clusters[i], {}).setdefault(e, []).append(i)
    pairs = ev.wrong_pairs(by_cluster, 4)
    assert len(pairs) == 4
    assert len({c for c, _, _ in pairs}) == 4                 # one per cluster first
    for c, a, b in pairs:
        assert clusters[a] == clusters[b] == c and truth[a] != truth[b]


# ------------------------------------------------------------------- link ----
#
# LEFT:  L1 (A), L2 (B), L3 (C)          RIGHT: R1 (A), R2 (B), R3 (D), R4 (C)
# matches: R1 -> L1, R2 -> L3, R3 new, R4 new
#   true links R1L1 R2L2 R4L3 = 3; predicted R1L1 R2L3 = 2
#   TP 1, FP 1, FN 2; precision 1/2, recall 1/3, F1 = 2 / (2 + 3) = 0.4

@pytest.fixture
def link_files(tmp_path):
    left = write_csv(tmp_path / 'left.csv', ['id', 'name'], [('L1', 'an'), ('L2', 'bo'), ('L3', 'cu')])
    right = write_csv(tmp_path / 'right.csv', ['id', 'name'],
                      [('R1', 'an'), ('R2', 'bo'), ('R3', 'di'), ('R4', 'cu')])
    truth = write_csv(tmp_path / 'truth.csv', ['id', 'entity_id'],
                      [('L1', 'A'), ('L2', 'B'), ('L3', 'C'), ('R1', 'A'), ('R2', 'B'), ('R3', 'D'),
                       ('R4', 'C')])
    matches = write_csv(tmp_path / 'matches.csv', ['right_id', 'left_id', 'status', 'weight', 'probability'],
                        [('R1', 'L1', 'match', 12.5, 0.99), ('R2', 'L3', 'match', 3.1, 0.7),
                         ('R3', '', 'new', '', ''), ('R4', '', 'new', -2, 0.1)])
    return left, right, truth, matches


def test_link_by_hand(link_files):
    left, right, truth, matches = link_files
    code, res, err = evaluate('link', '--matches', matches, '--left', left, '--right', right,
                              '--truth', truth, '--errors', 5)
    assert code == 0, err
    assert counts(res) == (1, 1, 2, 2, 3)
    assert res['precision'] == pytest.approx(0.5)
    assert res['recall'] == pytest.approx(1 / 3)
    assert res['f1'] == pytest.approx(0.4)
    assert (res['matched'], res['new'], res['rows']) == (2, 2, 4)
    assert res['clusters'] == 4                   # groups L1, L3, R3 alone, R4 alone
    fp_part, fn_part = err.split('false negatives')
    assert 'R2 | bo' in fp_part and 'L3 | cu' in fp_part and 'L2 | bo' in fp_part
    assert 'predicted: new' in fn_part and 'R4 | cu' in fn_part
    assert 'predicted: left L3' in fn_part        # R2's true match L2 was missed


def test_link_with_two_truth_files_and_overlapping_ids(tmp_path):
    left = write_csv(tmp_path / 'l.csv', ['id'], [('1',), ('2',)])
    right = write_csv(tmp_path / 'r.csv', ['id'], [('1',), ('2',)])
    lt = write_csv(tmp_path / 'lt.csv', ['id', 'entity_id'], [('1', 'X'), ('2', 'Y')])
    rt = write_csv(tmp_path / 'rt.csv', ['id', 'entity_id'], [('1', 'Y'), ('2', 'Z')])
    matches = write_csv(tmp_path / 'm.csv', ['right_id', 'left_id', 'status', 'weight', 'probability'],
                        [('1', '2', 'match', 1, 1), ('2', '', 'new', 0, 0)])
    code, res, err = evaluate('link', '--matches', matches, '--left', left, '--right', right,
                              '--truth', lt, rt)
    assert code == 0, err
    assert counts(res) == (1, 0, 0, 1, 1)


def test_link_febrl(tmp_path):
    left = write_text(tmp_path / 'a.csv', '''
        rec_id, given_name, surname
        rec-1-org, mary, smith
        rec-2-org, john, brown
        rec-3-org, ann, lee
        ''')
    right = write_text(tmp_path / 'b.csv', '''
        rec_id, given_name, surname
        rec-2-dup-0, jon, brown
        rec-1-dup-0, mary, smyth
        rec-9-dup-0, zed, zed
        ''')
    matches = write_csv(tmp_path / 'm.csv', ['right_id', 'left_id', 'status', 'weight', 'probability'],
                        [('rec-2-dup-0', 'rec-2-org', 'match', 9, .9),
                         ('rec-1-dup-0', 'rec-3-org', 'match', 2, .6),
                         ('rec-9-dup-0', '', 'new', -3, .01)])
    code, res, err = evaluate('link', '--matches', matches, '--left', left, '--right', right, '--febrl')
    assert code == 0, err
    # true links: 2-2, 1-1 (9 has no left row); predicted 2, one right
    assert counts(res) == (1, 1, 1, 2, 2)


def test_link_errors(tmp_path, link_files):
    left, right, truth, _ = link_files
    head = ['right_id', 'left_id', 'status', 'weight', 'probability']
    cases = {
        'missing': ([('R1', 'L1', 'match', 1, 1), ('R2', '', 'new', 0, 0), ('R3', '', 'new', 0, 0)],
                    'R4'),
        'duplicate': ([('R1', 'L1', 'match', 1, 1), ('R2', '', 'new', 0, 0), ('R3', '', 'new', 0, 0),
                       ('R4', '', 'new', 0, 0), ('R1', '', 'new', 0, 0)], 'duplicate'),
        'unknown left': ([('R1', 'L9', 'match', 1, 1), ('R2', '', 'new', 0, 0), ('R3', '', 'new', 0, 0),
                          ('R4', '', 'new', 0, 0)], 'L9'),
        'match without left': ([('R1', '', 'match', 1, 1), ('R2', '', 'new', 0, 0),
                                ('R3', '', 'new', 0, 0), ('R4', '', 'new', 0, 0)], 'R1'),
        'bad status': ([('R1', 'L1', 'maybe', 1, 1), ('R2', '', 'new', 0, 0), ('R3', '', 'new', 0, 0),
                        ('R4', '', 'new', 0, 0)], 'maybe'),
    }
    for name, (rows, needle) in cases.items():
        m = write_csv(tmp_path / 'm.csv', head, rows)
        code, _, err = evaluate('link', '--matches', m, '--left', left, '--right', right, '--truth', truth)
        assert code == 1, name
        assert needle in err, (name, err)


# ------------------------------------------------ counting vs brute force ----

def brute_dedupe(truth, clusters):
    tp = fp = fn = 0
    for a, b in itertools.combinations(list(truth), 2):
        same_e, same_c = truth[a] == truth[b], clusters[a] == clusters[b]
        tp += same_e and same_c
        fp += same_c and not same_e
        fn += same_e and not same_c
    return tp, fp, fn


def test_combinatorics_equal_brute_force_dedupe():
    rng = random.Random(7)
    for trial in range(300):
        n = rng.randint(0, 40)
        ne, nc = rng.randint(1, 8), rng.randint(1, 12)
        truth = {f'r{i}': f'e{rng.randrange(ne)}' for i in range(n)}
        clusters = {f'r{i}': f'c{rng.randrange(nc)}' for i in range(n)}
        res = ev.dedupe_scores(truth, clusters)
        tp, fp, fn = brute_dedupe(truth, clusters)
        assert (res['true_positives'], res['false_positives'], res['false_negatives']) == (tp, fp, fn)
        assert res['predicted_pairs'] == tp + fp and res['true_pairs'] == tp + fn
        assert res['clusters'] == len(set(clusters.values()))


def test_combinatorics_equal_brute_force_link():
    rng = random.Random(11)
    for trial in range(300):
        left = {f'L{i}': f'e{rng.randrange(6)}' for i in range(rng.randint(0, 15))}
        right = {f'R{i}': f'e{rng.randrange(8)}' for i in range(rng.randint(0, 15))}
        lids = list(left)
        matches = {r: (rng.choice(lids) if lids and rng.random() < 0.6 else None) for r in right}
        res = ev.link_scores(left, right, matches)
        true = {(r, l) for r in right for l in left if right[r] == left[l]}
        pred = {(r, l) for r, l in matches.items() if l is not None}
        assert res['true_positives'] == len(true & pred)
        assert res['false_positives'] == len(pred - true)
        assert res['false_negatives'] == len(true - pred)


def test_hundred_thousand_rows_is_quick(tmp_path):
    n = 100_000
    truth = write_csv(tmp_path / 't.csv', ['id', 'entity_id'], ((f'C{i:07d}', i // 3) for i in range(n)))
    clusters = write_csv(tmp_path / 'c.csv', ['id', 'cluster_id'], ((f'C{i:07d}', i // 2) for i in range(n)))
    t0 = time.perf_counter()
    code, res, err = evaluate('dedupe', '--clusters', clusters, '--truth', truth)
    assert code == 0, err
    assert time.perf_counter() - t0 < 10
    # entities of 3 (last of 1), clusters of 2: a cluster {2k, 2k+1} is a true pair
    # unless 2k+1 is a multiple of 3
    assert res['predicted_pairs'] == n // 2 and res['true_pairs'] == (n // 3) * 3
    assert res['true_positives'] == sum(1 for k in range(n // 2) if (2 * k + 1) % 3)


# --------------------------------------------------------- e2e_dedupe.py ----

def py(code):
    return [sys.executable, '-c', textwrap.dedent(code)]


def test_run_measured_peak_rss_and_time():
    m = e2e.run_measured(py('''
        import time
        block = b'x' * (120 << 20)
        time.sleep(0.2)
        '''))
    assert m.returncode == 0
    assert m.seconds >= 0.2
    assert 120 * MB <= m.peak_rss < 200 * MB
    small = e2e.run_measured(py('import time; time.sleep(0.1)'))
    assert small.peak_rss < 40 * MB
    assert e2e.run_measured(py('import sys; sys.exit(3)')).returncode == 3


def test_run_measured_is_not_fooled_by_a_big_parent():
    # Linux hands a child its parent's RSS high-water mark at fork/exec; a parent that once
    # held 300 MB must still see its 40 MB child as about 40 MB.
    child = "import time; b = b'x' * (40 << 20); time.sleep(0.3)"
    code = f'''
        import importlib.util, json, sys
        spec = importlib.util.spec_from_file_location('e2e', {E2E!r})
        e2e = importlib.util.module_from_spec(spec); spec.loader.exec_module(e2e)
        big = b'y' * (300 << 20); del big
        m = e2e.run_measured([sys.executable, '-c', {child!r}])
        print(json.dumps([m.peak_rss, m.rss_exact]))
        '''
    r = subprocess.run(py(code), capture_output=True, text=True, check=True)
    peak, exact = json.loads(r.stdout)
    assert not exact
    assert 40 * MB <= peak < 120 * MB


def test_copy_csv_round_trip(tmp_path):
    rows = [['id', 'name', 'note'], ['1', 'Nguyễn Văn An', 'a, "quoted"\nline'], ['2', '张伟', '']]
    src = write_csv(tmp_path / 'in.csv', rows[0], rows[1:])
    dst = str(tmp_path / 'out.csv')
    m = e2e.io_floor(src, dst)
    assert m.returncode == 0 and m.seconds > 0
    with open(dst, encoding='utf-8', newline='') as f:
        assert list(csv.reader(f)) == rows


def test_derive_and_markdown_table():
    results = [
        {'rows': 10000, 'seconds': 12.0, 'peak_rss_bytes': 512 * MB, 'peak_rss_exact': True,
         'io_floor_seconds': 1.5, 'precision': 0.98765, 'recall': 0.9, 'f1': None},
        {'rows': 1000, 'seconds': 1.0, 'peak_rss_bytes': 64 * MB, 'peak_rss_exact': False,
         'io_floor_seconds': 0.25, 'precision': 1.0, 'recall': 0.5, 'f1': 2 / 3},
    ]
    e2e.derive(results)
    big, small = results
    assert small['per_row_cost_ratio'] == 1.0
    assert big['per_row_cost_ratio'] == pytest.approx(1.2)
    assert big['rows_per_second'] == pytest.approx(10000 / 12)
    assert big['seconds_per_million_rows'] == pytest.approx(1200)
    assert big['floor_ratio'] == pytest.approx(8)
    lines = e2e.markdown_table(results).splitlines()
    assert len(lines) == 4
    assert lines[0].startswith('| rows |') and lines[1].startswith('|---:|')
    assert all(line.count('|') == lines[0].count('|') for line in lines)
    assert lines[2] == ('| 1,000 | 1.00 | 1 k | 1000.0 | 1.00× | ≥ 64 | 0.25 | 4.0× '
                        '| 1.0000 | 0.5000 | 0.6667 |')
    assert lines[3] == ('| 10,000 | 12.00 | 833 | 1200.0 | 1.20× | 512 | 1.50 | 8.0× '
                        '| 0.9877 | 0.9000 | — |')


def test_parse_sizes():
    assert e2e.parse_sizes('100000,10000, 1e6,10_000') == [10000, 100000, 1000000]
    for bad in ('0', '-5', 'ten', ''):
        with pytest.raises(Exception):
            e2e.parse_sizes(bad)


FAKE_DQE = '''#!{python}
"""A stand-in for dqe: `dedupe INPUT --clusters OUT`, clusters rows by email."""
import csv, sys
args = sys.argv[1:]
if args == ['--version']:
    print('fake-dqe 0.0'); sys.exit(0)
if {fail}:
    print('fake-dqe: something broke', file=sys.stderr); sys.exit(4)
assert args[0] == 'dedupe', args
out = args[args.index('--clusters') + 1]
inp = [a for a in args[1:] if a.endswith('.csv') and a != out][0]
with open(inp, encoding='utf-8', newline='') as f, open(out, 'w', encoding='utf-8', newline='') as g:
    w = csv.writer(g)
    w.writerow(['id', 'cluster_id'])
    for row in csv.DictReader(f):
        w.writerow([row['id'], row['email'].strip().lower() or row['id']])
print('fake-dqe: done', file=sys.stderr)
'''


def fake_dqe(tmp_path, fail=False):
    path = tmp_path / ('fail-dqe' if fail else 'fake-dqe')
    path.write_text(FAKE_DQE.format(python=sys.executable, fail=fail))
    path.chmod(0o755)
    return str(path)


def run_e2e(*args):
    return subprocess.run([sys.executable, E2E, *map(str, args)], capture_output=True, text=True)


def test_e2e_with_a_fake_dqe(tmp_path):
    dqe = fake_dqe(tmp_path)
    work = tmp_path / 'work'
    out = tmp_path / 'e2e.json'
    r = run_e2e('--dqe', dqe, '--sizes', '300,150', '--workdir', work, '--json', out, '--threads', 2)
    assert r.returncode == 0, r.stderr
    assert 'generating 150 rows' in r.stderr and '--threads 2' in r.stderr
    table = [line for line in r.stdout.splitlines() if line.startswith('|')]
    assert len(table) == 4 and table[2].startswith('| 150 |') and table[3].startswith('| 300 |')
    with open(out, encoding='utf-8') as f:
        data = json.load(f)
    assert data['settings']['dqe_version'] == 'fake-dqe 0.0' and data['settings']['threads'] == 2
    small, big = data['results']
    assert (small['rows'], big['rows']) == (150, 300)
    assert small['per_row_cost_ratio'] == 1.0
    for res in data['results']:
        assert 0 < res['precision'] <= 1 and 0 < res['recall'] < 1
        assert res['seconds'] > 0 and res['io_floor_seconds'] > 0 and res['peak_rss_bytes'] > MB
        assert res['dqe_summary'] == 'fake-dqe: done'
    # the generated data is cached: a second run does not generate again
    cached = sorted(os.listdir(work))
    r = run_e2e('--dqe', dqe, '--sizes', '150', '--workdir', work)
    assert r.returncode == 0 and 'generating' not in r.stderr
    assert sorted(os.listdir(work)) == cached


def test_e2e_reports_a_failing_dqe(tmp_path):
    r = run_e2e('--dqe', fake_dqe(tmp_path, fail=True), '--sizes', '50', '--workdir', tmp_path / 'w')
    assert r.returncode == 1
    assert 'failed (exit 4)' in r.stderr and 'something broke' in r.stderr
    r = run_e2e('--dqe', tmp_path / 'no-such-dqe', '--sizes', '50')
    assert r.returncode == 2 and 'not an executable' in r.stderr
