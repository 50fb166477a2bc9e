// _dqe: the pybind11 extension under the `dqe` Python package.
//
// A thin layer over the C++ API (normalize.h, config.h, engine.h,
// validate.h, merge.h, score.h). The pure-Python package (dqe/__init__.py) is
// the public face; this module only
//   - copies Python strings into C++ storage while it holds the GIL,
//   - releases the GIL while the C++ code works, so that other Python threads
//     run (and several threads may share one Engine: it is immutable),
//   - turns results into plain Python objects (dicts, lists, str, int,
//     float) after taking the GIL back,
//   - turns a non-OK absl::Status into a Python exception carrying its
//     message (ValueError for InvalidArgument, FileNotFoundError for NotFound,
//     ...). Cells that are not str (or None, read as empty) raise TypeError.
#include <Python.h>
#include <pybind11/pybind11.h>
#include <pybind11/stl.h>

#include <array>
#include <cstddef>
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/status.h"
#include "absl/status/statusor.h"
#include "dqe/config.h"
#include "dqe/engine.h"
#include "dqe/merge.h"
#include "dqe/normalize.h"
#include "dqe/schema.h"
#include "dqe/score.h"
#include "dqe/table.h"
#include "dqe/validate.h"
#include "dqe/version.h"

namespace py = pybind11;

namespace {

// ------------------------------------------------------------- errors ----

[[noreturn]] void ThrowStatus(const absl::Status& status) {
  const std::string message(status.message());
  switch (status.code()) {
    case absl::StatusCode::kInvalidArgument:
    case absl::StatusCode::kOutOfRange:
    case absl::StatusCode::kFailedPrecondition:
    case absl::StatusCode::kAlreadyExists:
      throw py::value_error(message);
    case absl::StatusCode::kNotFound:
      PyErr_SetString(PyExc_FileNotFoundError, message.c_str());
      throw py::error_already_set();
    case absl::StatusCode::kPermissionDenied:
      PyErr_SetString(PyExc_PermissionError, message.c_str());
      throw py::error_already_set();
    case absl::StatusCode::kUnimplemented:
      PyErr_SetString(PyExc_NotImplementedError, message.c_str());
      throw py::error_already_set();
    case absl::StatusCode::kResourceExhausted:
      PyErr_SetString(PyExc_MemoryError, message.c_str());
      throw py::error_already_set();
    default:
      throw std::runtime_error(message);
  }
}

template <typename T>
T Unwrap(absl::StatusOr<T>&& value) {
  if (!value.ok()) ThrowStatus(value.status());
  return *std::move(value);
}

// ---------------------------------------------------- reading strings ----

// Cell copies one cell into `out`: str as UTF-8, None as "". Anything else is
// a TypeError naming `what`. A str that cannot be written as UTF-8 (lone
// surrogates) raises UnicodeEncodeError, a ValueError.
// `in_table`: name the cell "what, row N" rather than "what[N]".
void Cell(PyObject* obj, const char* what, bool in_table, size_t index,
          std::string* out) {
  if (obj == Py_None) {
    out->clear();
    return;
  }
  if (!PyUnicode_Check(obj)) {
    throw py::type_error(std::string(what) +
                         (in_table ? ", row " + std::to_string(index)
                                   : "[" + std::to_string(index) + "]") +
                         ": expected str or None, got " + Py_TYPE(obj)->tp_name);
  }
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(obj, &size);
  if (data == nullptr) throw py::error_already_set();
  out->assign(data, static_cast<size_t>(size));
}

std::string OneString(const py::handle& obj, const char* what) {
  if (!PyUnicode_Check(obj.ptr())) {
    throw py::type_error(std::string(what) + ": expected str, got " +
                         Py_TYPE(obj.ptr())->tp_name);
  }
  Py_ssize_t size = 0;
  const char* data = PyUnicode_AsUTF8AndSize(obj.ptr(), &size);
  if (data == nullptr) throw py::error_already_set();
  return std::string(data, static_cast<size_t>(size));
}

// A column of strings owned here, and views into it for the C++ API.
struct OwnedColumn {
  std::vector<std::string> cells;
  std::vector<std::string_view> views;

