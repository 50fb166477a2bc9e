// validator.cc: ValidateTable — the rules bound to the table's columns, then
// the rows checked in chunks (in parallel), each column's values read in a
// batch by the normalizers, the chunks' issues and counts merged in order.
#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include <algorithm>
#include <climits>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "absl/strings/ascii.h"
#include "dqe/normalize.h"
#include "dqe/validate.h"
#include "src/common/cat.h"
#include "src/common/utf8.h"
#include "src/validate/picklist_key.h"

namespace dqe {
namespace {

using internal::Cat;

constexpr size_t kChunkRows = 8192;
// Messages quote at most this many characters of a value; the issue's
// `value` keeps all of it.
constexpr size_t kQuoteChars = 60;

// The rules resolved against the table's columns.
struct BoundRules {
  std::vector<uint8_t> required;      // per column
  std::vector<size_t> max_length;     // per column; 0: no limit
  std::vector<int> picklist;          // per column: index into keys, or -1
  struct Picklist {
    absl::flat_hash_map<std::string, size_t> keys;  // key → value index
    std::vector<std::string> values;
  };
  std::vector<Picklist> picklists;
  std::vector<std::vector<int>> groups;  // at-least-one groups
  std::vector<std::string> group_names;  // "phone|email"
  std::vector<std::string> missing_values;  // lower-cased
};

absl::StatusOr<int> Resolve(const Schema& schema, const TableView& table,
                            const std::string& name, const std::string& path) {
  int c = schema.Find(name);
  if (c < 0 || static_cast<size_t>(c) >= table.columns.size()) {
    return absl::InvalidArgumentError(
        Cat(path, ": no column \"", name, "\" in the header"));
  }
  return c;
}

absl::StatusOr<BoundRules> Bind(const Schema& schema, const ValidationSpec& spec,
                                const TableView& table) {
  const size_t n = table.columns.size();
  BoundRules b;
  b.required.assign(n, 0);
  b.max_length.assign(n, 0);
  b.picklist.assign(n, -1);
  for (size_t c = 0; c < n && c < schema.columns.size(); ++c) {
    b.required[c] = schema.columns[c].required;
  }
  for (size_t i = 0; i < spec.required.size(); ++i) {
    absl::StatusOr<int> c = Resolve(schema, table, spec.required[i],
                                    Cat("validation.required[", i, "]"));
    if (!c.ok()) return c.status();
    b.required[*c] = 1;
  }
  for (size_t g = 0; g < spec.at_least_one.size(); ++g) {
    std::vector<int> group;
    std::string name;
    for (size_t k = 0; k < spec.at_least_one[g].size(); ++k) {
      absl::StatusOr<int> c =
          Resolve(schema, table, spec.at_least_one[g][k],
                  Cat("validation.at_least_one[", g, "][", k, "]"));
      if (!c.ok()) return c.status();
      group.push_back(*c);
      if (!name.empty()) name += '|';
      name += spec.at_least_one[g][k];
    }
    b.groups.push_back(std::move(group));
    b.group_names.push_back(std::move(name));
  }
  for (size_t i = 0; i < spec.picklists.size(); ++i) {
    absl::StatusOr<int> c = Resolve(schema, table, spec.picklists[i].column,
                                    Cat("validation.picklists[", i, "].column"));
    if (!c.ok()) return c.status();
    for (size_t v = 0; v < spec.picklists[i].values.size(); ++v) {
      if (internal::FindInvalidUtf8(spec.picklists[i].values[v]) !=
          std::string_view::npos) {
        return absl::InvalidArgumentError(
            Cat("validation.picklists[", i, "].values[", v,
                "]: not valid UTF-8"));
      }
    }
    // Two picklists on one column: a value must be in both; keep it simple
    // and let the later one win, as config columns do.
    b.picklist[*c] = static_cast<int>(b.picklists.size());
    BoundRules::Picklist p;
    p.values = spec.picklists[i].values;
    for (size_t v = 0; v < p.values.size(); ++v) {
      p.keys.emplace(internal::PicklistKey(p.values[v]), v);
    }
    b.picklists.push_back(std::move(p));
  }
  for (const auto& [name, length] : spec.max_length) {
    absl::StatusOr<int> c =
        Resolve(schema, table, name, Cat("validation.max_length.", name));
    if (!c.ok()) return c.status();
    b.max_length[*c] = length;
  }
  for (const std::string& m : spec.missing_values) {
    b.missing_values.push_back(absl::AsciiStrToLower(m));
  }
  return b;
}

std::string_view Trim(std::string_view s) {
  while (!s.empty() && absl::ascii_isspace(static_cast<unsigned char>(s.front()))) {
    s.remove_prefix(1);
  }
  while (!s.empty() && absl::ascii_isspace(static_cast<unsigned char>(s.back()))) {
    s.remove_suffix(1);
  }
  return s;
}

bool IsMissing(std::string_view cell, const std::vector<std::string>& missing) {
  cell = Trim(cell);
  if (cell.empty()) return true;
  if (cell.size() > 16) return false;
  for (const std::string& m : missing) {
    if (m.size() != cell.size()) continue;
    bool same = true;
    for (size_t i = 0; i < m.size() && same; ++i) {
      same = absl::ascii_tolower(static_cast<unsigned char>(cell[i])) == m[i];
    }
    if (same) return true;
  }
  return false;
}

// Printable writes `s` with every byte that is not part of valid UTF-8 as
// \xHH, so that issues files and messages stay UTF-8.
std::string Printable(std::string_view s) {
  std::string out;
  while (true) {
    size_t bad = internal::FindInvalidUtf8(s);
    if (bad == std::string_view::npos) {
      out.append(s);
      return out;
    }
    out.append(s.substr(0, bad));
    static constexpr char kHex[] = "0123456789ABCDEF";
    const unsigned char b = static_cast<unsigned char>(s[bad]);
    out += "\\x";
    out += kHex[b >> 4];
    out += kHex[b & 15];
    s.remove_prefix(bad + 1);
  }
}

size_t CodePoints(std::string_view s) {
  size_t n = 0;
  for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
  return n;
}

// Quote returns the value in double quotes for a message, cut after
// kQuoteChars characters.
std::string Quote(std::string_view value) {
  std::string v = Printable(value);
  size_t chars = 0;
  for (size_t i = 0; i < v.size(); ++i) {
    if ((static_cast<unsigned char>(v[i]) & 0xC0) != 0x80 && chars++ == kQuoteChars) {
      v.resize(i);
      v += "…";
      break;
    }
  }
  return Cat("\"", v, "\"");
}

// What the whole run shares, read-only.
struct Context {
  const Schema& schema;
  const ValidationSpec& spec;
  const TableView& table;
  const BoundRules& rules;
  const std::vector<uint8_t>& skipped;
  // Per row: an index into regions, or -1 (no country, or not recognised).
  const std::vector<int16_t>& row_region;
  const std::vector<std::string>& regions;
  const std::string& default_region;
  int id_column;
};

struct ChunkResult {
  std::vector<ValidationIssue> issues;
  std::vector<size_t> present, valid, rows;  // per column
};

class ChunkValidator {
 public:
  ChunkValidator(const Context& ctx, size_t begin, size_t end, ChunkResult* out)
      : ctx_(ctx), begin_(begin), end_(end), out_(out) {
    const size_t n = ctx.table.columns.size();
    out->present.assign(n, 0);
    out->valid.assign(n, 0);
    out->rows.assign(n, 0);
    missing_.assign((end - begin) * n, 0);
    bad_.assign(end - begin, 0);
  }

