#!/usr/bin/python3
"""End-to-end speed and accuracy of `dqe dedupe` on generated CRM contacts.

For each size: generate the contacts and their truth with
bench/generate_contacts.py (fixed seed; cached in the work directory), run
`dqe dedupe` on them, measure its wall time and peak RSS, score its clusters
with bench/evaluate.py, and measure the I/O floor on the same file: reading
and writing the CSV with Python's csv module, the one thing any tool must do.

    bench/e2e_dedupe.py --dqe build/src/dqe --config examples/configs/contacts.json \\
        --sizes 10000,100000,1000000 --threads 2 --json e2e.json

Printed: a Markdown table with, per size, dqe's seconds, rows/s, seconds per
million rows, the per-row cost as a ratio of the smallest size's (1.00 =
linear growth), peak RSS, the I/O floor's seconds and dqe's time as a ratio
to it, and pairwise precision / recall / F1. --json writes the same figures
and the run's settings. Standard library only: wall time from
time.perf_counter, peak RSS from os.wait4 (ru_maxrss of the child; shown as
"≥ N" when only a polled lower bound is known, see run_measured).
"""

import argparse
import csv
import datetime
import hashlib
import json
import os
import platform
import re
import statistics
import subprocess
import sys
import threading
import time

HERE = os.path.dirname(os.path.abspath(__file__))
GENERATOR = os.path.join(HERE, 'generate_contacts.py')
EVALUATE = os.path.join(HERE, 'evaluate.py')
DEFAULT_SIZES = '10000,100000,1000000'
# A child's ru_maxrss above this process's own peak plus this is the child's own.
INHERITED_RSS_MARGIN = 4 << 20


class BenchError(Exception):
    """A failed step; main() prints it as `e2e_dedupe: ...` and exits 1."""


# ----------------------------------------------------------- measurement ----

class Measurement:
    """One child process run: exit code, wall seconds, peak RSS in bytes, and
    whether the peak is exact (from wait4) or a polled lower bound."""

    def __init__(self, returncode, seconds, peak_rss, rss_exact=True):
        self.returncode = returncode
        self.seconds = seconds
        self.peak_rss = peak_rss
        self.rss_exact = rss_exact

    def __repr__(self):
        return (f'Measurement(returncode={self.returncode}, seconds={self.seconds:.3f}, '
                f'peak_rss={self.peak_rss}, rss_exact={self.rss_exact})')


def vm_hwm(pid='self'):
    """A process's peak resident set (VmHWM of /proc/PID/status) in bytes, or
    None when it cannot be read (process gone, not Linux)."""
    try:
        with open(f'/proc/{pid}/status', encoding='ascii', errors='replace') as f:
            for line in f:
                if line.startswith('VmHWM:'):
                    return int(line.split()[1]) * 1024
    except (OSError, ValueError, IndexError):
        pass
    return None


class HwmPoller(threading.Thread):
    """Reads a child's VmHWM every `interval` seconds until stop() (a lower
    bound of its peak RSS that, unlike ru_maxrss, starts afresh at exec)."""

    def __init__(self, pid, interval=0.01):
        super().__init__(daemon=True)
        self.pid = pid
        self.interval = interval
        self.peak = 0
        self._stop_event = threading.Event()

    def run(self):
        while True:
            hwm = vm_hwm(self.pid)
            if hwm:
                self.peak = max(self.peak, hwm)
            if self._stop_event.wait(self.interval):
                return

    def stop(self):
        self._stop_event.set()
        self.join()


