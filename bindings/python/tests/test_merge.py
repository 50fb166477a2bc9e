"""Tests of Engine.merge (golden records, remap, lineage), Engine.train and
models, flagged rows and reader issues, and the cleanup_job example."""

import csv
import json
import os
import pathlib
import re
import subprocess
import sys

import pytest

import dqe
from gil_check import runs_without_the_gil, synthetic_contacts

REPO = pathlib.Path(__file__).resolve().parents[3]
CLEANUP_JOB = REPO / "examples" / "python" / "cleanup_job.py"
CONTACTS_CSV = REPO / "examples" / "data" / "contacts.csv"
CONTACTS_JSON = REPO / "examples" / "configs" / "contacts.json"

# One Vietnamese contact typed twice (diacritics and case lost, another
# phone in the same cell), one Chinese contact in Han and in Latin letters
# (the Taiwanese mobile written the local way), and someone else.
ROWS = [
    {"id": "KH001", "full_name": "Nguyễn Văn An", "phone": "0912 345 678",
     "email": "nguyen.van.an@gmail.com", "company": "Công ty TNHH Minh Phát",
     "country": "Việt Nam", "updated_at": "2023-05-14", "source": "crm"},
    {"id": "KH002", "full_name": "NGUYEN VAN AN", "phone": "+84 (0) 912-345-678 / 028 3822 1234",
     "email": "Nguyen.Van.An+crm@GoogleMail.com", "company": "CONG TY TNHH MINH PHAT",
     "country": "VN", "updated_at": "14/06/2024", "source": "import_excel"},
    {"id": "KH003", "full_name": "張偉", "phone": "+886 912 000 111",
     "email": "wei.zhang@outlook.com", "company": "台灣精密工業股份有限公司",
     "country": "Taiwan", "updated_at": "2024-02-27", "source": "crm"},
    {"id": "KH004", "full_name": "Wei Zhang", "phone": "0912-000-111",
     "email": "wei.zhang@outlook.com", "company": "Taiwan Precision Industry Co., Ltd.",
     "country": "台灣", "updated_at": "2022-01-05", "source": "web_form"},
    {"id": "KH005", "full_name": "Trần Thị Bích Ngọc", "phone": "0903 111 222",
     "email": "ngoc.tran@yahoo.com", "company": "",
     "country": "Việt Nam", "updated_at": "2023-03-01", "source": "zalo"},
]

CONFIG = {
    "default_region": "VN",
    "merge": {
        "fields": {"full_name": "most_frequent", "phone": "union", "email": "union",
                   "company": "source_priority"},
        "timestamp": "updated_at",
        "source": "source",
        "source_priority": ["crm", "web_form", "import_excel"],
    },
}

E164 = re.compile(r"^\+[1-9]\d{6,14}$")
FATES = {"golden", "same", "lost", "empty", "id"}


def golden_by_id(result):
    return {g["golden_id"]: g for g in result["golden"]}


def rebuild_rows(lineage):
    """The source rows, in input order, from the lineage alone."""
    rows = {}
    for cell in lineage:
        row = rows.setdefault(cell["source_row"], {})
        assert cell["column"] not in row, "a cell twice in the lineage"
        row[cell["column"]] = cell["value"]
    assert sorted(rows) == list(range(1, len(rows) + 1))
    return [rows[n] for n in sorted(rows)]


# ----------------------------------------------------------------- merge ----


