// merger.cc: MergeClusters — golden records, lineage and remap (merge.h).
#include <algorithm>
#include <climits>
#include <new>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include <tbb/blocked_range.h>
#include <tbb/parallel_for.h>
#include <tbb/task_arena.h>

#include "absl/container/flat_hash_map.h"
#include "absl/status/status.h"
#include "dqe/merge.h"
#include "dqe/normalize.h"
#include "src/common/cat.h"
#include "src/common/utf8.h"
#include "src/merge/survivorship.h"
#include "src/merge/value_key.h"
#include "src/validate/picklist_key.h"

namespace dqe {
namespace {

using internal::Cat;

int FindColumn(const TableView& t, std::string_view name) {
  for (size_t c = 0; c < t.header.size(); ++c) {
    if (t.header[c] == name) return static_cast<int>(c);
  }
  return -1;
}

int ColumnWithRole(const Schema& schema, Role role) {
  for (size_t c = 0; c < schema.columns.size(); ++c) {
    if (schema.columns[c].role == role) return static_cast<int>(c);
  }
  return -1;
}

// Seconds since 1970 of a timestamp cell; LLONG_MIN when unreadable.
int64_t TimestampOf(std::string_view cell) {
  if (internal::IsBlank(cell)) return LLONG_MIN;
  if (internal::FindInvalidUtf8(cell) != std::string_view::npos) return LLONG_MIN;
  NormalizedDate d = NormalizeDate(cell);
  if (!d.valid) return LLONG_MIN;
  int64_t s = d.days * 86400;
  if (d.hour >= 0) s += d.hour * 3600 + std::max(0, d.minute) * 60 + std::max(0, d.second);
  return s;
}

absl::Status CheckInputs(const Schema& schema, const MergeSpec& spec,
                         const TableView& table,
                         std::span<const uint32_t> cluster_of_row) {
  if (table.columns.size() != table.header.size()) {
    return absl::InvalidArgumentError(Cat("table: ", table.columns.size(),
                                          " columns for a header of ",
                                          table.header.size()));
  }
  for (size_t c = 0; c < table.columns.size(); ++c) {
    if (table.columns[c].size() != table.num_rows) {
      return absl::InvalidArgumentError(
          Cat("table: column \"", table.header[c], "\" has ",
              table.columns[c].size(), " cells for ", table.num_rows, " rows"));
    }
  }
  if (schema.columns.size() != table.header.size()) {
    return absl::InvalidArgumentError(
        Cat("schema: ", schema.columns.size(), " columns for a table of ",
            table.header.size()));
  }
  if (cluster_of_row.size() != table.num_rows) {
    return absl::InvalidArgumentError(
        Cat("cluster_of_row: ", cluster_of_row.size(), " entries for ",
            table.num_rows, " rows"));
  }
  for (size_t r = 0; r < cluster_of_row.size(); ++r) {
    if (cluster_of_row[r] >= table.num_rows) {
      return absl::InvalidArgumentError(
          Cat("cluster_of_row[", r, "]: row ", cluster_of_row[r],
              " is out of range (", table.num_rows, " rows)"));
    }
  }
  auto need = [&](std::string_view name, std::string_view what) -> absl::Status {
    if (name.empty() || FindColumn(table, name) >= 0) return absl::OkStatus();
    return absl::InvalidArgumentError(
        Cat("merge.", what, ": the table has no column \"", name, "\""));
  };
  for (const auto& [column, rule] : spec.fields) {
    if (absl::Status s = need(column, Cat("fields.", column)); !s.ok()) return s;
  }
  if (absl::Status s = need(spec.timestamp, "timestamp"); !s.ok()) return s;
  if (absl::Status s = need(spec.source, "source"); !s.ok()) return s;
  if (absl::Status s = need(spec.survivor_column, "survivor"); !s.ok()) return s;
  if (table.num_rows >= (size_t{1} << 32) - 1) {
    return absl::InvalidArgumentError("table: more than 4 billion rows");
  }
  return absl::OkStatus();
}

}  // namespace

absl::StatusOr<MergeResult> MergeClusters(const Schema& schema,
                                          const MergeSpec& spec,
                                          const TableView& table,
                                          std::span<const uint32_t> cluster_of_row,
                                          const MergeOptions& options) {
  try {
    if (absl::Status s = CheckInputs(schema, spec, table, cluster_of_row); !s.ok()) {
      return s;
    }
    const size_t n = table.num_rows, ncols = table.header.size();
    MergeResult result;
    result.header = table.header;

    // Ids, and the order ids are compared in (the row number when there is
    // no id column).
    const int id_column = schema.record_id;
    result.ids.resize(n);
    for (size_t r = 0; r < n; ++r) {
      result.ids[r] = id_column >= 0 ? std::string(table.columns[id_column][r])
                                     : Cat(r + 1);
    }
    auto id_less = [&](uint32_t a, uint32_t b) {
      if (id_column >= 0) {
        std::string_view ia = result.ids[a], ib = result.ids[b];
        if (ia != ib) return ia < ib;
      }
      return a < b;
    };

    // The columns survivorship reads.
    int ts_column = spec.timestamp.empty() ? ColumnWithRole(schema, Role::kUpdatedAt)
                                           : FindColumn(table, spec.timestamp);
    if (ts_column < 0 && spec.timestamp.empty()) {
      ts_column = ColumnWithRole(schema, Role::kCreatedAt);
    }
    const int source_column = spec.source.empty()
                                  ? ColumnWithRole(schema, Role::kSource)
                                  : FindColumn(table, spec.source);
    const int survivor_column =
        spec.survivor_column.empty() ? -1 : FindColumn(table, spec.survivor_column);
    std::vector<SurvivorshipRule> rules(ncols, spec.default_rule);
    for (const auto& [column, rule] : spec.fields) {
      for (size_t c = 0; c < ncols; ++c) {
        if (table.header[c] == column) rules[c] = rule;
      }
    }

    // Clusters, in order of their first row.
    result.golden_of_row.assign(n, 0);
    {
      std::vector<uint32_t> index_of_rep(n, UINT32_MAX);
      for (size_t r = 0; r < n; ++r) {
        const uint32_t rep = cluster_of_row[r];
        if (index_of_rep[rep] == UINT32_MAX) {
          index_of_rep[rep] = static_cast<uint32_t>(result.golden.size());
          result.golden.emplace_back();
        }
        result.golden_of_row[r] = index_of_rep[rep];
        result.golden[index_of_rep[rep]].members.push_back(static_cast<uint32_t>(r));
      }
    }
    for (const GoldenRecord& g : result.golden) {
      if (g.members.size() > 1) result.merged_rows += g.members.size();
    }

    // Per-row facts.
    internal::RowFacts facts;
    facts.timestamp.assign(n, LLONG_MIN);
    facts.filled.assign(n, 0);
    facts.source_rank.assign(n, spec.source_priority.size());
    facts.default_region = options.default_region;
    std::vector<std::string> priority_keys;
    for (const std::string& s : spec.source_priority) {
      priority_keys.push_back(internal::PicklistKey(s));
    }
    if (schema.country >= 0) facts.country_region.resize(n);
    for (size_t r = 0; r < n; ++r) {
      if (ts_column >= 0) facts.timestamp[r] = TimestampOf(table.columns[ts_column][r]);
      uint32_t filled = 0;
      for (size_t c = 0; c < ncols; ++c) filled += !internal::IsBlank(table.columns[c][r]);
      facts.filled[r] = filled;
      if (source_column >= 0 && !priority_keys.empty()) {
        std::string_view cell = table.columns[source_column][r];
        if (internal::FindInvalidUtf8(cell) == std::string_view::npos) {
          std::string key = internal::PicklistKey(cell);
          for (size_t i = 0; i < priority_keys.size(); ++i) {
            if (priority_keys[i] == key) {
              facts.source_rank[r] = i;
              break;
            }
          }
        }
      }
      if (schema.country >= 0) {
        std::string_view cell = table.columns[schema.country][r];
        if (!internal::IsBlank(cell) &&
            internal::FindInvalidUtf8(cell) == std::string_view::npos) {
          if (std::optional<std::string> region = RegionForCountry(cell)) {
            facts.country_region[r] = *region;
          }
        }
      }
    }
    // For "canonical" columns: which values (by key) appear in more than one
    // cluster.
    std::vector<absl::flat_hash_map<std::string, uint32_t>> shared(ncols);
    for (size_t c = 0; c < ncols; ++c) {
      if (rules[c] != SurvivorshipRule::kCanonical) continue;
      auto& seen = shared[c];  // key -> golden index, or UINT32_MAX: several
      for (size_t r = 0; r < n; ++r) {
        std::string_view cell = table.columns[c][r];
        if (internal::IsBlank(cell)) continue;
        std::string key = internal::ValueKey(schema.columns[c].kind, cell,
                                             facts.Region(r, schema.columns[c].region));
        auto [it, inserted] = seen.emplace(std::move(key), result.golden_of_row[r]);
        if (!inserted && it->second != result.golden_of_row[r]) it->second = UINT32_MAX;
      }
    }

    result.fate.assign(n * ncols, CellFate::kEmpty);
    internal::Chooser::Setup setup;
    setup.schema = &schema;
    setup.table = &table;
    setup.rules = &rules;
    setup.facts = &facts;
    setup.shared = &shared;
    setup.separator = spec.separator;
    setup.clean = spec.clean;
    setup.id_column = id_column;
    setup.ids = &result.ids;

    auto work = [&](const tbb::blocked_range<size_t>& range) {
      internal::Chooser chooser(setup);
      for (size_t gi = range.begin(); gi != range.end(); ++gi) {
        GoldenRecord& g = result.golden[gi];
        uint32_t smallest = g.members[0];
        for (uint32_t m : g.members) {
          if (id_less(m, smallest)) smallest = m;
        }
        chooser.Merge(static_cast<uint32_t>(gi), &g, result.fate.data());
        g.survivor = smallest;
        if (survivor_column >= 0 && g.source_row[survivor_column] >= 0) {
          g.survivor = static_cast<uint32_t>(g.source_row[survivor_column]);
        }
        g.golden_id = result.ids[g.survivor];
        if (id_column >= 0) g.values[id_column] = g.golden_id;
      }
    };
    const size_t ng = result.golden.size();
    int threads = options.threads > 0
                      ? options.threads
                      : static_cast<int>(std::max(1u, std::thread::hardware_concurrency()));
    if (threads > 1 && ng > 4096) {
      tbb::task_arena arena(threads);
      arena.execute([&] {
        tbb::parallel_for(tbb::blocked_range<size_t>(0, ng, 1024), work);
      });
    } else {
      work(tbb::blocked_range<size_t>(0, ng));
    }
    return result;
  } catch (const std::bad_alloc&) {
    return absl::ResourceExhaustedError("out of memory while merging");
  }
}

}  // namespace dqe