def run_measured(argv, stdout=subprocess.DEVNULL, stderr=None, cwd=None):
    """Run argv to completion; return its Measurement.

    Wall time is perf_counter around spawn and reap. Peak RSS is the child's
    ru_maxrss from os.wait4. Linux carries ru_maxrss across fork/vfork and
    exec, so a child starts with (at most) this process's own peak (VmHWM):
    when ru_maxrss exceeds that (by a margin, for what this process allocates
    while spawning), it is the child's true peak (the usual case: keep this
    process small); otherwise the child's own VmHWM, polled every
    10 ms by a thread, is reported instead and rss_exact is False. stdout /
    stderr are passed to subprocess.Popen (files, DEVNULL, None to inherit)."""
    own_peak = vm_hwm() or 0
    t0 = time.perf_counter()
    try:
        proc = subprocess.Popen(argv, stdout=stdout, stderr=stderr, cwd=cwd)
    except OSError as e:
        raise BenchError(f'cannot run {argv[0]}: {e.strerror}') from None
    poller = HwmPoller(proc.pid)
    poller.start()
    try:
        _, status, usage = os.wait4(proc.pid, 0)
    except BaseException:                                   # e.g. Ctrl-C: do not leave it running
        proc.kill()
        os.waitpid(proc.pid, 0)
        proc.returncode = -9
        raise
    finally:
        poller.stop()
    seconds = time.perf_counter() - t0
    proc.returncode = os.waitstatus_to_exitcode(status)   # reaped here, not by Popen
    maxrss = usage.ru_maxrss * 1024                         # kilobytes on Linux
    if maxrss > own_peak + INHERITED_RSS_MARGIN:
        return Measurement(proc.returncode, seconds, maxrss, True)
    return Measurement(proc.returncode, seconds, poller.peak or maxrss, False)


def copy_csv(src, dst):
    """Read src with the csv module and write every row to dst: the I/O floor."""
    with open(src, encoding='utf-8', newline='') as fin, \
            open(dst, 'w', encoding='utf-8', newline='') as fout:
        csv.writer(fout).writerows(csv.reader(fin))


def io_floor(src, dst):
    """Measure copy_csv(src, dst) in a child Python, measured as dqe is."""
    m = run_measured([sys.executable, os.path.abspath(__file__), '--copy-csv', src, dst])
    if m.returncode != 0:
        raise BenchError(f'the I/O floor copy of {src} failed (exit {m.returncode})')
    return m


# ------------------------------------------------------------------ data ----

def generator_digest():
    """Short hash of generate_contacts.py, part of cached file names so that a
    changed generator never reuses old data."""
    with open(GENERATOR, 'rb') as f:
        return hashlib.sha256(f.read()).hexdigest()[:10]


def data_paths(workdir, rows, seed, digest):
    """(contacts.csv, truth.csv) paths of one size in the work directory."""
    stem = os.path.join(workdir, f'contacts-{rows}-s{seed}-{digest}')
    return stem + '.csv', stem + '.truth.csv'


def ensure_data(workdir, rows, seed, log=sys.stderr):
    """Generate contacts and truth for `rows` rows unless cached; return paths."""
    out, truth = data_paths(workdir, rows, seed, generator_digest())
    if os.path.exists(out) and os.path.exists(truth):
        return out, truth
    print(f'e2e_dedupe: generating {rows} rows (seed {seed})', file=log, flush=True)
    tmp_out, tmp_truth = out + '.tmp', truth + '.tmp'
    r = subprocess.run([sys.executable, GENERATOR, '--rows', str(rows), '--seed', str(seed),
                        '--out', tmp_out, '--truth', tmp_truth, '--quiet'])
    if r.returncode != 0:
        raise BenchError(f'generate_contacts.py --rows {rows} failed (exit {r.returncode})')
    os.replace(tmp_truth, truth)   # written whole, then renamed: no half files in the cache
    os.replace(tmp_out, out)
    return out, truth


# ------------------------------------------------------------------- dqe ----

def dqe_command(dqe, data, clusters, config=None, model=None, threads=None, merge_prefix=None):
    """argv of `dqe dedupe` on one file; with merge_prefix, also the merge
    outputs PREFIX.golden.csv, PREFIX.lineage.csv and PREFIX.remap.csv."""
    argv = [dqe, 'dedupe']
    if config:
        argv += ['--config', config]
    if model:
        argv += ['--model', model]
    argv += [data, '--clusters', clusters]
    if threads:
        argv += ['--threads', str(threads)]
    if merge_prefix:
        argv += ['--golden', merge_prefix + '.golden.csv', '--lineage',
                 merge_prefix + '.lineage.csv', '--remap', merge_prefix + '.remap.csv']
    return argv


