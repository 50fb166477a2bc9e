// Fuzz target: a table handed over through the C API (cells split from the
// input at '\x1f', rows at '\x1e'; a row whose id starts with '!' is flagged
// as unreadable), deduplicated, validated and merged with the defaults, and
// every accessor of the three results read, one past the end too. Whatever
// the cells, every row gets a cluster naming a row of the table and one
// golden record, every accessor answers in range and refuses out of range,
// and no call crashes.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dqe.h"

namespace {

void Check(bool ok) {
  if (!ok) std::abort();
}

void ReadDedupe(const dqe_dedupe_result* result, size_t rows) {
  Check(dqe_dedupe_result_rows(result) == rows);
  std::vector<size_t> clusters(rows);
  Check(dqe_dedupe_result_clusters(result, clusters.data(), rows) == DQE_OK);
  for (size_t r = 0; r < rows; ++r) {
    size_t cluster = 0;
    Check(dqe_dedupe_result_cluster(result, r, &cluster) == DQE_OK);
    Check(cluster < rows && cluster == clusters[r] &&
          clusters[cluster] == cluster);
  }
  size_t cluster = 0;
  Check(dqe_dedupe_result_cluster(result, rows, &cluster) == DQE_OUT_OF_RANGE);
  const size_t comparisons = dqe_dedupe_result_comparisons(result);
  for (size_t c = 0; c < comparisons; ++c) {
    dqe_string name{};
    size_t levels = 0;
    Check(dqe_dedupe_result_comparison_name(result, c, &name) == DQE_OK);
    Check(dqe_dedupe_result_comparison_levels(result, c, &levels) == DQE_OK);
    for (size_t l = 0; l <= levels; ++l) {
      Check((dqe_dedupe_result_level_name(result, c, l, &name) == DQE_OK) ==
            (l < levels));
    }
  }
  const size_t pairs = dqe_dedupe_result_pairs(result);
  for (size_t i = 0; i <= pairs; ++i) {
    size_t a = 0, b = 0;
    double weight = 0, probability = 0;
    const dqe_status status =
        dqe_dedupe_result_pair(result, i, &a, &b, &weight, &probability);
    if (i == pairs) {
      Check(status == DQE_OUT_OF_RANGE);
      break;
    }
    // (An accepted pair's rows may still be in two clusters: a join that
    // would put a cannot-linked pair together is refused.)
    Check(status == DQE_OK && a < b && b < rows);
    for (size_t c = 0; c <= comparisons; ++c) {
      int level = 0;
      dqe_string level_name{};
      Check((dqe_dedupe_result_pair_level(result, i, c, &level, &level_name,
                                          &weight) == DQE_OK) ==
            (c < comparisons));
    }
  }
  for (int stat = DQE_STAT_ROWS; stat <= DQE_STAT_LARGEST_BLOCK; ++stat) {
    uint64_t value = 0;
    Check(dqe_dedupe_result_stat(result, static_cast<dqe_stat>(stat), &value) ==
          DQE_OK);
  }
}

void ReadValidation(const dqe_validation_result* result, size_t rows,
                    size_t columns) {
  const size_t issues = dqe_validation_result_issues(result);
  for (size_t i = 0; i <= issues; ++i) {
    size_t row = 0;
    int column = 0;
    dqe_issue_code code{};
    dqe_severity severity{};
    const dqe_status status =
        dqe_validation_result_issue(result, i, &row, &column, &code, &severity);
    if (i == issues) {
      Check(status == DQE_OUT_OF_RANGE);
      break;
    }
    Check(status == DQE_OK && row < rows && column >= -1 &&
          column < static_cast<int>(columns));
    for (int text = DQE_ISSUE_TEXT_ID; text <= DQE_ISSUE_TEXT_VALUE; ++text) {
      dqe_string out{};
      Check(dqe_validation_result_issue_text(
                result, i, static_cast<dqe_issue_text>(text), &out) == DQE_OK);
    }
  }
  for (int count = DQE_VALIDATION_ROWS; count <= DQE_VALIDATION_WARNINGS;
       ++count) {
    uint64_t value = 0;
    Check(dqe_validation_result_count(result,
                                      static_cast<dqe_validation_count>(count),
                                      &value) == DQE_OK);
  }
  const size_t stats_columns = dqe_validation_result_columns(result);
  for (size_t c = 0; c <= stats_columns; ++c) {
    uint64_t in = 0, present = 0, valid = 0;
    double completeness = 0, validity = 0;
    Check((dqe_validation_result_column_stats(result, c, &in, &present, &valid,
                                              &completeness, &validity) ==
           DQE_OK) == (c < stats_columns));
  }
}

void ReadMerge(const dqe_merge_result* result, size_t rows, size_t columns) {
  Check(dqe_merge_result_rows(result) == rows &&
        dqe_merge_result_columns(result) == columns);
  const size_t golden = dqe_merge_result_golden_records(result);
  Check(golden <= rows && (rows == 0 || golden > 0));
  size_t members = 0;
  for (size_t g = 0; g <= golden; ++g) {
    size_t count = 0;
    const dqe_status status =
        dqe_merge_result_golden_members(result, g, &count);
    if (g == golden) {
      Check(status == DQE_OUT_OF_RANGE);
      break;
    }
    Check(status == DQE_OK && count > 0);
    members += count;
    for (size_t m = 0; m < count; ++m) {
      size_t row = 0, of = 0;
      Check(dqe_merge_result_golden_member(result, g, m, &row) == DQE_OK &&
            row < rows);
      Check(dqe_merge_result_golden_of_row(result, row, &of) == DQE_OK &&
            of == g);
    }
    dqe_string id{};
    size_t survivor = 0;
    Check(dqe_merge_result_golden_id(result, g, &id) == DQE_OK);
    Check(dqe_merge_result_golden_survivor(result, g, &survivor) == DQE_OK &&
          survivor < rows);
    for (size_t c = 0; c <= columns; ++c) {
      dqe_string value{};
      int64_t source = 0;
      Check((dqe_merge_result_golden_value(result, g, c, &value) == DQE_OK) ==
            (c < columns));
      Check((dqe_merge_result_golden_source_row(result, g, c, &source) ==
             DQE_OK) == (c < columns));
      Check(source >= -1 && source < static_cast<int64_t>(rows));
    }
  }
  Check(members == rows);  // every row in exactly one golden record
  std::vector<dqe_fate> fates(rows * columns);
  if (!fates.empty()) {
    Check(dqe_merge_result_fates(result, fates.data(), fates.size()) == DQE_OK);
  }
  dqe_fate fate{};
  Check(dqe_merge_result_fate(result, rows, 0, &fate) == DQE_OUT_OF_RANGE);
  dqe_string id{};
  Check(dqe_merge_result_row_id(result, rows, &id) == DQE_OUT_OF_RANGE);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  static const char* const kNames[] = {"id",    "full_name", "phone",
                                       "email", "company",   "city"};
  constexpr size_t kColumns = 6;
  std::string_view text(reinterpret_cast<const char*>(data), size);
  std::vector<std::vector<dqe_string>> columns(kColumns);
  size_t start = 0, column = 0;
  for (size_t i = 0; i <= text.size(); ++i) {
    if (i < text.size() && text[i] != '\x1f' && text[i] != '\x1e') continue;
    if (column < kColumns)
      columns[column].push_back({text.data() + start, i - start});
    ++column;
    if (i == text.size() || text[i] == '\x1e') {
      for (; column < kColumns; ++column) columns[column].push_back({"", 0});
      column = 0;
    }
    start = i + 1;
  }
  if (columns[0].size() > 64) return 0;  // keep each run small
  dqe_table* table = nullptr;
  if (dqe_table_create(&table, nullptr) != DQE_OK) return 0;
  for (size_t c = 0; c < kColumns; ++c) {
    if (dqe_table_add_column(
            table, kNames[c], std::string_view(kNames[c]).size(),
            columns[c].data(), columns[c].size(), nullptr) != DQE_OK) {
      std::abort();
    }
  }
  std::vector<uint8_t> flags(columns[0].size());
  bool any_flag = false;
  for (size_t r = 0; r < flags.size(); ++r) {
    flags[r] = columns[0][r].len > 0 && columns[0][r].data[0] == '!';
    any_flag |= flags[r] != 0;
  }
  if (any_flag)
    Check(dqe_table_set_flags(table, flags.data(), flags.size(), nullptr) ==
          DQE_OK);
  const size_t rows = columns[0].size();
  dqe_engine* engine = nullptr;
  if (dqe_engine_create_from_json("{}", 2, &engine, nullptr) != DQE_OK)
    std::abort();
  dqe_dedupe_result* result = nullptr;
  char* error = nullptr;
  if (dqe_engine_dedupe(engine, table, 1, &result, &error) == DQE_OK) {
    ReadDedupe(result, rows);
    dqe_merge_result* merge = nullptr;
    Check(dqe_engine_merge(engine, table, result, 1, &merge, nullptr) ==
          DQE_OK);
    ReadMerge(merge, rows, kColumns);
    dqe_merge_result_destroy(merge);
  }
  dqe_validation_result* validation = nullptr;
  if (dqe_engine_validate(engine, table, 1, &validation, nullptr) == DQE_OK) {
    ReadValidation(validation, rows, kColumns);
  }
  dqe_validation_result_destroy(validation);
  dqe_free(error);
  dqe_dedupe_result_destroy(result);
  dqe_engine_destroy(engine);
  dqe_table_destroy(table);
  return 0;
}