  void Run() {
    const size_t n = ctx_.table.columns.size();
    for (size_t c = 0; c < n; ++c) CheckColumn(c);
    for (size_t g = 0; g < ctx_.rules.groups.size(); ++g) CheckGroup(g);
  }

 private:
  std::string_view Id(size_t row) const {
    return ctx_.id_column >= 0 ? ctx_.table.columns[ctx_.id_column][row]
                               : std::string_view();
  }

  std::string IdText(size_t row) const {
    return ctx_.id_column >= 0 ? Printable(Id(row)) : Cat(row + 1);
  }

  std::string Prefix(size_t row, std::string_view column) const {
    std::string p = Cat("row ", row + 1);
    if (ctx_.id_column >= 0 && !Id(row).empty()) {
      p += Cat(" (id ", Printable(Id(row)), ")");
    }
    if (!column.empty()) p += Cat(", column ", column);
    p += ": ";
    return p;
  }

  // Add records an issue about cell (row, c); returns whether it is an error.
  bool Add(size_t row, int c, std::string_view rule, IssueCode code,
           std::string_view what, std::string_view value) {
    ValidationIssue issue;
    issue.row = static_cast<uint32_t>(row);
    issue.id = IdText(row);
    issue.column = c;
    issue.column_name = ctx_.table.header[c];
    issue.rule = std::string(rule);
    issue.code = code;
    issue.severity = ctx_.spec.SeverityOf(code);
    issue.message = Cat(Prefix(row, issue.column_name), what);
    issue.value = Printable(value);
    out_->issues.push_back(std::move(issue));
    return out_->issues.back().severity == Severity::kError;
  }

