"""Tests of the dqe Python bindings, on the inputs CRM rows really hold."""

import json
import pathlib
import threading

import pytest

import dqe
from gil_check import runs_without_the_gil, synthetic_contacts


# ------------------------------------------------------------------ names ----


def test_vietnamese_name_with_honorific_and_double_space():
    n = dqe.normalize_name("Ông NGUYỄN VĂN  AN")
    assert n["valid"] is True
    assert n["key"] == "nguyen van an"
    assert n["display"] == "Nguyễn Văn An"
    assert n["sorted_key"] == "an nguyen van"
    assert n["tokens"] == ["nguyen", "van", "an"]
    assert n["honorifics"] == ["Ông"]
    assert n["vietnamese"] is True
    assert n["script"] == "latin"


def test_vietnamese_name_in_nfd_and_with_eth():
    nfd = "Nguye\u0302\u0303n Va\u0306n An"  # typed on a Mac
    assert dqe.normalize_name(nfd)["key"] == "nguyen van an"
    assert dqe.normalize_name("Ðặng Thị Hoà")["key"] == "dang thi hoa"


def test_chinese_names_meet_across_scripts_and_order():
    traditional = dqe.normalize_name("張偉")
    simplified = dqe.normalize_name("张伟")
    latin = dqe.normalize_name("Wei Zhang")
    assert traditional["script"] == "han"
    assert traditional["key"] == simplified["key"] == "zhang wei"
    assert traditional["sorted_key"] == latin["sorted_key"]


def test_name_options():
    kept = dqe.normalize_name("Anh Nguyễn Văn An", drop_honorifics=False)
    assert kept["key"].startswith("anh ")
    with pytest.raises(ValueError, match="tone_style"):
        dqe.normalize_name("An", tone_style="sideways")


def test_invalid_names_are_results_not_errors():
    assert dqe.normalize_name("")["valid"] is False
    assert dqe.normalize_name("12345")["valid"] is False


def test_name_column():
    out = dqe.normalize_names(["Ông NGUYỄN VĂN  AN", None, "张伟"])
    assert [n["key"] for n in out] == ["nguyen van an", "", "zhang wei"]
    assert out[1]["valid"] is False
    assert isinstance(out, list) and all(isinstance(n, dict) for n in out)
    assert dqe.normalize_names([]) == []
    assert dqe.normalize_names(("An",))[0]["key"] == "an"


# ----------------------------------------------------------------- phones ----


def test_vietnamese_renumbered_mobile():
    p = dqe.normalize_phone("0168 123 4567")
    assert p["valid"] is True
    assert p["e164"] == "+84381234567"
    number = p["numbers"][0]
    assert number["renumbered"] is True
    assert number["e164_before_renumbering"] == "+841681234567"
    assert number["region"] == "VN"
    assert number["type"] == "mobile"


def test_phone_shapes():
    assert dqe.normalize_phone("+84 (0) 912-345-678")["e164"] == "+84912345678"
    assert dqe.normalize_phone("０９１２３４５６７８")["e164"] == "+84912345678"
    assert dqe.normalize_phone("0912 345 678", "VN")["e164"] == "+84912345678"
    taiwan = dqe.normalize_phone("0912 345 678", region="TW")
    assert taiwan["e164"] == "+886912345678"
    assert dqe.normalize_phone("0912 345 678", default_region="TW")["e164"] == "+886912345678"
    two = dqe.normalize_phone("0912 345 678 / 0987 654 321")
    assert [n["e164"] for n in two["numbers"]] == ["+84912345678", "+84987654321"]


def test_invalid_phone_is_a_result():
    p = dqe.normalize_phone("0912 345")
    assert p["valid"] is False
    assert p["reason"]


def test_phone_column_with_regions():
    cells = ["0912 345 678", "0912 345 678", None]
    assert [p["e164"] for p in dqe.normalize_phones(cells)] == [
        "+84912345678", "+84912345678", ""]
    assert [p["e164"] for p in dqe.normalize_phones(cells, region="TW")][:2] == [
        "+886912345678", "+886912345678"]
    per_row = dqe.normalize_phones(cells, region=["VN", "TW", None])
    assert [p["e164"] for p in per_row][:2] == ["+84912345678", "+886912345678"]
    with pytest.raises(ValueError, match="regions"):
        dqe.normalize_phones(cells, region=["VN"])


# ----------------------------------------------------------------- emails ----


@pytest.mark.parametrize("text", [
    "  Mailto:Nguyen.Van.An+crm@GoogleMail.com",
    "nguyenvanan@gmail.com",
    "NGUYEN.VAN.AN@GMAIL.COM",
    "nguyen.vanan+newsletter@googlemail.com",
])
def test_gmail_variants_share_a_key(text):
    e = dqe.normalize_email(text)
    assert e["valid"] is True
    assert e["key"] == "nguyenvanan@gmail.com"


