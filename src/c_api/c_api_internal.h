// c_api_internal.h: what the C API's files share: the handles' definitions,
// error reporting, and the guard that keeps exceptions inside the library.
#ifndef DQE_SRC_C_API_C_API_INTERNAL_H_
#define DQE_SRC_C_API_C_API_INTERNAL_H_

#include <cstddef>
#include <cstdint>
#include <memory>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "absl/status/status.h"
#include "dqe.h"
#include "dqe/engine.h"
#include "dqe/merge.h"
#include "dqe/normalize.h"
#include "dqe/score.h"
#include "dqe/table.h"
#include "dqe/validate.h"

struct dqe_normalize_options {
  dqe::NameOptions name;
  dqe::PhoneOptions phone;
  dqe::EmailOptions email;
};

// The C++ results are kept as they are: no copy per cell, and the strings
// handed out point into them (std::string data is NUL-terminated).
struct dqe_column_result {
  dqe_kind kind = DQE_KIND_PERSON_NAME;
  size_t rows = 0;
  std::vector<dqe::NormalizedName> names;
  std::vector<dqe::NormalizedCompany> companies;
  std::vector<dqe::NormalizedPhone> phones;
  std::vector<dqe::NormalizedEmail> emails;
};

struct dqe_table {
  struct Column {
    std::string name;
    std::unique_ptr<char[]> bytes;  // every cell of the column, back to back
    std::vector<std::string_view> cells;
  };
  std::vector<Column> columns;
  size_t rows = 0;
  std::vector<uint8_t> flags;  // empty, or one per row
};

struct dqe_engine {
  std::unique_ptr<dqe::Engine> engine;
  std::optional<dqe::Model> model;
};

struct dqe_dedupe_result {
  dqe::DedupeResult result;
};

struct dqe_validation_result {
  dqe::ValidationResult result;
};

// The MergeResult owns its header, values and ids: the table it was built
// from may be destroyed first.
struct dqe_merge_result {
  dqe::MergeResult result;
};

namespace dqe::c_api {

// SetError writes a copy of `message` to *error (when error is not NULL) and
// returns `code`. Never throws: without memory for the copy, *error is NULL.
dqe_status SetError(char** error, dqe_status code, std::string_view message);

// OutOfMemory reports DQE_RESOURCE_EXHAUSTED for `function` without
// allocating anything but the message itself.
dqe_status OutOfMemory(char** error, const char* function);

// FromStatus maps an absl::Status to its code and message.
dqe_status FromStatus(char** error, const absl::Status& status);

// Guard runs `body` (which returns a dqe_status) with *error cleared first,
// and turns any exception into a status: std::bad_alloc into
// DQE_RESOURCE_EXHAUSTED, anything else into DQE_INTERNAL.
template <typename Body>
dqe_status Guard(char** error, const char* function, Body&& body) {
  if (error != nullptr) *error = nullptr;
  try {
    return body();
  } catch (const std::bad_alloc&) {
    return OutOfMemory(error, function);
  } catch (const std::exception& e) {
    try {
      return SetError(error, DQE_INTERNAL,
                      std::string(function) + ": unexpected exception: " +
                          e.what());
    } catch (...) {
      return SetError(error, DQE_INTERNAL, function);
    }
  } catch (...) {
    return SetError(error, DQE_INTERNAL, function);
  }
}

// Text as a view; NULL with length 0 is empty. False for NULL with a length.
inline bool View(const char* data, size_t len, std::string_view* out) {
  if (data == nullptr) {
    *out = {};
    return len == 0;
  }
  *out = std::string_view(data, len);
  return true;
}

// ViewOf returns a view of the table's columns for the engine: it borrows
// the table's cells (nothing is copied) and must not outlive the table.
inline dqe::TableView ViewOf(const dqe_table& table) {
  dqe::TableView view;
  view.num_rows = table.rows;
  view.header.reserve(table.columns.size());
  view.columns.reserve(table.columns.size());
  for (const dqe_table::Column& column : table.columns) {
    view.header.push_back(column.name);
    view.columns.emplace_back(column.cells);
  }
  view.flagged = table.flags;
  return view;
}

inline dqe_string Out(std::string_view s) {
  // Every view handed out ends before a NUL: a std::string's data or a
  // literal. An empty view may have no data: give "" then.
  if (s.data() == nullptr) return dqe_string{"", 0};
  return dqe_string{s.data(), s.size()};
}

}  // namespace dqe::c_api

#endif  // DQE_SRC_C_API_C_API_INTERNAL_H_