  std::string_view RegionOf(size_t row, const Column* column) const {
    const int16_t r = ctx_.row_region.empty() ? -1 : ctx_.row_region[row];
    if (r >= 0) return ctx_.regions[r];
    if (column != nullptr && !column->region.empty()) return column->region;
    return ctx_.default_region;
  }

  void CheckColumn(size_t c) {
    const size_t n = ctx_.table.columns.size();
    const std::span<const std::string_view> cells = ctx_.table.columns[c];
    const Column* column =
        c < ctx_.schema.columns.size() ? &ctx_.schema.columns[c] : nullptr;
    const Kind kind = column != nullptr ? column->kind : Kind::kText;
    const bool format = ctx_.spec.formats &&
                        (kind == Kind::kPhone || kind == Kind::kEmail ||
                         kind == Kind::kDate);
    const int picklist = ctx_.rules.picklist[c];
    const size_t max_length = ctx_.rules.max_length[c];
    // Rows whose value the format check reads, in a batch.
    std::vector<size_t> to_format;
    for (size_t r = begin_; r < end_; ++r) {
      if (ctx_.skipped[r]) continue;
      ++out_->rows[c];
      const std::string_view cell = cells[r];
      if (IsMissing(cell, ctx_.rules.missing_values)) {
        missing_[(r - begin_) * n + c] = 1;
        if (ctx_.rules.required[c]) {
          Add(r, static_cast<int>(c), "required", IssueCode::kRequiredMissing,
              Trim(cell).empty()
                  ? std::string("required but empty")
                  : Cat("required but ", Quote(cell), " stands for no value"),
              cell);
        }
        continue;
      }
      ++out_->present[c];
      if (size_t bad = internal::FindInvalidUtf8(cell);
          bad != std::string_view::npos) {
        Add(r, static_cast<int>(c), "input", IssueCode::kInvalidUtf8,
            Cat(Quote(cell), " is not valid UTF-8 (at byte ", bad + 1, ")"), cell);
        bad_[r - begin_] = 1;
        continue;
      }
      bool error = false;
      if (max_length > 0) {
        const size_t length = CodePoints(cell);
        if (length > max_length) {
          error |= Add(r, static_cast<int>(c), "max_length", IssueCode::kTooLong,
                       Cat(Quote(cell), " is ", length,
                           " characters long, more than the ", max_length,
                           " allowed"),
                       cell);
        }
      }
      if (picklist >= 0) error |= CheckPicklist(r, c, picklist, cell);
      if (format) {
        bad_[r - begin_] = error;
        to_format.push_back(r);
        continue;
      }
      if (!error) ++out_->valid[c];
    }
    if (to_format.empty()) return;
    switch (kind) {
      case Kind::kPhone: CheckPhones(c, column, to_format); break;
      case Kind::kEmail: CheckEmails(c, to_format); break;
      default: CheckDates(c, to_format); break;
    }
  }

  bool CheckPicklist(size_t r, size_t c, int picklist, std::string_view cell) {
    const BoundRules::Picklist& p = ctx_.rules.picklists[picklist];
    auto cached = picklist_seen_.find(cell);
    bool ok;
    if (cached != picklist_seen_.end()) {
      ok = cached->second;
    } else {
      ok = p.keys.contains(internal::PicklistKey(cell));
      picklist_seen_.emplace(cell, ok);
    }
    if (ok) return false;
    std::string allowed;
    for (size_t v = 0; v < p.values.size(); ++v) {
      if (v == 6) {
        allowed += Cat(", … (", p.values.size(), " values)");
        break;
      }
      if (v > 0) allowed += ", ";
      allowed += p.values[v];
    }
    return Add(r, static_cast<int>(c), "picklist", IssueCode::kNotInPicklist,
               Cat(Quote(cell), " is not one of the allowed values (", allowed,
                   ")"),
               cell);
  }