  void MakeViews() {
    views.assign(cells.begin(), cells.end());
  }
};

// ReadColumn copies a list or tuple of str/None.
OwnedColumn ReadColumn(const py::handle& seq, const std::string& what,
                       bool in_table = false) {
  PyObject* obj = seq.ptr();
  if (!PyList_Check(obj) && !PyTuple_Check(obj)) {
    throw py::type_error(what + ": expected a list of str, got " +
                         Py_TYPE(obj)->tp_name);
  }
  py::object fast = py::reinterpret_steal<py::object>(
      PySequence_Fast(obj, "expected a sequence"));
  if (!fast) throw py::error_already_set();
  const Py_ssize_t n = PySequence_Fast_GET_SIZE(fast.ptr());
  PyObject** items = PySequence_Fast_ITEMS(fast.ptr());
  OwnedColumn column;
  column.cells.resize(static_cast<size_t>(n));
  for (Py_ssize_t i = 0; i < n; ++i) {
    Cell(items[i], what.c_str(), in_table, static_cast<size_t>(i),
         &column.cells[static_cast<size_t>(i)]);
  }
  column.MakeViews();
  return column;
}

// An owned table: header plus columns, all the same length, and the rows the
// caller flagged as unreadable (TableView::flagged: empty, or one per row).
struct OwnedTable {
  std::vector<OwnedColumn> columns;
  std::vector<uint8_t> flagged;
  dqe::TableView view;
};

std::unique_ptr<OwnedTable> ReadTable(const py::handle& header_obj,
                                      const py::handle& columns_obj,
                                      const char* what) {
  auto table = std::make_unique<OwnedTable>();
  if (!PyList_Check(header_obj.ptr()) && !PyTuple_Check(header_obj.ptr())) {
    throw py::type_error(std::string(what) + ": header must be a list of str");
  }
  if (!PyList_Check(columns_obj.ptr()) && !PyTuple_Check(columns_obj.ptr())) {
    throw py::type_error(std::string(what) +
                         ": columns must be a list of lists of str");
  }
  py::sequence header = py::reinterpret_borrow<py::sequence>(header_obj);
  py::sequence columns = py::reinterpret_borrow<py::sequence>(columns_obj);
  if (header.size() != columns.size()) {
    throw py::value_error(std::string(what) + ": " +
                          std::to_string(header.size()) + " column names but " +
                          std::to_string(columns.size()) + " columns");
  }
  for (size_t c = 0; c < header.size(); ++c) {
    std::string name = OneString(header[c], "column name");
    table->columns.push_back(ReadColumn(columns[c], "column '" + name + "'", true));
    table->view.header.push_back(std::move(name));
  }
  size_t rows = table->columns.empty() ? 0 : table->columns[0].cells.size();
  for (size_t c = 0; c < table->columns.size(); ++c) {
    if (table->columns[c].cells.size() != rows) {
      throw py::value_error(std::string(what) + ": column '" +
                            table->view.header[c] + "' has " +
                            std::to_string(table->columns[c].cells.size()) +
                            " cells, column '" + table->view.header[0] +
                            "' has " + std::to_string(rows));
    }
    table->view.columns.emplace_back(table->columns[c].views);
  }
  table->view.num_rows = rows;
  return table;
}

// Index reads `item`, a 0-based index below `size` (of a row, or a column:
// `noun`): TypeError unless it is an int (bool is not), ValueError when out
// of range.
size_t Index(PyObject* item, const std::string& what, size_t size,
             const char* noun = "row") {
  if (PyBool_Check(item) || !PyLong_Check(item)) {
    throw py::type_error(what + ": expected int, got " + Py_TYPE(item)->tp_name);
  }
  int overflow = 0;
  const long long v = PyLong_AsLongLongAndOverflow(item, &overflow);
  if (v == -1 && PyErr_Occurred()) throw py::error_already_set();
  if (overflow != 0 || v < 0 || static_cast<unsigned long long>(v) >= size) {
    throw py::value_error(what + ": " +
                          (overflow != 0 ? std::string("a huge number")
                                         : std::to_string(v)) +
                          " is not a " + noun + " index (the table has " +
                          std::to_string(size) + " " + noun + "s)");
  }
  return static_cast<size_t>(v);
}

// FastSequence: a list or tuple, else TypeError "what: expected <expected>".
py::object FastSequence(const py::handle& seq, const std::string& what,
                        const char* expected) {
  PyObject* obj = seq.ptr();
  if (!PyList_Check(obj) && !PyTuple_Check(obj)) {
    throw py::type_error(what + ": expected " + expected + ", got " +
                         Py_TYPE(obj)->tp_name);
  }
  py::object fast = py::reinterpret_steal<py::object>(
      PySequence_Fast(obj, "expected a sequence"));
  if (!fast) throw py::error_already_set();
  return fast;
}

// ReadFlagged marks the rows listed in `rows` (a list of row indices, or
// None for none) as unreadable: kept in every output, never matched.
void ReadFlagged(const py::handle& rows, OwnedTable* table) {
  if (rows.is_none()) return;
  py::object fast = FastSequence(rows, "flagged", "a list of row indices");
  const Py_ssize_t n = PySequence_Fast_GET_SIZE(fast.ptr());
  PyObject** items = PySequence_Fast_ITEMS(fast.ptr());
  table->flagged.assign(table->view.num_rows, 0);
  for (Py_ssize_t i = 0; i < n; ++i) {
    table->flagged[Index(items[i], "flagged[" + std::to_string(i) + "]",
                            table->view.num_rows)] = 1;
  }
  table->view.flagged = table->flagged;
}

// ReadInputIssues reads (row, code name, column index or None, message,
// value) tuples: problems the caller's reader found (ragged rows, bytes that
// are not UTF-8), for ValidationOptions::input_issues.
std::vector<dqe::InputIssue> ReadInputIssues(const py::handle& seq,
                                             const dqe::TableView& table) {
  std::vector<dqe::InputIssue> out;
  if (seq.is_none()) return out;
  py::object fast = FastSequence(seq, "input_issues", "a list of tuples");
  const Py_ssize_t n = PySequence_Fast_GET_SIZE(fast.ptr());
  PyObject** items = PySequence_Fast_ITEMS(fast.ptr());
  for (Py_ssize_t i = 0; i < n; ++i) {
    const std::string what = "input_issues[" + std::to_string(i) + "]";
    if (!PyTuple_Check(items[i]) || PyTuple_GET_SIZE(items[i]) != 5) {
      throw py::type_error(what +
                           ": expected a (row, code, column, message, value) tuple");
    }
    py::tuple t = py::reinterpret_borrow<py::tuple>(items[i]);
    dqe::InputIssue issue;
    issue.row = static_cast<uint32_t>(
        Index(t[0].ptr(), what + ".row", table.num_rows));
    const std::string code = OneString(t[1], (what + ".code").c_str());
    std::optional<dqe::IssueCode> parsed = dqe::IssueCodeFromName(code);
    if (!parsed) {
      throw py::value_error(what + ".code: unknown issue code \"" + code + "\"");
    }
    issue.code = *parsed;
    if (t[2].is_none()) {
      issue.column = -1;
    } else {
      issue.column = static_cast<int>(Index(
          t[2].ptr(), what + ".column", table.header.size(), "column"));
    }
    issue.message = OneString(t[3], (what + ".message").c_str());
    issue.value = OneString(t[4], (what + ".value").c_str());
    out.push_back(std::move(issue));
  }
  return out;
}

py::str Str(std::string_view s) {
  // Every string the C++ API returns is valid UTF-8 (offending input is
  // written as \xHH); "replace" keeps a bug there from becoming a crash.
  PyObject* obj = PyUnicode_DecodeUTF8(s.data(), static_cast<Py_ssize_t>(s.size()),
                                       "replace");
  if (obj == nullptr) throw py::error_already_set();
  return py::reinterpret_steal<py::str>(obj);
}

py::list StrList(const std::vector<std::string>& values) {
  py::list out(values.size());
  for (size_t i = 0; i < values.size(); ++i) out[i] = Str(values[i]);
  return out;
}

// -------------------------------------------------- normalizer results ----

py::dict ToDict(const dqe::NormalizedName& n) {
  py::dict d;
  d["valid"] = n.valid;
  d["reason"] = Str(n.reason);
  d["display"] = Str(n.display);
  d["key"] = Str(n.key);
  d["sorted_key"] = Str(n.sorted_key);
  d["tokens"] = StrList(n.tokens);
  d["script"] = Str(dqe::ScriptName(n.script));
  d["vietnamese"] = n.vietnamese;
  d["honorifics"] = StrList(n.honorifics);
  return d;
}

py::dict ToDict(const dqe::PhoneNumber& p) {
  py::dict d;
  d["valid"] = p.valid;
  d["reason"] = Str(p.reason);
  d["e164"] = Str(p.e164);
  d["region"] = Str(p.region);
  d["type"] = Str(dqe::PhoneTypeName(p.type));
  d["extension"] = Str(p.extension);
  d["input"] = Str(p.input);
  d["renumbered"] = p.renumbered;
  d["e164_before_renumbering"] = Str(p.e164_before_renumbering);
  return d;
}

py::dict ToDict(const dqe::NormalizedPhone& p) {
  py::dict d;
  d["valid"] = p.valid;
  d["reason"] = Str(p.reason);
  py::list numbers(p.numbers.size());
  for (size_t i = 0; i < p.numbers.size(); ++i) numbers[i] = ToDict(p.numbers[i]);
  d["numbers"] = numbers;
  // The first number's E.164 form, for the common one-number cell.
  d["e164"] = p.numbers.empty() ? Str("") : Str(p.numbers[0].e164);
  return d;
}

py::dict ToDict(const dqe::NormalizedEmail& e) {
  py::dict d;
  d["valid"] = e.valid;
  d["reason"] = Str(e.reason);
  d["normalized"] = Str(e.normalized);
  d["key"] = Str(e.key);
  d["local"] = Str(e.local);
  d["domain"] = Str(e.domain);
  d["role_account"] = e.role_account;
  d["mail_provider"] = e.mail_provider;
  d["suggested_domain"] = Str(e.suggested_domain);
  d["warnings"] = StrList(e.warnings);
  return d;
}

py::dict ToDict(const dqe::NormalizedCompany& c) {
  py::dict d;
  d["valid"] = c.valid;
  d["reason"] = Str(c.reason);
  d["display"] = Str(c.display);
  d["key"] = Str(c.key);
  d["tokens"] = StrList(c.tokens);
  d["core"] = Str(c.core);
  d["legal_forms"] = StrList(c.legal_forms);
  d["script"] = Str(dqe::ScriptName(c.script));
  return d;
}

template <typename T>
py::list ToList(const std::vector<T>& values) {
  py::list out(values.size());
  for (size_t i = 0; i < values.size(); ++i) out[i] = ToDict(values[i]);
  return out;
}

dqe::NameOptions MakeNameOptions(bool drop_honorifics, const std::string& tone_style,
                                 bool fix_case) {
  dqe::NameOptions o;
  o.drop_honorifics = drop_honorifics;
  if (tone_style == "traditional") {
    o.tone_style = dqe::ToneStyle::kTraditional;
  } else if (tone_style == "modern") {
    o.tone_style = dqe::ToneStyle::kModern;
  } else {
    throw py::value_error("tone_style: expected \"traditional\" or \"modern\", got \"" +
                          tone_style + "\"");
  }
  o.fix_case = fix_case;
  return o;
}

dqe::PhoneOptions MakePhoneOptions(const std::string& default_region,
                                   bool renumber_vietnam, int max_numbers_per_cell) {
  dqe::PhoneOptions o;
  o.default_region = default_region;
  o.renumber_vietnam = renumber_vietnam;
  if (max_numbers_per_cell < 1) {
    throw py::value_error("max_numbers_per_cell: must be at least 1");
  }
  o.max_numbers_per_cell = max_numbers_per_cell;
  return o;
}

// ------------------------------------------------------------- engine ----

py::list SchemaToList(const dqe::Schema& schema) {
  py::list out;
  for (const dqe::Column& c : schema.columns) {
    py::dict d;
    d["name"] = Str(c.name);
    d["kind"] = Str(dqe::KindName(c.kind));
    d["role"] = Str(dqe::RoleName(c.role));
    d["required"] = c.required;
    d["region"] = Str(c.region);
    out.append(d);
  }
  return out;
}

py::list ComparisonsToList(const std::vector<dqe::ComparisonInfo>& comparisons) {
  py::list out;
  for (const dqe::ComparisonInfo& c : comparisons) {
    py::dict d;
    d["name"] = Str(c.name);
    d["levels"] = StrList(c.levels);
    out.append(d);
  }
  return out;
}

py::list PairsToList(const std::vector<dqe::MatchedPair>& pairs,
                     const std::vector<dqe::ComparisonInfo>& comparisons) {
  // Level and comparison names once, shared by every pair's explanation.
  std::vector<py::str> comparison_names;
  std::vector<std::vector<py::str>> level_names;
  for (const dqe::ComparisonInfo& c : comparisons) {
    comparison_names.push_back(Str(c.name));
    std::vector<py::str> levels;
    for (const std::string& l : c.levels) levels.push_back(Str(l));
    level_names.push_back(std::move(levels));
  }
  const py::str missing = Str("missing");
  py::list out(pairs.size());
  for (size_t i = 0; i < pairs.size(); ++i) {
    const dqe::MatchedPair& p = pairs[i];
    py::dict d;
    d["a"] = p.a;
    d["b"] = p.b;
    d["weight"] = p.weight;
    d["probability"] = p.probability;
    d["accepted"] = p.accepted;
    py::dict explanation;
    for (size_t c = 0; c < p.levels.size() && c < comparisons.size(); ++c) {
      py::dict level;
      const uint8_t l = p.levels[c];
      if (l == dqe::MatchedPair::kMissing || l >= level_names[c].size()) {
        level["level"] = missing;
      } else {
        level["level"] = level_names[c][l];
      }
      level["weight"] = c < p.weights.size() ? p.weights[c] : 0.0;
      explanation[comparison_names[c]] = level;
    }
    d["explanation"] = explanation;
    out[i] = d;
  }
  return out;
}

py::dict StatsToDict(const dqe::MatchStats& s) {
  py::dict d;
  d["rows"] = s.rows;
  d["flagged_rows"] = s.flagged_rows;
  d["candidate_pairs"] = s.candidate_pairs;
  d["largest_block"] = s.largest_block;
  d["accepted_pairs"] = s.accepted_pairs;
  d["pairs_blocked_by_guard"] = s.pairs_blocked_by_guard;
  d["clusters"] = s.clusters;
  d["seconds_normalize"] = s.seconds_normalize;
  d["seconds_block"] = s.seconds_block;
  d["seconds_score"] = s.seconds_score;
  d["seconds_cluster"] = s.seconds_cluster;
  py::list rules;
  for (const dqe::BlockingRuleStats& r : s.rules) {
    py::dict rd;
    rd["rule"] = Str(r.rule);
    rd["keyed_rows"] = r.keyed_rows;
    rd["blocks"] = r.blocks;
    rd["largest_block"] = r.largest_block;
    rd["largest_block_key"] = Str(r.largest_block_key);
    rd["oversized_blocks"] = r.oversized_blocks;
    rd["oversized_rows"] = r.oversized_rows;
    rd["pairs"] = r.pairs;
    rules.append(rd);
  }
  d["rules"] = rules;
  return d;
}

py::dict ValidationToDict(const dqe::ValidationResult& r) {
  py::dict d;
  py::list issues(r.issues.size());
  for (size_t i = 0; i < r.issues.size(); ++i) {
    const dqe::ValidationIssue& v = r.issues[i];
    py::dict id;
    id["row"] = v.row;
    id["id"] = Str(v.id);
    id["column"] = v.column;
    id["column_name"] = Str(v.column_name);
    id["rule"] = Str(v.rule);
    id["code"] = Str(dqe::IssueCodeName(v.code));
    id["severity"] = Str(dqe::SeverityName(v.severity));
    id["message"] = Str(v.message);
    id["value"] = Str(v.value);
    issues[i] = id;
  }
  d["issues"] = issues;
  py::list columns;
  for (const dqe::ColumnValidationStats& c : r.columns) {
    py::dict cd;
    cd["column"] = Str(c.column);
    cd["kind"] = Str(dqe::KindName(c.kind));
    cd["rows"] = c.rows;
    cd["present"] = c.present;
    cd["valid"] = c.valid;
    cd["completeness"] = c.completeness;
    cd["validity"] = c.validity;
    columns.append(cd);
  }
  d["columns"] = columns;
  d["rows"] = r.rows;
  d["rows_skipped"] = r.rows_skipped;
  d["rows_with_errors"] = r.rows_with_errors;
  d["rows_with_warnings"] = r.rows_with_warnings;
  d["errors"] = r.errors;
  d["warnings"] = r.warnings;
  py::dict by_code;
  for (size_t i = 0; i < dqe::kIssueCodeCount; ++i) {
    by_code[Str(dqe::IssueCodeName(static_cast<dqe::IssueCode>(i)))] =
        r.issues_by_code[i];
  }
  d["issues_by_code"] = by_code;
  return d;
}

py::dict DedupeToDict(const dqe::DedupeResult& r) {
  py::dict d;
  py::list clusters(r.cluster_of_row.size());
  for (size_t i = 0; i < r.cluster_of_row.size(); ++i) {
    clusters[i] = py::int_(r.cluster_of_row[i]);
  }
  d["clusters"] = clusters;
  d["pairs"] = PairsToList(r.pairs, r.comparisons);
  d["stats"] = StatsToDict(r.stats);
  d["comparisons"] = ComparisonsToList(r.comparisons);
  d["schema"] = SchemaToList(r.schema);
  py::list row_issues(r.row_issues.size());
  for (size_t i = 0; i < r.row_issues.size(); ++i) {
    py::dict issue;
    issue["row"] = r.row_issues[i].row;
    issue["column"] = Str(r.row_issues[i].column);
    issue["message"] = Str(r.row_issues[i].message);
    row_issues[i] = issue;
  }
  d["row_issues"] = row_issues;
  return d;
}

// ReadClusters copies a list of cluster ids (Engine.dedupe's "clusters": per
// row, the index of the row naming its cluster) for `rows` rows.
std::vector<uint32_t> ReadClusters(const py::handle& seq, size_t rows) {
  py::object fast = FastSequence(seq, "clusters", "a list of row indices");
  const Py_ssize_t n = PySequence_Fast_GET_SIZE(fast.ptr());
  PyObject** items = PySequence_Fast_ITEMS(fast.ptr());
  if (static_cast<size_t>(n) != rows) {
    throw py::value_error("clusters: " + std::to_string(n) + " cluster ids for " +
                          std::to_string(rows) + " rows");
  }
  std::vector<uint32_t> out(static_cast<size_t>(n));
  for (Py_ssize_t i = 0; i < n; ++i) {
    out[static_cast<size_t>(i)] = static_cast<uint32_t>(
        Index(items[i], "clusters[" + std::to_string(i) + "]", rows));
  }
  return out;
}

// MergeToDict turns a merge into golden records, the remap and (optionally)
// the lineage. `table` is the merged table (the lineage's source cells).
py::dict MergeToDict(const dqe::MergeResult& m, const dqe::TableView& table,
                     bool with_lineage) {
  // Column names and ids once, shared by every record.
  std::vector<py::str> columns;
  columns.reserve(m.header.size());
  for (const std::string& h : m.header) columns.push_back(Str(h));
  std::vector<py::str> ids;
  ids.reserve(m.ids.size());
  for (const std::string& id : m.ids) ids.push_back(Str(id));
  std::vector<py::str> golden_ids;
  golden_ids.reserve(m.golden.size());
  for (const dqe::GoldenRecord& g : m.golden) golden_ids.push_back(Str(g.golden_id));

  py::dict d;
  d["header"] = StrList(m.header);
  py::list golden(m.golden.size());
  for (size_t k = 0; k < m.golden.size(); ++k) {
    const dqe::GoldenRecord& g = m.golden[k];
    py::dict gd;
    gd["golden_id"] = golden_ids[k];
    py::list members(g.members.size());
    py::list rows(g.members.size());
    for (size_t i = 0; i < g.members.size(); ++i) {
      members[i] = ids[g.members[i]];
      rows[i] = py::int_(g.members[i]);
    }
    gd["members"] = members;
    gd["rows"] = rows;
    py::dict values;
    for (size_t c = 0; c < g.values.size() && c < columns.size(); ++c) {
      values[columns[c]] = Str(g.values[c]);
    }
    gd["values"] = values;
    golden[k] = gd;
  }
  d["golden"] = golden;

  py::list remap(m.golden_of_row.size());
  py::list golden_of_row(m.golden_of_row.size());
  for (size_t r = 0; r < m.golden_of_row.size(); ++r) {
    remap[r] = py::make_tuple(ids[r], golden_ids[m.golden_of_row[r]]);
    golden_of_row[r] = py::int_(m.golden_of_row[r]);
  }
  d["remap"] = remap;
  d["golden_of_row"] = golden_of_row;
  d["merged_rows"] = m.merged_rows;

  if (!with_lineage) {
    d["lineage"] = py::none();
    return d;
  }
  std::array<py::str, 5> fates;  // by CellFate
  for (dqe::CellFate f : {dqe::CellFate::kGolden, dqe::CellFate::kSame,
                          dqe::CellFate::kLost, dqe::CellFate::kEmpty,
                          dqe::CellFate::kId}) {
    fates.at(static_cast<size_t>(f)) = Str(dqe::CellFateName(f));
  }
  const py::str k_golden_id("golden_id"), k_source_id("source_id"),
      k_source_row("source_row"), k_column("column"), k_value("value"),
      k_fate("fate");
  const size_t width = m.header.size();
  py::list lineage(m.golden_of_row.size() * width);
  size_t next = 0;
  for (size_t k = 0; k < m.golden.size(); ++k) {
    for (uint32_t r : m.golden[k].members) {
      py::int_ source_row(static_cast<size_t>(r) + 1);
      for (size_t c = 0; c < width; ++c) {
        py::dict cell;
        cell[k_golden_id] = golden_ids[k];
        cell[k_source_id] = ids[r];
        cell[k_source_row] = source_row;
        cell[k_column] = columns[c];
        cell[k_value] = c < table.columns.size() && r < table.columns[c].size()
                            ? Str(table.columns[c][r])
                            : Str("");
        cell[k_fate] = fates.at(static_cast<size_t>(m.Fate(r, c)));
        lineage[next++] = cell;
      }
    }
  }
  d["lineage"] = lineage;
  return d;
}

// PyEngine holds an immutable dqe::Engine (safe to call from several threads
// at once) and the config's validation rules, read when it is built so that
// a bad "validation" object is an error of the constructor.
class PyEngine {
 public:
  static std::shared_ptr<PyEngine> FromConfig(absl::StatusOr<dqe::Config> config) {
    dqe::Config c = Unwrap(std::move(config));
    auto self = std::make_shared<PyEngine>();
    self->spec_ = Unwrap(dqe::ValidationSpec::FromJson(c.validation_json));
    std::unique_ptr<dqe::Engine> engine = Unwrap(dqe::Engine::Create(c));
    self->engine_ = std::shared_ptr<const dqe::Engine>(std::move(engine));
    return self;
  }

