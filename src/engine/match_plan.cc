// match_plan.cc: binding a config to a header.
#include "src/engine/match_plan.h"

#include <algorithm>

#include "absl/status/status.h"
#include "src/common/cat.h"
#include "absl/strings/str_cat.h"
#include "absl/strings/str_join.h"
#include "src/common/split.h"

namespace dqe::internal {
namespace {

int AddSource(MatchPlan* plan, SourceSpec spec) {
  for (size_t i = 0; i < plan->sources.size(); ++i) {
    if (plan->sources[i] == spec) return static_cast<int>(i);
  }
  plan->sources.push_back(std::move(spec));
  return static_cast<int>(plan->sources.size() - 1);
}

absl::Status UnknownColumn(std::string_view where, std::string_view column,
                           const Schema& schema) {
  std::vector<std::string> names;
  for (const Column& c : schema.columns) names.push_back(c.name);
  return absl::InvalidArgumentError(Cat(
      where, ": no column \"", column, "\" in the header (",
      absl::StrJoin(names, ", "), ")"));
}

// m and u for levels the config left at -1: the default level of that name
// for the kind, else one by the level's place.
void FillWeights(Kind kind, Role role, std::vector<LevelSpec>* levels) {
  std::vector<LevelSpec> defaults = DefaultLevels(kind, role);
  const size_t n = levels->size();
  for (size_t i = 0; i < n; ++i) {
    LevelSpec& l = (*levels)[i];
    if (l.m > 0 && l.u > 0) continue;
    const LevelSpec* match = nullptr;
    for (const LevelSpec& d : defaults) {
      if (d.name == l.name) match = &d;
    }
    double m, u;
    if (match) {
      m = match->m;
      u = match->u;
    } else if (i + 1 == n) {  // the "else" level
      m = 0.05;
      u = 0.95;
    } else if (i == 0) {
      m = 0.8;
      u = 0.005;
    } else {
      m = 0.1;
      u = 0.02 * static_cast<double>(i);
    }
    if (l.m <= 0) l.m = m;
    if (l.u <= 0) l.u = u;
  }
}

}  // namespace

absl::StatusOr<MatchPlan> BuildPlan(const Config& config,
                                    const std::vector<std::string>& header) {
  MatchPlan plan;
  absl::StatusOr<Schema> schema = ResolveSchema(config, header);
  if (!schema.ok()) return schema.status();
  plan.schema = *std::move(schema);
  plan.blocking = config.blocking;
  plan.threshold = config.threshold;
  plan.prior = config.prior.value_or(0.0);
  plan.duplicates_per_row = config.duplicates_per_row;
  plan.default_region = config.default_region;

  std::vector<ComparisonSpec> comparisons = config.comparisons.empty()
                                                ? DefaultComparisons(plan.schema)
                                                : config.comparisons;
  for (size_t i = 0; i < comparisons.size(); ++i) {
    PlannedComparison pc;
    pc.spec = comparisons[i];
    std::string where = Cat("comparisons[", i, "] (", pc.spec.name, ")");
    for (const std::string& name : pc.spec.columns) {
      int c = plan.schema.Find(name);
      if (c < 0) return UnknownColumn(where, name, plan.schema);
      pc.columns.push_back(c);
    }
    const Column& first = plan.schema.columns[pc.columns[0]];
    pc.kind = pc.spec.kind.value_or(first.kind);
    if (pc.spec.levels.empty()) pc.spec.levels = DefaultLevels(pc.kind, first.role);
    if (pc.spec.levels.size() > 250) {
      return absl::InvalidArgumentError(
          Cat(where, ": at most 250 levels"));
    }
    FillWeights(pc.kind, first.role, &pc.spec.levels);
    pc.term_frequency = pc.spec.term_frequency.value_or(
        pc.kind == Kind::kPersonName || pc.kind == Kind::kPhone ||
        pc.kind == Kind::kEmail || pc.kind == Kind::kCompany ||
        pc.kind == Kind::kAddress);
    SourceSpec source;
    source.columns = pc.columns;
    source.kind = pc.kind;
    pc.source = AddSource(&plan, std::move(source));
    plan.comparisons.push_back(std::move(pc));
  }
  if (plan.comparisons.empty()) {
    return absl::InvalidArgumentError(
        "nothing to compare: the config has no comparisons and no column of "
        "the header is a name, phone, e-mail, company, address, city, "
        "postcode or birth date (give the columns' kinds in the config)");
  }

  std::vector<BlockingRule> rules = config.blocking.rules.empty()
                                        ? DefaultBlockingRules(plan.schema)
                                        : config.blocking.rules;
  if (rules.empty()) {
    return absl::InvalidArgumentError(
        "no blocking rules: give blocking.rules in the config");
  }
  for (size_t i = 0; i < rules.size(); ++i) {
    PlannedRule pr;
    pr.rule = rules[i];
    std::string where = Cat("blocking.rules[", i, "] (", pr.rule.name, ")");
    for (const KeyPart& part : pr.rule.keys) {
      // "given_name+surname": several columns read as one value.
      SourceSpec source;
      int c = plan.schema.Find(part.column);
      if (c >= 0) {
        source.columns = {c};
      } else {
        for (std::string_view piece : SplitView(part.column, '+', true)) {
          int k = plan.schema.Find(piece);
          if (k < 0) return UnknownColumn(where, part.column, plan.schema);
          source.columns.push_back(k);
        }
        if (source.columns.empty()) {
          return UnknownColumn(where, part.column, plan.schema);
        }
      }
      source.kind = plan.schema.columns[source.columns[0]].kind;
      for (int k : source.columns) pr.columns.push_back(k);
      pr.sources.push_back(AddSource(&plan, std::move(source)));
    }
    plan.rules.push_back(std::move(pr));
  }

  auto find_comparison = [&plan](std::string_view name) {
    for (size_t i = 0; i < plan.comparisons.size(); ++i) {
      if (plan.comparisons[i].spec.name == name) return static_cast<int>(i);
    }
    return -1;
  };
  if (config.cannot_link) {
    for (size_t g = 0; g < config.cannot_link->size(); ++g) {
      const CannotLinkRule& rule = (*config.cannot_link)[g];
      MatchPlan::Guard guard;
      for (auto [names, out] : {std::pair{&rule.differ, &guard.differ},
                                std::pair{&rule.unless, &guard.unless}}) {
        for (const std::string& name : *names) {
          int c = find_comparison(name);
          if (c < 0) {
            return absl::InvalidArgumentError(Cat(
                "cannot_link[", g, "]: no comparison named \"", name, "\""));
          }
          out->push_back(c);
        }
      }
      plan.cannot_link.push_back(std::move(guard));
    }
  } else {
    int phone = find_comparison("phone"), email = find_comparison("email");
    if (phone >= 0 && email >= 0) {
      MatchPlan::Guard guard;
      guard.differ = {phone, email};
      for (std::string_view name : {"address", "company"}) {
        int c = find_comparison(name);
        if (c >= 0) guard.unless.push_back(c);
      }
      plan.cannot_link.push_back(std::move(guard));
    }
    // Entirely different names need one person's own phone or e-mail: a
    // switchboard, a company and an office address are shared by colleagues.
    int name = find_comparison("name");
    if (name >= 0 && (phone >= 0 || email >= 0)) {
      MatchPlan::Guard guard;
      guard.differ = {name};
      if (phone >= 0) guard.unless.push_back(phone);
      if (email >= 0) guard.unless.push_back(email);
      plan.cannot_link.push_back(std::move(guard));
    }
  }
  return plan;
}

absl::Status ApplyModel(const Model& model, MatchPlan* plan) {
  for (PlannedComparison& pc : plan->comparisons) {
    const ComparisonModel* cm = nullptr;
    for (const ComparisonModel& c : model.comparisons) {
      if (c.name == pc.spec.name) cm = &c;
    }
    if (cm == nullptr) {
      return absl::InvalidArgumentError(Cat(
          "the model does not fit this config: it has no comparison \"",
          pc.spec.name, "\" (was it trained with another config or schema?)"));
    }
    if (cm->levels.size() != pc.spec.levels.size()) {
      return absl::InvalidArgumentError(Cat(
          "the model does not fit this config: comparison \"", pc.spec.name,
          "\" has ", cm->levels.size(), " levels in the model and ",
          pc.spec.levels.size(), " in the config"));
    }
    for (size_t i = 0; i < cm->levels.size(); ++i) {
      if (cm->levels[i].name != pc.spec.levels[i].name) {
        return absl::InvalidArgumentError(Cat(
            "the model does not fit this config: comparison \"", pc.spec.name,
            "\" level ", i, " is \"", cm->levels[i].name, "\" in the model and \"",
            pc.spec.levels[i].name, "\" in the config"));
      }
      pc.spec.levels[i].m = cm->levels[i].m;
      pc.spec.levels[i].u = cm->levels[i].u;
    }
  }
  if (model.comparisons.size() != plan->comparisons.size()) {
    for (const ComparisonModel& c : model.comparisons) {
      bool found = false;
      for (const PlannedComparison& pc : plan->comparisons) {
        found |= pc.spec.name == c.name;
      }
      if (!found) {
        return absl::InvalidArgumentError(Cat(
            "the model does not fit this config: the model's comparison \"",
            c.name, "\" is not in the config"));
      }
    }
  }
  plan->prior = model.prior;
  return absl::OkStatus();
}

std::vector<ComparisonInfo> Comparisons(const MatchPlan& plan) {
  std::vector<ComparisonInfo> out;
  for (const PlannedComparison& pc : plan.comparisons) {
    ComparisonInfo info;
    info.name = pc.spec.name;
    for (const LevelSpec& l : pc.spec.levels) info.levels.push_back(l.name);
    out.push_back(std::move(info));
  }
  return out;
}

}  // namespace dqe::internal
