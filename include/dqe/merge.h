// dqe/merge.h: one golden record per cluster, with field-level lineage and a
// remap table; nothing a source row held is lost.
//
// Merge takes a table and its clusters (DedupeResult::cluster_of_row) and
// builds, for every cluster, a golden record: for each column, the value a
// survivorship rule picks among the members' cells. Every cell of every
// member stays in the lineage with what became of it (it gave the golden
// value, agreed with it, lost to it, or was empty), so the merge can be
// undone exactly; the remap table maps every row's id to its golden id, for
// re-pointing foreign keys (customers → payment term).
//
//   absl::StatusOr<dqe::MergeSpec> spec = dqe::MergeSpec::FromJson(
//       R"({"fields": {"phone": "union", "email": "union",
//                      "full_name": "most_frequent"}})");
//   absl::StatusOr<dqe::MergeResult> m =
//       dqe::MergeClusters(schema, *spec, table, dedupe->cluster_of_row);
//   for (const dqe::GoldenRecord& g : m->golden) ... g.golden_id, g.values
//
// Survivorship rules (MergeSpec::fields, per column; MergeSpec::default_rule
// for the rest). Only non-empty cells compete; rows are ranked by the
// timestamp column (latest first; a row without a readable timestamp after
// every row with one), then by how many non-empty cells they have, then by
// id: this "member ranking" breaks every tie below.
//   most_recent      the value of the best-ranked row (the latest update)
//   most_complete    the value of the row with the most non-empty cells
//                    (then the member ranking)
//   most_frequent    the value most rows hold, compared by the column's
//                    match key ("NGUYEN VAN AN" and "Nguyễn Văn An" count as
//                    one value; the best-ranked row's spelling is kept)
//   source_priority  the value of the row whose source column ranks first
//                    in MergeSpec::source_priority (unlisted sources after
//                    listed ones, in the member ranking)
//   longest          the value with the most characters
//   first_non_empty  the value of the first row in input order
//   union            every distinct value, normalized (phones as E.164, one
//                    per number of the cell; e-mails normalized; other text
//                    as written), joined with MergeSpec::separator, in the
//                    member ranking; invalid phones and e-mails are kept as
//                    written
//   canonical        for reference data named per customer: the cleanest
//                    name. Names are preferred, in order, when they name no
//                    company (no legal form: "Công ty TNHH …", "… Co.,
//                    Ltd.", "…有限公司"); when they write a number their row
//                    holds in a number, days or percent column ("Net 30" or
//                    "月結30天" beside due days "三十天"); when no row of
//                    another cluster has the same name (a customer's name on
//                    several of its terms); then the most frequent, then the
//                    shortest, then the member ranking.
//
// Whatever the rule, a value that other rows spell better is written in the
// better spelling when the spellings differ only in case, diacritics,
// spacing and punctuation: "Trần Thị Mai" over "TRAN THI MAI", "Đà Nẵng" over
// "Da Nang" (not for phones, e-mails, dates and numbers, which are written
// normalized).
//
// The golden id is stable: by default the id of the cluster's member with the
// smallest id (the cluster id of DedupeResult), so the same cluster gets the
// same golden id on every run and the surviving row keeps its own id; with
// MergeSpec::survivor_column, the id of the row that supplied that column's
// golden value (the payment term whose clean name survived).
//
// Everything here is a plain value; MergeClusters is thread-safe.
#ifndef DQE_MERGE_H_
#define DQE_MERGE_H_

#include <cstddef>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/status/statusor.h"
#include "dqe/export.h"
#include "dqe/schema.h"
#include "dqe/table.h"