def test_merge_vietnamese_and_chinese_rows_into_golden_records():
    result = dqe.Engine(CONFIG).merge(ROWS)
    golden = golden_by_id(result)
    assert [g["golden_id"] for g in result["golden"]] == ["KH001", "KH003", "KH005"]

    an = golden["KH001"]
    assert an["members"] == ["KH001", "KH002"] and an["rows"] == [0, 1]
    assert an["values"]["id"] == "KH001"
    assert an["values"]["full_name"] == "Nguyễn Văn An"  # not "NGUYEN VAN AN"
    assert an["values"]["company"] == "Công ty TNHH Minh Phát"  # the CRM's, spelled best
    # union: every distinct number of every member's cell, in E.164
    phones = an["values"]["phone"].split("; ")
    assert set(phones) == {"+84912345678", "+842838221234"}
    assert len(phones) == 2
    # the two addresses are one mailbox (Gmail rules): kept once
    assert len(an["values"]["email"].split("; ")) == 1
    assert an["values"]["updated_at"] == "14/06/2024"  # most_recent by default

    wei = golden["KH003"]
    assert wei["members"] == ["KH003", "KH004"]
    assert wei["values"]["full_name"] == "張偉"  # the latest row's spelling
    assert wei["values"]["phone"] == "+886912000111"  # "0912-000-111" read in TW
    assert wei["values"]["email"] == "wei.zhang@outlook.com"
    assert wei["values"]["company"] == "台灣精密工業股份有限公司"  # crm before web_form

    alone = golden["KH005"]
    assert alone["members"] == ["KH005"]
    assert alone["values"]["phone"] == "+84903111222"
    assert alone["values"]["full_name"] == "Trần Thị Bích Ngọc"

    for g in result["golden"]:
        assert list(g["values"]) == list(ROWS[0])
        for phone in g["values"]["phone"].split("; "):
            assert E164.match(phone), phone

    assert result["header"] == list(ROWS[0])
    assert result["merged_rows"] == 4
    assert result["golden_of_row"] == [0, 0, 1, 1, 2]
    assert result["dedupe"]["clusters"] == [0, 0, 2, 2, 4]
    json.dumps(result)  # plain Python objects only


def test_remap_covers_every_row_in_input_order():
    result = dqe.Engine(CONFIG).merge(ROWS)
    remap = result["remap"]
    assert [old for old, _ in remap] == [r["id"] for r in ROWS]
    assert dict(remap) == {"KH001": "KH001", "KH002": "KH001", "KH003": "KH003",
                           "KH004": "KH003", "KH005": "KH005"}
    golden_ids = {g["golden_id"] for g in result["golden"]}
    assert {new for _, new in remap} == golden_ids
    for (old, new), g in zip(remap, result["golden_of_row"]):
        assert result["golden"][g]["golden_id"] == new
        assert old in result["golden"][g]["members"]


def test_lineage_rebuilds_every_input_row_exactly():
    result = dqe.Engine(CONFIG).merge(ROWS)
    lineage = result["lineage"]
    assert len(lineage) == len(ROWS) * len(ROWS[0])
    assert rebuild_rows(lineage) == ROWS
    remap = dict(result["remap"])
    for cell in lineage:
        assert set(cell) == {"golden_id", "source_id", "source_row", "column", "value",
                             "fate"}
        assert cell["fate"] in FATES
        assert cell["source_id"] == ROWS[cell["source_row"] - 1]["id"]
        assert cell["golden_id"] == remap[cell["source_id"]]
        assert (cell["fate"] == "id") == (cell["column"] == "id")
        assert (cell["fate"] == "empty") == (cell["value"] == "")
    # Lineage says who gave each golden value and who lost.
    fate = {(c["source_id"], c["column"]): c["fate"] for c in lineage}
    assert fate[("KH001", "full_name")] == "golden"
    assert fate[("KH002", "full_name")] == "same"  # same name, worse spelling
    assert fate[("KH001", "phone")] in {"golden", "same"}
    assert fate[("KH002", "phone")] == "golden"  # added 028 3822 1234
    assert fate[("KH004", "company")] == "lost"  # web_form ranks after crm
    assert fate[("KH005", "company")] == "empty"
    # Ordered by golden record, then row, then column.
    order = [(c["golden_id"], c["source_row"]) for c in lineage[::len(ROWS[0])]]
    assert order == [("KH001", 1), ("KH001", 2), ("KH003", 3), ("KH003", 4), ("KH005", 5)]


