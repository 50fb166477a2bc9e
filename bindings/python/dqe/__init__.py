"""dqe: data quality and deduplication for CRM data (Vietnamese, Chinese, Western).

A small Python face over dqe's C++ core (the extension module ``dqe._dqe``).
Every result is a plain Python object: dicts, lists, str, int, float, bool.

    >>> import dqe
    >>> dqe.normalize_name("Ông NGUYỄN VĂN  AN")["key"]
    'nguyen van an'
    >>> dqe.normalize_phone("0168 123 4567")["e164"]
    '+84381234567'
    >>> engine = dqe.Engine({"threshold": 0.9})
    >>> result = engine.dedupe([{"full_name": "Nguyễn Văn An", "phone": "0912 345 678"},
    ...                         {"full_name": "NGUYEN VAN AN", "phone": "+84912345678"}])
    >>> result["clusters"]
    [0, 0]

Rows are a list of dicts (one per row; a key missing from a row is an empty
cell) or a dict of column lists ({"full_name": [...], "phone": [...]}). Cells
are str or None (empty). The C++ code runs without the GIL: threads may share
one Engine and call it at the same time.

Duplicates merge into golden records with the config's "merge" survivorship
rules; the lineage keeps every source cell, and the remap re-points old ids:

    >>> merged = engine.merge([{"id": "C1", "full_name": "Nguyễn Văn An", "phone": "0912 345 678"},
    ...                        {"id": "C2", "full_name": "NGUYEN VAN AN", "phone": "+84912345678"}])
    >>> merged["golden"][0]["golden_id"], merged["golden"][0]["members"]
    ('C1', ['C1', 'C2'])
    >>> merged["remap"]
    [('C1', 'C1'), ('C2', 'C1')]

Errors: ValueError (a bad config or model, with the JSON path of the problem;
columns the config names that the table lacks), FileNotFoundError (a config
or model path that does not exist), TypeError (inputs of the wrong type).
"""

import json as _json
import os as _os
from collections.abc import Mapping as _Mapping

from . import _dqe

__all__ = [
    "Engine",
    "normalize_name",
    "normalize_names",
    "normalize_phone",
    "normalize_phones",
    "normalize_email",
    "normalize_emails",
    "normalize_company",
    "normalize_companies",
    "region_for_country",
]

__version__ = _dqe.__version__


def _check_str(value, what):
    if not isinstance(value, str):
        raise TypeError(f"{what}: expected str, got {type(value).__name__}")
    return value


def _check_list(values, what):
    if isinstance(values, (str, bytes)) or not isinstance(values, (list, tuple)):
        raise TypeError(f"{what}: expected a list of str, got {type(values).__name__}")
    return values


# ----------------------------------------------------------------- values ----


def normalize_name(s, *, drop_honorifics=True, tone_style="traditional", fix_case=True):
    """Normalizes a person's name.

    Returns a dict: valid, reason, display ("Nguyễn Văn An"), key
    ("nguyen van an"), sorted_key, tokens, script ("latin", "han" ...),
    vietnamese, honorifics (those removed, as typed).
    tone_style is "traditional" (hòa) or "modern" (hoà).
    """
    return _dqe.normalize_name(_check_str(s, "name"), drop_honorifics, tone_style, fix_case)


def normalize_names(names, *, drop_honorifics=True, tone_style="traditional", fix_case=True):
    """normalize_name over a list; None cells are empty. Returns a list of dicts."""
    return _dqe.normalize_name_column(
        _check_list(names, "names"), drop_honorifics, tone_style, fix_case)


def normalize_phone(s, region=None, *, default_region="VN", renumber_vietnam=True,
                    max_numbers_per_cell=8):
    """Reads the phone numbers in a cell.

    region is the row's ISO 3166 region ("VN", "TW" ...) or None for
    default_region. Returns a dict: valid, reason, e164 (the first number's
    E.164 form, "" when none), numbers (one dict per number: valid, reason,
    e164, region, type, extension, input, renumbered,
    e164_before_renumbering).
    """
    if region is not None:
        _check_str(region, "region")
    return _dqe.normalize_phone(_check_str(s, "phone"), region,
                                _check_str(default_region, "default_region"),
                                renumber_vietnam, max_numbers_per_cell)