  void CheckPhones(size_t c, const Column* column, const std::vector<size_t>& rows) {
    const std::span<const std::string_view> cells = ctx_.table.columns[c];
    std::vector<std::string_view> values(rows.size()), regions(rows.size());
    for (size_t k = 0; k < rows.size(); ++k) {
      values[k] = cells[rows[k]];
      regions[k] = RegionOf(rows[k], column);
    }
    PhoneOptions options;
    options.default_region = ctx_.default_region;
    const std::vector<NormalizedPhone> phones =
        NormalizePhoneColumn(values, regions, options);
    for (size_t k = 0; k < rows.size(); ++k) {
      const size_t r = rows[k];
      const NormalizedPhone& p = phones[k];
      bool error = bad_[r - begin_];
      const std::string_view region = regions[k];
      const int16_t row_region = ctx_.row_region.empty() ? -1 : ctx_.row_region[r];
      // Say so when the row names a country that was not recognised: its
      // numbers were read in another region.
      std::string note;
      if (row_region < 0 && ctx_.schema.country >= 0) {
        const std::string_view country = ctx_.table.columns[ctx_.schema.country][r];
        if (!Trim(country).empty()) {
          note = Cat("; the row's country ", Quote(country), " is not one dqe knows");
        }
      }
      if (p.numbers.empty()) {
        error |= Add(r, static_cast<int>(c), "format", IssueCode::kInvalidPhone,
                     Cat(Quote(values[k]), " is not a valid phone number for ",
                         region, " (", p.reason.empty() ? "unreadable" : p.reason,
                         note, ")"),
                     values[k]);
      }
      for (const PhoneNumber& number : p.numbers) {
        const std::string what =
            p.numbers.size() == 1 ? Quote(values[k])
                                  : Cat(Quote(values[k]), ": ", Quote(number.input));
        if (!number.valid) {
          error |= Add(r, static_cast<int>(c), "format", IssueCode::kInvalidPhone,
                       Cat(what, " is not a valid phone number for ",
                           number.region.empty() ? region : number.region, " (",
                           number.reason.empty() ? "invalid" : number.reason,
                           note, ")"),
                       values[k]);
        } else if (ctx_.spec.phone_matches_country && row_region >= 0 &&
                   !number.region.empty() &&
                   number.region != ctx_.regions[row_region]) {
          const std::string_view country =
              ctx_.table.columns[ctx_.schema.country][r];
          error |= Add(r, static_cast<int>(c), "phone_matches_country",
                       IssueCode::kPhoneRegionMismatch,
                       Cat(what, " is a number of ", number.region,
                           ", but the row's country is ", Quote(country), " (",
                           ctx_.regions[row_region], ")"),
                       values[k]);
        }
      }
      if (!error) ++out_->valid[c];
    }
  }

  void CheckEmails(size_t c, const std::vector<size_t>& rows) {
    const std::span<const std::string_view> cells = ctx_.table.columns[c];
    std::vector<std::string_view> values(rows.size());
    for (size_t k = 0; k < rows.size(); ++k) values[k] = cells[rows[k]];
    const std::vector<NormalizedEmail> emails = NormalizeEmailColumn(values);
    for (size_t k = 0; k < rows.size(); ++k) {
      const size_t r = rows[k];
      const NormalizedEmail& e = emails[k];
      bool error = bad_[r - begin_];
      if (!e.valid) {
        error |= Add(r, static_cast<int>(c), "format", IssueCode::kInvalidEmail,
                     Cat(Quote(values[k]), " is not a valid e-mail address",
                         e.reason.empty() ? "" : Cat(" (", e.reason, ")")),
                     values[k]);
      } else if (ctx_.spec.email_typos && !e.suggested_domain.empty()) {
        error |= Add(r, static_cast<int>(c), "format",
                     IssueCode::kEmailTypoDomain,
                     Cat(Quote(values[k]), ": the domain ", e.domain,
                         " looks like a typo of ", e.suggested_domain),
                     values[k]);
      }
      if (!error) ++out_->valid[c];
    }
  }

  void CheckDates(size_t c, const std::vector<size_t>& rows) {
    const std::span<const std::string_view> cells = ctx_.table.columns[c];
    DateOptions options;
    options.day_first = ctx_.spec.date_day_first;
    NormalizedDate d;
    for (size_t r : rows) {
      const std::string_view value = cells[r];
      bool error = bad_[r - begin_];
      d = NormalizeDate(value, options);
      if (!d.valid) {
        error |= Add(r, static_cast<int>(c), "format", IssueCode::kInvalidDate,
                     Cat(Quote(value), " is not a valid date",
                         d.reason.empty() ? "" : Cat(" (", d.reason, ")")),
                     value);
      }
      if (!error) ++out_->valid[c];
    }
  }