def test_email_details():
    e = dqe.normalize_email("  Mailto:Nguyen.Van.An+crm@GoogleMail.com")
    assert e["normalized"] == "nguyen.van.an+crm@googlemail.com"
    assert e["domain"] == "googlemail.com"
    no_rules = dqe.normalize_email("Nguyen.Van.An+crm@gmail.com", provider_rules=False)
    assert no_rules["key"] == "nguyen.van.an+crm@gmail.com"
    assert dqe.normalize_email("info@minhphat.vn")["role_account"] is True
    assert dqe.normalize_email("info@minhphat.vn")["mail_provider"] is False
    assert dqe.normalize_email("wei.zhang88@qq.com")["mail_provider"] is True
    typo = dqe.normalize_email("an@gmial.com")
    assert typo["suggested_domain"] == "gmail.com"
    assert typo["key"] == "an@gmial.com"  # never applied
    bad = dqe.normalize_email("not an email")
    assert bad["valid"] is False and bad["reason"]


def test_idn_email_domain():
    e = dqe.normalize_email("an@bücher.de")
    assert e["valid"] is True
    assert e["domain"] == "xn--bcher-kva.de"


def test_email_column():
    out = dqe.normalize_emails(["A@Gmail.com", None, "bad"])
    assert [e["valid"] for e in out] == [True, False, False]
    assert out[0]["key"] == "a@gmail.com"


# -------------------------------------------------------------- companies ----


def test_companies():
    c = dqe.normalize_company("Công ty TNHH Minh Phát")
    assert c["key"] == "minh phat"
    assert c["legal_forms"] == ["TNHH"]
    cn = dqe.normalize_company("深圳市腾讯计算机系统有限公司")
    assert "有限公司" in cn["legal_forms"]
    assert (dqe.normalize_company("Cty TNHH TMDV Hoàng Long")["core"]
            == dqe.normalize_company("Hoang Long Trading Co., Ltd.")["core"])
    assert cn["script"] == "han"
    out = dqe.normalize_companies(["Minh Phát Co., Ltd.", "CÔNG TY TNHH MINH PHÁT"])
    assert out[0]["key"] == out[1]["key"] == "minh phat"


def test_region_for_country():
    assert dqe.region_for_country("Việt Nam") == "VN"
    assert dqe.region_for_country("中国") == "CN"
    assert dqe.region_for_country("Atlantis") is None


# ----------------------------------------------------------------- engine ----

CONTACTS = [
    {"id": "C1", "full_name": "Ông NGUYỄN VĂN  AN", "phone": "0168 123 4567",
     "email": "Nguyen.Van.An+crm@GoogleMail.com", "city": "Hà Nội"},
    {"id": "C2", "full_name": "Trần Thị Bình", "phone": "0987 654 321",
     "email": "binh.tran@yahoo.com", "city": "Đà Nẵng"},
    {"id": "C3", "full_name": "Nguyễn Văn An", "phone": "+84 38 123 4567",
     "email": "nguyenvanan@gmail.com", "city": "Ha Noi"},
    {"id": "C4", "full_name": "张伟", "phone": "+86 138 0013 8000",
     "email": "zhang.wei@163.com", "city": "深圳"},
]


def columns_of(rows):
    header = list(rows[0])
    return {h: [r.get(h) for r in rows] for h in header}


def test_dedupe_clusters_two_spellings_of_one_person():
    engine = dqe.Engine({})
    result = engine.dedupe(CONTACTS)
    assert result["clusters"] == [0, 1, 0, 3]
    assert len(result["pairs"]) == 1
    pair = result["pairs"][0]
    assert (pair["a"], pair["b"]) == (0, 2)
    assert pair["probability"] >= 0.9
    assert isinstance(pair["weight"], float)
    explanation = pair["explanation"]
    assert set(explanation) == {c["name"] for c in result["comparisons"]}
    assert explanation["phone"]["level"] == "exact"
    assert explanation["email"]["level"] == "exact"
    assert explanation["name"]["weight"] > 0
    stats = result["stats"]
    assert stats["rows"] == 4
    assert stats["clusters"] == 3
    assert stats["accepted_pairs"] == 1
    assert [c["name"] for c in result["schema"]] == list(CONTACTS[0])
    json.dumps(result)  # plain Python objects only


