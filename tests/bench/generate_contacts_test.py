"""Tests of bench/generate_contacts.py, the generated CRM benchmark set.

Run: /usr/bin/python3 -m pytest -q tests/bench/generate_contacts_test.py
"""

import collections
import csv
import glob
import importlib.util
import json
import math
import os
import re
import subprocess
import sys
import unicodedata

import pytest

ROOT = os.path.abspath(os.path.join(os.path.dirname(__file__), '..', '..'))
SCRIPT = os.path.join(ROOT, 'bench', 'generate_contacts.py')
NAMES_DIR = os.path.abspath(os.path.join(ROOT, '..', 'shared', 'data', 'names'))
ROWS = 20000
SEED = int(os.environ.get('GENERATE_CONTACTS_SEED', '1'))   # to try other seeds


def _load_module():
    spec = importlib.util.spec_from_file_location('generate_contacts', SCRIPT)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


gc = _load_module()


def run(tmp, rows, seed, *extra, hash_seed='0'):
    os.makedirs(tmp, exist_ok=True)
    out = {k: os.path.join(tmp, f'{k}.csv') for k in ('out', 'truth', 'meta')}
    stats = os.path.join(tmp, 'stats.json')
    env = dict(os.environ, PYTHONHASHSEED=hash_seed)
    subprocess.run([sys.executable, SCRIPT, '--rows', str(rows), '--seed', str(seed),
                    '--out', out['out'], '--truth', out['truth'], '--meta', out['meta'],
                    '--stats', stats, '--quiet', *extra], check=True, env=env)
    return out['out'], out['truth'], out['meta'], stats


def read_csv(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.reader(f))


def read_dicts(path):
    with open(path, encoding='utf-8', newline='') as f:
        return list(csv.DictReader(f))


class Data:
    def __init__(self, out, truth, meta, stats):
        self.paths = (out, truth, meta, stats)
        self.raw = read_csv(out)
        self.header = self.raw[0]
        self.rows = [dict(zip(self.header, r)) for r in self.raw[1:]]
        self.truth = read_dicts(truth)
        self.meta = {m['id']: m for m in read_dicts(meta)}
        with open(stats, encoding='utf-8') as f:
            self.stats = json.load(f)
        self.entity = {t['id']: t['entity_id'] for t in self.truth}
        self.by_entity = collections.defaultdict(list)
        for r in self.rows:
            self.by_entity[self.entity[r['id']]].append(r)

    def tags(self, row):
        m = self.meta[row['id']]['messes']
        return set(m.split(';')) if m else set()


@pytest.fixture(scope='module')
def data(tmp_path_factory):
    tmp = str(tmp_path_factory.mktemp('gen'))
    return Data(*run(tmp, ROWS, SEED))


# ---------------------------------------------------------------- basics ----

def test_header_matches_the_contacts_example(data):
    with open(os.path.join(ROOT, 'examples', 'data', 'contacts.csv'), encoding='utf-8') as f:
        example_header = next(csv.reader(f))
    assert data.header == example_header
    assert data.header == ['id', 'full_name', 'phone', 'email', 'company', 'address', 'city',
                           'country', 'updated_at', 'source']


def test_row_count_and_well_formed_csv(data):
    assert len(data.rows) == ROWS
    assert all(len(r) == len(data.header) for r in data.raw)
    with open(data.paths[0], 'rb') as f:
        blob = f.read()
    blob.decode('utf-8')  # valid UTF-8
    assert blob.count(b'\r\n') >= ROWS + 1   # RFC 4180 line ends


@pytest.mark.parametrize('rows', [1, 2, 7, 1000])
def test_exact_row_count_for_small_sets(tmp_path, rows):
    out, truth, meta, _ = run(str(tmp_path), rows, 3)
    assert len(read_csv(out)) == rows + 1
    assert len(read_csv(truth)) == rows + 1


def test_every_id_is_unique(data):
    ids = [r['id'] for r in data.rows]
    assert len(set(ids)) == len(ids)
    assert all(re.fullmatch(r'C\d{7}', i) for i in ids)