  void CheckGroup(size_t g) {
    const size_t n = ctx_.table.columns.size();
    const std::vector<int>& group = ctx_.rules.groups[g];
    for (size_t r = begin_; r < end_; ++r) {
      if (ctx_.skipped[r]) continue;
      bool all_missing = true;
      for (int c : group) all_missing &= missing_[(r - begin_) * n + c] != 0;
      if (!all_missing) continue;
      std::string what;
      if (group.size() == 1) {
        what = Cat(ctx_.table.header[group[0]], " is not given");
      } else if (group.size() == 2) {
        what = Cat("neither ", ctx_.table.header[group[0]], " nor ",
                   ctx_.table.header[group[1]], " is given");
      } else {
        what = "none of ";
        for (size_t k = 0; k < group.size(); ++k) {
          what += Cat(k ? ", " : "", ctx_.table.header[group[k]]);
        }
        what += " is given";
      }
      ValidationIssue issue;
      issue.row = static_cast<uint32_t>(r);
      issue.id = IdText(r);
      issue.column = -1;
      issue.column_name = ctx_.rules.group_names[g];
      issue.rule = "at_least_one";
      issue.code = IssueCode::kAtLeastOneMissing;
      issue.severity = ctx_.spec.SeverityOf(issue.code);
      issue.message = Cat(Prefix(r, ""), what);
      out_->issues.push_back(std::move(issue));
    }
  }

