// The C API's accessors of a dqe_merge_result: golden records, the remap
// table and the lineage of every cell; and the names of cell fates. Nothing
// here allocates or can throw, so the accessors need no exception guard.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "dqe.h"
#include "dqe/merge.h"
#include "src/c_api/c_api_internal.h"

using dqe::c_api::Out;

namespace {

// The C fates are the C++ fates plus one, in the same order.
#define DQE_PIN(c_name, cxx_name)                 \
  static_assert(static_cast<int>(c_name) ==       \
                static_cast<int>(dqe::CellFate::cxx_name) + 1)
DQE_PIN(DQE_FATE_GOLDEN, kGolden);
DQE_PIN(DQE_FATE_SAME, kSame);
DQE_PIN(DQE_FATE_LOST, kLost);
DQE_PIN(DQE_FATE_EMPTY, kEmpty);
DQE_PIN(DQE_FATE_ID, kId);
#undef DQE_PIN

dqe_fate ToC(dqe::CellFate fate) {
  return static_cast<dqe_fate>(static_cast<int>(fate) + 1);
}

const dqe::GoldenRecord* Golden(const dqe_merge_result* result, size_t golden) {
  return golden < result->result.golden.size() ? &result->result.golden[golden]
                                               : nullptr;
}

size_t Rows(const dqe::MergeResult& m) { return m.golden_of_row.size(); }

}  // namespace

extern "C" {

const char* dqe_fate_name(dqe_fate fate) {
  switch (fate) {
    case DQE_FATE_GOLDEN:
    case DQE_FATE_SAME:
    case DQE_FATE_LOST:
    case DQE_FATE_EMPTY:
    case DQE_FATE_ID:
      // String literals: NUL-terminated, static storage.
      return dqe::CellFateName(static_cast<dqe::CellFate>(fate - 1)).data();
  }
  return "unknown";
}

void dqe_merge_result_destroy(dqe_merge_result* result) { delete result; }

size_t dqe_merge_result_rows(const dqe_merge_result* result) {
  return result == nullptr ? 0 : Rows(result->result);
}

size_t dqe_merge_result_columns(const dqe_merge_result* result) {
  return result == nullptr ? 0 : result->result.header.size();
}

dqe_status dqe_merge_result_column_name(const dqe_merge_result* result,
                                        size_t column, dqe_string* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  if (column >= result->result.header.size()) return DQE_OUT_OF_RANGE;
  *out = Out(result->result.header[column]);
  return DQE_OK;
}

size_t dqe_merge_result_merged_rows(const dqe_merge_result* result) {
  return result == nullptr ? 0 : result->result.merged_rows;
}

size_t dqe_merge_result_golden_records(const dqe_merge_result* result) {
  return result == nullptr ? 0 : result->result.golden.size();
}

dqe_status dqe_merge_result_golden_id(const dqe_merge_result* result,
                                      size_t golden, dqe_string* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  const dqe::GoldenRecord* g = Golden(result, golden);
  if (g == nullptr) return DQE_OUT_OF_RANGE;
  *out = Out(g->golden_id);
  return DQE_OK;
}

dqe_status dqe_merge_result_golden_survivor(const dqe_merge_result* result,
                                            size_t golden, size_t* row) {
  if (result == nullptr || row == nullptr) return DQE_INVALID_ARGUMENT;
  const dqe::GoldenRecord* g = Golden(result, golden);
  if (g == nullptr) return DQE_OUT_OF_RANGE;
  *row = g->survivor;
  return DQE_OK;
}

dqe_status dqe_merge_result_golden_members(const dqe_merge_result* result,
                                           size_t golden, size_t* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  const dqe::GoldenRecord* g = Golden(result, golden);
  if (g == nullptr) return DQE_OUT_OF_RANGE;
  *out = g->members.size();
  return DQE_OK;
}

dqe_status dqe_merge_result_golden_member(const dqe_merge_result* result,
                                          size_t golden, size_t member,
                                          size_t* row) {
  if (result == nullptr || row == nullptr) return DQE_INVALID_ARGUMENT;
  const dqe::GoldenRecord* g = Golden(result, golden);
  if (g == nullptr || member >= g->members.size()) return DQE_OUT_OF_RANGE;
  *row = g->members[member];
  return DQE_OK;
}

dqe_status dqe_merge_result_golden_value(const dqe_merge_result* result,
                                         size_t golden, size_t column,
                                         dqe_string* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  const dqe::GoldenRecord* g = Golden(result, golden);
  if (g == nullptr || column >= g->values.size()) return DQE_OUT_OF_RANGE;
  *out = Out(g->values[column]);
  return DQE_OK;
}

dqe_status dqe_merge_result_golden_source_row(const dqe_merge_result* result,
                                              size_t golden, size_t column,
                                              int64_t* row) {
  if (result == nullptr || row == nullptr) return DQE_INVALID_ARGUMENT;
  const dqe::GoldenRecord* g = Golden(result, golden);
  if (g == nullptr || column >= g->source_row.size()) return DQE_OUT_OF_RANGE;
  *row = g->source_row[column];
  return DQE_OK;
}

dqe_status dqe_merge_result_golden_of_row(const dqe_merge_result* result,
                                          size_t row, size_t* golden) {
  if (result == nullptr || golden == nullptr) return DQE_INVALID_ARGUMENT;
  if (row >= Rows(result->result)) return DQE_OUT_OF_RANGE;
  *golden = result->result.golden_of_row[row];
  return DQE_OK;
}

dqe_status dqe_merge_result_golden_of_rows(const dqe_merge_result* result,
                                           size_t* golden, size_t n) {
  if (result == nullptr) return DQE_INVALID_ARGUMENT;
  const auto& of_row = result->result.golden_of_row;
  if (n != of_row.size() || (golden == nullptr && n != 0)) {
    return DQE_INVALID_ARGUMENT;
  }
  for (size_t i = 0; i < n; ++i) golden[i] = of_row[i];
  return DQE_OK;
}

dqe_status dqe_merge_result_row_id(const dqe_merge_result* result, size_t row,
                                   dqe_string* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  if (row >= Rows(result->result) || row >= result->result.ids.size()) {
    return DQE_OUT_OF_RANGE;
  }
  *out = Out(result->result.ids[row]);
  return DQE_OK;
}

dqe_status dqe_merge_result_golden_id_of_row(const dqe_merge_result* result,
                                             size_t row, dqe_string* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  if (row >= Rows(result->result)) return DQE_OUT_OF_RANGE;
  *out = Out(result->result.GoldenIdOf(row));
  return DQE_OK;
}

dqe_status dqe_merge_result_fate(const dqe_merge_result* result, size_t row,
                                 size_t column, dqe_fate* out) {
  if (result == nullptr || out == nullptr) return DQE_INVALID_ARGUMENT;
  const dqe::MergeResult& m = result->result;
  if (row >= Rows(m) || column >= m.header.size()) return DQE_OUT_OF_RANGE;
  *out = ToC(m.Fate(row, column));
  return DQE_OK;
}

dqe_status dqe_merge_result_fates(const dqe_merge_result* result,
                                  dqe_fate* fates, size_t n) {
  if (result == nullptr) return DQE_INVALID_ARGUMENT;
  const dqe::MergeResult& m = result->result;
  if (n != m.fate.size() || (fates == nullptr && n != 0)) {
    return DQE_INVALID_ARGUMENT;
  }
  for (size_t i = 0; i < n; ++i) fates[i] = ToC(m.fate[i]);
  return DQE_OK;
}

}  // extern "C"