def test_truth_covers_every_row_exactly_once(data):
    assert read_csv(data.paths[1])[0] == ['id', 'entity_id']
    truth_ids = [t['id'] for t in data.truth]
    assert len(truth_ids) == len(set(truth_ids))
    assert set(truth_ids) == {r['id'] for r in data.rows}
    assert all(t['entity_id'] for t in data.truth)


def test_determinism_by_seed(tmp_path):
    a = run(str(tmp_path / 'a'), 5000, 42, hash_seed='1')
    b = run(str(tmp_path / 'b'), 5000, 42, hash_seed='2')
    c = run(str(tmp_path / 'c'), 5000, 43)
    for pa, pb in zip(a, b):
        with open(pa, 'rb') as fa, open(pb, 'rb') as fb:
            assert fa.read() == fb.read(), pa
    with open(a[0], 'rb') as fa, open(c[0], 'rb') as fc:
        assert fa.read() != fc.read()


# -------------------------------------------------------------- clusters ----

def test_cluster_sizes_are_realistic(data):
    sizes = collections.Counter(len(v) for v in data.by_entity.values())
    assert max(sizes) <= 5
    n = sum(sizes.values())
    assert sizes[1] / n > 0.6                  # most people have one row
    assert sizes[2] > sizes[3] > sizes[4] > sizes[5] > 0
    dup_rows = ROWS - n
    assert 0.2 < dup_rows / ROWS < 0.45


def test_dup_rate_option(tmp_path):
    out, truth, _, _ = run(str(tmp_path), 3000, 5, '--dup-rate', '0')
    ents = [r[1] for r in read_csv(truth)[1:]]
    assert len(set(ents)) == len(ents)


SEPARATORS = re.compile(r' / |; | - |, |/| \| | hoặc | hay ')
EXTENSION = re.compile(r'(ext\.?|x|máy lẻ|ml|#|转|分机|分機)\s*\d+\s*$', re.I)
HONORIFICS = {'anh', 'chi', 'ong', 'ba', 'co', 'chu', 'mr', 'mrs', 'ms', 'dr', 'miss'}


COUNTRY_CODE = {'VN': '84', 'CN': '86', 'TW': '886', 'HK': '852', 'US': '1'}
MIN_NSN = {'VN': 9, 'CN': 10, 'TW': 8, 'HK': 8, 'US': 10}
OLD_TO_NEW = {v: k for k, v in gc.VN_RENUMBERED.items()}


def phone_keys(cell, region):
    """The numbers of a cell as national significant numbers, pre-2018
    Vietnamese mobiles mapped to their new number."""
    keys = set()
    cc = COUNTRY_CODE[region]
    for part in SEPARATORS.split(unicodedata.normalize('NFKC', cell)):
        d = re.sub(r'\D', '', EXTENSION.sub('', part.strip()))
        if d.startswith('00' + cc):
            d = d[2:]
        if d.startswith(cc) and len(d) - len(cc) >= MIN_NSN[region]:
            d = d[len(cc):]
        d = d.lstrip('0')
        if region == 'VN' and len(d) == 10 and d[:3] in OLD_TO_NEW:
            d = OLD_TO_NEW[d[:3]] + d[3:]
        if len(d) >= 7:
            keys.add(d)
    return keys


def email_key(cell):
    e = unicodedata.normalize('NFKC', cell).strip().lower()
    if e.startswith('mailto:'):
        e = e[7:]
    if '@' not in e:
        return ''
    local, dom = e.rsplit('@', 1)
    local = local.split('+')[0]
    dom = 'gmail.com' if dom == 'googlemail.com' else dom
    if dom == 'gmail.com':
        local = local.replace('.', '')
    return local + '@' + dom


_TABLES = gc.Tables()
_T2S = {h.t: h.s for h in _TABLES.given + _TABLES.surnames}
_PINYIN = {h.s: h.plain for h in _TABLES.given + _TABLES.surnames}