  const Context& ctx_;
  const size_t begin_, end_;
  ChunkResult* out_;
  std::vector<uint8_t> missing_;  // (row - begin) * columns + column
  std::vector<uint8_t> bad_;      // per row of the column being checked
  absl::flat_hash_map<std::string_view, bool> picklist_seen_;
};

}  // namespace

absl::StatusOr<ValidationResult> ValidateTable(const Schema& schema,
                                               const ValidationSpec& spec,
                                               const TableView& table,
                                               const ValidationOptions& options) {
  const size_t n = table.columns.size();
  const size_t rows = table.num_rows;
  if (table.header.size() != n) {
    return absl::InvalidArgumentError(
        Cat("the table has ", table.header.size(), " header cells but ", n,
            " columns"));
  }
  for (size_t c = 0; c < n; ++c) {
    if (table.columns[c].size() != rows) {
      return absl::InvalidArgumentError(
          Cat("column ", table.header[c], " has ", table.columns[c].size(),
              " cells, the table ", rows, " rows"));
    }
  }
  absl::StatusOr<BoundRules> rules = Bind(schema, spec, table);
  if (!rules.ok()) return rules.status();

  std::vector<uint8_t> skipped(rows, 0);
  for (const InputIssue& i : options.input_issues) {
    if (i.row < rows && i.code == IssueCode::kRaggedRow) skipped[i.row] = 1;
  }
  // Each row's region, from its country (each distinct value read once).
  std::vector<int16_t> row_region;
  std::vector<std::string> regions;
  const int country = schema.country;
  if (country >= 0 && static_cast<size_t>(country) < n) {
    row_region.assign(rows, -1);
    absl::flat_hash_map<std::string_view, int16_t> seen;
    for (size_t r = 0; r < rows; ++r) {
      const std::string_view cell = table.columns[country][r];
      auto it = seen.find(cell);
      if (it == seen.end()) {
        int16_t index = -1;
        if (std::optional<std::string> region = RegionForCountry(cell)) {
          auto known = std::find(regions.begin(), regions.end(), *region);
          if (known == regions.end() && regions.size() < 30000) {
            regions.push_back(*region);
            known = regions.end() - 1;
          }
          if (known != regions.end()) index = static_cast<int16_t>(known - regions.begin());
        }
        it = seen.emplace(cell, index).first;
      }
      row_region[r] = it->second;
    }
  }
  const int id_column =
      schema.record_id >= 0 && static_cast<size_t>(schema.record_id) < n
          ? schema.record_id
          : -1;
  const Context ctx{schema,     spec,    table,
                    *rules,     skipped, row_region,
                    regions,    options.default_region, id_column};

  const size_t chunks = (rows + kChunkRows - 1) / kChunkRows;
  std::vector<ChunkResult> parts(chunks);
  auto work = [&](const tbb::blocked_range<size_t>& range) {
    for (size_t k = range.begin(); k < range.end(); ++k) {
      ChunkValidator(ctx, k * kChunkRows, std::min(rows, (k + 1) * kChunkRows),
                     &parts[k])
          .Run();
    }
  };
  if (options.threads != 1 && chunks > 1) {
    tbb::task_arena arena(options.threads > 0 ? options.threads
                                              : tbb::task_arena::automatic);
    arena.execute(
        [&] { tbb::parallel_for(tbb::blocked_range<size_t>(0, chunks, 1), work); });
  } else if (chunks > 0) {
    work(tbb::blocked_range<size_t>(0, chunks, chunks));
  }

  ValidationResult result;
  result.rows = rows;
  for (uint8_t s : skipped) result.rows_skipped += s;
  result.columns.resize(n);
  for (size_t c = 0; c < n; ++c) {
    ColumnValidationStats& s = result.columns[c];
    s.column = table.header[c];
    s.kind = c < schema.columns.size() ? schema.columns[c].kind : Kind::kText;
  }
  // The reader's issues, in row order, go before the row's own.
  std::vector<const InputIssue*> input;
  for (const InputIssue& i : options.input_issues) {
    if (i.row < rows) input.push_back(&i);
  }
  std::stable_sort(input.begin(), input.end(),
                   [](const InputIssue* a, const InputIssue* b) { return a->row < b->row; });
  size_t next_input = 0;
  auto add_input = [&](size_t up_to_row) {
    for (; next_input < input.size() && input[next_input]->row < up_to_row;
         ++next_input) {
      const InputIssue& i = *input[next_input];
      ValidationIssue issue;
      issue.row = i.row;
      issue.id = id_column >= 0 ? Printable(table.columns[id_column][i.row])
                                : Cat(i.row + 1);
      issue.column = i.column >= 0 && static_cast<size_t>(i.column) < n ? i.column : -1;
      if (issue.column >= 0) issue.column_name = table.header[issue.column];
      issue.rule = "input";
      issue.code = i.code;
      issue.severity = spec.SeverityOf(i.code);
      std::string prefix = Cat("row ", i.row + 1);
      if (id_column >= 0 && !table.columns[id_column][i.row].empty()) {
        prefix += Cat(" (id ", issue.id, ")");
      }
      issue.message = Cat(prefix, ": ", Printable(i.message));
      issue.value = Printable(i.value);
      result.issues.push_back(std::move(issue));
    }
  };
  for (size_t k = 0; k < chunks; ++k) {
    ChunkResult& part = parts[k];
    for (size_t c = 0; c < n; ++c) {
      result.columns[c].rows += part.rows[c];
      result.columns[c].present += part.present[c];
      result.columns[c].valid += part.valid[c];
    }
    // Within a chunk: by row, then column, whole-row issues last.
    std::stable_sort(part.issues.begin(), part.issues.end(),
                     [](const ValidationIssue& a, const ValidationIssue& b) {
                       if (a.row != b.row) return a.row < b.row;
                       const int ca = a.column < 0 ? INT_MAX : a.column;
                       const int cb = b.column < 0 ? INT_MAX : b.column;
                       return ca < cb;
                     });
    for (ValidationIssue& issue : part.issues) {
      add_input(issue.row + 1);
      result.issues.push_back(std::move(issue));
    }
    add_input((k + 1) * kChunkRows);
    part = ChunkResult();
  }
  add_input(rows);
  for (ColumnValidationStats& s : result.columns) {
    s.completeness = s.rows ? static_cast<double>(s.present) / s.rows : 1.0;
    s.validity = s.present ? static_cast<double>(s.valid) / s.present : 1.0;
  }
  int64_t last_error_row = -1, last_warning_row = -1;
  for (const ValidationIssue& issue : result.issues) {
    ++result.issues_by_code[static_cast<size_t>(issue.code)];
    if (issue.severity == Severity::kError) {
      ++result.errors;
      if (last_error_row != issue.row) ++result.rows_with_errors;
      last_error_row = issue.row;
    } else {
      ++result.warnings;
      if (last_warning_row != issue.row) ++result.rows_with_warnings;
      last_warning_row = issue.row;
    }
  }
  return result;
}

}  // namespace dqe