namespace dqe {

enum class SurvivorshipRule : uint8_t {
  kMostRecent,
  kMostComplete,
  kMostFrequent,
  kSourcePriority,
  kLongest,
  kFirstNonEmpty,
  kUnion,
  kCanonical,
};

// SurvivorshipRuleName returns the config spelling ("most_recent" ...).
DQE_EXPORT std::string_view SurvivorshipRuleName(SurvivorshipRule rule);
DQE_EXPORT std::optional<SurvivorshipRule> SurvivorshipRuleFromName(
    std::string_view name);

struct DQE_EXPORT MergeSpec {
  // The rule of every column not in `fields`. Default: most_recent (which,
  // without a timestamp column, is the most complete row's value).
  SurvivorshipRule default_rule = SurvivorshipRule::kMostRecent;
  // Column name → rule.
  std::vector<std::pair<std::string, SurvivorshipRule>> fields;
  // The timestamp column "most recent" reads (dates as NormalizeDate reads
  // them: 22/11/2026, 2026-11-22 09:30, 2026年11月22日 …). Empty: the
  // column with Role::kUpdatedAt, else the one with Role::kCreatedAt.
  std::string timestamp;
  // The column naming each row's source system. Empty: the column with
  // Role::kSource.
  std::string source;
  // Sources in order of trust, for source_priority (compared folded:
  // "CRM" is "crm").
  std::vector<std::string> source_priority;
  // Between the values of a union. Default: "; ".
  std::string separator = "; ";
  // Write golden values clean: names as NormalizeName's display (no
  // honorific, NFC, one tone placement), phones as E.164, e-mails
  // normalized, other values trimmed. The lineage keeps every source cell as
  // written either way. Default: true.
  bool clean = true;
  // Empty: the golden id is the cluster's smallest member id. A column name:
  // the id of the row that supplied that column's golden value.
  std::string survivor_column;

  // FromJson reads the "merge" object of a config:
  //   {"default": "most_recent",
  //    "fields": {"phone": "union", "full_name": "most_frequent"},
  //    "timestamp": "updated_at", "source": "source",
  //    "source_priority": ["crm", "web_form"], "separator": "; ",
  //    "survivor": "name"}
  // Errors (InvalidArgument) name the JSON path ("merge.fields.phone: unknown
  // rule \"newest\" (expected one of: …)"); unknown keys are errors.
  static absl::StatusOr<MergeSpec> FromJson(std::string_view json);
};

// What became of one source cell.
enum class CellFate : uint8_t {
  kGolden,  // it is (or, for union, is part of) the golden value
  kSame,    // it equals the golden value (by match key) but another row's
            // spelling was kept
  kLost,    // it differs from the golden value, which another row gave
  kEmpty,   // the cell was empty
  kId,      // the record id column: the golden record has the golden id
};

// CellFateName returns "golden", "same", "lost", "empty" or "id".
DQE_EXPORT std::string_view CellFateName(CellFate fate);
DQE_EXPORT std::optional<CellFate> CellFateFromName(std::string_view name);

struct GoldenRecord {
  std::string golden_id;
  // The row whose id is the golden id.
  uint32_t survivor = 0;
  // The cluster's rows, in input order.
  std::vector<uint32_t> members;
  // One value per column of the table; the record id column holds golden_id.
  std::vector<std::string> values;
  // Per column: the row that supplied the value (-1 when the value is empty
  // or, for union, the best-ranked row that added to it).
  std::vector<int64_t> source_row;
};

struct MergeResult {
  std::vector<std::string> header;
  // One per cluster, ordered by the cluster's first row in input order.
  std::vector<GoldenRecord> golden;
  // Per row: the index of its golden record.
  std::vector<uint32_t> golden_of_row;
  // Per row: its id (the id column's cell, or the 1-based row number).
  std::vector<std::string> ids;
  // Lineage: the fate of every cell, row-major (row * header.size() + column).
  std::vector<CellFate> fate;
  size_t merged_rows = 0;  // rows in clusters of two or more

  CellFate Fate(size_t row, size_t column) const {
    return fate[row * header.size() + column];
  }
  // The remap table: (old id, golden id) for every row, in input order.
  std::string_view GoldenIdOf(size_t row) const {
    return golden[golden_of_row[row]].golden_id;
  }
};

struct MergeOptions {
  // Phones without a country code, in rows without a country (and columns
  // without a region), are read in this region. Default: "VN".
  std::string default_region = "VN";
  // Worker threads; 0: as many as the machine has. Results do not depend on
  // it.
  int threads = 0;
};

// MergeClusters builds the golden records of `table`, whose rows are grouped
// by `cluster_of_row` (any row of the cluster; rows naming the same row are
// one cluster, as DedupeResult::cluster_of_row gives them). The schema says
// the kinds (for match keys and union normalization), the id, timestamp and
// source columns. Errors: a column `spec` names that the table lacks, a
// cluster_of_row of the wrong size or naming a row out of range.
DQE_EXPORT absl::StatusOr<MergeResult> MergeClusters(
    const Schema& schema, const MergeSpec& spec, const TableView& table,
    std::span<const uint32_t> cluster_of_row, const MergeOptions& options = {});

}  // namespace dqe

#endif  // DQE_MERGE_H_