  static std::shared_ptr<PyEngine> FromJson(const std::string& json) {
    absl::StatusOr<dqe::Config> config;
    {
      py::gil_scoped_release release;
      config = dqe::Config::FromJson(json);
    }
    return FromConfig(std::move(config));
  }

  static std::shared_ptr<PyEngine> FromFile(const std::string& path) {
    absl::StatusOr<dqe::Config> config;
    {
      py::gil_scoped_release release;
      config = dqe::Config::FromFile(path);
    }
    return FromConfig(std::move(config));
  }

  py::dict Dedupe(const py::handle& header, const py::handle& columns, int threads,
                  double report_probability, const py::handle& flagged) const {
    std::unique_ptr<OwnedTable> table = ReadTable(header, columns, "rows");
    ReadFlagged(flagged, table.get());
    dqe::MatchOptions options = Options(threads);
    options.report_probability = report_probability;
    absl::StatusOr<dqe::DedupeResult> result;
    {
      py::gil_scoped_release release;
      result = engine_->Dedupe(table->view, options);
      table.reset();  // free the copies without the GIL too
    }
    return DedupeToDict(Unwrap(std::move(result)));
  }

  // Merge: golden records with the config's "merge" rules. `clusters` is None
  // (run Dedupe first; the result then holds "dedupe") or Engine.dedupe's
  // "clusters" list for this table.
  py::dict Merge(const py::handle& header, const py::handle& columns,
                 const py::handle& clusters, int threads, bool lineage,
                 const py::handle& flagged) const {
    std::unique_ptr<OwnedTable> table = ReadTable(header, columns, "rows");
    ReadFlagged(flagged, table.get());
    std::optional<std::vector<uint32_t>> given;
    if (!clusters.is_none()) given = ReadClusters(clusters, table->view.num_rows);
    const dqe::MatchOptions options = Options(threads);
    absl::StatusOr<dqe::DedupeResult> dedupe;
    absl::StatusOr<dqe::MergeResult> merge;
    {
      py::gil_scoped_release release;
      if (given) {
        // What Engine::Merge reads of a DedupeResult: the schema Dedupe
        // used (SchemaFor the header) and the clusters.
        absl::StatusOr<dqe::Schema> schema = engine_->SchemaFor(table->view.header);
        if (!schema.ok()) {
          dedupe = schema.status();
        } else {
          dqe::DedupeResult r;
          r.schema = *std::move(schema);
          r.cluster_of_row = *std::move(given);
          dedupe = std::move(r);
        }
      } else {
        dedupe = engine_->Dedupe(table->view, options);
      }
      if (dedupe.ok()) {
        merge = engine_->Merge(table->view, *dedupe, options);
      } else {
        merge = dedupe.status();
      }
    }
    dqe::MergeResult m = Unwrap(std::move(merge));
    py::dict d = MergeToDict(m, table->view, lineage);
    d["dedupe"] = given ? py::object(py::none()) : py::object(DedupeToDict(*dedupe));
    {
      py::gil_scoped_release release;
      table.reset();
      m = dqe::MergeResult();
    }
    return d;
  }