def normalize_phones(phones, region=None, *, default_region="VN", renumber_vietnam=True,
                     max_numbers_per_cell=8):
    """normalize_phone over a list. region is None, one region for every cell,
    or a list with one region (or None) per cell. Returns a list of dicts."""
    _check_list(phones, "phones")
    if isinstance(region, str):
        regions = [region] * len(phones)
    elif region is None:
        regions = None
    else:
        regions = _check_list(region, "region")
    return _dqe.normalize_phone_column(phones, regions,
                                       _check_str(default_region, "default_region"),
                                       renumber_vietnam, max_numbers_per_cell)


def normalize_email(s, *, provider_rules=True):
    """Normalizes an e-mail address.

    Returns a dict: valid, reason, normalized, key (with provider rules:
    Gmail dots and +tags, googlemail.com), local, domain, role_account,
    mail_provider (a public mail provider's domain, or a typo of one: a
    private mailbox rather than a work address), suggested_domain
    (gmial.com -> gmail.com), warnings.
    """
    return _dqe.normalize_email(_check_str(s, "email"), provider_rules)


def normalize_emails(emails, *, provider_rules=True):
    """normalize_email over a list. Returns a list of dicts."""
    return _dqe.normalize_email_column(_check_list(emails, "emails"), provider_rules)


def normalize_company(s):
    """Normalizes a company name: legal forms (Công ty TNHH, 有限公司, Ltd ...)
    removed. Returns a dict: valid, reason, display, key, tokens, core (the
    trade name without place and business words: "hoanglong" for both
    "Công ty TNHH TMDV Hoàng Long" and "Hoang Long Trading Co., Ltd."),
    legal_forms, script."""
    return _dqe.normalize_company(_check_str(s, "company"))


def normalize_companies(companies):
    """normalize_company over a list. Returns a list of dicts."""
    return _dqe.normalize_company_column(_check_list(companies, "companies"))


def region_for_country(country):
    """Maps a country as CRM rows write it ("Việt Nam", "中国", "Taiwan") to an
    ISO 3166 alpha-2 region, or None."""
    return _dqe.region_for_country(_check_str(country, "country"))


# ------------------------------------------------------------------ tables ----


def _table(rows, what="rows"):
    """Returns (header, columns) for a list of dicts or a dict of lists."""
    if isinstance(rows, _Mapping):
        header = []
        columns = []
        for name, column in rows.items():
            if not isinstance(name, str):
                raise TypeError(f"{what}: column names must be str, got {type(name).__name__}")
            if isinstance(column, (str, bytes)) or not isinstance(column, (list, tuple)):
                raise TypeError(
                    f"{what}: column {name!r} must be a list of str, got {type(column).__name__}")
            header.append(name)
            columns.append(column)
        return header, columns
    if isinstance(rows, (str, bytes)) or not isinstance(rows, (list, tuple)):
        raise TypeError(
            f"{what}: expected a list of dicts or a dict of lists, got {type(rows).__name__}")
    index = {}
    header = []
    for i, row in enumerate(rows):
        if not isinstance(row, _Mapping):
            raise TypeError(f"{what}[{i}]: expected a dict, got {type(row).__name__}")
        for name in row:
            if name not in index:
                if not isinstance(name, str):
                    raise TypeError(
                        f"{what}[{i}]: column names must be str, got {type(name).__name__}")
                index[name] = len(header)
                header.append(name)
    columns = [[row.get(name) for row in rows] for name in header]
    return header, columns