MERGED_LINE = re.compile(r'merged (\d+) rows into (\d+) golden records .*?([0-9.]+) s$')


def merge_seconds(log_path):
    """The seconds `dqe dedupe` reports for the merge and its outputs
    (the "merged N rows into M golden records ..., S s" line), or None."""
    try:
        with open(log_path, encoding='utf-8', errors='replace') as f:
            for line in f:
                m = MERGED_LINE.search(line.strip())
                if m:
                    return float(m.group(3))
    except OSError:
        pass
    return None


def tail(path, lines=8):
    """The last lines of a text file (for error messages and the report)."""
    try:
        with open(path, encoding='utf-8', errors='replace') as f:
            return ''.join(f.readlines()[-lines:]).rstrip()
    except OSError:
        return ''


def dqe_version(dqe):
    """`dqe --version`, or '?' when that fails."""
    try:
        r = subprocess.run([dqe, '--version'], capture_output=True, text=True, timeout=30)
        return (r.stdout or r.stderr).strip() or '?'
    except (OSError, subprocess.SubprocessError):
        return '?'


def accuracy(clusters_csv, truth_csv):
    """evaluate.py's dedupe result dict for a clusters file and its truth.

    Run as a child so that this process stays small (see run_measured)."""
    r = subprocess.run([sys.executable, EVALUATE, 'dedupe', '--clusters', clusters_csv,
                        '--truth', truth_csv], capture_output=True, text=True)
    if r.returncode != 0:
        raise BenchError(f'evaluate.py failed (exit {r.returncode}): {r.stderr.strip()}')
    return json.loads(r.stdout)


def bench_size(args, rows, log=sys.stderr):
    """Everything measured for one size, as a dict (see derive() for ratios)."""
    data, truth = ensure_data(args.workdir, rows, args.seed, log)
    clusters = os.path.join(args.workdir, f'clusters-{rows}.csv')
    dqe_log = os.path.join(args.workdir, f'dqe-{rows}.log')
    merge_prefix = os.path.join(args.workdir, f'merge-{rows}') if args.merge else None
    argv = dqe_command(args.dqe, data, clusters, args.config, args.model, args.threads,
                       merge_prefix)
    runs = []
    floors = []
    merges = []
    for _ in range(args.repeat):
        print(f'e2e_dedupe: {" ".join(argv)}', file=log, flush=True)
        with open(dqe_log, 'w', encoding='utf-8') as err:
            m = run_measured(argv, stderr=err)
        if m.returncode != 0:
            raise BenchError(f'dqe dedupe on {rows} rows failed (exit {m.returncode}); '
                             f'its stderr ({dqe_log}) ends with:\n{tail(dqe_log)}')
        runs.append(m)
        if args.merge:
            merges.append(merge_seconds(dqe_log))
        floors.append(io_floor(data, os.path.join(args.workdir, f'floor-{rows}.csv')))
    acc = accuracy(clusters, truth)
    return {
        'rows': rows,
        'seconds': statistics.median(m.seconds for m in runs),
        'peak_rss_bytes': max(m.peak_rss for m in runs),
        'peak_rss_exact': all(m.rss_exact for m in runs),
        'io_floor_seconds': statistics.median(m.seconds for m in floors),
        'io_floor_peak_rss_bytes': max(m.peak_rss for m in floors),
        'precision': acc['precision'], 'recall': acc['recall'], 'f1': acc['f1'],
        'clusters': acc['clusters'], 'entities': acc['entities'],
        'true_pairs': acc['true_pairs'], 'predicted_pairs': acc['predicted_pairs'],
        'true_positives': acc['true_positives'],
        'data': data, 'dqe_summary': tail(dqe_log),
        'merge_seconds': (statistics.median(x for x in merges if x is not None)
                          if any(x is not None for x in merges) else None),
    }


# --------------------------------------------------------------- figures ----

