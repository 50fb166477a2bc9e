// merge_config.cc: the "merge" object of the config, read into a MergeSpec
// with errors that name the JSON path; the names of rules and cell fates.
#include <string>
#include <string_view>

#include "absl/status/status.h"
#include "dqe/merge.h"
#include "nlohmann/json.hpp"
#include "src/common/cat.h"
#include "src/common/json_errors.h"

namespace dqe {
namespace {

using Json = nlohmann::json;
using internal::Cat;
using internal::JsonBad;
using internal::JsonExpected;

struct RuleName {
  SurvivorshipRule rule;
  std::string_view name;
};
constexpr RuleName kRules[] = {
    {SurvivorshipRule::kMostRecent, "most_recent"},
    {SurvivorshipRule::kMostComplete, "most_complete"},
    {SurvivorshipRule::kMostFrequent, "most_frequent"},
    {SurvivorshipRule::kSourcePriority, "source_priority"},
    {SurvivorshipRule::kLongest, "longest"},
    {SurvivorshipRule::kFirstNonEmpty, "first_non_empty"},
    {SurvivorshipRule::kUnion, "union"},
    {SurvivorshipRule::kCanonical, "canonical"},
};

constexpr std::string_view kFateNames[] = {"golden", "same", "lost", "empty",
                                           "id"};

absl::Status GetRule(const Json& j, const std::string& path,
                     SurvivorshipRule* out) {
  std::string list;
  for (const RuleName& r : kRules) {
    if (!list.empty()) list += ", ";
    list += r.name;
  }
  if (!j.is_string()) return JsonExpected(path, Cat("a rule (one of: ", list, ")"), j);
  std::optional<SurvivorshipRule> rule =
      SurvivorshipRuleFromName(j.get<std::string>());
  if (!rule) {
    return JsonBad(path, Cat("unknown rule \"", j.get<std::string>(),
                             "\" (expected one of: ", list, ")"));
  }
  *out = *rule;
  return absl::OkStatus();
}

absl::Status GetString(const Json& j, const std::string& path, bool allow_empty,
                       std::string* out) {
  if (!j.is_string()) return JsonExpected(path, "a string", j);
  *out = j.get<std::string>();
  if (out->empty() && !allow_empty) return JsonBad(path, "must not be empty");
  return absl::OkStatus();
}

absl::Status ParseSpec(const Json& j, MergeSpec* spec) {
  const std::string root = "merge";
  if (absl::Status s = internal::JsonCheckKeys(
          j, root,
          {"default", "fields", "timestamp", "source", "source_priority",
           "separator", "survivor", "clean", "description"});
      !s.ok()) {
    return s;
  }
  if (j.contains("default")) {
    if (absl::Status s = GetRule(j["default"], root + ".default", &spec->default_rule);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("fields")) {
    const Json& fields = j["fields"];
    if (!fields.is_object()) {
      return JsonExpected(root + ".fields", "an object of column: rule", fields);
    }
    for (auto it = fields.begin(); it != fields.end(); ++it) {
      SurvivorshipRule rule;
      if (absl::Status s = GetRule(it.value(), Cat(root, ".fields.", it.key()), &rule);
          !s.ok()) {
        return s;
      }
      spec->fields.emplace_back(it.key(), rule);
    }
  }
  if (j.contains("timestamp")) {
    if (absl::Status s = GetString(j["timestamp"], root + ".timestamp", false,
                                   &spec->timestamp);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("source")) {
    if (absl::Status s =
            GetString(j["source"], root + ".source", false, &spec->source);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("source_priority")) {
    const Json& list = j["source_priority"];
    const std::string path = root + ".source_priority";
    if (!list.is_array()) return JsonExpected(path, "an array of source names", list);
    for (size_t i = 0; i < list.size(); ++i) {
      std::string s;
      if (absl::Status st = GetString(list[i], Cat(path, "[", i, "]"), false, &s);
          !st.ok()) {
        return st;
      }
      spec->source_priority.push_back(std::move(s));
    }
  }
  if (j.contains("separator")) {
    if (absl::Status s = GetString(j["separator"], root + ".separator", false,
                                   &spec->separator);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("clean")) {
    if (!j["clean"].is_boolean()) {
      return JsonExpected(root + ".clean", "true or false", j["clean"]);
    }
    spec->clean = j["clean"].get<bool>();
  }
  if (j.contains("survivor")) {
    if (absl::Status s = GetString(j["survivor"], root + ".survivor", false,
                                   &spec->survivor_column);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("description") && !j["description"].is_string()) {
    return JsonExpected(root + ".description", "a string", j["description"]);
  }
  return absl::OkStatus();
}

}  // namespace

std::string_view SurvivorshipRuleName(SurvivorshipRule rule) {
  for (const RuleName& r : kRules) {
    if (r.rule == rule) return r.name;
  }
  return "most_recent";
}

std::optional<SurvivorshipRule> SurvivorshipRuleFromName(std::string_view name) {
  for (const RuleName& r : kRules) {
    if (r.name == name) return r.rule;
  }
  return std::nullopt;
}

std::string_view CellFateName(CellFate fate) {
  size_t i = static_cast<size_t>(fate);
  return i < std::size(kFateNames) ? kFateNames[i] : "empty";
}

std::optional<CellFate> CellFateFromName(std::string_view name) {
  for (size_t i = 0; i < std::size(kFateNames); ++i) {
    if (kFateNames[i] == name) return static_cast<CellFate>(i);
  }
  return std::nullopt;
}

absl::StatusOr<MergeSpec> MergeSpec::FromJson(std::string_view json) {
  Json j = Json::parse(json.begin(), json.end(), nullptr, /*allow_exceptions=*/false);
  if (j.is_discarded()) return absl::InvalidArgumentError("merge: not valid JSON");
  MergeSpec spec;
  if (absl::Status s = ParseSpec(j, &spec); !s.ok()) return s;
  return spec;
}

}  // namespace dqe