def test_lineage_of_a_dict_of_columns_and_of_missing_cells():
    columns = {h: [r[h] for r in ROWS] for h in ROWS[0]}
    engine = dqe.Engine(CONFIG)
    by_columns = engine.merge(columns)
    assert by_columns["golden"] == engine.merge(ROWS)["golden"]
    assert rebuild_rows(by_columns["lineage"]) == ROWS
    # A missing key or None is an empty cell: "" in the lineage.
    ragged = [dict(r) for r in ROWS]
    del ragged[4]["company"]
    ragged[3]["source"] = None
    cells = {(c["source_id"], c["column"]): c
             for c in engine.merge(ragged)["lineage"]}
    assert cells[("KH005", "company")]["value"] == ""
    assert cells[("KH005", "company")]["fate"] == "empty"
    assert cells[("KH004", "source")]["value"] == ""


def test_merge_reuses_a_previous_dedupe():
    engine = dqe.Engine(CONFIG)
    found = engine.dedupe(ROWS)
    merged = engine.merge(ROWS, found)
    assert merged["dedupe"] is found
    assert merged["golden"] == engine.merge(ROWS)["golden"]
    # Just the clusters list, or clusters of one's own making.
    by_list = engine.merge(ROWS, found["clusters"])
    assert by_list["golden"] == merged["golden"] and by_list["dedupe"] is None
    apart = engine.merge(ROWS, [0, 1, 2, 3, 4])
    assert [g["members"] for g in apart["golden"]] == [[r["id"]] for r in ROWS]
    assert rebuild_rows(apart["lineage"]) == ROWS
    one = engine.merge(ROWS, (0, 0, 0, 0, 0))
    assert len(one["golden"]) == 1 and one["golden"][0]["golden_id"] == "KH001"
    assert one["merged_rows"] == 5


def test_merge_without_lineage_and_with_threads():
    engine = dqe.Engine(CONFIG)
    full = engine.merge(ROWS, threads=1)
    light = engine.merge(ROWS, lineage=False, threads=2)
    assert light["lineage"] is None
    assert light["golden"] == full["golden"] and light["remap"] == full["remap"]


def test_merge_without_an_id_column_uses_row_numbers():
    rows = [{k: v for k, v in r.items() if k != "id"} for r in ROWS]
    result = dqe.Engine(CONFIG).merge(rows)
    assert result["remap"] == [("1", "1"), ("2", "1"), ("3", "3"), ("4", "3"), ("5", "5")]
    assert result["golden"][1]["members"] == ["3", "4"]
    assert rebuild_rows(result["lineage"]) == rows


def test_merge_of_no_rows():
    result = dqe.Engine(CONFIG).merge({h: [] for h in ROWS[0]})
    assert result["golden"] == [] and result["remap"] == [] and result["lineage"] == []


def test_merge_errors_carry_the_cpp_message():
    with pytest.raises(ValueError, match=r"merge\.fields\.phone: unknown rule"):
        dqe.Engine({"merge": {"fields": {"phone": "newest"}}})
    with pytest.raises(ValueError, match="mobile"):
        dqe.Engine({"merge": {"fields": {"mobile": "union"}}}).merge(ROWS)
    engine = dqe.Engine(CONFIG)
    with pytest.raises(ValueError, match=r"clusters: 4 cluster ids for 5 rows"):
        engine.merge(ROWS, [0, 0, 2, 2])
    with pytest.raises(ValueError, match=r"clusters\[4\]: 5 is not a row index"):
        engine.merge(ROWS, [0, 0, 2, 2, 5])
    with pytest.raises(ValueError, match=r"clusters\[0\]"):
        engine.merge(ROWS, [-1, 0, 2, 2, 4])