def name_key(cell):
    s = unicodedata.normalize('NFC', cell).strip()
    for suffix in ('先生', '女士', '小姐'):
        s = s[:-len(suffix)] if s.endswith(suffix) else s
    s = ''.join(' ' + _PINYIN[c] + ' ' if c in _PINYIN else c for c in (_T2S.get(c, c) for c in s))
    toks = gc.fold(s).lower().replace(',', ' ').replace('-', ' ').replace('.', ' ').split()
    if len(toks) > 2 and toks[0] in HONORIFICS:
        toks = toks[1:]
    return ''.join(sorted(toks))


def test_duplicates_really_share_an_entity(data):
    """Rows of one entity are linked by a phone, an e-mail or the name; the
    few that are not are hard positives (e.g. landline vs mobile, name in
    Wade-Giles)."""
    linked = total = 0
    for rows in data.by_entity.values():
        if len(rows) < 2:
            continue
        region = data.meta[rows[0]['id']]['region']
        keys = [(phone_keys(r['phone'], region), email_key(r['email']), name_key(r['full_name']))
                for r in rows]
        for i, (p, e, n) in enumerate(keys):
            total += 1
            linked += any((p & q) or (e and e == f) or (n and n == m)
                          for j, (q, f, m) in enumerate(keys) if j != i)
        # one person, one culture and region
        assert len({(data.meta[r['id']]['culture'], data.meta[r['id']]['region']) for r in rows}) == 1
    assert total > 0.2 * ROWS
    assert linked / total > 0.95


def test_identifiers_are_not_shared_between_people_outside_groups(data):
    """A mobile or personal e-mail belongs to one person; only households
    (landline, a shared e-mail) and colleagues (switchboard, info@) share."""
    phone_owner, email_owner = {}, {}
    for r in data.rows:
        m = data.meta[r['id']]
        tags = data.tags(r)
        e = data.entity[r['id']]
        if m['group'].startswith(('family', 'colleagues')) or tags & {'phone_landline', 'phone_switchboard'}:
            continue
        if 'phone_two_numbers' not in tags:
            for k in phone_keys(r['phone'], m['region']):
                assert phone_owner.setdefault((m['region'], k), e) == e, r
        if r['email'] and not tags & {'email_role', 'email_shared_family', 'email_typo_domain'}:
            assert email_owner.setdefault(email_key(r['email']), e) == e, r


# --------------------------------------------------------- hard negatives ----

def groups(data, kind):
    g = collections.defaultdict(set)
    for r in data.rows:
        grp = data.meta[r['id']]['group']
        if grp.startswith(kind + ':'):
            g[grp].add(data.entity[r['id']])
    return g


def test_hard_negative_groups_exist_at_their_rates(data):
    n_entities = len(data.by_entity)
    for kind, rate in gc.NEGATIVE_RATES.items():
        g = groups(data, kind)
        assert len(g) >= 50, kind
        assert all(len(members) >= 1 for members in g.values())
        multi = [m for m in g.values() if len(m) >= 2]
        assert len(multi) >= 0.8 * len(g) - 5, kind    # the last group may be cut by --rows
        share = sum(len(m) for m in g.values()) / n_entities
        assert 0.5 * rate < share < 1.6 * rate, (kind, share)


def test_same_name_groups_are_different_people_with_one_name(data):
    checked = 0
    for grp, members in groups(data, 'same_name').items():
        if len(members) < 2:
            continue
        names, phones = {}, {}
        for e in members:
            rows = data.by_entity[e]
            clean = [r for r in rows if r['full_name'] and not data.tags(r) & {
                'name_order', 'name_no_middle', 'name_typo', 'han_latin', 'han_homophone',
                'name_nickname', 'name_comma_order', 'name_us_order'}]
            if clean:
                names[e] = {name_key(r['full_name']) for r in clean}
            phones[e] = set().union(*(phone_keys(r['phone'], data.meta[r['id']]['region']) for r in rows
                                      if not data.tags(r) & {'phone_switchboard'}))
        keys = list(names.values())
        if len(keys) >= 2:
            assert set.intersection(*keys), (grp, keys)
            checked += 1
        es = list(phones)
        for i in range(len(es)):
            for j in range(i + 1, len(es)):
                assert not phones[es[i]] & phones[es[j]], grp
    assert checked >= 30