class Engine:
    """Finds duplicates in a table and merges them into golden records, links
    two tables, validates a table, trains match weights.

    config is a dict (the JSON config document, see dqe's config.h), a JSON
    string starting with "{", or the path of a JSON file (str or
    os.PathLike). model, if given, is a trained model in the same forms (what
    Engine.train returns, or a file `dqe train` wrote): dedupe, merge and link
    then weigh pairs with it instead of the config's m and u. An Engine is
    immutable: share it between threads.
    Raises ValueError naming the JSON path of a problem
    ("threshold: expected a number, got a string") and FileNotFoundError for
    a path that does not exist.
    """

    def __init__(self, config=None, *, model=None):
        if config is None:
            config = {}
        if isinstance(config, _Mapping):
            try:
                text = _json.dumps(config, ensure_ascii=False, allow_nan=False)
            except (TypeError, ValueError) as e:
                raise TypeError(f"config: not JSON-serialisable: {e}") from None
            self._engine = _dqe.Engine.from_json(text)
        elif isinstance(config, str) and config.lstrip().startswith("{"):
            self._engine = _dqe.Engine.from_json(config)
        elif isinstance(config, (str, _os.PathLike)):
            self._engine = _dqe.Engine.from_file(_os.fspath(config))
        else:
            raise TypeError(
                f"config: expected a dict, a JSON string or a path, got {type(config).__name__}")
        if model is not None:
            self._engine = self._engine.with_model(_model_json(model))

    @property
    def model(self):
        """The trained model the engine weighs pairs with (a dict, as train
        returns it), or None: the config's weights."""
        text = self._engine.model_json()
        return None if text is None else _json.loads(text)

    def dedupe(self, rows, *, threads=0, report_probability=None, flagged=None):
        """Finds the duplicate rows of a table.

        Returns {"clusters": [the cluster id of each row: the smallest row
        index in its cluster], "pairs": [{"a", "b", "weight", "probability",
        "accepted", "explanation": {comparison: {"level", "weight"}}}],
        "stats": {...}, "comparisons": [...], "schema": [...],
        "row_issues": [{"row", "column", "message"}: rows kept alone because
        a value they are matched on could not be read (identity configs)]}.
        report_probability: also report pairs scored at or above it (not
        accepted ones have "accepted": False).
        flagged: row indices (0-based) your reader found unreadable (a
        ragged CSV record, bytes that are not UTF-8): such rows are kept, each
        a cluster of its own, and never matched.
        """
        header, columns = _table(rows)
        return self._engine.dedupe(header, columns, _int(threads, "threads"),
                                   _probability(report_probability), _flagged(flagged))

    def link(self, left, right, *, threads=0, report_probability=None):
        """Finds, for every row of `right`, its best match in `left`.

        Returns {"best": [{"left": row or None, "weight", "probability"}
        per right row], "pairs": [...], "stats": {...}, ...}.
        """
        lh, lc = _table(left, "left")
        rh, rc = _table(right, "right")
        return self._engine.link(lh, lc, rh, rc, _int(threads, "threads"),
                                 _probability(report_probability))

    def validate(self, rows, *, threads=0, input_issues=None):
        """Checks a table against the config's "validation" rules.

        Returns {"issues": [{"row", "id", "column", "column_name", "rule",
        "code", "severity", "message", "value"}], "columns": [per-column
        completeness and validity], "rows", "errors", "warnings", ...}.
        input_issues: problems your reader found, reported among the issues
        (rule "input"): dicts {"row" (0-based), "message", "code" (default
        "ragged_row"; or "invalid_utf8" ...), "column" (a column name, or
        None for the whole record: the default), "value" (default "")}. A
        row with a "ragged_row" issue is not otherwise checked.
        """
        header, columns = _table(rows)
        return self._engine.validate(header, columns, _int(threads, "threads"),
                                     _input_issues(input_issues, header))

    def merge(self, rows, dedupe_result=None, *, threads=0, lineage=True, flagged=None):
        """Merges each cluster of duplicates into a golden record.

        Runs dedupe (unless dedupe_result, what dedupe returned for these
        rows, or just its "clusters" list, is given), then builds one golden
        record per cluster with the config's "merge" survivorship rules
        (phones and e-mails union-ed and normalized, names most frequent ...;
        see dqe's merge.h). A row's id is its record id column's cell, or its
        1-based row number as a str when the table has no id column.

        Returns {
          "golden": [{"golden_id", "members": [row ids, input order],
                      "rows": [row indices, 0-based], "values": {column: value}}],
                    one per cluster, in the order of their first rows,
          "remap": [(old id, golden id) for every row, in input order],
          "lineage": [{"golden_id", "source_id", "source_row" (1-based),
                       "column", "value" (the cell as given; "" for None or a
                       missing key), "fate" ("golden", "same", "lost",
                       "empty" or "id")}] for every cell of every row, by
                     golden record then row then column; None when
                     lineage=False (it holds rows x columns dicts),
          "golden_of_row": [per row, the index of its golden record],
          "merged_rows": rows in clusters of two or more,
          "header": [the columns],
          "dedupe": the dedupe result (the one computed, or dedupe_result
                    when it is a dict; None when a clusters list was given)}.
        flagged: as for dedupe (used when merge runs dedupe itself).
        """
        header, columns = _table(rows)
        if dedupe_result is None:
            clusters = None
        elif isinstance(dedupe_result, _Mapping):
            if "clusters" not in dedupe_result:
                raise TypeError("dedupe_result: expected what Engine.dedupe returned "
                                "(a dict with \"clusters\"), got a dict without it")
            clusters = dedupe_result["clusters"]
        else:
            clusters = dedupe_result
        if clusters is not None and (isinstance(clusters, (str, bytes))
                                     or not isinstance(clusters, (list, tuple))):
            raise TypeError("dedupe_result: expected the dict Engine.dedupe returned or "
                            f"its list of cluster ids, got {type(clusters).__name__}")
        if not isinstance(lineage, bool):
            raise TypeError(f"lineage: expected bool, got {type(lineage).__name__}")
        result = self._engine.merge(header, columns, clusters, _int(threads, "threads"),
                                    lineage, _flagged(flagged))
        if clusters is not None and isinstance(dedupe_result, _Mapping):
            result["dedupe"] = dedupe_result
        return result

    def train(self, rows, *, threads=0, flagged=None):
        """Estimates match weights from the rows, without labels (what `dqe
        train` does). Returns the model as a dict ({"dqe_model": 1, "prior",
        "comparisons": [{"name", "levels": [{"name", "m", "u"}]}]}); give it
        to Engine(config, model=...) or save it with json.dump for `dqe
        dedupe --model`. flagged: as for dedupe."""
        header, columns = _table(rows)
        return _json.loads(self._engine.train(header, columns, _int(threads, "threads"),
                                              _flagged(flagged)))

    def schema(self, header):
        """The columns (name, kind, role, required, region) the engine uses for
        a table with this header."""
        header = list(_check_list(header, "header"))
        for h in header:
            _check_str(h, "header")
        return self._engine.schema(header)

    def explain_schema(self, header):
        """The effective config for this header, as a dict."""
        header = list(_check_list(header, "header"))
        for h in header:
            _check_str(h, "header")
        return _json.loads(self._engine.explain_schema(header))


