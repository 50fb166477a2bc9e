// config.cc: reading the JSON config, with errors that name the JSON path.
#include "dqe/config.h"

#include <cmath>
#include <limits>
#include <fstream>
#include <sstream>

#include "absl/status/status.h"
#include "src/common/cat.h"
#include "src/common/split.h"
#include "absl/strings/numbers.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "nlohmann/json.hpp"

namespace dqe {
namespace {

using Json = nlohmann::json;

struct LevelTestNameEntry {
  LevelTest test;
  std::string_view name;
};
constexpr LevelTestNameEntry kLevelTests[] = {
    {LevelTest::kEqual, "equal"},
    {LevelTest::kEqualMobile, "equal_mobile"},
    {LevelTest::kJaroWinkler, "jaro_winkler"},
    {LevelTest::kLevenshtein, "levenshtein"},
    {LevelTest::kLevenshteinSimilarity, "levenshtein_similarity"},
    {LevelTest::kTokenSet, "token_set"},
    {LevelTest::kTokenSort, "token_sort"},
    {LevelTest::kTokenSubset, "token_subset"},
    {LevelTest::kCoreName, "core_name"},
    {LevelTest::kInitials, "initials"},
    {LevelTest::kEmailLocal, "email_local"},
    {LevelTest::kDateTypo, "date_typo"},
    {LevelTest::kWithin, "within"},
    {LevelTest::kOtherKind, "other_kind"},
    {LevelTest::kElse, "else"},
};

std::string_view TypeName(const Json& j) {
  switch (j.type()) {
    case Json::value_t::null: return "null";
    case Json::value_t::boolean: return "a boolean";
    case Json::value_t::number_integer:
    case Json::value_t::number_unsigned:
    case Json::value_t::number_float: return "a number";
    case Json::value_t::string: return "a string";
    case Json::value_t::array: return "an array";
    case Json::value_t::object: return "an object";
    default: return "something else";
  }
}

absl::Status Bad(const std::string& path, std::string_view problem) {
  return absl::InvalidArgumentError(
      internal::Cat(path.empty() ? std::string("config") : path, ": ", problem));
}

absl::Status Expected(const std::string& path, std::string_view what,
                      const Json& got) {
  return Bad(path, internal::Cat("expected ", what, ", got ", TypeName(got)));
}

// Checks that `obj` is an object whose keys are all in `allowed`.
absl::Status CheckObject(const Json& obj, const std::string& path,
                         std::initializer_list<std::string_view> allowed) {
  if (!obj.is_object()) return Expected(path, "an object", obj);
  for (auto it = obj.begin(); it != obj.end(); ++it) {
    bool known = false;
    for (std::string_view a : allowed) known |= (a == it.key());
    if (!known) {
      return Bad(path.empty() ? it.key() : internal::Cat(path, ".", it.key()),
                 internal::Cat("unknown key (expected one of: ",
                              internal::JoinViews(std::vector<std::string_view>(allowed), ", "), ")"));
    }
  }
  return absl::OkStatus();
}

std::string Sub(const std::string& path, std::string_view key) {
  return path.empty() ? std::string(key) : internal::Cat(path, ".", key);
}
std::string At(const std::string& path, size_t i) {
  return internal::Cat(path, "[", i, "]");
}

absl::Status GetString(const Json& j, const std::string& path,
                       std::string* out) {
  if (!j.is_string()) return Expected(path, "a string", j);
  *out = j.get<std::string>();
  return absl::OkStatus();
}

absl::Status GetNumber(const Json& j, const std::string& path, double* out) {
  if (!j.is_number()) return Expected(path, "a number", j);
  *out = j.get<double>();
  if (!std::isfinite(*out)) return Bad(path, "must be a finite number");
  return absl::OkStatus();
}

absl::Status GetCount(const Json& j, const std::string& path, size_t* out) {
  if (!j.is_number_integer() && !j.is_number_unsigned()) {
    return Expected(path, "a whole number", j);
  }
  if (j.type() == Json::value_t::number_integer && j.get<int64_t>() < 0) {
    return Bad(path, "must not be negative");
  }
  *out = static_cast<size_t>(j.get<uint64_t>());
  return absl::OkStatus();
}

absl::Status GetProbability(const Json& j, const std::string& path,
                            double* out) {
  if (absl::Status s = GetNumber(j, path, out); !s.ok()) return s;
  if (!(*out > 0.0 && *out <= 1.0)) {
    return Bad(path, "must be a number in (0, 1]");
  }
  return absl::OkStatus();
}

absl::Status ParseColumn(const Json& j, const std::string& path, Column* c) {
  if (absl::Status s =
          CheckObject(j, path, {"name", "kind", "role", "required", "region"});
      !s.ok()) {
    return s;
  }
  if (!j.contains("name")) return Bad(path, "a column needs a \"name\"");
  if (absl::Status s = GetString(j["name"], Sub(path, "name"), &c->name);
      !s.ok()) {
    return s;
  }
  *c = InferColumn(c->name);
  c->name = j["name"].get<std::string>();
  if (j.contains("kind")) {
    std::string kind;
    if (absl::Status s = GetString(j["kind"], Sub(path, "kind"), &kind);
        !s.ok()) {
      return s;
    }
    std::optional<Kind> k = KindFromName(kind);
    if (!k) return Bad(Sub(path, "kind"), internal::Cat("unknown kind \"", kind, "\""));
    c->kind = *k;
    if (!j.contains("role")) c->role = Role::kNone;
  }
  if (j.contains("role")) {
    std::string role;
    if (absl::Status s = GetString(j["role"], Sub(path, "role"), &role);
        !s.ok()) {
      return s;
    }
    std::optional<Role> r = RoleFromName(role);
    if (!r) return Bad(Sub(path, "role"), internal::Cat("unknown role \"", role, "\""));
    c->role = *r;
  }
  if (j.contains("required")) {
    if (!j["required"].is_boolean()) {
      return Expected(Sub(path, "required"), "true or false", j["required"]);
    }
    c->required = j["required"].get<bool>();
  }
  if (j.contains("region")) {
    if (absl::Status s = GetString(j["region"], Sub(path, "region"), &c->region);
        !s.ok()) {
      return s;
    }
  }
  return absl::OkStatus();
}

absl::Status ParseLevel(const Json& j, const std::string& path, LevelSpec* l) {
  if (absl::Status s =
          CheckObject(j, path, {"name", "test", "threshold", "m", "u"});
      !s.ok()) {
    return s;
  }
  if (!j.contains("name")) return Bad(path, "a level needs a \"name\"");
  if (absl::Status s = GetString(j["name"], Sub(path, "name"), &l->name);
      !s.ok()) {
    return s;
  }
  if (l->name.empty() || l->name == "missing") {
    return Bad(Sub(path, "name"),
               "a level name must be non-empty and not \"missing\" (missing "
               "is implicit)");
  }
  std::string test = "else";
  if (j.contains("test")) {
    if (absl::Status s = GetString(j["test"], Sub(path, "test"), &test);
        !s.ok()) {
      return s;
    }
  }
  std::optional<LevelTest> t = LevelTestFromName(test);
  if (!t) {
    std::vector<std::string_view> names;
    for (const auto& e : kLevelTests) names.push_back(e.name);
    return Bad(Sub(path, "test"),
               internal::Cat("unknown test \"", test, "\" (expected one of: ",
                            internal::JoinViews(names, ", "), ")"));
  }
  l->test = *t;
  if (j.contains("threshold")) {
    if (absl::Status s =
            GetNumber(j["threshold"], Sub(path, "threshold"), &l->threshold);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("m")) {
    if (absl::Status s = GetProbability(j["m"], Sub(path, "m"), &l->m);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("u")) {
    if (absl::Status s = GetProbability(j["u"], Sub(path, "u"), &l->u);
        !s.ok()) {
      return s;
    }
  }
  return absl::OkStatus();
}

absl::Status ParseComparison(const Json& j, const std::string& path,
                             ComparisonSpec* c) {
  if (absl::Status s = CheckObject(
          j, path, {"name", "columns", "column", "kind", "levels",
                    "term_frequency"});
      !s.ok()) {
    return s;
  }
  if (j.contains("column") && j.contains("columns")) {
    return Bad(path, "give \"column\" or \"columns\", not both");
  }
  if (j.contains("column")) {
    std::string col;
    if (absl::Status s = GetString(j["column"], Sub(path, "column"), &col);
        !s.ok()) {
      return s;
    }
    c->columns.push_back(col);
  } else if (j.contains("columns")) {
    const Json& cols = j["columns"];
    if (!cols.is_array() || cols.empty()) {
      return Expected(Sub(path, "columns"), "a non-empty array of column names",
                      cols);
    }
    for (size_t i = 0; i < cols.size(); ++i) {
      std::string col;
      if (absl::Status s = GetString(cols[i], At(Sub(path, "columns"), i), &col);
          !s.ok()) {
        return s;
      }
      c->columns.push_back(col);
    }
  } else {
    return Bad(path, "a comparison needs \"column\" or \"columns\"");
  }
  if (j.contains("name")) {
    if (absl::Status s = GetString(j["name"], Sub(path, "name"), &c->name);
        !s.ok()) {
      return s;
    }
  } else {
    c->name = absl::StrJoin(c->columns, "+");
  }
  if (j.contains("kind")) {
    std::string kind;
    if (absl::Status s = GetString(j["kind"], Sub(path, "kind"), &kind);
        !s.ok()) {
      return s;
    }
    c->kind = KindFromName(kind);
    if (!c->kind) return Bad(Sub(path, "kind"), internal::Cat("unknown kind \"", kind, "\""));
  }
  if (j.contains("term_frequency")) {
    if (!j["term_frequency"].is_boolean()) {
      return Expected(Sub(path, "term_frequency"), "true or false",
                      j["term_frequency"]);
    }
    c->term_frequency = j["term_frequency"].get<bool>();
  }
  if (j.contains("levels")) {
    const Json& levels = j["levels"];
    std::string lpath = Sub(path, "levels");
    if (!levels.is_array() || levels.empty()) {
      return Expected(lpath, "a non-empty array of levels", levels);
    }
    for (size_t i = 0; i < levels.size(); ++i) {
      LevelSpec l;
      if (absl::Status s = ParseLevel(levels[i], At(lpath, i), &l); !s.ok()) {
        return s;
      }
      for (const LevelSpec& prev : c->levels) {
        if (prev.name == l.name) {
          return Bad(At(lpath, i), internal::Cat("duplicate level name \"",
                                                l.name, "\""));
        }
      }
      c->levels.push_back(std::move(l));
    }
    if (c->levels.back().test != LevelTest::kElse) {
      LevelSpec other;
      other.name = "different";
      for (const LevelSpec& prev : c->levels) {
        if (prev.name == other.name) other.name = "other";
      }
      c->levels.push_back(other);
    }
  }
  return absl::OkStatus();
}

absl::Status ParseRule(const Json& j, const std::string& path,
                       BlockingRule* r) {
  if (absl::Status s = CheckObject(j, path, {"name", "keys"}); !s.ok()) {
    return s;
  }
  if (!j.contains("keys") || !j["keys"].is_array() || j["keys"].empty()) {
    return Bad(Sub(path, "keys"), "a rule needs a non-empty array of keys");
  }
  const Json& keys = j["keys"];
  std::vector<std::string> texts;
  for (size_t i = 0; i < keys.size(); ++i) {
    std::string text;
    if (absl::Status s = GetString(keys[i], At(Sub(path, "keys"), i), &text);
        !s.ok()) {
      return s;
    }
    absl::StatusOr<KeyPart> part = ParseKeyPart(text);
    if (!part.ok()) {
      return Bad(At(Sub(path, "keys"), i), std::string(part.status().message()));
    }
    r->keys.push_back(*std::move(part));
    texts.push_back(text);
  }
  if (j.contains("name")) {
    if (absl::Status s = GetString(j["name"], Sub(path, "name"), &r->name);
        !s.ok()) {
      return s;
    }
  } else {
    r->name = absl::StrJoin(texts, "+");
  }
  return absl::OkStatus();
}

absl::Status ParseBlocking(const Json& j, const std::string& path,
                           BlockingSpec* b) {
  if (absl::Status s = CheckObject(
          j, path, {"rules", "max_block_size", "oversized", "window"});
      !s.ok()) {
    return s;
  }
  if (j.contains("rules")) {
    const Json& rules = j["rules"];
    std::string rpath = Sub(path, "rules");
    if (!rules.is_array()) return Expected(rpath, "an array of rules", rules);
    for (size_t i = 0; i < rules.size(); ++i) {
      BlockingRule r;
      if (absl::Status s = ParseRule(rules[i], At(rpath, i), &r); !s.ok()) {
        return s;
      }
      b->rules.push_back(std::move(r));
    }
  }
  if (j.contains("max_block_size")) {
    if (absl::Status s = GetCount(j["max_block_size"],
                                  Sub(path, "max_block_size"),
                                  &b->max_block_size);
        !s.ok()) {
      return s;
    }
    if (b->max_block_size < 2) {
      return Bad(Sub(path, "max_block_size"), "must be at least 2");
    }
  }
  if (j.contains("oversized")) {
    std::string mode;
    if (absl::Status s = GetString(j["oversized"], Sub(path, "oversized"), &mode);
        !s.ok()) {
      return s;
    }
    if (mode == "window") {
      b->oversized = OversizedBlocks::kWindow;
    } else if (mode == "skip") {
      b->oversized = OversizedBlocks::kSkip;
    } else {
      return Bad(Sub(path, "oversized"),
                 internal::Cat("expected \"window\" or \"skip\", got \"", mode,
                              "\""));
    }
  }
  if (j.contains("window")) {
    if (absl::Status s = GetCount(j["window"], Sub(path, "window"), &b->window);
        !s.ok()) {
      return s;
    }
    if (b->window < 1) return Bad(Sub(path, "window"), "must be at least 1");
  }
  return absl::OkStatus();
}

absl::Status ParseTraining(const Json& j, const std::string& path,
                           TrainingSpec* t) {
  if (absl::Status s =
          CheckObject(j, path, {"random_pairs", "max_iterations", "seed", "u_prior_pairs"});
      !s.ok()) {
    return s;
  }
  if (j.contains("random_pairs")) {
    if (absl::Status s = GetCount(j["random_pairs"], Sub(path, "random_pairs"),
                                  &t->random_pairs);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("max_iterations")) {
    size_t n = 0;
    if (absl::Status s =
            GetCount(j["max_iterations"], Sub(path, "max_iterations"), &n);
        !s.ok()) {
      return s;
    }
    if (n < 1 || n > 100000) {
      return Bad(Sub(path, "max_iterations"), "must be in [1, 100000]");
    }
    t->max_iterations = static_cast<int>(n);
  }
  if (j.contains("u_prior_pairs")) {
    if (absl::Status s =
            GetNumber(j["u_prior_pairs"], Sub(path, "u_prior_pairs"), &t->u_prior_pairs);
        !s.ok()) {
      return s;
    }
    if (!(t->u_prior_pairs >= 0) || !std::isfinite(t->u_prior_pairs)) {
      return Bad(Sub(path, "u_prior_pairs"), "must be a finite number >= 0");
    }
  }
  if (j.contains("seed")) {
    size_t seed = 0;
    if (absl::Status s = GetCount(j["seed"], Sub(path, "seed"), &seed);
        !s.ok()) {
      return s;
    }
    t->seed = seed;
  }
  return absl::OkStatus();
}

absl::Status ParseConfig(const Json& j, Config* config) {
  if (absl::Status s = CheckObject(
          j, "", {"default_region", "columns", "blocking", "comparisons",
                  "threshold", "prior", "duplicates_per_row", "cannot_link",
                  "cannot_link_strong_evidence", "max_cell_bytes",
                  "training", "validation", "merge", "identity",
                  "description"});
      !s.ok()) {
    return s;
  }
  if (j.contains("default_region")) {
    if (absl::Status s = GetString(j["default_region"], "default_region",
                                   &config->default_region);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("columns")) {
    const Json& cols = j["columns"];
    if (!cols.is_array()) return Expected("columns", "an array of columns", cols);
    for (size_t i = 0; i < cols.size(); ++i) {
      Column c;
      if (absl::Status s = ParseColumn(cols[i], At("columns", i), &c); !s.ok()) {
        return s;
      }
      config->columns.push_back(std::move(c));
    }
  }
  if (j.contains("blocking")) {
    if (absl::Status s = ParseBlocking(j["blocking"], "blocking", &config->blocking);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("comparisons")) {
    const Json& comps = j["comparisons"];
    if (!comps.is_array()) {
      return Expected("comparisons", "an array of comparisons", comps);
    }
    for (size_t i = 0; i < comps.size(); ++i) {
      ComparisonSpec c;
      if (absl::Status s = ParseComparison(comps[i], At("comparisons", i), &c);
          !s.ok()) {
        return s;
      }
      for (const ComparisonSpec& prev : config->comparisons) {
        if (prev.name == c.name) {
          return Bad(At("comparisons", i),
                     internal::Cat("duplicate comparison name \"", c.name, "\""));
        }
      }
      config->comparisons.push_back(std::move(c));
    }
  }
  if (j.contains("threshold")) {
    if (absl::Status s =
            GetProbability(j["threshold"], "threshold", &config->threshold);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("prior")) {
    double prior = 0;
    if (absl::Status s = GetProbability(j["prior"], "prior", &prior); !s.ok()) {
      return s;
    }
    if (prior >= 1.0) return Bad("prior", "must be below 1");
    config->prior = prior;
  }
  if (j.contains("duplicates_per_row")) {
    if (absl::Status s = GetNumber(j["duplicates_per_row"], "duplicates_per_row",
                                   &config->duplicates_per_row);
        !s.ok()) {
      return s;
    }
    if (!(config->duplicates_per_row > 0 && config->duplicates_per_row < 1e6)) {
      return Bad("duplicates_per_row", "must be a positive number");
    }
  }
  if (j.contains("cannot_link_strong_evidence")) {
    const Json& v = j["cannot_link_strong_evidence"];
    if (v.is_null()) {
      config->cannot_link_strong_evidence = std::numeric_limits<double>::infinity();
    } else if (absl::Status s = GetNumber(v, "cannot_link_strong_evidence",
                                          &config->cannot_link_strong_evidence);
               !s.ok()) {
      return s;
    } else if (config->cannot_link_strong_evidence < 0) {
      return Bad("cannot_link_strong_evidence", "must not be negative");
    }
  }
  if (j.contains("max_cell_bytes")) {
    if (absl::Status s = GetCount(j["max_cell_bytes"], "max_cell_bytes",
                                  &config->max_cell_bytes);
        !s.ok()) {
      return s;
    }
    if (config->max_cell_bytes < 16) return Bad("max_cell_bytes", "must be at least 16");
  }
  if (j.contains("cannot_link")) {
    const Json& groups = j["cannot_link"];
    if (!groups.is_array()) {
      return Expected("cannot_link", "an array of guards", groups);
    }
    auto names = [](const Json& g, const std::string& path, bool allow_empty,
                    std::vector<std::string>* out) -> absl::Status {
      if (!g.is_array() || (!allow_empty && g.empty())) {
        return Expected(path, allow_empty ? "an array of comparison names"
                                          : "a non-empty array of comparison names",
                        g);
      }
      for (size_t k = 0; k < g.size(); ++k) {
        std::string name;
        if (absl::Status s = GetString(g[k], At(path, k), &name); !s.ok()) {
          return s;
        }
        out->push_back(std::move(name));
      }
      return absl::OkStatus();
    };
    std::vector<CannotLinkRule> out;
    for (size_t i = 0; i < groups.size(); ++i) {
      const Json& g = groups[i];
      std::string gpath = At("cannot_link", i);
      CannotLinkRule rule;
      if (g.is_object()) {
        if (absl::Status s = CheckObject(g, gpath, {"differ", "unless"}); !s.ok()) {
          return s;
        }
        if (!g.contains("differ")) return Bad(gpath, "a guard needs \"differ\"");
        if (absl::Status s = names(g["differ"], Sub(gpath, "differ"), false, &rule.differ);
            !s.ok()) {
          return s;
        }
        if (g.contains("unless")) {
          if (absl::Status s = names(g["unless"], Sub(gpath, "unless"), true, &rule.unless);
              !s.ok()) {
            return s;
          }
        }
      } else if (absl::Status s = names(g, gpath, false, &rule.differ); !s.ok()) {
        return Expected(gpath, "{\"differ\": [...], \"unless\": [...]} or an array of comparison names", g);
      }
      out.push_back(std::move(rule));
    }
    config->cannot_link = std::move(out);
  }
  if (j.contains("training")) {
    if (absl::Status s = ParseTraining(j["training"], "training", &config->training);
        !s.ok()) {
      return s;
    }
  }
  if (j.contains("validation")) {
    // Checked by ValidationSpec::FromJson (src/validate/validation_config.cc).
    if (!j["validation"].is_object()) {
      return Expected("validation", "an object", j["validation"]);
    }
    config->validation_json = j["validation"].dump();
  }
  if (j.contains("merge")) {
    config->merge_json = j["merge"].dump();
    absl::StatusOr<MergeSpec> merge = MergeSpec::FromJson(config->merge_json);
    if (!merge.ok()) return merge.status();
    config->merge = *std::move(merge);
  }
  if (j.contains("identity")) {
    config->identity_json = j["identity"].dump();
    absl::StatusOr<IdentitySpec> identity = IdentitySpec::FromJson(config->identity_json);
    if (!identity.ok()) return identity.status();
    config->identity = *std::move(identity);
  }
  return absl::OkStatus();
}

}  // namespace

std::string_view LevelTestName(LevelTest test) {
  for (const auto& e : kLevelTests) {
    if (e.test == test) return e.name;
  }
  return "else";
}

std::optional<LevelTest> LevelTestFromName(std::string_view name) {
  for (const auto& e : kLevelTests) {
    if (e.name == name) return e.test;
  }
  return std::nullopt;
}

absl::StatusOr<KeyPart> ParseKeyPart(std::string_view text) {
  KeyPart part;
  part.column = std::string(text);
  // The transform is what follows the first ':' when it names one; a column
  // whose own name holds ':' ("ĐT:") is still found whole.
  size_t colon = text.find(':');
  while (colon != std::string_view::npos) {
    std::string_view column = text.substr(0, colon);
    std::string_view rest = text.substr(colon + 1);
    std::string_view name = rest.substr(0, rest.find(':'));
    std::string_view arg;
    if (name.size() < rest.size()) arg = rest.substr(name.size() + 1);
    struct Entry {
      std::string_view name;
      KeyTransform transform;
      bool takes_length;
    };
    static constexpr Entry kTransforms[] = {
        {"key", KeyTransform::kKey, false},
        {"sorted", KeyTransform::kSorted, false},
        {"tokens", KeyTransform::kTokens, false},
        {"prefix", KeyTransform::kPrefix, true},
        {"last", KeyTransform::kLast, true},
        {"spaceless", KeyTransform::kSpaceless, false},
        {"year", KeyTransform::kYear, false},
    };
    for (const Entry& e : kTransforms) {
      if (e.name != name) continue;
      if (column.empty()) {
        return absl::InvalidArgumentError(
            internal::Cat("\"", text, "\": no column before ':'"));
      }
      part.column = std::string(column);
      part.transform = e.transform;
      if (e.takes_length) {
        size_t n = 0;
        if (!absl::SimpleAtoi(absl::string_view(arg.data(), arg.size()), &n) || n == 0 || n > 1000) {
          return absl::InvalidArgumentError(internal::Cat(
              "\"", text, "\": ", name, " needs a length, as in ", column,
              ":", name, ":4"));
        }
        part.length = n;
      } else if (!arg.empty()) {
        return absl::InvalidArgumentError(internal::Cat(
            "\"", text, "\": ", name, " takes no argument"));
      }
      return part;
    }
    colon = text.find(':', colon + 1);
  }
  if (part.column.empty()) {
    return absl::InvalidArgumentError("a key needs a column name");
  }
  return part;
}

std::string KeyPartText(const KeyPart& part) {
  switch (part.transform) {
    case KeyTransform::kKey: return part.column;
    case KeyTransform::kSorted: return part.column + ":sorted";
    case KeyTransform::kTokens: return part.column + ":tokens";
    case KeyTransform::kPrefix:
      return internal::Cat(part.column, ":prefix:", part.length);
    case KeyTransform::kLast:
      return internal::Cat(part.column, ":last:", part.length);
    case KeyTransform::kSpaceless: return part.column + ":spaceless";
    case KeyTransform::kYear: return part.column + ":year";
  }
  return part.column;
}

absl::StatusOr<Config> Config::FromJson(std::string_view json) {
  Json j = Json::parse(json.begin(), json.end(), nullptr,
                       /*allow_exceptions=*/false, /*ignore_comments=*/true);
  if (j.is_discarded()) {
    // Find where: nlohmann's sax parser reports the byte position.
    struct Where : nlohmann::json_sax<Json> {
      size_t pos = 0;
      std::string what;
      bool null() override { return true; }
      bool boolean(bool) override { return true; }
      bool number_integer(number_integer_t) override { return true; }
      bool number_unsigned(number_unsigned_t) override { return true; }
      bool number_float(number_float_t, const string_t&) override { return true; }
      bool string(string_t&) override { return true; }
      bool binary(binary_t&) override { return true; }
      bool start_object(std::size_t) override { return true; }
      bool key(string_t&) override { return true; }
      bool end_object() override { return true; }
      bool start_array(std::size_t) override { return true; }
      bool end_array() override { return true; }
      bool parse_error(std::size_t position, const std::string&,
                       const nlohmann::detail::exception& ex) override {
        pos = position;
        what = ex.what();
        return false;
      }
    } where;
    Json::sax_parse(json.begin(), json.end(), &where,
                    nlohmann::detail::input_format_t::json, /*strict=*/true,
                    /*ignore_comments=*/true);
    return absl::InvalidArgumentError(
        internal::Cat("config: not valid JSON (", where.what, ")"));
  }
  Config config;
  if (absl::Status s = ParseConfig(j, &config); !s.ok()) return s;
  return config;
}

absl::StatusOr<Config> Config::FromFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    return absl::NotFoundError(internal::Cat(path, ": cannot open the config"));
  }
  std::ostringstream buffer;
  buffer << in.rdbuf();
  absl::StatusOr<Config> config = FromJson(buffer.str());
  if (!config.ok()) {
    return absl::InvalidArgumentError(
        internal::Cat(path, ": ", config.status().message()));
  }
  return config;
}

}  // namespace dqe