def derive(results):
    """Add rows_per_second, seconds_per_million_rows, per_row_cost_ratio (to
    the smallest size) and floor_ratio (dqe seconds / I/O floor seconds) to
    each result dict, in place; returns the list."""
    if not results:
        return results
    smallest = min(results, key=lambda r: r['rows'])
    base = smallest['seconds'] / smallest['rows']
    for r in results:
        per_row = r['seconds'] / r['rows']
        r['rows_per_second'] = r['rows'] / r['seconds'] if r['seconds'] > 0 else None
        r['seconds_per_million_rows'] = per_row * 1e6
        r['per_row_cost_ratio'] = per_row / base if base > 0 else None
        r['floor_ratio'] = r['seconds'] / r['io_floor_seconds'] if r['io_floor_seconds'] > 0 else None
        ms = r.get('merge_seconds')
        r['merge_rows_per_second'] = r['rows'] / ms if ms else None
    return results


def fmt_count(n):
    """1234567 -> '1.23 M', 12345 -> '12.3 k', 123 -> '123'."""
    if n is None:
        return '—'
    if n >= 1e6:
        return f'{n / 1e6:.3g} M'
    if n >= 1e3:
        return f'{n / 1e3:.3g} k'
    return f'{n:.3g}'


def fmt(x, spec):
    """format(x, spec), or an em dash for None."""
    return '—' if x is None else format(x, spec)


TABLE_COLUMNS = (
    # (header, right-aligned, cell function)
    ('rows', True, lambda r: f'{r["rows"]:,}'),
    ('dqe s', True, lambda r: fmt(r['seconds'], '.2f')),
    ('rows/s', True, lambda r: fmt_count(r['rows_per_second'])),
    ('s per M rows', True, lambda r: fmt(r['seconds_per_million_rows'], '.1f')),
    ('per-row cost vs smallest', True, lambda r: fmt(r['per_row_cost_ratio'], '.2f') + '×'),
    ('peak RSS MB', True, lambda r: ('' if r.get('peak_rss_exact', True) else '≥ ')
     + fmt(r['peak_rss_bytes'] / 2**20, '.0f')),
    ('I/O floor s', True, lambda r: fmt(r['io_floor_seconds'], '.2f')),
    ('dqe / floor', True, lambda r: fmt(r['floor_ratio'], '.1f') + '×'),
    ('precision', True, lambda r: fmt(r['precision'], '.4f')),
    ('recall', True, lambda r: fmt(r['recall'], '.4f')),
    ('F1', True, lambda r: fmt(r['f1'], '.4f')),
)


MERGE_COLUMNS = (
    ('merge s', True, lambda r: fmt(r.get('merge_seconds'), '.2f')),
    ('merge rows/s', True, lambda r: fmt_count(r.get('merge_rows_per_second'))),
)


def markdown_table(results):
    """The Markdown table of derive()d results, one line per size (with the
    merge columns when a merge was measured)."""
    columns = TABLE_COLUMNS
    if any(r.get('merge_seconds') is not None for r in results):
        columns = TABLE_COLUMNS + MERGE_COLUMNS
    lines = ['| ' + ' | '.join(h for h, _, _ in columns) + ' |',
             '|' + '|'.join('---:' if right else '---' for _, right, _ in columns) + '|']
    for r in sorted(results, key=lambda r: r['rows']):
        lines.append('| ' + ' | '.join(cell(r) for _, _, cell in columns) + ' |')
    return '\n'.join(lines)