  // Train: the model Engine::Train estimates from the table, as JSON.
  std::string Train(const py::handle& header, const py::handle& columns,
                    int threads, const py::handle& flagged) const {
    std::unique_ptr<OwnedTable> table = ReadTable(header, columns, "rows");
    ReadFlagged(flagged, table.get());
    const dqe::MatchOptions options = Options(threads);
    std::string json;
    absl::Status status;
    {
      py::gil_scoped_release release;
      absl::StatusOr<dqe::Model> model = engine_->Train(table->view, options);
      if (model.ok()) {
        json = model->ToJson();
      } else {
        status = model.status();
      }
      table.reset();
    }
    if (!status.ok()) ThrowStatus(status);
    return json;
  }

  // WithModel: the same engine, weighing pairs with a trained model (the
  // JSON `dqe train` and Train write) instead of the config's weights.
  std::shared_ptr<PyEngine> WithModel(const std::string& json) const {
    absl::StatusOr<dqe::Model> model;
    {
      py::gil_scoped_release release;
      model = dqe::Model::FromJson(json);
    }
    auto self = std::make_shared<PyEngine>(*this);
    self->model_ = std::make_shared<const dqe::Model>(Unwrap(std::move(model)));
    return self;
  }

  // The model's JSON, or None when the engine uses the config's weights.
  py::object ModelJson() const {
    if (!model_) return py::none();
    return Str(model_->ToJson());
  }

