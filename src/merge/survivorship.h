// survivorship.h: picks each column's golden value among a cluster's rows
// and records the fate of every cell (the rules are described in merge.h).
#ifndef DQE_MERGE_SURVIVORSHIP_H_
#define DQE_MERGE_SURVIVORSHIP_H_

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "dqe/merge.h"
#include "dqe/schema.h"
#include "dqe/table.h"

namespace dqe::internal {

// What survivorship knows of each row beyond its cells.
struct RowFacts {
  std::vector<int64_t> timestamp;     // seconds; LLONG_MIN: none
  std::vector<uint32_t> filled;       // non-empty cells
  std::vector<size_t> source_rank;    // place in source_priority; its size: unlisted
  std::vector<std::string> country_region;  // empty: none (or no country column)
  std::string default_region;

  // The region phones of row r in a column with region `column_region` are
  // read in.
  std::string_view Region(size_t r, std::string_view column_region) const {
    if (r < country_region.size() && !country_region[r].empty()) {
      return country_region[r];
    }
    return column_region.empty() ? std::string_view(default_region) : column_region;
  }
};

// Chooser merges one cluster at a time. One per thread.
class Chooser {
 public:
  struct Setup {
    const Schema* schema = nullptr;
    const TableView* table = nullptr;
    const std::vector<SurvivorshipRule>* rules = nullptr;  // per column
    const RowFacts* facts = nullptr;
    // Per column (canonical rule only): value key → the golden index of its
    // only cluster, or UINT32_MAX when several clusters hold it.
    const std::vector<absl::flat_hash_map<std::string, uint32_t>>* shared = nullptr;
    std::string separator;
    bool clean = true;
    int id_column = -1;
    const std::vector<std::string>* ids = nullptr;
  };

  explicit Chooser(const Setup& setup) : s_(setup) {}

  // Merge fills g->values and g->source_row from g->members (the id column's
  // value is left for the caller), and the fates of the members' cells in
  // `fate` (row-major, the table's width). `golden_index` is g's index.
  void Merge(uint32_t golden_index, GoldenRecord* g, CellFate* fate);

 private:
  bool RankedBefore(uint32_t a, uint32_t b) const;
  bool MoreComplete(uint32_t a, uint32_t b) const;
  std::string_view Cell(uint32_t row, size_t column) const {
    return s_.table->columns[column][row];
  }
  const std::string& Key(size_t slot, size_t column);
  // True when the cell writes a number (in digits) that one of its row's
  // number, days or percent cells holds: "Net 30" beside due days "三十天".
  bool Describes(uint32_t row, size_t column) const;
  // Among the cells with the chosen cell's key, the slot of the richest
  // spelling ("Trần Thị Mai" over "TRAN THI MAI", "王秀英" over "Wang
  // Xiuying"): the chosen one unless another spells the same value better.
  size_t BetterSpelling(size_t column, size_t chosen);
  // The golden value a chosen cell gives (clean or as written).
  std::string Value(uint32_t row, size_t column) const;
  // Chooses the row whose cell is the golden value; -1 when all are empty.
  int64_t Choose(size_t column, uint32_t golden_index);
  void Union(size_t column, GoldenRecord* g, CellFate* fate);

  Setup s_;
  std::vector<uint32_t> ranked_;     // members in the member ranking
  std::vector<uint32_t> filled_;     // ranked_ rows whose cell is not blank
  std::vector<std::string> keys_;    // per filled_ slot, computed lazily
  std::vector<uint8_t> has_key_;
};

}  // namespace dqe::internal

#endif  // DQE_MERGE_SURVIVORSHIP_H_