@pytest.mark.parametrize("call", [
    lambda e: e.merge("id,full_name"),
    lambda e: e.merge(42),
    lambda e: e.merge(None),
    lambda e: e.merge([["KH001", "Nguyễn Văn An"]]),
    lambda e: e.merge([{"full_name": 42}]),
    lambda e: e.merge([{"full_name": b"Nguy\xe1\xbb\x85n"}]),
    lambda e: e.merge({"full_name": "Nguyễn Văn An"}),
    lambda e: e.merge(ROWS, "0,0,2,2,4"),
    lambda e: e.merge(ROWS, 0),
    lambda e: e.merge(ROWS, [0, "0", 2, 2, 4]),
    lambda e: e.merge(ROWS, [0.0, 0.0, 2.0, 2.0, 4.0]),
    lambda e: e.merge(ROWS, [False, False, True, True, True]),
    lambda e: e.merge(ROWS, {"pairs": []}),
    lambda e: e.merge(ROWS, {"clusters": "0"}),
    lambda e: e.merge(ROWS, threads="2"),
    lambda e: e.merge(ROWS, lineage="yes"),
    lambda e: e.merge(ROWS, flagged="1"),
    lambda e: e.merge(ROWS, flagged=[1.0]),
    lambda e: e.dedupe(ROWS, flagged=3),
    lambda e: e.train("rows"),
    lambda e: e.train([{"full_name": 1}]),
    lambda e: e.validate(ROWS, input_issues="ragged"),
    lambda e: e.validate(ROWS, input_issues=[("row", 1)]),
    lambda e: e.validate(ROWS, input_issues=[{"row": "1", "message": "x"}]),
    lambda e: e.validate(ROWS, input_issues=[{"row": 1, "message": 2}]),
    lambda e: dqe.Engine(CONFIG, model=42),
    lambda e: dqe.Engine(CONFIG, model=[0.5]),
])
def test_bad_types_raise_type_error(call):
    engine = dqe.Engine(CONFIG)
    with pytest.raises(TypeError):
        call(engine)


def test_type_errors_name_the_cell():
    engine = dqe.Engine(CONFIG)
    rows = [dict(r) for r in ROWS]
    rows[3]["phone"] = 912000111
    with pytest.raises(TypeError, match=r"column 'phone', row 3: expected str or None, got int"):
        engine.merge(rows)
    with pytest.raises(TypeError, match=r"clusters\[1\]: expected int, got str"):
        engine.merge(ROWS, [0, "0", 2, 2, 4])


def test_low_level_merge_checks_types_too():
    from dqe import _dqe
    engine = _dqe.Engine.from_json(json.dumps(CONFIG))
    with pytest.raises(TypeError):
        engine.merge(["full_name"], [[1]])
    with pytest.raises(TypeError):
        engine.merge("a", "b")
    with pytest.raises(TypeError):
        engine.merge(["full_name"], [["An"]], "0")
    with pytest.raises(ValueError):
        engine.merge(["full_name", "phone"], [["An"]])


def test_merge_releases_the_gil():
    engine = dqe.Engine({"merge": {"fields": {"phone": "union"}}})
    rows = synthetic_contacts(20000, ids=True)
    ran, result = runs_without_the_gil(lambda: engine.merge(rows, threads=1, lineage=False))
    assert ran, "merge held the GIL for the whole call"
    assert len(result["golden"]) == 10000
    assert result["golden"][0]["values"]["phone"] == "+84900000000"


# ------------------------------------------ flagged rows, reader issues ----


def test_flagged_rows_are_kept_alone():
    engine = dqe.Engine(CONFIG)
    found = engine.dedupe(ROWS, flagged=[1])
    assert found["clusters"] == [0, 1, 2, 2, 4]
    assert found["stats"]["flagged_rows"] == 1
    merged = engine.merge(ROWS, flagged={1})
    assert [g["members"] for g in merged["golden"]] == [
        ["KH001"], ["KH002"], ["KH003", "KH004"], ["KH005"]]
    assert rebuild_rows(merged["lineage"]) == ROWS
    with pytest.raises(ValueError, match=r"flagged\[0\]: 5 is not a row index"):
        engine.dedupe(ROWS, flagged=[5])