def test_dedupe_accepts_a_dict_of_columns_and_missing_keys():
    engine = dqe.Engine({})
    assert engine.dedupe(columns_of(CONTACTS))["clusters"] == [0, 1, 0, 3]
    ragged = [dict(r) for r in CONTACTS]
    del ragged[1]["email"]
    ragged[3]["city"] = None
    assert engine.dedupe(ragged)["clusters"] == [0, 1, 0, 3]
    empty = engine.dedupe({"full_name": [], "phone": []})
    assert empty["clusters"] == [] and empty["pairs"] == []
    with pytest.raises(ValueError, match="nothing to compare"):
        engine.dedupe([])  # no rows, so no header: no column to compare


def test_dedupe_reports_pairs_below_the_threshold():
    engine = dqe.Engine({})
    result = engine.dedupe(CONTACTS, report_probability=0.0)
    assert result["clusters"] == [0, 1, 0, 3]
    assert any((p["a"], p["b"]) == (0, 2) and p["accepted"] for p in result["pairs"])
    for p in result["pairs"]:
        assert p["accepted"] == ((p["a"], p["b"]) == (0, 2))


def test_engine_from_a_json_file_and_string(tmp_path):
    config = {"threshold": 0.95, "default_region": "VN"}
    path = tmp_path / "contacts.json"
    path.write_text(json.dumps(config), encoding="utf-8")
    for source in (path, str(path), json.dumps(config)):
        assert dqe.Engine(source).dedupe(CONTACTS)["clusters"] == [0, 1, 0, 3]


def test_bad_config_raises_value_error_naming_the_json_path():
    with pytest.raises(ValueError, match=r"threshold: expected a number, got a string"):
        dqe.Engine({"threshold": "high"})
    with pytest.raises(ValueError, match=r"comparisons\[0\]\.levels\[0\]\.threshold"):
        dqe.Engine({"comparisons": [{"name": "name", "columns": ["full_name"], "levels": [
            {"name": "close", "test": "jaro_winkler", "threshold": "0.9"}]}]})
    with pytest.raises(ValueError, match=r"validation\.required"):
        dqe.Engine({"validation": {"required": 3}})
    with pytest.raises(ValueError, match="thresold"):
        dqe.Engine({"thresold": 0.9})  # unknown keys are errors


def test_bad_config_file(tmp_path):
    with pytest.raises(FileNotFoundError, match="cannot open"):
        dqe.Engine(tmp_path / "missing.json")
    bad = tmp_path / "bad.json"
    bad.write_text('{"blocking": {"max_block_size": "many"}}', encoding="utf-8")
    with pytest.raises(ValueError, match=r"blocking\.max_block_size"):
        dqe.Engine(bad)


def test_config_naming_a_missing_column_is_a_value_error():
    engine = dqe.Engine({"columns": [{"name": "mobile", "kind": "phone"}]})
    with pytest.raises(ValueError, match="mobile"):
        engine.dedupe(CONTACTS)


def test_validate():
    engine = dqe.Engine({"validation": {
        "required": ["full_name"],
        "picklists": [{"column": "city", "values": ["Hà Nội", "Đà Nẵng", "深圳"]}]}})
    rows = [dict(r) for r in CONTACTS]
    rows[1]["phone"] = "0912 345"
    rows[2]["email"] = "an@gmial.com"
    rows[3]["full_name"] = ""
    result = engine.validate(rows)
    codes = {(i["row"], i["code"]) for i in result["issues"]}
    assert (1, "invalid_phone") in codes
    assert (2, "email_typo_domain") in codes
    assert (3, "required_missing") in codes
    assert not any(i["code"] == "not_in_picklist" for i in result["issues"])  # "Ha Noi"
    assert result["rows"] == 4
    assert result["issues_by_code"]["invalid_phone"] == 1
    issue = next(i for i in result["issues"] if i["code"] == "invalid_phone")
    assert issue["id"] == "C2" and issue["column_name"] == "phone"
    assert issue["severity"] == "error" and "0912 345" in issue["message"]
    phone = next(c for c in result["columns"] if c["column"] == "phone")
    assert phone["validity"] == pytest.approx(0.75)
    with pytest.raises(ValueError, match="mobile"):
        dqe.Engine({"validation": {"required": ["mobile"]}}).validate(CONTACTS)


def test_link():
    engine = dqe.Engine({})
    left = CONTACTS[:2]
    right = [CONTACTS[2], {"id": "N1", "full_name": "Lê Văn Cường", "phone": "0903 111 222",
                           "email": "cuong@fpt.vn", "city": "Huế"}]
    result = engine.link(left, right)
    assert [b["left"] for b in result["best"]] == [0, None]


def test_schema_and_explain_schema():
    engine = dqe.Engine({})
    kinds = {c["name"]: c["kind"] for c in engine.schema(list(CONTACTS[0]))}
    assert kinds["phone"] == "phone" and kinds["email"] == "email"
    assert "comparisons" in engine.explain_schema(list(CONTACTS[0]))


