// The C API's normalizers: one value or a whole column per call, into a
// dqe_column_result that keeps the C++ results as they are (the per-cell cost
// of the C call is one string_view per cell on top of the C++ call's).
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dqe.h"
#include "dqe/normalize.h"
#include "src/c_api/c_api_internal.h"
#include "src/common/cat.h"

using dqe::c_api::Guard;
using dqe::c_api::SetError;

namespace {

const dqe_normalize_options& Options(const dqe_normalize_options* options) {
  static const dqe_normalize_options* const kDefaults =
      new dqe_normalize_options();
  return options != nullptr ? *options : *kDefaults;
}

bool KnownKind(dqe_kind kind) {
  return kind == DQE_KIND_PERSON_NAME || kind == DQE_KIND_COMPANY ||
         kind == DQE_KIND_PHONE || kind == DQE_KIND_EMAIL;
}

// Normalize fills `result` from cells (and, for phones, regions: empty or
// one per cell).
void Normalize(dqe_kind kind, const dqe_normalize_options& options,
               std::span<const std::string_view> cells,
               std::span<const std::string_view> regions,
               dqe_column_result* result) {
  result->kind = kind;
  result->rows = cells.size();
  switch (kind) {
    case DQE_KIND_PERSON_NAME:
      result->names = dqe::NormalizeNameColumn(cells, options.name);
      break;
    case DQE_KIND_COMPANY:
      result->companies = dqe::NormalizeCompanyColumn(cells);
      break;
    case DQE_KIND_PHONE:
      result->phones = dqe::NormalizePhoneColumn(cells, regions, options.phone);
      break;
    case DQE_KIND_EMAIL:
      result->emails = dqe::NormalizeEmailColumn(cells, options.email);
      break;
  }
}

}  // namespace

extern "C" {

dqe_status dqe_normalize(dqe_kind kind, const dqe_normalize_options* options,
                         const char* text, size_t len, const char* region,
                         size_t region_len, dqe_column_result** out,
                         char** error) {
  return Guard(error, "dqe_normalize", [&]() -> dqe_status {
    if (out == nullptr) {
      return SetError(error, DQE_INVALID_ARGUMENT, "dqe_normalize: out is NULL");
    }
    *out = nullptr;
    if (!KnownKind(kind)) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      dqe::internal::Cat("dqe_normalize: unknown kind ",
                                   static_cast<int>(kind)));
    }
    std::string_view cell, row_region;
    if (!dqe::c_api::View(text, len, &cell)) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_normalize: text is NULL with a nonzero length");
    }
    if (!dqe::c_api::View(region, region_len, &row_region)) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_normalize: region is NULL with a nonzero length");
    }
    if (!row_region.empty() && kind != DQE_KIND_PHONE) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_normalize: a region is for phones only");
    }
    auto result = std::make_unique<dqe_column_result>();
    std::span<const std::string_view> regions;
    if (!row_region.empty()) regions = std::span(&row_region, 1);
    Normalize(kind, Options(options), std::span(&cell, 1), regions,
              result.get());
    *out = result.release();
    return DQE_OK;
  });
}

dqe_status dqe_normalize_column(dqe_kind kind,
                                const dqe_normalize_options* options,
                                const dqe_string* cells, size_t n,
                                const dqe_string* regions,
                                dqe_column_result** out, char** error) {
  return Guard(error, "dqe_normalize_column", [&]() -> dqe_status {
    if (out == nullptr) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_normalize_column: out is NULL");
    }
    *out = nullptr;
    if (!KnownKind(kind)) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      dqe::internal::Cat("dqe_normalize_column: unknown kind ",
                                   static_cast<int>(kind)));
    }
    if (cells == nullptr && n != 0) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      dqe::internal::Cat("dqe_normalize_column: cells is NULL and n is ",
                                   n));
    }
    if (regions != nullptr && kind != DQE_KIND_PHONE) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_normalize_column: regions are for phones only");
    }
    // One allocation per batch for the views (two with regions).
    std::vector<std::string_view> views(n);
    for (size_t i = 0; i < n; ++i) {
      if (!dqe::c_api::View(cells[i].data, cells[i].len, &views[i])) {
        return SetError(error, DQE_INVALID_ARGUMENT,
                        dqe::internal::Cat("dqe_normalize_column: cell ", i,
                                     " is NULL with length ", cells[i].len));
      }
    }
    std::vector<std::string_view> region_views;
    if (regions != nullptr) {
      region_views.resize(n);
      for (size_t i = 0; i < n; ++i) {
        if (!dqe::c_api::View(regions[i].data, regions[i].len,
                              &region_views[i])) {
          return SetError(error, DQE_INVALID_ARGUMENT,
                          dqe::internal::Cat("dqe_normalize_column: region ", i,
                                       " is NULL with length ", regions[i].len));
        }
      }
    }
    auto result = std::make_unique<dqe_column_result>();
    Normalize(kind, Options(options), views, region_views, result.get());
    *out = result.release();
    return DQE_OK;
  });
}

void dqe_column_result_destroy(dqe_column_result* result) { delete result; }

size_t dqe_column_result_rows(const dqe_column_result* result) {
  return result == nullptr ? 0 : result->rows;
}

dqe_kind dqe_column_result_kind(const dqe_column_result* result) {
  return result == nullptr ? static_cast<dqe_kind>(0) : result->kind;
}

}  // extern "C"