def test_validate_reports_reader_issues():
    engine = dqe.Engine(CONFIG)
    rows = [dict(r) for r in ROWS]
    rows[1]["phone"] = "0912 345"  # not checked: the row is ragged
    rows[2]["email"] = "wei.zhang@@outlook.com"
    result = engine.validate(rows, input_issues=[
        {"row": 1, "message": "line 3: the record has 3 fields, the header has 8",
         "value": "KH002,NGUYEN VAN AN,0912 345"},
        {"row": 4, "code": "invalid_utf8", "column": "full_name",
         "message": "column full_name: not UTF-8"},
    ])
    codes = [(i["row"], i["code"], i["rule"]) for i in result["issues"]]
    assert (1, "ragged_row", "input") in codes
    assert (4, "invalid_utf8", "input") in codes
    assert (2, "invalid_email", "format") in codes
    assert not any(row == 1 and code == "invalid_phone" for row, code, _ in codes)
    ragged = next(i for i in result["issues"] if i["code"] == "ragged_row")
    assert ragged["id"] == "KH002" and ragged["column"] == -1
    assert ragged["message"].startswith("row 2 (id KH002): line 3:")
    assert result["rows_skipped"] == 1
    with pytest.raises(ValueError, match="no column 'mobile'"):
        engine.validate(rows, input_issues=[{"row": 0, "message": "x", "column": "mobile"}])
    with pytest.raises(ValueError, match="unknown issue code"):
        engine.validate(rows, input_issues=[{"row": 0, "message": "x", "code": "broken"}])
    with pytest.raises(ValueError, match=r"input_issues\[0\]\.row: 9 is not a row index"):
        engine.validate(rows, input_issues=[{"row": 9, "message": "x"}])


# ---------------------------------------------------------------- models ----


def test_train_returns_a_model_the_engine_takes(tmp_path):
    engine = dqe.Engine({})
    rows = synthetic_contacts(400, ids=True)
    model = engine.train(rows, threads=2)
    assert model["dqe_model"] == 1
    assert 0 < model["prior"] < 1
    names = [c["name"] for c in model["comparisons"]]
    assert names == [c["name"] for c in engine.dedupe(rows[:2])["comparisons"]]
    for comparison in model["comparisons"]:
        for level in comparison["levels"]:
            assert 0 < level["m"] <= 1 and 0 < level["u"] <= 1
    assert engine.model is None

    trained = dqe.Engine({}, model=model)
    assert trained.model == model  # read back exactly
    path = tmp_path / "model.json"
    path.write_text(json.dumps(model), encoding="utf-8")
    for source in (path, str(path), json.dumps(model)):
        assert dqe.Engine({}, model=source).model == model
    clusters = trained.dedupe(rows)["clusters"]
    assert clusters[:4] == [0, 0, 2, 2]
    merged = trained.merge(rows, lineage=False)
    assert len(merged["golden"]) == 200


def test_bad_models_raise_value_error_naming_the_json_path(tmp_path):
    model = dqe.Engine({}).train(synthetic_contacts(200, ids=True))
    bad = json.loads(json.dumps(model))
    bad["prior"] = 2
    with pytest.raises(ValueError, match="prior"):
        dqe.Engine({}, model=bad)
    with pytest.raises(FileNotFoundError):
        dqe.Engine({}, model=tmp_path / "missing.json")
    other = dict(model, comparisons=model["comparisons"][:1])
    other["comparisons"] = [dict(other["comparisons"][0], name="nickname")]
    with pytest.raises(ValueError, match="the model does not fit this config"):
        dqe.Engine({}, model=other).dedupe(synthetic_contacts(4))


# --------------------------------------------------- the cleanup example ----


def read_csv(path):
    with open(path, newline="", encoding="utf-8") as f:
        return list(csv.reader(f))


def escape_bytes(text):
    return re.sub("[\udc80-\udcff]", lambda m: f"\\x{ord(m.group()) - 0xDC00:02X}", text)