def _flagged(rows):
    if rows is None:
        return None
    if not isinstance(rows, (list, tuple, set, frozenset, range)):
        raise TypeError(
            f"flagged: expected a list of row indices, got {type(rows).__name__}")
    return list(rows)


def _input_issues(issues, header):
    if issues is None:
        return None
    if isinstance(issues, (str, bytes)) or not isinstance(issues, (list, tuple)):
        raise TypeError(f"input_issues: expected a list of dicts, got {type(issues).__name__}")
    out = []
    for i, issue in enumerate(issues):
        what = f"input_issues[{i}]"
        if not isinstance(issue, _Mapping):
            raise TypeError(f"{what}: expected a dict, got {type(issue).__name__}")
        unknown = set(issue) - {"row", "code", "column", "message", "value"}
        if unknown:
            raise ValueError(f"{what}: unknown keys {sorted(map(str, unknown))}")
        if "row" not in issue or "message" not in issue:
            raise ValueError(f"{what}: \"row\" and \"message\" are required")
        column = issue.get("column")
        if column is not None:
            _check_str(column, f"{what}.column")
            if column not in header:
                raise ValueError(f"{what}.column: no column {column!r} in the header")
            column = header.index(column)
        out.append((issue["row"], issue.get("code", "ragged_row"), column,
                    issue["message"], issue.get("value", "")))
    return out


def _model_json(model):
    if isinstance(model, _Mapping):
        try:
            return _json.dumps(model, allow_nan=False)
        except (TypeError, ValueError) as e:
            raise TypeError(f"model: not JSON-serialisable: {e}") from None
    if isinstance(model, str) and model.lstrip().startswith("{"):
        return model
    if isinstance(model, (str, _os.PathLike)):
        with open(_os.fspath(model), encoding="utf-8") as f:
            return f.read()
    raise TypeError(
        f"model: expected a dict, a JSON string or a path, got {type(model).__name__}")


def _int(value, what):
    if isinstance(value, bool) or not isinstance(value, int):
        raise TypeError(f"{what}: expected int, got {type(value).__name__}")
    return value


def _probability(value):
    if value is None:
        return -1.0
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise TypeError(f"report_probability: expected a number, got {type(value).__name__}")
    return float(value)