  py::dict Link(const py::handle& left_header, const py::handle& left_columns,
                const py::handle& right_header, const py::handle& right_columns,
                int threads, double report_probability) const {
    std::unique_ptr<OwnedTable> left = ReadTable(left_header, left_columns, "left");
    std::unique_ptr<OwnedTable> right =
        ReadTable(right_header, right_columns, "right");
    dqe::MatchOptions options = Options(threads);
    options.report_probability = report_probability;
    absl::StatusOr<dqe::LinkResult> result;
    {
      py::gil_scoped_release release;
      result = engine_->Link(left->view, right->view, options);
      left.reset();
      right.reset();
    }
    dqe::LinkResult r = Unwrap(std::move(result));
    py::dict d;
    py::list best(r.best.size());
    for (size_t i = 0; i < r.best.size(); ++i) {
      py::dict m;
      m["left"] = r.best[i].left < 0 ? py::object(py::none())
                                     : py::object(py::int_(r.best[i].left));
      m["weight"] = r.best[i].weight;
      m["probability"] = r.best[i].probability;
      best[i] = m;
    }
    d["best"] = best;
    d["pairs"] = PairsToList(r.pairs, r.comparisons);
    d["stats"] = StatsToDict(r.stats);
    d["comparisons"] = ComparisonsToList(r.comparisons);
    d["schema"] = SchemaToList(r.schema);
    return d;
  }

