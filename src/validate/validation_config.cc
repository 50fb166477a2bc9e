// validation_config.cc: the "validation" object of the config, read into a
// ValidationSpec with errors that name the JSON path; the codes' names.
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "dqe/validate.h"
#include "nlohmann/json.hpp"
#include "src/common/cat.h"
#include "src/common/json_errors.h"

namespace dqe {
namespace {

using Json = nlohmann::json;
using internal::Cat;
using internal::JsonBad;
using internal::JsonExpected;
using internal::JsonTypeName;

constexpr std::string_view kCodeNames[kIssueCodeCount] = {
    "required_missing", "at_least_one_missing", "invalid_phone",
    "invalid_email",    "email_typo_domain",    "invalid_date",
    "not_in_picklist",  "too_long",             "phone_region_mismatch",
    "invalid_utf8",     "ragged_row",
};

std::string At(const std::string& path, size_t i) {
  return Cat(path, "[", i, "]");
}

absl::Status GetBool(const Json& j, const std::string& path, bool* out) {
  if (!j.is_boolean()) return JsonExpected(path, "true or false", j);
  *out = j.get<bool>();
  return absl::OkStatus();
}

// A non-empty array of non-empty strings (column names, picklist values).
absl::Status GetStrings(const Json& j, const std::string& path,
                        std::string_view what, bool allow_empty_strings,
                        std::vector<std::string>* out) {
  if (!j.is_array()) return JsonExpected(path, Cat("an array of ", what), j);
  if (j.empty()) return JsonBad(path, Cat("expected a non-empty array of ", what));
  for (size_t i = 0; i < j.size(); ++i) {
    if (!j[i].is_string()) return JsonExpected(At(path, i), "a string", j[i]);
    std::string s = j[i].get<std::string>();
    if (s.empty() && !allow_empty_strings) {
      return JsonBad(At(path, i), "must not be empty");
    }
    out->push_back(std::move(s));
  }
  return absl::OkStatus();
}

absl::Status ParsePicklist(const Json& j, const std::string& path,
                           PicklistRule* rule) {
  if (!j.is_object()) return JsonExpected(path, "an object", j);
  for (auto it = j.begin(); it != j.end(); ++it) {
    if (it.key() != "column" && it.key() != "values") {
      return JsonBad(Cat(path, ".", it.key()),
                 "unknown key (expected one of: column, values)");
    }
  }
  if (!j.contains("column")) return JsonBad(path, "a picklist needs a \"column\"");
  if (!j["column"].is_string()) {
    return JsonExpected(Cat(path, ".column"), "a column name", j["column"]);
  }
  rule->column = j["column"].get<std::string>();
  if (!j.contains("values")) return JsonBad(path, "a picklist needs \"values\"");
  return GetStrings(j["values"], Cat(path, ".values"), "strings",
                    /*allow_empty_strings=*/false, &rule->values);
}

absl::Status ParseSpec(const Json& j, ValidationSpec* spec) {
  const std::string root = "validation";
  if (!j.is_object()) return JsonExpected(root, "an object", j);
  if (absl::Status s = internal::JsonCheckKeys(
          j, root,
          {"required", "at_least_one", "formats", "picklists", "max_length",
           "phone_matches_country", "email_typos", "date_day_first", "missing_values",
           "severity", "description"});
      !s.ok()) {
    return s;
  }
  if (j.contains("required")) {
    if (absl::Status s =
            GetStrings(j["required"], root + ".required", "column names",
                       false, &spec->required);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("at_least_one")) {
    const Json& groups = j["at_least_one"];
    const std::string path = root + ".at_least_one";
    if (!groups.is_array()) {
      return JsonExpected(path, "an array of groups of column names", groups);
    }
    for (size_t i = 0; i < groups.size(); ++i) {
      std::vector<std::string> group;
      if (absl::Status s = GetStrings(groups[i], At(path, i), "column names",
                                      false, &group);
          !s.ok()) {
        return s;
      }
      spec->at_least_one.push_back(std::move(group));
    }
  }
  if (j.contains("formats")) {
    if (absl::Status s = GetBool(j["formats"], root + ".formats", &spec->formats);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("picklists")) {
    const Json& lists = j["picklists"];
    const std::string path = root + ".picklists";
    if (!lists.is_array()) {
      return JsonExpected(path, "an array of {\"column\", \"values\"}", lists);
    }
    for (size_t i = 0; i < lists.size(); ++i) {
      PicklistRule rule;
      if (absl::Status s = ParsePicklist(lists[i], At(path, i), &rule);
          !s.ok()) {
        return s;
      }
      spec->picklists.push_back(std::move(rule));
    }
  }
  if (j.contains("max_length")) {
    const Json& m = j["max_length"];
    const std::string path = root + ".max_length";
    if (!m.is_object()) {
      return JsonExpected(path, "an object of column name: length", m);
    }
    for (auto it = m.begin(); it != m.end(); ++it) {
      const std::string p = Cat(path, ".", it.key());
      const Json& v = it.value();
      if (!v.is_number_integer() && !v.is_number_unsigned()) {
        return JsonExpected(p, "a whole number", v);
      }
      if (v.is_number_integer() && v.get<int64_t>() < 1) {
        return JsonBad(p, "must be at least 1");
      }
      spec->max_length.emplace_back(it.key(),
                                    static_cast<size_t>(v.get<uint64_t>()));
    }
  }
  struct Flag {
    std::string_view key;
    bool* out;
  };
  for (const Flag& f : {Flag{"phone_matches_country", &spec->phone_matches_country},
                        Flag{"email_typos", &spec->email_typos},
                        Flag{"date_day_first", &spec->date_day_first}}) {
    const std::string key(f.key);
    if (!j.contains(key)) continue;
    if (absl::Status s = GetBool(j[key], Cat(root, ".", key), f.out); !s.ok()) {
      return s;
    }
  }
  if (j.contains("missing_values")) {
    const Json& m = j["missing_values"];
    const std::string path = root + ".missing_values";
    if (!m.is_array()) return JsonExpected(path, "an array of strings", m);
    spec->missing_values.clear();
    for (size_t i = 0; i < m.size(); ++i) {
      if (!m[i].is_string()) return JsonExpected(At(path, i), "a string", m[i]);
      spec->missing_values.push_back(m[i].get<std::string>());
    }
  }
  if (j.contains("severity")) {
    const Json& m = j["severity"];
    const std::string path = root + ".severity";
    if (!m.is_object()) {
      return JsonExpected(path, "an object of code: \"error\" or \"warning\"", m);
    }
    for (auto it = m.begin(); it != m.end(); ++it) {
      const std::string p = Cat(path, ".", it.key());
      std::optional<IssueCode> code = IssueCodeFromName(it.key());
      if (!code) {
        std::string list;
        for (std::string_view n : kCodeNames) {
          if (!list.empty()) list += ", ";
          list += n;
        }
        return JsonBad(p, Cat("unknown code (expected one of: ", list, ")"));
      }
      const Json& v = it.value();
      if (!v.is_string() ||
          (v.get<std::string>() != "error" && v.get<std::string>() != "warning")) {
        return JsonBad(p, Cat("expected \"error\" or \"warning\", got ",
                          v.is_string() ? Cat("\"", v.get<std::string>(), "\"")
                                        : std::string(JsonTypeName(v))));
      }
      spec->severity.emplace_back(*code, v.get<std::string>() == "error"
                                             ? Severity::kError
                                             : Severity::kWarning);
    }
  }
  return absl::OkStatus();
}

}  // namespace

std::string_view IssueCodeName(IssueCode code) {
  const size_t i = static_cast<size_t>(code);
  return i < kIssueCodeCount ? kCodeNames[i] : std::string_view("unknown");
}

std::optional<IssueCode> IssueCodeFromName(std::string_view name) {
  for (size_t i = 0; i < kIssueCodeCount; ++i) {
    if (kCodeNames[i] == name) return static_cast<IssueCode>(i);
  }
  return std::nullopt;
}

std::string_view SeverityName(Severity severity) {
  return severity == Severity::kWarning ? "warning" : "error";
}

Severity DefaultSeverity(IssueCode code) {
  return code == IssueCode::kEmailTypoDomain ||
                 code == IssueCode::kPhoneRegionMismatch
             ? Severity::kWarning
             : Severity::kError;
}

Severity ValidationSpec::SeverityOf(IssueCode code) const {
  for (const auto& [c, s] : severity) {
    if (c == code) return s;
  }
  return DefaultSeverity(code);
}

absl::StatusOr<ValidationSpec> ValidationSpec::FromJson(std::string_view json) {
  ValidationSpec spec;
  if (json.find_first_not_of(" \t\r\n") == std::string_view::npos) return spec;
  Json j = Json::parse(json.begin(), json.end(), nullptr,
                       /*allow_exceptions=*/false);
  if (j.is_discarded()) {
    return absl::InvalidArgumentError("validation: not valid JSON");
  }
  if (absl::Status s = ParseSpec(j, &spec); !s.ok()) return s;
  return spec;
}

}  // namespace dqe
