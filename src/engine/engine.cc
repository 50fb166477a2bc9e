// engine.cc: the Engine — dedupe and link over a bound plan.
#include "dqe/engine.h"

#include <algorithm>
#include <chrono>
#include <cmath>
#include <limits>
#include <new>
#include <thread>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "src/common/cat.h"
#include "absl/strings/str_cat.h"
#include "dqe/cluster.h"
#include "src/engine/identity_keys.h"
#include "src/engine/match_plan.h"
#include "src/engine/matcher.h"
#include "src/engine/trainer.h"

namespace dqe {

struct Engine::Impl {
  Config config;
};

namespace {

using internal::Matcher;
using internal::MatchPlan;
using internal::TableColumns;

double Seconds(std::chrono::steady_clock::time_point since) {
  return std::chrono::duration<double>(std::chrono::steady_clock::now() - since)
      .count();
}

int Threads(const MatchOptions& options) {
  if (options.threads > 0) return options.threads;
  unsigned n = std::thread::hardware_concurrency();
  return n == 0 ? 1 : static_cast<int>(std::min(n, 64u));
}

absl::Status CheckTable(const TableView& t, std::string_view which) {
  if (t.columns.size() != t.header.size()) {
    return absl::InvalidArgumentError(internal::Cat(
        which, ": ", t.columns.size(), " columns for a header of ",
        t.header.size()));
  }
  for (size_t c = 0; c < t.columns.size(); ++c) {
    if (t.columns[c].size() != t.num_rows) {
      return absl::InvalidArgumentError(internal::Cat(
          which, ": column \"", t.header[c], "\" has ", t.columns[c].size(),
          " cells for ", t.num_rows, " rows"));
    }
  }
  if (!t.flagged.empty() && t.flagged.size() != t.num_rows) {
    return absl::InvalidArgumentError(
        internal::Cat(which, ": flagged has ", t.flagged.size(),
                     " entries for ", t.num_rows, " rows"));
  }
  if (t.num_rows >= (size_t{1} << 32) - 1) {
    return absl::InvalidArgumentError(
        internal::Cat(which, ": more than 4 billion rows"));
  }
  return absl::OkStatus();
}

void CopyRuleStats(const std::vector<internal::RuleStats>& in,
                   MatchStats* stats) {
  for (const internal::RuleStats& r : in) {
    BlockingRuleStats s;
    s.rule = r.rule;
    s.keyed_rows = r.keyed_rows;
    s.blocks = r.blocks;
    s.largest_block = r.largest_block;
    s.largest_block_key = r.largest_block_key;
    s.oversized_blocks = r.oversized_blocks;
    s.oversized_rows = r.oversized_rows;
    s.pairs = r.pairs;
    stats->largest_block = std::max(stats->largest_block, r.largest_block);
    stats->rules.push_back(std::move(s));
  }
}

absl::StatusOr<MatchPlan> Plan(const Config& config,
                               const std::vector<std::string>& header,
                               const MatchOptions& options) {
  absl::StatusOr<MatchPlan> plan = internal::BuildPlan(config, header);
  if (!plan.ok()) return plan.status();
  if (options.model != nullptr) {
    if (absl::Status s = internal::ApplyModel(*options.model, &*plan); !s.ok()) {
      return s;
    }
  }
  return plan;
}

// A table with the cells longer than max_cell_bytes in the columns the
// engine reads blanked (in a copy of those columns only) and their rows
// flagged and reported.
struct GuardedTable {
  std::vector<std::vector<std::string_view>> storage;
  std::vector<uint8_t> flagged;
  std::vector<RowIssue> issues;
  TableView view;
};

void GuardLongCells(const TableView& in, const std::vector<int>& columns,
                    size_t max_cell_bytes, GuardedTable* out) {
  out->view = in;
  for (int c : columns) {
    if (c < 0 || static_cast<size_t>(c) >= in.columns.size()) continue;
    std::span<const std::string_view> cells = in.columns[c];
    std::vector<std::string_view>* copy = nullptr;
    for (size_t r = 0; r < cells.size(); ++r) {
      if (cells[r].size() <= max_cell_bytes) continue;
      if (copy == nullptr) {
        out->storage.emplace_back(cells.begin(), cells.end());
        copy = &out->storage.back();
      }
      (*copy)[r] = std::string_view();
      if (out->flagged.empty()) {
        out->flagged.assign(in.num_rows, 0);
        for (size_t k = 0; k < in.flagged.size(); ++k) out->flagged[k] = in.flagged[k];
      }
      out->flagged[r] = 1;
      out->issues.push_back(
          {static_cast<uint32_t>(r), in.header[c],
           internal::Cat("a cell of ", cells[r].size(), " bytes, longer than the ",
                         max_cell_bytes,
                         " bytes a matched cell may have (max_cell_bytes); the row is "
                         "kept and matched with nothing")});
    }
    if (copy != nullptr) out->view.columns[c] = *copy;
  }
  if (!out->flagged.empty()) out->view.flagged = out->flagged;
  std::sort(out->issues.begin(), out->issues.end(),
            [](const RowIssue& a, const RowIssue& b) { return a.row < b.row; });
}

// The columns a plan reads.
std::vector<int> PlanColumns(const MatchPlan& plan) {
  std::vector<int> columns;
  for (const auto& s : plan.sources) columns.insert(columns.end(), s.columns.begin(), s.columns.end());
  if (plan.schema.country >= 0) columns.push_back(plan.schema.country);
  if (const int city = internal::CityColumn(plan.schema); city >= 0) columns.push_back(city);
  std::sort(columns.begin(), columns.end());
  columns.erase(std::unique(columns.begin(), columns.end()), columns.end());
  return columns;
}

std::vector<int> IdentityColumns(const IdentitySpec& spec, const TableView& t) {
  std::vector<int> columns;
  for (const IdentityField& f : spec.fields) {
    for (size_t c = 0; c < t.header.size(); ++c) {
      if (t.header[c] == f.column) columns.push_back(static_cast<int>(c));
    }
  }
  return columns;
}

// The ids clusters are named by: the id column's cells, or the row numbers
// zero-padded so that byte order is row order.
std::vector<std::string_view> ClusterIds(const Schema& schema, const TableView& table,
                                         std::vector<std::string>* storage) {
  std::vector<std::string_view> ids(table.num_rows);
  if (schema.record_id >= 0) {
    auto id_column = table.columns[schema.record_id];
    for (size_t r = 0; r < table.num_rows; ++r) ids[r] = id_column[r];
    return ids;
  }
  storage->resize(table.num_rows);
  for (size_t r = 0; r < table.num_rows; ++r) {
    std::string& s = (*storage)[r];
    s = internal::Cat(r + 1);
    s.insert(0, 12 - std::min<size_t>(12, s.size()), '0');
    ids[r] = s;
  }
  return ids;
}

// Dedupe in identity mode: rows with equal identity keys are one cluster.
absl::StatusOr<DedupeResult> DedupeByIdentity(const Config& config,
                                              const TableView& input) {
  GuardedTable guarded;
  GuardLongCells(input, IdentityColumns(*config.identity, input), config.max_cell_bytes,
                 &guarded);
  const TableView& table = guarded.view;
  absl::StatusOr<Schema> schema = ResolveSchema(config, table.header);
  if (!schema.ok()) return schema.status();
  DedupeResult result;
  result.schema = *schema;
  for (const IdentityField& f : config.identity->fields) {
    result.comparisons.push_back({f.column, {"equal"}});
  }
  MatchStats& stats = result.stats;
  stats.rows = table.num_rows;
  for (uint8_t f : table.flagged) stats.flagged_rows += f != 0;
  auto t0 = std::chrono::steady_clock::now();
  absl::StatusOr<internal::IdentityKeys> keys =
      internal::ComputeIdentityKeys(*config.identity, *schema, table);
  if (!keys.ok()) return keys.status();
  stats.seconds_normalize = Seconds(t0);
  t0 = std::chrono::steady_clock::now();
  // Rows with one key are chained: each to the previous row of its key.
  absl::flat_hash_map<std::string_view, uint32_t> last;
  std::vector<ScoredPair> pairs;
  for (size_t r = 0; r < table.num_rows; ++r) {
    const std::string& key = keys->keys[r];
    if (key.empty()) continue;
    auto [it, inserted] = last.emplace(key, static_cast<uint32_t>(r));
    if (!inserted) {
      pairs.push_back({it->second, static_cast<uint32_t>(r), 1.0});
      it->second = static_cast<uint32_t>(r);
    }
  }
  stats.accepted_pairs = pairs.size();
  std::vector<std::string> storage;
  std::vector<std::string_view> ids = ClusterIds(*schema, table, &storage);
  ClusterResult clusters = ClusterPairs(ids, pairs, {});
  result.cluster_of_row = std::move(clusters.representative);
  stats.clusters = clusters.num_clusters;
  stats.seconds_cluster = Seconds(t0);
  result.row_issues = std::move(guarded.issues);
  result.row_issues.insert(result.row_issues.end(), keys->issues.begin(), keys->issues.end());
  std::stable_sort(result.row_issues.begin(), result.row_issues.end(),
                   [](const RowIssue& a, const RowIssue& b) { return a.row < b.row; });
  return result;
}

// Link in identity mode: a right row matches the left row (smallest id) whose
// identity key is the same.
absl::StatusOr<LinkResult> LinkByIdentity(const Config& config, const TableView& left,
                                          const TableView& right) {
  absl::StatusOr<Schema> left_schema = ResolveSchema(config, left.header);
  if (!left_schema.ok()) return left_schema.status();
  absl::StatusOr<Schema> right_schema = ResolveSchema(config, right.header);
  if (!right_schema.ok()) return right_schema.status();
  absl::StatusOr<internal::IdentityKeys> lk =
      internal::ComputeIdentityKeys(*config.identity, *left_schema, left);
  if (!lk.ok()) return lk.status();
  absl::StatusOr<internal::IdentityKeys> rk =
      internal::ComputeIdentityKeys(*config.identity, *right_schema, right);
  if (!rk.ok()) return rk.status();
  LinkResult result;
  result.schema = *left_schema;
  for (const IdentityField& f : config.identity->fields) {
    result.comparisons.push_back({f.column, {"equal"}});
  }
  std::vector<std::string> storage;
  std::vector<std::string_view> ids = ClusterIds(*left_schema, left, &storage);
  absl::flat_hash_map<std::string_view, uint32_t> first;
  for (size_t r = 0; r < left.num_rows; ++r) {
    const std::string& key = lk->keys[r];
    if (key.empty()) continue;
    auto [it, inserted] = first.emplace(key, static_cast<uint32_t>(r));
    if (!inserted && ids[r] < ids[it->second]) it->second = static_cast<uint32_t>(r);
  }
  result.best.assign(right.num_rows, LinkMatch());
  size_t matched = 0;
  for (size_t r = 0; r < right.num_rows; ++r) {
    const std::string& key = rk->keys[r];
    if (key.empty()) continue;
    auto it = first.find(key);
    if (it == first.end()) continue;
    result.best[r].left = it->second;
    result.best[r].probability = 1.0;
    ++matched;
  }
  result.stats.rows = left.num_rows + right.num_rows;
  result.stats.accepted_pairs = matched;
  result.stats.clusters = left.num_rows + right.num_rows - matched;
  return result;
}

}  // namespace

Engine::Engine(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
Engine::~Engine() = default;

absl::StatusOr<std::unique_ptr<Engine>> Engine::Create(const Config& config) {
  try {
    for (size_t i = 0; i < config.comparisons.size(); ++i) {
      const ComparisonSpec& c = config.comparisons[i];
      for (size_t l = 0; l < c.levels.size(); ++l) {
        const LevelSpec& level = c.levels[l];
        bool similarity = level.test == LevelTest::kJaroWinkler ||
                          level.test == LevelTest::kLevenshteinSimilarity ||
                          level.test == LevelTest::kTokenSet ||
                          level.test == LevelTest::kTokenSort;
        if (similarity && !(level.threshold > 0 && level.threshold <= 1)) {
          return absl::InvalidArgumentError(internal::Cat(
              "comparisons[", i, "].levels[", l, "].threshold: ",
              LevelTestName(level.test), " needs a threshold in (0, 1]"));
        }
        if ((level.test == LevelTest::kLevenshtein ||
             level.test == LevelTest::kWithin) &&
            level.threshold < 0) {
          return absl::InvalidArgumentError(
              internal::Cat("comparisons[", i, "].levels[", l,
                           "].threshold: must not be negative"));
        }
      }
    }
    auto impl = std::make_unique<Impl>();
    impl->config = config;
    return std::unique_ptr<Engine>(new Engine(std::move(impl)));
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError("out of memory");
  }
}

const Config& Engine::config() const { return impl_->config; }

absl::StatusOr<Schema> Engine::SchemaFor(
    const std::vector<std::string>& header) const {
  return ResolveSchema(impl_->config, header);
}

absl::StatusOr<std::string> Engine::ExplainSchema(
    const std::vector<std::string>& header) const {
  absl::StatusOr<MatchPlan> plan = internal::BuildPlan(impl_->config, header);
  if (!plan.ok()) return plan.status();
  Config effective = impl_->config;
  effective.comparisons.clear();
  for (const auto& pc : plan->comparisons) effective.comparisons.push_back(pc.spec);
  effective.blocking.rules.clear();
  for (const auto& pr : plan->rules) effective.blocking.rules.push_back(pr.rule);
  if (!effective.cannot_link) {
    std::vector<CannotLinkRule> guards;
    for (const auto& g : plan->cannot_link) {
      CannotLinkRule rule;
      for (int c : g.differ) rule.differ.push_back(plan->comparisons[c].spec.name);
      for (int c : g.unless) rule.unless.push_back(plan->comparisons[c].spec.name);
      guards.push_back(std::move(rule));
    }
    effective.cannot_link = std::move(guards);
  }
  return ConfigToJson(effective, plan->schema);
}

absl::StatusOr<DedupeResult> Engine::Dedupe(const TableView& input,
                                            const MatchOptions& options) const {
  try {
    if (absl::Status s = CheckTable(input, "table"); !s.ok()) return s;
    if (impl_->config.identity) return DedupeByIdentity(impl_->config, input);
    const int threads = Threads(options);
    absl::StatusOr<MatchPlan> plan = Plan(impl_->config, input.header, options);
    if (!plan.ok()) return plan.status();
    GuardedTable guarded;
    GuardLongCells(input, PlanColumns(*plan), impl_->config.max_cell_bytes, &guarded);
    const TableView& table = guarded.view;

    DedupeResult result;
    result.row_issues = std::move(guarded.issues);
    result.schema = plan->schema;
    result.comparisons = internal::Comparisons(*plan);
    MatchStats& stats = result.stats;
    stats.rows = table.num_rows;
    for (uint8_t f : table.flagged) stats.flagged_rows += f != 0;

    auto t0 = std::chrono::steady_clock::now();
    TableColumns columns;
    columns.columns = table.columns;
    columns.num_rows = table.num_rows;
    Matcher matcher(*plan, columns, 0, table.flagged, threads);
    stats.seconds_normalize = Seconds(t0);

    t0 = std::chrono::steady_clock::now();
    std::vector<internal::RuleStats> rule_stats;
    std::vector<uint64_t> candidates = matcher.Candidates(&rule_stats);
    CopyRuleStats(rule_stats, &stats);
    stats.candidate_pairs = candidates.size();
    stats.seconds_block = Seconds(t0);

    t0 = std::chrono::steady_clock::now();
    internal::ScoredPairs scored =
        matcher.Score(candidates, options.report_probability);
    candidates = {};
    for (const MatchedPair& m : scored.accepted) stats.accepted_pairs += m.accepted;
    stats.seconds_score = Seconds(t0);

    t0 = std::chrono::steady_clock::now();
    std::vector<std::string> row_numbers;
    std::vector<std::string_view> ids =
        ClusterIds(plan->schema, table, &row_numbers);
    std::vector<ScoredPair> accepted;
    accepted.reserve(scored.accepted.size());
    for (const MatchedPair& m : scored.accepted) {
      if (m.accepted) accepted.push_back({m.a, m.b, m.weight});
    }
    const double strong = impl_->config.cannot_link_strong_evidence;
    ClusterResult clusters = ClusterPairs(
        ids, accepted, scored.cannot_link,
        std::isfinite(strong) ? matcher.prior_weight() + strong
                              : std::numeric_limits<double>::infinity());
    result.cluster_of_row = std::move(clusters.representative);
    stats.clusters = clusters.num_clusters;
    stats.pairs_blocked_by_guard =
        scored.cannot_link.size() + clusters.pairs_blocked_by_guard;
    stats.seconds_cluster = Seconds(t0);
    result.pairs = std::move(scored.accepted);
    return result;
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError("out of memory while deduplicating");
  }
}

absl::StatusOr<MergeResult> Engine::Merge(const TableView& table,
                                          const DedupeResult& dedupe,
                                          const MatchOptions& options) const {
  MergeOptions merge_options;
  merge_options.default_region = impl_->config.default_region;
  merge_options.threads = options.threads;
  return MergeClusters(dedupe.schema, impl_->config.merge, table,
                       dedupe.cluster_of_row, merge_options);
}

absl::StatusOr<LinkResult> Engine::Link(const TableView& left_input,
                                        const TableView& right_input,
                                        const MatchOptions& options) const {
  try {
    if (absl::Status s = CheckTable(left_input, "left table"); !s.ok()) return s;
    if (absl::Status s = CheckTable(right_input, "right table"); !s.ok()) return s;
    if (impl_->config.identity) {
      return LinkByIdentity(impl_->config, left_input, right_input);
    }
    const int threads = Threads(options);
    absl::StatusOr<MatchPlan> plan = Plan(impl_->config, left_input.header, options);
    if (!plan.ok()) return plan.status();
    GuardedTable left_guarded, right_guarded;
    GuardLongCells(left_input, PlanColumns(*plan), impl_->config.max_cell_bytes,
                   &left_guarded);
    std::vector<int> right_columns;
    for (int c : PlanColumns(*plan)) {
      for (size_t k = 0; k < right_input.header.size(); ++k) {
        if (right_input.header[k] == plan->schema.columns[c].name) {
          right_columns.push_back(static_cast<int>(k));
        }
      }
    }
    GuardLongCells(right_input, right_columns, impl_->config.max_cell_bytes,
                   &right_guarded);
    const TableView& left = left_guarded.view;
    const TableView& right = right_guarded.view;

    LinkResult result;
    result.left_issues = std::move(left_guarded.issues);
    result.right_issues = std::move(right_guarded.issues);
    result.schema = plan->schema;
    result.comparisons = internal::Comparisons(*plan);
    MatchStats& stats = result.stats;
    const size_t nl = left.num_rows, nr = right.num_rows;
    stats.rows = nl + nr;

    // The columns the plan reads, left rows then right rows (found by name).
    std::vector<bool> used(plan->schema.columns.size(), false);
    for (const auto& s : plan->sources) {
      for (int c : s.columns) used[c] = true;
    }
    if (plan->schema.country >= 0) used[plan->schema.country] = true;
    if (const int city = internal::CityColumn(plan->schema); city >= 0) used[city] = true;
    std::vector<std::vector<std::string_view>> storage(plan->schema.columns.size());
    TableColumns columns;
    columns.num_rows = nl + nr;
    columns.columns.resize(plan->schema.columns.size());
    for (size_t c = 0; c < plan->schema.columns.size(); ++c) {
      if (!used[c]) continue;
      std::vector<std::string_view>& cells = storage[c];
      cells.reserve(nl + nr);
      cells.insert(cells.end(), left.columns[c].begin(), left.columns[c].end());
      int rc = -1;
      for (size_t k = 0; k < right.header.size(); ++k) {
        if (right.header[k] == plan->schema.columns[c].name) {
          rc = static_cast<int>(k);
          break;
        }
      }
      if (rc < 0) {
        cells.resize(nl + nr);  // absent on the right: missing
      } else {
        cells.insert(cells.end(), right.columns[rc].begin(),
                     right.columns[rc].end());
      }
      columns.columns[c] = cells;
    }
    std::vector<uint8_t> flagged;
    if (!left.flagged.empty() || !right.flagged.empty()) {
      flagged.assign(nl + nr, 0);
      for (size_t r = 0; r < left.flagged.size(); ++r) flagged[r] = left.flagged[r];
      for (size_t r = 0; r < right.flagged.size(); ++r) {
        flagged[nl + r] = right.flagged[r];
      }
      for (uint8_t f : flagged) stats.flagged_rows += f != 0;
    }

    auto t0 = std::chrono::steady_clock::now();
    // Deduplication mode needs left_rows == 0; a link with an empty left
    // table has no candidates at all.
    Matcher matcher(*plan, columns, nl == 0 ? 0 : nl, flagged, threads);
    stats.seconds_normalize = Seconds(t0);

    t0 = std::chrono::steady_clock::now();
    std::vector<internal::RuleStats> rule_stats;
    std::vector<uint64_t> candidates;
    if (nl > 0 && nr > 0) candidates = matcher.Candidates(&rule_stats);
    CopyRuleStats(rule_stats, &stats);
    stats.candidate_pairs = candidates.size();
    stats.seconds_block = Seconds(t0);

    t0 = std::chrono::steady_clock::now();
    internal::ScoredPairs scored =
        matcher.Score(candidates, options.report_probability);
    for (const MatchedPair& m : scored.accepted) stats.accepted_pairs += m.accepted;
    stats.pairs_blocked_by_guard = scored.cannot_link.size();
    stats.seconds_score = Seconds(t0);

    // Best left match per right row; ties by the lower left row.
    result.best.assign(nr, LinkMatch());
    for (MatchedPair& m : scored.accepted) {
      // Packed pairs put the smaller row first: the left row.
      const uint32_t r = m.b - static_cast<uint32_t>(nl);
      m.b = r;
      if (!m.accepted) continue;
      LinkMatch& best = result.best[r];
      if (best.left < 0 || m.weight > best.weight ||
          (m.weight == best.weight && m.a < best.left)) {
        best.left = m.a;
        best.weight = m.weight;
        best.probability = m.probability;
      }
    }
    size_t matched = 0;
    for (const LinkMatch& b : result.best) matched += b.left >= 0;
    stats.clusters = nl + nr - matched;
    result.pairs = std::move(scored.accepted);
    return result;
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError("out of memory while linking");
  }
}

absl::StatusOr<Model> Engine::Train(const TableView& input,
                                    const MatchOptions& options) const {
  try {
    if (absl::Status s = CheckTable(input, "table"); !s.ok()) return s;
    absl::StatusOr<MatchPlan> plan = Plan(impl_->config, input.header, options);
    if (!plan.ok()) return plan.status();
    GuardedTable guarded;
    GuardLongCells(input, PlanColumns(*plan), impl_->config.max_cell_bytes, &guarded);
    const TableView& table = guarded.view;
    TableColumns columns;
    columns.columns = table.columns;
    columns.num_rows = table.num_rows;
    Matcher matcher(*plan, columns, 0, table.flagged, Threads(options));
    return internal::TrainModel(&matcher, impl_->config.training);
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError("out of memory while training");
  }
}

}  // namespace dqe