# ------------------------------------------------------------- bad inputs ----


@pytest.mark.parametrize("call", [
    lambda: dqe.normalize_name(None),
    lambda: dqe.normalize_name(42),
    lambda: dqe.normalize_name(b"An"),
    lambda: dqe.normalize_names("not a list"),
    lambda: dqe.normalize_names(["An", 42]),
    lambda: dqe.normalize_names([["nested"]]),
    lambda: dqe.normalize_phone(841681234567),
    lambda: dqe.normalize_phone("0912 345 678", region=84),
    lambda: dqe.normalize_phones(["0912 345 678"], region=84),
    lambda: dqe.normalize_phones(["0912 345 678"], region=[84]),
    lambda: dqe.normalize_email(["a@b.c"]),
    lambda: dqe.normalize_emails(None),
    lambda: dqe.normalize_company(3.5),
    lambda: dqe.normalize_companies([object()]),
    lambda: dqe.Engine(42),
    lambda: dqe.Engine({"threshold": object()}),
    lambda: dqe.Engine({}).dedupe("full_name,phone"),
    lambda: dqe.Engine({}).dedupe(42),
    lambda: dqe.Engine({}).dedupe([["Nguyễn Văn An"]]),
    lambda: dqe.Engine({}).dedupe([{"full_name": 42}]),
    lambda: dqe.Engine({}).dedupe([{1: "An"}]),
    lambda: dqe.Engine({}).dedupe({"full_name": "An"}),
    lambda: dqe.Engine({}).dedupe({"full_name": [b"An"]}),
    lambda: dqe.Engine({}).validate([{"full_name": 1.5}]),
    lambda: dqe.Engine({}).dedupe(CONTACTS, threads="2"),
])
def test_bad_types_raise_type_error(call):
    with pytest.raises(TypeError):
        call()


def test_type_errors_name_the_cell():
    with pytest.raises(TypeError, match=r"column 'phone', row 1: expected str or None, got int"):
        dqe.Engine({}).dedupe([{"phone": "0912 345 678"}, {"phone": 912345678}])
    with pytest.raises(TypeError, match=r"names\[2\]: expected str or None, got bytes"):
        dqe.normalize_names(["An", None, b"Binh"])


def test_unequal_columns_raise_value_error():
    with pytest.raises(ValueError, match="cells"):
        dqe.Engine({}).dedupe({"full_name": ["An", "Bình"], "phone": ["0912 345 678"]})


def test_lone_surrogates_raise_not_crash():
    with pytest.raises(UnicodeEncodeError):
        dqe.normalize_name("An\udcff")
    with pytest.raises(UnicodeEncodeError):
        dqe.Engine({}).dedupe([{"full_name": "An\udcff"}])


def test_low_level_module_checks_types_too():
    from dqe import _dqe
    with pytest.raises(TypeError):
        _dqe.normalize_name_column([1, 2])
    with pytest.raises(TypeError):
        _dqe.Engine.from_json("{}").dedupe(["a"], [[1]])
    with pytest.raises(TypeError):
        _dqe.Engine.from_json("{}").dedupe("a", "b")
    with pytest.raises(ValueError):
        _dqe.Engine.from_json("{}").dedupe(["a", "b"], [["x"]])


# --------------------------------------------------------------- threads ----


def test_threads_share_one_engine():
    engine = dqe.Engine({})
    rows = synthetic_contacts(2000)
    expected = engine.dedupe(rows)
    assert expected["clusters"][:4] == [0, 0, 2, 2]
    results = [None, None]
    errors = []

    def work(k):
        try:
            results[k] = engine.dedupe(rows)
        except BaseException as e:  # noqa: BLE001 - reported below
            errors.append(e)

    threads = [threading.Thread(target=work, args=(k,)) for k in range(2)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert not errors
    assert results[0]["clusters"] == results[1]["clusters"] == expected["clusters"]
    assert results[0]["pairs"] == expected["pairs"]


def test_dedupe_releases_the_gil():
    engine = dqe.Engine({})
    rows = synthetic_contacts(20000)
    ran, _ = runs_without_the_gil(lambda: engine.dedupe(rows, threads=1))
    assert ran, "dedupe held the GIL for the whole call"


def test_normalizers_release_the_gil():
    names = [r["full_name"] for r in synthetic_contacts(20000)] * 5
    ran, _ = runs_without_the_gil(lambda: dqe.normalize_names(names))
    assert ran


def test_version():
    assert isinstance(dqe.__version__, str) and dqe.__version__.count(".") == 2
    assert pathlib.Path(dqe.__file__).name == "__init__.py"
