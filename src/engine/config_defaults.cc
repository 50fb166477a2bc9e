// config_defaults.cc: what a config that says nothing means — the schema
// bound to a header, and the comparisons and blocking rules that follow from
// the columns' kinds.
#include <cmath>
#include <string>
#include <vector>

#include "absl/status/status.h"
#include "src/common/cat.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "dqe/config.h"
#include "src/engine/match_plan.h"
#include "nlohmann/json.hpp"

namespace dqe {
namespace {

LevelSpec Level(std::string name, LevelTest test, double threshold, double m,
                double u) {
  LevelSpec l;
  l.name = std::move(name);
  l.test = test;
  l.threshold = threshold;
  l.m = m;
  l.u = u;
  return l;
}

// Level sets by kind. The m/u values are the untrained defaults: m from how
// often true duplicates of CRM contacts fall in each level, u from how often
// two different contacts do (common agreement on city, rare on phone).
std::vector<LevelSpec> FullNameLevels() {
  return {Level("exact", LevelTest::kEqual, 0, 0.76, 0.0008),
          Level("close", LevelTest::kTokenSort, 0.88, 0.10, 0.002),
          Level("partial", LevelTest::kTokenSubset, 0, 0.06, 0.004),
          Level("similar", LevelTest::kJaroWinkler, 0.84, 0.04, 0.03),
          Level("other_kind", LevelTest::kOtherKind, 0, 0.02, 0.10),
          Level("different", LevelTest::kElse, 0, 0.02, 0.8632)};
}
std::vector<LevelSpec> NamePartLevels() {
  return {Level("exact", LevelTest::kEqual, 0, 0.84, 0.01),
          Level("close", LevelTest::kJaroWinkler, 0.92, 0.08, 0.006),
          Level("similar", LevelTest::kJaroWinkler, 0.84, 0.04, 0.03),
          Level("different", LevelTest::kElse, 0, 0.04, 0.944)};
}
std::vector<LevelSpec> PhoneLevels() {
  return {Level("exact", LevelTest::kEqualMobile, 0, 0.62, 0.00001),
          Level("shared_line", LevelTest::kEqual, 0, 0.10, 0.0005),
          Level("close", LevelTest::kLevenshtein, 1, 0.04, 0.0005),
          Level("other_kind", LevelTest::kOtherKind, 0, 0.14, 0.35),
          Level("different", LevelTest::kElse, 0, 0.10, 0.64899)};
}
std::vector<LevelSpec> EmailLevels() {
  return {Level("exact", LevelTest::kEqual, 0, 0.70, 0.00001),
          Level("same_user", LevelTest::kEmailLocal, 0, 0.06, 0.003),
          Level("close", LevelTest::kJaroWinkler, 0.92, 0.04, 0.01),
          Level("other_kind", LevelTest::kOtherKind, 0, 0.16, 0.45),
          Level("different", LevelTest::kElse, 0, 0.04, 0.53699)};
}
std::vector<LevelSpec> CompanyLevels() {
  return {Level("exact", LevelTest::kEqual, 0, 0.55, 0.004),
          Level("close", LevelTest::kTokenSet, 0.85, 0.10, 0.01),
          Level("core", LevelTest::kCoreName, 0, 0.10, 0.006),
          Level("different", LevelTest::kElse, 0, 0.25, 0.98)};
}
std::vector<LevelSpec> AddressLevels() {
  return {Level("exact", LevelTest::kEqual, 0, 0.50, 0.0005),
          Level("close", LevelTest::kTokenSet, 0.85, 0.15, 0.002),
          Level("partial", LevelTest::kTokenSet, 0.6, 0.10, 0.03),
          Level("different", LevelTest::kElse, 0, 0.25, 0.9675)};
}
std::vector<LevelSpec> CityLevels() {
  return {Level("exact", LevelTest::kEqual, 0, 0.70, 0.08),
          Level("close", LevelTest::kJaroWinkler, 0.90, 0.05, 0.02),
          Level("different", LevelTest::kElse, 0, 0.25, 0.90)};
}
std::vector<LevelSpec> PostcodeLevels() {
  return {Level("exact", LevelTest::kEqual, 0, 0.85, 0.005),
          Level("close", LevelTest::kLevenshtein, 1, 0.08, 0.03),
          Level("different", LevelTest::kElse, 0, 0.07, 0.965)};
}
std::vector<LevelSpec> DateLevels() {
  return {Level("exact", LevelTest::kEqual, 0, 0.85, 0.0005),
          Level("typo", LevelTest::kDateTypo, 0, 0.10, 0.003),
          Level("different", LevelTest::kElse, 0, 0.05, 0.9965)};
}

ComparisonSpec Comparison(std::string name, const Column& column,
                          std::vector<LevelSpec> levels) {
  ComparisonSpec c;
  c.name = std::move(name);
  c.columns = {column.name};
  c.kind = column.kind;
  c.levels = std::move(levels);
  return c;
}

// A comparison name the schema has not used yet: "phone", then "phone_2" ...
std::string FreshName(const std::vector<ComparisonSpec>& taken,
                      std::string_view base) {
  for (int n = 1;; ++n) {
    std::string name = n == 1 ? std::string(base) : internal::Cat(base, "_", n);
    bool used = false;
    for (const ComparisonSpec& c : taken) used |= (c.name == name);
    if (!used) return name;
  }
}

}  // namespace

namespace internal {
std::vector<LevelSpec> DefaultLevels(Kind kind, Role role) {
  switch (kind) {
    case Kind::kPersonName:
      return role == Role::kGivenName || role == Role::kFamilyName
                 ? NamePartLevels()
                 : FullNameLevels();
    case Kind::kPhone: return PhoneLevels();
    case Kind::kEmail: return EmailLevels();
    case Kind::kCompany: return CompanyLevels();
    case Kind::kAddress: return AddressLevels();
    case Kind::kCity: return CityLevels();
    case Kind::kDate: return DateLevels();
    default: return PostcodeLevels();
  }
}
}  // namespace internal

absl::StatusOr<Schema> ResolveSchema(const Config& config,
                                     const std::vector<std::string>& header) {
  std::vector<std::string_view> views(header.begin(), header.end());
  Schema schema = InferSchema(views);
  for (const Column& c : config.columns) {
    int index = schema.Find(c.name);
    if (index < 0) {
      return absl::InvalidArgumentError(internal::Cat(
          "config names column \"", c.name,
          "\", which the header does not have (header: ",
          absl::StrJoin(header, ", "), ")"));
    }
    schema.columns[index] = c;
  }
  // Settle the roles the config may have moved.
  if (!config.columns.empty()) {
    schema.record_id = -1;
    schema.country = -1;
    for (size_t i = 0; i < schema.columns.size(); ++i) {
      const Column& c = schema.columns[i];
      if (c.role == Role::kRecordId && schema.record_id < 0) {
        schema.record_id = static_cast<int>(i);
      }
      if (c.kind == Kind::kCountry && schema.country < 0) {
        schema.country = static_cast<int>(i);
      }
    }
  }
  return schema;
}

std::vector<ComparisonSpec> DefaultComparisons(const Schema& schema) {
  std::vector<ComparisonSpec> out;
  // Given and family names in two columns are compared as one name, so that
  // a row with the two swapped ("Taylor", "Julia") still agrees.
  const Column* given = nullptr;
  const Column* family = nullptr;
  for (const Column& c : schema.columns) {
    if (c.kind != Kind::kPersonName) continue;
    if (c.role == Role::kGivenName && !given) given = &c;
    if (c.role == Role::kFamilyName && !family) family = &c;
  }
  if (given && family) {
    ComparisonSpec s;
    s.name = "name";
    s.columns = {given->name, family->name};
    s.kind = Kind::kPersonName;
    s.levels = FullNameLevels();
    s.term_frequency = true;
    out.push_back(std::move(s));
  }
  for (const Column& c : schema.columns) {
    switch (c.kind) {
      case Kind::kPersonName: {
        if (given && family && (&c == given || &c == family)) break;
        bool part = c.role == Role::kGivenName || c.role == Role::kFamilyName;
        std::string base = c.role == Role::kGivenName    ? "given_name"
                           : c.role == Role::kFamilyName ? "family_name"
                                                         : "name";
        ComparisonSpec s = Comparison(FreshName(out, base), c,
                                      part ? NamePartLevels() : FullNameLevels());
        s.term_frequency = true;
        out.push_back(std::move(s));
        break;
      }
      case Kind::kPhone: {
        // Several phone columns (phone, mobile, home) are one list of
        // numbers: a number typed under "mobile" in one row and "phone" in
        // another is the same number.
        bool first = true;
        for (const ComparisonSpec& o : out) first &= o.name != "phone";
        if (!first) break;
        ComparisonSpec s = Comparison("phone", c, PhoneLevels());
        s.columns.clear();
        for (const Column& p : schema.columns) {
          if (p.kind == Kind::kPhone) s.columns.push_back(p.name);
        }
        out.push_back(std::move(s));
        break;
      }
      case Kind::kEmail:
        out.push_back(Comparison(FreshName(out, "email"), c, EmailLevels()));
        break;
      case Kind::kCompany:
        out.push_back(Comparison(FreshName(out, "company"), c, CompanyLevels()));
        break;
      case Kind::kAddress:
        out.push_back(Comparison(FreshName(out, "address"), c, AddressLevels()));
        break;
      case Kind::kCity:
        out.push_back(Comparison(FreshName(out, "city"), c, CityLevels()));
        break;
      case Kind::kDate:
        if (c.role == Role::kBirthDate) {
          out.push_back(Comparison(FreshName(out, "birth_date"), c, DateLevels()));
        }
        break;
      default:
        if (c.role == Role::kPostcode) {
          out.push_back(
              Comparison(FreshName(out, "postcode"), c, PostcodeLevels()));
        }
        break;
    }
  }
  return out;
}

std::vector<BlockingRule> DefaultBlockingRules(const Schema& schema) {
  std::vector<BlockingRule> rules;
  auto part = [](const Column& c, KeyTransform t, size_t length = 0) {
    KeyPart p;
    p.column = c.name;
    p.transform = t;
    p.length = length;
    return p;
  };
  auto add = [&rules](std::vector<KeyPart> keys) {
    BlockingRule r;
    std::vector<std::string> texts;
    for (const KeyPart& k : keys) texts.push_back(KeyPartText(k));
    r.name = absl::StrJoin(texts, "+");
    r.keys = std::move(keys);
    rules.push_back(std::move(r));
  };
  const Column* full = nullptr;
  const Column* given = nullptr;
  const Column* family = nullptr;
  const Column* city = nullptr;
  const Column* address = nullptr;
  const Column* company = nullptr;
  const Column* birth = nullptr;
  const Column* postcode = nullptr;
  std::vector<std::string> phones;
  for (const Column& c : schema.columns) {
    if (c.kind == Kind::kPhone) phones.push_back(c.name);
  }
  bool phone_rule = false;
  for (const Column& c : schema.columns) {
    if (c.kind == Kind::kPhone) {
      // Every phone column as one list of numbers (see DefaultComparisons).
      if (!phone_rule) {
        KeyPart p = part(c, KeyTransform::kKey);
        p.column = absl::StrJoin(phones, "+");
        add({std::move(p)});
        phone_rule = true;
      }
    } else if (c.kind == Kind::kEmail) {
      add({part(c, KeyTransform::kKey)});
    } else if (c.kind == Kind::kPersonName) {
      if (c.role == Role::kGivenName) {
        if (!given) given = &c;
      } else if (c.role == Role::kFamilyName) {
        if (!family) family = &c;
      } else if (!full) {
        full = &c;
      }
    } else if (c.kind == Kind::kCity && !city) {
      city = &c;
    } else if (c.kind == Kind::kAddress && !address) {
      address = &c;
    } else if (c.kind == Kind::kCompany && !company) {
      company = &c;
    } else if (c.kind == Kind::kDate && c.role == Role::kBirthDate && !birth) {
      birth = &c;
    } else if (c.role == Role::kPostcode && !postcode) {
      postcode = &c;
    }
  }
  if (full) {
    add({part(*full, KeyTransform::kSorted)});
    if (address) add({part(*address, KeyTransform::kKey), part(*full, KeyTransform::kPrefix, 1)});
    if (company) add({part(*company, KeyTransform::kKey), part(*full, KeyTransform::kPrefix, 2)});
    if (birth) add({part(*birth, KeyTransform::kKey)});
  }
  if (given && family) {
    KeyPart both;
    both.column = given->name + "+" + family->name;
    both.transform = KeyTransform::kSorted;
    add({both});
    if (birth) add({part(*birth, KeyTransform::kKey)});
    if (postcode) add({part(*postcode, KeyTransform::kKey), part(*given, KeyTransform::kPrefix, 1)});
    if (city) add({part(*city, KeyTransform::kKey), part(*family, KeyTransform::kPrefix, 2)});
  } else if (family && birth) {
    add({part(*family, KeyTransform::kKey), part(*birth, KeyTransform::kYear)});
  }
  return rules;
}

std::string ConfigToJson(const Config& config, const Schema& schema) {
  nlohmann::ordered_json j;
  j["default_region"] = config.default_region;
  nlohmann::ordered_json cols = nlohmann::ordered_json::array();
  for (const Column& c : schema.columns) {
    nlohmann::ordered_json col;
    col["name"] = c.name;
    col["kind"] = std::string(KindName(c.kind));
    if (c.role != Role::kNone) col["role"] = std::string(RoleName(c.role));
    if (c.required) col["required"] = true;
    if (!c.region.empty()) col["region"] = c.region;
    cols.push_back(std::move(col));
  }
  j["columns"] = std::move(cols);
  nlohmann::ordered_json blocking;
  nlohmann::ordered_json rules = nlohmann::ordered_json::array();
  for (const BlockingRule& r : config.blocking.rules.empty()
                                   ? DefaultBlockingRules(schema)
                                   : config.blocking.rules) {
    nlohmann::ordered_json rule;
    rule["name"] = r.name;
    nlohmann::ordered_json keys = nlohmann::ordered_json::array();
    for (const KeyPart& k : r.keys) keys.push_back(KeyPartText(k));
    rule["keys"] = std::move(keys);
    rules.push_back(std::move(rule));
  }
  blocking["rules"] = std::move(rules);
  blocking["max_block_size"] = config.blocking.max_block_size;
  blocking["oversized"] =
      config.blocking.oversized == OversizedBlocks::kWindow ? "window" : "skip";
  blocking["window"] = config.blocking.window;
  j["blocking"] = std::move(blocking);
  nlohmann::ordered_json comps = nlohmann::ordered_json::array();
  for (const ComparisonSpec& c : config.comparisons.empty()
                                     ? DefaultComparisons(schema)
                                     : config.comparisons) {
    nlohmann::ordered_json comp;
    comp["name"] = c.name;
    comp["columns"] = c.columns;
    if (c.kind) comp["kind"] = std::string(KindName(*c.kind));
    comp["term_frequency"] = c.term_frequency.value_or(
        c.kind == Kind::kPersonName || c.kind == Kind::kPhone ||
        c.kind == Kind::kEmail || c.kind == Kind::kCompany ||
        c.kind == Kind::kAddress);
    nlohmann::ordered_json levels = nlohmann::ordered_json::array();
    for (const LevelSpec& l : c.levels) {
      nlohmann::ordered_json level;
      level["name"] = l.name;
      level["test"] = std::string(LevelTestName(l.test));
      if (l.test != LevelTest::kElse && l.test != LevelTest::kEqual &&
          l.test != LevelTest::kEqualMobile &&
          l.test != LevelTest::kTokenSubset && l.test != LevelTest::kCoreName &&
          l.test != LevelTest::kInitials &&
          l.test != LevelTest::kEmailLocal && l.test != LevelTest::kDateTypo &&
          l.test != LevelTest::kOtherKind) {
        level["threshold"] = l.threshold;
      }
      if (l.m > 0) level["m"] = l.m;
      if (l.u > 0) level["u"] = l.u;
      levels.push_back(std::move(level));
    }
    comp["levels"] = std::move(levels);
    comps.push_back(std::move(comp));
  }
  j["comparisons"] = std::move(comps);
  j["threshold"] = config.threshold;
  if (config.prior) {
    j["prior"] = *config.prior;
  } else {
    j["duplicates_per_row"] = config.duplicates_per_row;
  }
  j["max_cell_bytes"] = config.max_cell_bytes;
  if (config.cannot_link) {
    nlohmann::ordered_json guards = nlohmann::ordered_json::array();
    for (const CannotLinkRule& g : *config.cannot_link) {
      nlohmann::ordered_json guard;
      guard["differ"] = g.differ;
      guard["unless"] = g.unless;
      guards.push_back(std::move(guard));
    }
    j["cannot_link"] = std::move(guards);
  }
  if (std::isfinite(config.cannot_link_strong_evidence)) {
    j["cannot_link_strong_evidence"] = config.cannot_link_strong_evidence;
  } else {
    j["cannot_link_strong_evidence"] = nullptr;
  }
  nlohmann::ordered_json training;
  training["random_pairs"] = config.training.random_pairs;
  training["max_iterations"] = config.training.max_iterations;
  training["u_prior_pairs"] = config.training.u_prior_pairs;
  training["seed"] = config.training.seed;
  j["training"] = std::move(training);
  // Objects other readers check, echoed as written.
  for (const auto& [key, text] :
       {std::pair<const char*, const std::string*>{"validation", &config.validation_json},
        {"merge", &config.merge_json},
        {"identity", &config.identity_json}}) {
    if (text->empty()) continue;
    nlohmann::ordered_json echoed = nlohmann::ordered_json::parse(*text, nullptr, false);
    if (!echoed.is_discarded()) j[key] = std::move(echoed);
  }
  return j.dump(2);
}

}  // namespace dqe