def cpu_model():
    """The CPU model name from /proc/cpuinfo, or the platform's processor."""
    try:
        with open('/proc/cpuinfo', encoding='utf-8') as f:
            for line in f:
                if line.startswith('model name'):
                    return line.split(':', 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or '?'


def settings(args):
    """The run's settings and machine, for the report and the JSON."""
    return {
        'dqe': args.dqe, 'dqe_version': dqe_version(args.dqe), 'config': args.config,
        'model': args.model, 'threads': args.threads, 'merge': args.merge, 'seed': args.seed, 'repeat': args.repeat,
        'cpu': cpu_model(), 'cpus': os.cpu_count(), 'python': platform.python_version(),
        'date': datetime.datetime.now().astimezone().isoformat(timespec='seconds'),
        'load_average': os.getloadavg()[0] if hasattr(os, 'getloadavg') else None,
    }


# ------------------------------------------------------------------- CLI ----

def parse_sizes(text):
    """'10000,100000,1e6' -> [10000, 100000, 1000000] (positive, no repeats)."""
    sizes = []
    for part in text.split(','):
        part = part.strip().replace('_', '')
        try:
            n = int(float(part)) if ('e' in part.lower() or '.' in part) else int(part)
        except ValueError:
            raise argparse.ArgumentTypeError(f'not a row count: "{part}"') from None
        if n < 1:
            raise argparse.ArgumentTypeError(f'row counts must be positive: "{part}"')
        if n not in sizes:
            sizes.append(n)
    return sorted(sizes)


def build_parser():
    ap = argparse.ArgumentParser(prog='e2e_dedupe.py', description=__doc__.split('\n\n')[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter,
                                 epilog='\n\n'.join(__doc__.split('\n\n')[1:]))
    ap.add_argument('--dqe', default='build/src/dqe', help='the dqe binary (default build/src/dqe)')
    ap.add_argument('--config', help='dqe config JSON, passed as dqe dedupe --config')
    ap.add_argument('--model', help='dqe model JSON, passed as dqe dedupe --model')
    ap.add_argument('--sizes', type=parse_sizes, default=parse_sizes(DEFAULT_SIZES),
                    help=f'comma-separated row counts (default {DEFAULT_SIZES})')
    ap.add_argument('--threads', type=int, help='passed as dqe dedupe --threads (default: dqe\'s own)')
    ap.add_argument('--seed', type=int, default=1, help='generator seed (default 1)')
    ap.add_argument('--merge', action='store_true',
                    help='also merge (dqe dedupe --golden --lineage --remap) and report '
                         'the merge stage\'s seconds and rows/s (its outputs included)')
    ap.add_argument('--repeat', type=int, default=1,
                    help='runs per size; the median time is reported (default 1)')
    ap.add_argument('--workdir', default='/tmp/dqe-e2e',
                    help='generated data (kept as a cache), clusters and dqe logs (default /tmp/dqe-e2e)')
    ap.add_argument('--json', metavar='OUT.json', help='also write the figures as JSON')
    ap.add_argument('--copy-csv', nargs=2, metavar=('IN', 'OUT'), help=argparse.SUPPRESS)
    return ap


def main(argv=None):
    ap = build_parser()
    args = ap.parse_args(argv)
    if args.copy_csv:                        # the I/O floor child (see io_floor)
        copy_csv(*args.copy_csv)
        return 0
    if args.repeat < 1:
        ap.error('--repeat must be >= 1')
    if args.threads is not None and args.threads < 1:
        ap.error('--threads must be >= 1')
    if not (os.path.isfile(args.dqe) and os.access(args.dqe, os.X_OK)):
        ap.error(f'--dqe {args.dqe}: not an executable file (build it: cmake --build build --target dqe_cli)')
    for opt in ('config', 'model'):
        path = getattr(args, opt)
        if path and not os.path.isfile(path):
            ap.error(f'--{opt} {path}: no such file')
    os.makedirs(args.workdir, exist_ok=True)
    run = settings(args)
    results = []
    try:
        for rows in args.sizes:
            results.append(bench_size(args, rows))
    except BenchError as e:
        print(f'e2e_dedupe: {e}', file=sys.stderr)
        if not results:
            return 1
        print('e2e_dedupe: reporting the sizes that finished', file=sys.stderr)
        failed = True
    else:
        failed = False
    derive(results)
    print(f'dqe dedupe, {run["dqe_version"]}; threads {run["threads"] or "default"}; '
          f'seed {run["seed"]}; {run["cpu"]} ({run["cpus"]} CPUs); {run["date"]}\n')
    print(markdown_table(results))
    if args.json:
        with open(args.json, 'w', encoding='utf-8') as f:
            json.dump({'settings': run, 'results': results}, f, indent=2, ensure_ascii=False)
            f.write('\n')
    return 1 if failed else 0


if __name__ == '__main__':
    sys.exit(main())