def test_families_share_address_and_landline(data):
    shared = 0
    for grp, members in groups(data, 'family').items():
        landlines = collections.defaultdict(set)
        for e in members:
            for r in data.by_entity[e]:
                if 'phone_landline' in data.tags(r):
                    landlines[e] |= phone_keys(r['phone'], data.meta[r['id']]['region'])
        if len(landlines) >= 2:
            assert set.intersection(*landlines.values()), grp
            shared += 1
    assert shared >= 10


def test_colleagues_share_info_email_and_company(data):
    shared = 0
    for grp, members in groups(data, 'colleagues').items():
        role = collections.defaultdict(set)
        for e in members:
            for r in data.by_entity[e]:
                if 'email_role' in data.tags(r):
                    role[e].add(email_key(r['email']))
        if len(role) >= 2:
            assert set.intersection(*role.values()), grp
            shared += 1
    assert shared >= 10


def test_a_name_only_matcher_has_poor_precision(data):
    blocks = collections.defaultdict(list)
    for r in data.rows:
        k = name_key(r['full_name'])
        if k:
            blocks[k].append(data.entity[r['id']])
    pairs = same = 0
    for ents in blocks.values():
        n = len(ents)
        pairs += n * (n - 1) // 2
        same += sum(c * (c - 1) // 2 for c in collections.Counter(ents).values())
    assert pairs > 0
    assert same / pairs < 0.5, same / pairs


# ----------------------------------------------------------------- messes ----

def test_mess_rates_match_their_configuration(data):
    rates = data.stats['mess_rates']
    assert set(rates) == set(gc.MESS_RATES)
    tag_counts = collections.Counter(t for r in data.rows for t in data.tags(r))
    for tag, s in rates.items():
        assert s['rate'] == gc.MESS_RATES[tag]
        assert s['applied'] == tag_counts[tag], tag
        n, p = s['eligible'], s['rate']
        assert n >= 100, (tag, n)
        sigma = math.sqrt(n * p * (1 - p))
        assert abs(s['applied'] - n * p) <= 5 * sigma + 2, (tag, s)


def _only_tagged(data, tag, visible, field=None):
    """Rows tagged `tag` show the mess; untagged rows never do."""
    tagged = untagged_visible = 0
    for r in data.rows:
        if tag.startswith('name_') and not r['full_name']:
            continue   # the name cell was emptied (name_missing) after the mess
        has = tag in data.tags(r)
        vis = visible(r)
        if has:
            tagged += 1
            assert vis, (tag, r)
        elif vis:
            untagged_visible += 1
    assert tagged > 0, tag
    return untagged_visible


def latin_name_body(data, r):
    s = r['full_name'].strip()
    if 'name_honorific' in data.tags(r) and not any(s.endswith(x) for x in ('先生', '女士', '小姐')):
        s = s.split(None, 1)[1] if ' ' in s else ''
    return s


def test_messes_are_visible_in_the_cells(data):
    fw = re.compile('[\uff10-\uff19]')
    assert _only_tagged(data, 'phone_fullwidth', lambda r: fw.search(r['phone'])) == 0
    assert _only_tagged(data, 'email_mailto', lambda r: r['email'].strip().lower().startswith('mailto:')) == 0
    assert _only_tagged(data, 'email_googlemail', lambda r: 'googlemail.com' in r['email'].lower()) == 0
    assert _only_tagged(data, 'email_plus_tag', lambda r: '+' in r['email'].split('@')[0]) == 0
    assert _only_tagged(data, 'email_whitespace', lambda r: r['email'] != r['email'].strip()) == 0
    assert _only_tagged(data, 'name_eth', lambda r: '\u00d0' in r['full_name']) == 0
    assert _only_tagged(data, 'name_nfd', lambda r: not unicodedata.is_normalized('NFC', r['full_name'])) == 0
    assert _only_tagged(data, 'phone_label', lambda r: re.match(r'^\D*[:：]', r['phone'])) == 0
    assert _only_tagged(data, 'phone_intl_trunk0', lambda r: '(0)' in unicodedata.normalize('NFKC', r['phone'])) == 0
    for tag, field in (('name_missing', 'full_name'), ('phone_missing', 'phone'),
                       ('company_missing', 'company'), ('address_missing', 'address'),
                       ('city_missing', 'city'), ('country_missing', 'country'),
                       ('date_missing', 'updated_at')):
        for r in data.rows:
            if tag in data.tags(r):
                assert r[field] == '', (tag, r)
            elif tag != 'company_missing' and tag != 'name_missing':
                assert r[field] != '', (tag, r)
    for r in data.rows:
        tags = data.tags(r)
        if tags & {'email_missing', 'email_not_asked'}:
            assert r['email'] == ''
        if r['full_name'] == '':
            assert 'name_missing' in tags
        body = latin_name_body(data, r)
        if 'name_upper' in tags and body:
            assert not any(c.islower() for c in body), r
        if 'name_ascii' in tags and body:
            assert body.isascii(), r
        if 'name_honorific' in tags and r['full_name']:
            s = r['full_name'].strip()
            assert (s.endswith(('先生', '女士', '小姐')) or
                    gc.fold(s.split()[0]).lower().rstrip('.') in HONORIFICS), r
        if 'phone_intl' in tags:
            assert re.search(r'\+|^\D*(00|84|86|852|886|1-)', unicodedata.normalize('NFKC', r['phone'])), r
        elif r['phone']:
            assert '+' not in unicodedata.normalize('NFKC', r['phone']), r


def has_old_vn_mobile(cell):
    """A pre-2018 11-digit mobile (0162..., 012x, 0186, 0188, 0199) in any form."""
    for part in SEPARATORS.split(unicodedata.normalize('NFKC', cell)):
        d = re.sub(r'\D', '', part)
        d = d[2:] if d.startswith('0084') else d
        d = d[2:] if d.startswith('84') and len(d) >= 12 else d
        d = d.lstrip('0')
        if len(d) == 10 and d[:3] in OLD_TO_NEW:
            return True
    return False


def test_old_vietnamese_mobiles_appear_before_and_after_2018(data):
    n = 0
    for r in data.rows:
        if data.meta[r['id']]['region'] != 'VN':
            continue
        tagged = 'phone_old11' in data.tags(r)
        assert has_old_vn_mobile(r['phone']) == tagged, r
        n += tagged
    assert n > 0.01 * ROWS
    for tag in ('phone_old11_before_2018', 'phone_old11_after_2018'):
        assert data.stats['mess_rates'][tag]['applied'] > 20


def test_the_named_messes_all_occur(data):
    """The messes of the first issue, each seen in the cells themselves."""
    names = [r['full_name'] for r in data.rows]
    phones = [unicodedata.normalize('NFKC', r['phone']) for r in data.rows]
    emails = [r['email'] for r in data.rows]
    trad_only = {h.t for h in _TABLES.given + _TABLES.surnames if h.t != h.s}
    simp_only = {h.s for h in _TABLES.given + _TABLES.surnames if h.t != h.s}
    checks = {
        'dropped diacritics': any(n.startswith('Nguyen ') for n in names),
        'modern tone placement': any(re.search(r'o[àáảãạ]\b|u[ỳýỷỹỵ]\b', n) for n in names),
        'old tone placement': any(re.search(r'[òóỏõọ]a\b|[ùúủũụ]y\b', n) for n in names),
        'Vietnamese honorific': any(n.split()[:1] and n.split()[0] in ('Anh', 'Chị', 'Ông', 'Bà') for n in names),
        'Western honorific': any(n.startswith(('Mr ', 'Dr ', 'Mrs ', 'Ms ')) for n in names),
        'Han honorific': any(n.endswith(('先生', '女士')) for n in names),
        'Traditional': any(set(n) & trad_only for n in names),
        'Simplified': any(set(n) & simp_only for n in names),
        'pinyin with tones': any(re.search('[āáǎàēéěèīíǐìōóǒòūúǔù]', n) and n.isalpha() is False
                                 and not re.search('[ăâđêôơư]', n.lower()) for n in names),
        'comma name order': any(',' in n for n in names),
        '+84': any(p.startswith('+84') for p in phones),
        '+84 (0)': any('+84 (0)' in p for p in phones),
        '0084': any(p.startswith('0084') for p in phones),
        'gmail dots': any(e.endswith('@gmail.com') and '.' in e.split('@')[0] for e in emails),
        'mixed-case e-mail': any(e.strip() != e.strip().lower() for e in emails),
        'ISO date with minutes': any(re.fullmatch(r'\d{4}-\d\d-\d\d \d\d:\d\d', r['updated_at']) for r in data.rows),
        'dd/mm/yyyy date': any(re.fullmatch(r'\d\d/\d\d/\d{4}', r['updated_at']) for r in data.rows),
        'CJK date': any(re.fullmatch(r'\d{4}年\d{1,2}月\d{1,2}日', r['updated_at']) for r in data.rows),
        'changed company': any('company_old' in data.tags(r) for r in data.rows),
    }
    missing = [k for k, ok in checks.items() if not ok]
    assert not missing


def test_cultures_and_sources(data):
    cultures = collections.Counter(m['culture'] for m in data.meta.values())
    for c in ('vn', 'cn', 'tw', 'hk', 'west'):
        assert cultures[c] > 0.03 * ROWS, c
    assert cultures['vn'] > cultures['cn'] > cultures['tw']
    sources = {r['source'] for r in data.rows}
    assert {'crm', 'web_form', 'excel_import', 'zalo', 'pos', 'wechat'} <= sources


# ------------------------------------------------------- options, sources ----

def test_names_dir_is_optional(tmp_path):
    out, truth, _, stats = run(str(tmp_path / 'x'), 500, 9, '--names-dir', str(tmp_path / 'absent'))
    assert len(read_csv(out)) == 501
    with open(stats, encoding='utf-8') as f:
        assert json.load(f)['names_dir_files'] is None


@pytest.mark.skipif(not os.path.isdir(NAMES_DIR), reason='../shared/data/names not present')
def test_names_dir_lists_are_used(tmp_path):
    out, truth, _, stats = run(str(tmp_path), 3000, 9, '--names-dir', NAMES_DIR)
    assert len(read_csv(out)) == 3001
    with open(stats, encoding='utf-8') as f:
        used = json.load(f)['names_dir_files']
    assert 'boy.txt' in used and 'girl.txt' in used


def _dqe_binary():
    cands = [p for p in glob.glob(os.path.join(ROOT, 'build*', 'src', 'dqe')) if os.access(p, os.X_OK)]
    return max(cands, key=os.path.getmtime) if cands else None


@pytest.mark.skipif(_dqe_binary() is None, reason='no built dqe CLI (build*/src/dqe)')
def test_phones_are_valid_under_libphonenumber(data):
    """Every number in a phone cell is valid for the row's region (sampled)."""
    dqe = _dqe_binary()
    by_region = collections.defaultdict(list)
    for r in data.rows:
        if r['phone']:
            by_region[data.meta[r['id']]['region']].append(r['phone'])
    for region, cells in by_region.items():
        cells = cells[:1500]
        res = subprocess.run([dqe, 'normalize', '--kind', 'phone', '--region', region, '--'] + cells,
                             capture_output=True, text=True)
        if res.returncode != 0:
            pytest.skip(f'dqe normalize failed: {res.stderr[:200]}')
        lines = res.stdout.splitlines()
        assert len(lines) == len(cells)
        bad = [(c, l) for c, l in zip(cells, lines)
               if not (json.loads(l)['valid'] and all(n['valid'] for n in json.loads(l)['numbers']))]
        assert not bad, (region, bad[:5])