  py::dict Validate(const py::handle& header, const py::handle& columns,
                    int threads, const py::handle& input_issues) const {
    std::unique_ptr<OwnedTable> table = ReadTable(header, columns, "rows");
    const std::vector<dqe::InputIssue> issues =
        ReadInputIssues(input_issues, table->view);
    absl::StatusOr<dqe::ValidationResult> result;
    {
      py::gil_scoped_release release;
      absl::StatusOr<dqe::Schema> schema = engine_->SchemaFor(table->view.header);
      if (!schema.ok()) {
        result = schema.status();
      } else {
        dqe::ValidationOptions options;
        options.default_region = engine_->config().default_region;
        options.threads = threads;
        options.input_issues = issues;
        result = dqe::ValidateTable(*schema, spec_, table->view, options);
      }
      table.reset();
    }
    return ValidationToDict(Unwrap(std::move(result)));
  }

  py::list Schema(const std::vector<std::string>& header) const {
    absl::StatusOr<dqe::Schema> schema;
    {
      py::gil_scoped_release release;
      schema = engine_->SchemaFor(header);
    }
    return SchemaToList(Unwrap(std::move(schema)));
  }

  std::string ExplainSchema(const std::vector<std::string>& header) const {
    absl::StatusOr<std::string> json;
    {
      py::gil_scoped_release release;
      json = engine_->ExplainSchema(header);
    }
    return Unwrap(std::move(json));
  }