@pytest.mark.skipif(not CLEANUP_JOB.exists(), reason="examples/ not beside the bindings")
def test_cleanup_job_end_to_end(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(pathlib.Path(dqe.__file__).resolve().parents[1]),
               PYTHONDONTWRITEBYTECODE="1")
    out = tmp_path / "out"
    run = subprocess.run(
        [sys.executable, str(CLEANUP_JOB), str(CONTACTS_CSV), "--config", str(CONTACTS_JSON),
         "--out-dir", str(out), "--threads", "2"],
        env=env, capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    assert run.stderr == ""
    assert sorted(p.name for p in out.iterdir()) == [
        "golden.csv", "issues.csv", "lineage.csv", "remap.csv"]

    with open(CONTACTS_CSV, newline="", encoding="utf-8", errors="surrogateescape") as f:
        source = [[escape_bytes(cell) for cell in record] for record in csv.reader(f)]
    header, records = source[0], source[1:]
    ids = [r[0] for r in records]

    remap = read_csv(out / "remap.csv")
    assert remap[0] == ["old_id", "golden_id"]
    assert [old for old, _ in remap[1:]] == ids  # every row, in input order
    golden_of = dict(remap[1:])
    for old in ("C1002", "C1003", "C1004"):
        assert golden_of[old] == "C1001"  # Nguyễn Văn An, four spellings
    for old in ("C1031", "C1032", "C1033", "C1034"):
        assert golden_of[old] == "C1030"  # 張偉 / 张伟 / Zhāng Wěi / Wei Zhang

    golden = read_csv(out / "golden.csv")
    assert golden[0] == ["golden_id", "members"] + header
    assert [g[0] for g in golden[1:]] == sorted(set(golden_of.values()), key=ids.index)
    assert sum(int(g[1]) for g in golden[1:]) == len(records)
    wei = next(g for g in golden[1:] if g[0] == "C1030")
    phones = wei[2 + header.index("phone")].split("; ")
    assert "+886912345678" in phones
    assert all(E164.match(p.split(";ext=")[0]) for p in phones)

    # The lineage gives back every record as read (ragged ones included).
    lineage = read_csv(out / "lineage.csv")
    assert lineage[0] == ["golden_id", "source_id", "source_row", "column", "value", "fate"]
    rebuilt = {}
    for golden_id, source_id, row, column, value, fate in lineage[1:]:
        assert golden_of[source_id] == golden_id
        if fate != "absent":
            rebuilt.setdefault(int(row), []).append(value)
    assert [rebuilt[n] for n in sorted(rebuilt)] == records

    issues = read_csv(out / "issues.csv")
    assert issues[0] == ["row", "id", "column", "rule", "code", "severity", "message",
                         "value"]
    codes = {}
    for issue in issues[1:]:
        codes[issue[4]] = codes.get(issue[4], 0) + 1
    assert codes["ragged_row"] == 2 and codes["invalid_utf8"] == 3

    stdout = run.stdout
    assert f"{len(records)} rows, {len(header)} columns" in stdout
    assert f"issues: {len(issues) - 1} (" in stdout
    for code, n in codes.items():
        assert re.search(rf"^  {code} +{n}$", stdout, re.M), code
    assert f"golden records: {len(golden) - 1} (from {len(records)} rows)" in stdout


@pytest.mark.skipif(not CLEANUP_JOB.exists(), reason="examples/ not beside the bindings")
def test_cleanup_job_errors(tmp_path):
    env = dict(os.environ, PYTHONPATH=str(pathlib.Path(dqe.__file__).resolve().parents[1]),
               PYTHONDONTWRITEBYTECODE="1")

    def job(*args):
        return subprocess.run([sys.executable, str(CLEANUP_JOB), *map(str, args)],
                              env=env, capture_output=True, text=True, timeout=60)

    missing = job(tmp_path / "missing.csv", "--config", CONTACTS_JSON,
                  "--out-dir", tmp_path / "out")
    assert missing.returncode == 1 and "cleanup_job:" in missing.stderr
    bad_config = tmp_path / "bad.json"
    bad_config.write_text('{"merge": {"fields": {"phone": "newest"}}}', encoding="utf-8")
    bad = job(CONTACTS_CSV, "--config", bad_config, "--out-dir", tmp_path / "out")
    assert bad.returncode == 1 and "merge.fields.phone" in bad.stderr
    assert not (tmp_path / "out").exists()
    usage = job(CONTACTS_CSV)
    assert usage.returncode == 2 and "--config" in usage.stderr
