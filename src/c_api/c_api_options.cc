// The C API's normalization options: one handle for every normalizer's
// options, set one at a time so that options can be added without changing
// a struct's layout.
#include <cstdint>
#include <string>
#include <string_view>

#include "dqe.h"
#include "src/c_api/c_api_internal.h"
#include "src/common/cat.h"

using dqe::c_api::Guard;
using dqe::c_api::SetError;

namespace {

dqe_status NeedBool(int64_t value, const char* option, char** error) {
  if (value == 0 || value == 1) return DQE_OK;
  return SetError(error, DQE_INVALID_ARGUMENT,
                  dqe::internal::Cat(option, ": expected 0 or 1, got ", value));
}

}  // namespace

extern "C" {

dqe_status dqe_normalize_options_create(dqe_normalize_options** out,
                                        char** error) {
  return Guard(error, "dqe_normalize_options_create", [&] {
    if (out == nullptr) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_normalize_options_create: out is NULL");
    }
    *out = nullptr;
    *out = new dqe_normalize_options();
    return DQE_OK;
  });
}

void dqe_normalize_options_destroy(dqe_normalize_options* options) {
  delete options;
}

dqe_status dqe_normalize_options_set_int(dqe_normalize_options* options,
                                         dqe_option option, int64_t value,
                                         char** error) {
  return Guard(error, "dqe_normalize_options_set_int", [&]() -> dqe_status {
    if (options == nullptr) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_normalize_options_set_int: options is NULL");
    }
    dqe_status s = DQE_OK;
    switch (option) {
      case DQE_OPTION_DROP_HONORIFICS:
        if ((s = NeedBool(value, "DQE_OPTION_DROP_HONORIFICS", error))) return s;
        options->name.drop_honorifics = value != 0;
        return DQE_OK;
      case DQE_OPTION_TONE_STYLE:
        if (value != DQE_TONE_TRADITIONAL && value != DQE_TONE_MODERN) {
          return SetError(
              error, DQE_INVALID_ARGUMENT,
              dqe::internal::Cat("DQE_OPTION_TONE_STYLE: expected DQE_TONE_TRADITIONAL "
                           "(0) or DQE_TONE_MODERN (1), got ",
                           value));
        }
        options->name.tone_style = value == DQE_TONE_MODERN
                                       ? dqe::ToneStyle::kModern
                                       : dqe::ToneStyle::kTraditional;
        return DQE_OK;
      case DQE_OPTION_FIX_CASE:
        if ((s = NeedBool(value, "DQE_OPTION_FIX_CASE", error))) return s;
        options->name.fix_case = value != 0;
        return DQE_OK;
      case DQE_OPTION_RENUMBER_VIETNAM:
        if ((s = NeedBool(value, "DQE_OPTION_RENUMBER_VIETNAM", error))) return s;
        options->phone.renumber_vietnam = value != 0;
        return DQE_OK;
      case DQE_OPTION_MAX_NUMBERS_PER_CELL:
        if (value < 1 || value > 1000) {
          return SetError(error, DQE_INVALID_ARGUMENT,
                          dqe::internal::Cat("DQE_OPTION_MAX_NUMBERS_PER_CELL: "
                                       "expected 1 to 1000, got ",
                                       value));
        }
        options->phone.max_numbers_per_cell = static_cast<int>(value);
        return DQE_OK;
      case DQE_OPTION_PROVIDER_RULES:
        if ((s = NeedBool(value, "DQE_OPTION_PROVIDER_RULES", error))) return s;
        options->email.provider_rules = value != 0;
        return DQE_OK;
      case DQE_OPTION_DEFAULT_REGION:
        return SetError(error, DQE_INVALID_ARGUMENT,
                        "DQE_OPTION_DEFAULT_REGION is a string option: use "
                        "dqe_normalize_options_set_string");
    }
    return SetError(error, DQE_INVALID_ARGUMENT,
                    dqe::internal::Cat("dqe_normalize_options_set_int: unknown option ",
                                 static_cast<int>(option)));
  });
}

dqe_status dqe_normalize_options_set_string(dqe_normalize_options* options,
                                            dqe_option option, const char* data,
                                            size_t len, char** error) {
  return Guard(error, "dqe_normalize_options_set_string", [&]() -> dqe_status {
    if (options == nullptr) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_normalize_options_set_string: options is NULL");
    }
    std::string_view value;
    if (!dqe::c_api::View(data, len, &value)) {
      return SetError(error, DQE_INVALID_ARGUMENT,
                      "dqe_normalize_options_set_string: data is NULL with a "
                      "nonzero length");
    }
    if (option == DQE_OPTION_DEFAULT_REGION) {
      options->phone.default_region = std::string(value);
      return DQE_OK;
    }
    return SetError(
        error, DQE_INVALID_ARGUMENT,
        dqe::internal::Cat("dqe_normalize_options_set_string: option ",
                     static_cast<int>(option), " is not a string option"));
  });
}

}  // extern "C"