 private:
  dqe::MatchOptions Options(int threads) const {
    dqe::MatchOptions options;
    options.threads = threads;
    options.model = model_.get();
    return options;
  }

  std::shared_ptr<const dqe::Engine> engine_;
  dqe::ValidationSpec spec_;
  // A trained model (WithModel); null: the config's weights.
  std::shared_ptr<const dqe::Model> model_;
};

}  // namespace

PYBIND11_MODULE(_dqe, m) {
  m.doc() = "dqe's C++ core. Use the `dqe` package, not this module.";
  m.attr("__version__") = DQE_VERSION_STRING;

  m.def(
      "normalize_name",
      [](const py::handle& text, bool drop_honorifics, const std::string& tone_style,
         bool fix_case) {
        std::string s = OneString(text, "name");
        dqe::NameOptions options = MakeNameOptions(drop_honorifics, tone_style, fix_case);
        dqe::NormalizedName n;
        {
          py::gil_scoped_release release;
          n = dqe::NormalizeName(s, options);
        }
        return ToDict(n);
      },
      py::arg("text"), py::arg("drop_honorifics") = true,
      py::arg("tone_style") = "traditional", py::arg("fix_case") = true);

  m.def(
      "normalize_name_column",
      [](const py::handle& cells, bool drop_honorifics, const std::string& tone_style,
         bool fix_case) {
        OwnedColumn column = ReadColumn(cells, "names");
        dqe::NameOptions options = MakeNameOptions(drop_honorifics, tone_style, fix_case);
        std::vector<dqe::NormalizedName> out;
        {
          py::gil_scoped_release release;
          out = dqe::NormalizeNameColumn(column.views, options);
        }
        return ToList(out);
      },
      py::arg("cells"), py::arg("drop_honorifics") = true,
      py::arg("tone_style") = "traditional", py::arg("fix_case") = true);

  m.def(
      "normalize_phone",
      [](const py::handle& text, const py::handle& region,
         const std::string& default_region, bool renumber_vietnam,
         int max_numbers_per_cell) {
        std::string s = OneString(text, "phone");
        std::string r = region.is_none() ? std::string() : OneString(region, "region");
        dqe::PhoneOptions options =
            MakePhoneOptions(default_region, renumber_vietnam, max_numbers_per_cell);
        dqe::NormalizedPhone p;
        {
          py::gil_scoped_release release;
          p = dqe::NormalizePhone(s, r, options);
        }
        return ToDict(p);
      },
      py::arg("text"), py::arg("region") = py::none(),
      py::arg("default_region") = "VN", py::arg("renumber_vietnam") = true,
      py::arg("max_numbers_per_cell") = 8);

  m.def(
      "normalize_phone_column",
      [](const py::handle& cells, const py::handle& regions,
         const std::string& default_region, bool renumber_vietnam,
         int max_numbers_per_cell) {
        OwnedColumn column = ReadColumn(cells, "phones");
        OwnedColumn region_column;
        if (!regions.is_none()) {
          region_column = ReadColumn(regions, "regions");
          if (region_column.cells.size() != column.cells.size()) {
            throw py::value_error(
                "regions: " + std::to_string(region_column.cells.size()) +
                " regions for " + std::to_string(column.cells.size()) + " phones");
          }
        }
        dqe::PhoneOptions options =
            MakePhoneOptions(default_region, renumber_vietnam, max_numbers_per_cell);
        std::vector<dqe::NormalizedPhone> out;
        {
          py::gil_scoped_release release;
          out = dqe::NormalizePhoneColumn(column.views, region_column.views, options);
        }
        return ToList(out);
      },
      py::arg("cells"), py::arg("regions") = py::none(),
      py::arg("default_region") = "VN", py::arg("renumber_vietnam") = true,
      py::arg("max_numbers_per_cell") = 8);

  m.def(
      "normalize_email",
      [](const py::handle& text, bool provider_rules) {
        std::string s = OneString(text, "email");
        dqe::EmailOptions options;
        options.provider_rules = provider_rules;
        dqe::NormalizedEmail e;
        {
          py::gil_scoped_release release;
          e = dqe::NormalizeEmail(s, options);
        }
        return ToDict(e);
      },
      py::arg("text"), py::arg("provider_rules") = true);

  m.def(
      "normalize_email_column",
      [](const py::handle& cells, bool provider_rules) {
        OwnedColumn column = ReadColumn(cells, "emails");
        dqe::EmailOptions options;
        options.provider_rules = provider_rules;
        std::vector<dqe::NormalizedEmail> out;
        {
          py::gil_scoped_release release;
          out = dqe::NormalizeEmailColumn(column.views, options);
        }
        return ToList(out);
      },
      py::arg("cells"), py::arg("provider_rules") = true);

  m.def(
      "normalize_company",
      [](const py::handle& text) {
        std::string s = OneString(text, "company");
        dqe::NormalizedCompany c;
        {
          py::gil_scoped_release release;
          c = dqe::NormalizeCompany(s);
        }
        return ToDict(c);
      },
      py::arg("text"));

  m.def(
      "normalize_company_column",
      [](const py::handle& cells) {
        OwnedColumn column = ReadColumn(cells, "companies");
        std::vector<dqe::NormalizedCompany> out;
        {
          py::gil_scoped_release release;
          out = dqe::NormalizeCompanyColumn(column.views);
        }
        return ToList(out);
      },
      py::arg("cells"));

  m.def(
      "region_for_country",
      [](const py::handle& country) -> py::object {
        std::optional<std::string> r =
            dqe::RegionForCountry(OneString(country, "country"));
        if (!r) return py::none();
        return Str(*r);
      },
      py::arg("country"));

  py::class_<PyEngine, std::shared_ptr<PyEngine>>(m, "Engine")
      .def_static("from_json", &PyEngine::FromJson, py::arg("json"))
      .def_static("from_file", &PyEngine::FromFile, py::arg("path"))
      .def("dedupe", &PyEngine::Dedupe, py::arg("header"), py::arg("columns"),
           py::arg("threads") = 0, py::arg("report_probability") = -1.0,
           py::arg("flagged") = py::none())
      .def("link", &PyEngine::Link, py::arg("left_header"), py::arg("left_columns"),
           py::arg("right_header"), py::arg("right_columns"), py::arg("threads") = 0,
           py::arg("report_probability") = -1.0)
      .def("merge", &PyEngine::Merge, py::arg("header"), py::arg("columns"),
           py::arg("clusters") = py::none(), py::arg("threads") = 0,
           py::arg("lineage") = true, py::arg("flagged") = py::none())
      .def("train", &PyEngine::Train, py::arg("header"), py::arg("columns"),
           py::arg("threads") = 0, py::arg("flagged") = py::none())
      .def("with_model", &PyEngine::WithModel, py::arg("json"))
      .def("model_json", &PyEngine::ModelJson)
      .def("validate", &PyEngine::Validate, py::arg("header"), py::arg("columns"),
           py::arg("threads") = 0, py::arg("input_issues") = py::none())
      .def("schema", &PyEngine::Schema, py::arg("header"))
      .def("explain_schema", &PyEngine::ExplainSchema, py::arg("header"));
}
