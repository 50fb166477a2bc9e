// identity_keys.cc: reading the identity fields of reference rows.
#include "src/engine/identity_keys.h"

#include <cstdio>
#include <utility>

#include "absl/status/status.h"
#include "dqe/normalize.h"
#include "src/common/cat.h"
#include "src/common/utf8.h"
#include "src/merge/value_key.h"
#include "src/validate/picklist_key.h"

namespace dqe::internal {
namespace {

struct BoundField {
  const IdentityField* spec = nullptr;
  int column = -1;
  Kind kind = Kind::kText;
  // Enum: folded spelling → canonical value.
  std::vector<std::pair<std::string, std::string>> spellings;
  int required_field = -1;  // index of the field that must read non-zero
};

std::string Quoted(std::string_view cell) {
  std::string out = "\"";
  out.append(cell.substr(0, 60));
  if (cell.size() > 60) out += "…";
  out += '"';
  return out;
}

// Reads one (non-enum) cell; false with *problem set when it cannot.
bool ReadValue(const BoundField& f, std::string_view cell, std::string* value,
               bool* end_of_month, std::string* problem) {
  switch (f.kind) {
    case Kind::kDays:
    case Kind::kPercent:
    case Kind::kInteger:
    case Kind::kDecimal: {
      NormalizedNumber n = NormalizeNumber(cell, NumberOptionsFor(f.kind));
      if (!n.valid) {
        *problem = Cat(Quoted(cell), " is not a ",
                       f.kind == Kind::kDays      ? "number of days"
                       : f.kind == Kind::kPercent ? "percent"
                                                  : "number",
                       " (", n.reason, ")");
        return false;
      }
      if (n.value < 0) {
        *problem = Cat(Quoted(cell), " is negative");
        return false;
      }
      if (f.kind == Kind::kPercent && n.unit == NumberUnit::kDays) {
        *problem = Cat(Quoted(cell), " is a number of days, not a percent");
        return false;
      }
      if (f.kind == Kind::kDays && n.unit == NumberUnit::kPercent) {
        *problem = Cat(Quoted(cell), " is a percent, not a number of days");
        return false;
      }
      *end_of_month |= n.end_of_month;
      *value = NumberKey(n.value);
      return true;
    }
    case Kind::kDate: {
      NormalizedDate d = NormalizeDate(cell);
      if (!d.valid) {
        *problem = Cat(Quoted(cell), " is not a date (", d.reason, ")");
        return false;
      }
      *value = d.iso;
      return true;
    }
    default:
      *value = PicklistKey(cell);
      return true;
  }
}

}  // namespace

absl::StatusOr<IdentityKeys> ComputeIdentityKeys(const IdentitySpec& spec,
                                                 const Schema& schema,
                                                 const TableView& table) {
  std::vector<BoundField> fields;
  for (size_t i = 0; i < spec.fields.size(); ++i) {
    const IdentityField& f = spec.fields[i];
    BoundField b;
    b.spec = &f;
    for (size_t c = 0; c < table.header.size(); ++c) {
      if (table.header[c] == f.column) {
        b.column = static_cast<int>(c);
        break;
      }
    }
    if (b.column < 0) {
      return absl::InvalidArgumentError(
          Cat("identity.fields[", i, "].column: the table has no column \"",
              f.column, "\""));
    }
    // "values" make a field an enum unless it says its kind: then they are
    // spellings of values of that kind ("due on receipt" is 0 days).
    b.kind = f.kind ? *f.kind
                    : (f.values.empty() ? schema.columns[b.column].kind : Kind::kEnum);
    for (const auto& [canonical, others] : f.values) {
      b.spellings.emplace_back(PicklistKey(canonical), canonical);
      for (const std::string& s : others) b.spellings.emplace_back(PicklistKey(s), canonical);
    }
    fields.push_back(std::move(b));
  }
  for (BoundField& b : fields) {
    for (size_t k = 0; k < fields.size(); ++k) {
      if (!b.spec->requires_nonzero.empty() &&
          fields[k].spec->column == b.spec->requires_nonzero) {
        b.required_field = static_cast<int>(k);
      }
    }
  }

  // A days field counted from the end of the month needs an enum to say so;
  // without one, "end of month" is part of the key itself.
  bool has_eom_enum = false;
  for (const BoundField& f : fields) has_eom_enum |= !f.spec->end_of_month.empty();

  IdentityKeys out;
  out.keys.resize(table.num_rows);
  std::vector<std::string> values(fields.size());
  for (size_t r = 0; r < table.num_rows; ++r) {
    if (!table.flagged.empty() && table.flagged[r]) continue;
    bool end_of_month = false;
    bool ok = true;
    // Numbers and text first (they may say "end of month"), then enums.
    for (int pass = 0; pass < 2 && ok; ++pass) {
      for (size_t i = 0; i < fields.size() && ok; ++i) {
        const BoundField& f = fields[i];
        if ((f.kind == Kind::kEnum) != (pass == 1)) continue;
        std::string_view cell = table.columns[f.column][r];
        std::string problem;
        const bool blank = IsBlank(cell);
        if (FindInvalidUtf8(cell) != std::string_view::npos) {
          problem = "not valid UTF-8";
        } else if (f.kind == Kind::kEnum) {
          if (blank && end_of_month && !f.spec->end_of_month.empty()) {
            values[i] = f.spec->end_of_month;
            continue;
          }
          std::string_view text = cell;
          if (blank) {
            if (!f.spec->missing) {
              problem = "empty, and the field has no \"missing\" value";
            } else {
              text = *f.spec->missing;
            }
          }
          if (problem.empty()) {
            std::string key = PicklistKey(text);
            const std::string* found = nullptr;
            for (const auto& [spelling, canonical] : f.spellings) {
              if (spelling == key) {
                found = &canonical;
                break;
              }
            }
            if (found == nullptr) {
              std::string list;
              for (const auto& v : f.spec->values) {
                if (!list.empty()) list += ", ";
                list += v.first;
              }
              problem = Cat(Quoted(text), " is not one of: ", list);
            } else if (end_of_month && !f.spec->end_of_month.empty() &&
                       *found != f.spec->end_of_month) {
              problem = Cat(Quoted(text),
                            " contradicts a number of days counted from the "
                            "end of the month");
            } else {
              values[i] = *found;
            }
          }
        } else if (blank && !f.spec->missing) {
          problem = "empty, and the field has no \"missing\" value";
        } else {
          std::string_view text = blank ? std::string_view(*f.spec->missing) : cell;
          if (!f.spellings.empty()) {
            const std::string key = PicklistKey(text);
            for (const auto& [spelling, canonical] : f.spellings) {
              if (spelling == key) {
                text = canonical;
                break;
              }
            }
          }
          ReadValue(f, text, &values[i], &end_of_month, &problem);
        }
        if (!problem.empty()) {
          out.issues.push_back({static_cast<uint32_t>(r), f.spec->column,
                                Cat(problem, "; the row is matched with nothing")});
          ok = false;
        }
      }
    }
    if (!ok) continue;
    std::string key;
    for (size_t i = 0; i < fields.size(); ++i) {
      if (fields[i].required_field >= 0 && values[fields[i].required_field] == NumberKey(0)) {
        key += '-';  // ignored: the field it depends on reads zero
      } else {
        key += values[i];
      }
      key += '\x1f';
    }
    if (end_of_month && !has_eom_enum) key += "eom";
    out.keys[r] = std::move(key);
  }
  return out;
}

}  // namespace dqe::internal
