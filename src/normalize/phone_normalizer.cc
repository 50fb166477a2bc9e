// NormalizePhone: the numbers in a CRM phone cell, read by libphonenumber's
// rules.
//
// A cell is split into its numbers and extensions (phone_cell_splitter.h);
// each number is read as libphonenumber reads it (phone_parser.h: a
// hand-written pre-parser and RE2-compiled metadata for the common shapes,
// libphonenumber's own Parse for the rest); pre-2018 Vietnamese mobiles are
// moved to their new numbers (vietnam_renumbering.h). Two departures from
// plain libphonenumber, both only ever turning an invalid reading into a
// valid one: "(0)" after a country code is dropped when keeping it gives no
// valid number (+852 (0) 2123 4567), and the Vietnamese renumbering.

#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "absl/container/flat_hash_map.h"
#include "dqe/normalize.h"
#include "src/common/utf8.h"
#include "src/normalize/phone_cell_splitter.h"
#include "src/normalize/phone_metadata.h"
#include "src/normalize/phone_parser.h"
#include "src/normalize/vietnam_renumbering.h"

namespace dqe {
namespace {

using internal::PhoneCellPart;
using internal::PhoneLength;
using internal::PhoneMetadataIndex;
using internal::PhoneParse;
using internal::PhoneParseError;
using internal::PhoneTerritory;

constexpr int kVietnamCountryCode = 84;

std::string ParseErrorReason(PhoneParseError error, std::string_view region) {
  switch (error) {
    case PhoneParseError::kInvalidCountryCode:
      if (PhoneMetadataIndex::Get().ForRegion(region) == nullptr) {
        return "no country code, and no known region \"" + std::string(region) +
               "\" to read it in";
      }
      return "unknown country calling code";
    case PhoneParseError::kTooShortAfterIdd:
      return "too short after the international prefix";
    case PhoneParseError::kTooShortNsn:
      return "too short";
    case PhoneParseError::kTooLongNsn:
      return "too long";
    case PhoneParseError::kNotANumber:
    default:
      return "not a phone number";
  }
}

// Why a parsed number is not valid, in libphonenumber's terms
// (IsPossibleNumberWithReason, then the number patterns).
std::string InvalidReason(const PhoneParse& parse) {
  const PhoneMetadataIndex& index = PhoneMetadataIndex::Get();
  std::string code = "+";
  code += std::to_string(parse.country_code);
  const PhoneTerritory* main = index.MainTerritory(parse.country_code);
  if (!index.ok()) return "not a valid number";
  if (main == nullptr) return "unknown country calling code " + code;
  const std::string where = parse.region.size() == 2 ? parse.region : code;
  switch (main->TestLength(parse.national_number)) {
    case PhoneLength::kTooShort:
      return "too short";
    case PhoneLength::kTooLong:
      return "too long";
    case PhoneLength::kInvalidLength:
      return "wrong number of digits for " + where;
    case PhoneLength::kPossibleLocalOnly:
      return "too short: a local number without its area code";
    default:
      return "not a valid number in " + where;
  }
}

// The number's text without a "(0)" that follows an international prefix
// and country code ("+852 (0) 2123 4567"); nullopt when there is none.
std::optional<std::string> WithoutTrunkZero(std::string_view text) {
  static constexpr std::string_view kForms[] = {
      "(0)",
      "\xEF\xBC\x88"
      "0\xEF\xBC\x89",
      "(\xEF\xBC\x90)", "\xEF\xBC\x88\xEF\xBC\x90\xEF\xBC\x89"};
  // Where the number starts: the first plus sign or digit.
  size_t start = 0;
  while (start < text.size() && text[start] != '+' &&
         !(text[start] >= '0' && text[start] <= '9') &&
         !text.substr(start).starts_with("\xEF\xBC\x8B")) {
    ++start;
  }
  const std::string_view rest = text.substr(start);
  const bool international = rest.starts_with("+") ||
                             rest.starts_with("\xEF\xBC\x8B") ||
                             rest.starts_with("00");
  if (!international) return std::nullopt;
  for (std::string_view form : kForms) {
    const size_t at = text.find(form, start + 1);
    if (at != std::string_view::npos) {
      std::string out(text.substr(0, at));
      out += ' ';
      out.append(text.substr(at + form.size()));
      return out;
    }
  }
  return std::nullopt;
}

PhoneNumber ReadNumber(const PhoneCellPart& part, std::string_view region,
                       const PhoneOptions& options) {
  PhoneNumber number;
  number.input = std::string(part.input);
  number.extension = part.extension;
  PhoneParse parse = internal::ParsePhone(part.number, region);
  if (!parse.valid) {
    if (std::optional<std::string> retry = WithoutTrunkZero(part.number)) {
      PhoneParse again = internal::ParsePhone(*retry, region);
      if (again.valid) parse = std::move(again);
    }
  }
  if (parse.error != PhoneParseError::kNone) {
    number.reason = ParseErrorReason(parse.error, region);
    return number;
  }
  if (options.renumber_vietnam && !parse.valid &&
      parse.country_code == kVietnamCountryCode) {
    if (std::optional<std::string> renumbered =
            internal::RenumberVietnamMobile(parse.national_number)) {
      number.renumbered = true;
      number.e164_before_renumbering =
          internal::FormatE164(parse.country_code, parse.national_number);
      parse.national_number = std::move(*renumbered);
      internal::ClassifyPhone(&parse);
    }
  }
  number.e164 = internal::FormatE164(parse.country_code, parse.national_number);
  number.valid = parse.valid;
  number.type = parse.type;
  if (parse.region != "ZZ") number.region = parse.region;
  if (!number.valid) number.reason = InvalidReason(parse);
  return number;
}

bool IsBlank(std::string_view text) {
  for (char c : text) {
    if (c != ' ' && c != '\t' && c != '\n' && c != '\r') return false;
  }
  return true;
}

// The cell, with `region` already resolved to a region code.
NormalizedPhone NormalizeCell(std::string_view text, std::string_view region,
                              const PhoneOptions& options) {
  NormalizedPhone out;
  if (const size_t bad = internal::FindInvalidUtf8(text);
      bad != std::string_view::npos) {
    out.reason = internal::InvalidUtf8Reason(bad);
    return out;
  }
  const std::vector<PhoneCellPart> parts =
      internal::SplitPhoneCell(text, options.max_numbers_per_cell);
  if (parts.empty()) {
    out.reason = IsBlank(text) ? "empty" : "no phone number";
    return out;
  }
  out.numbers.reserve(parts.size());
  for (const PhoneCellPart& part : parts) {
    out.numbers.push_back(ReadNumber(part, region, options));
    out.valid = out.valid || out.numbers.back().valid;
  }
  if (!out.valid) {
    if (out.numbers.size() == 1) {
      out.reason = out.numbers.front().reason;
    } else {
      out.reason = "none of the " + std::to_string(out.numbers.size()) +
                   " numbers is valid (first: " + out.numbers.front().reason +
                   ")";
    }
  }
  return out;
}

bool IsKnownRegion(std::string_view region) {
  return PhoneMetadataIndex::Get().ForRegion(region) != nullptr;
}

// The region to read national numbers in: the row's (a code or a country
// name), else the configured default.
std::string ResolveRegion(std::string_view region,
                          const PhoneOptions& options) {
  if (!region.empty()) {
    std::optional<std::string> code = RegionForCountry(region);
    if (code && IsKnownRegion(*code)) return *code;
  }
  std::optional<std::string> code = RegionForCountry(options.default_region);
  if (code && IsKnownRegion(*code)) return *code;
  return options.default_region;
}

}  // namespace

std::string_view PhoneTypeName(PhoneType type) {
  switch (type) {
    case PhoneType::kFixedLine:
      return "fixed_line";
    case PhoneType::kMobile:
      return "mobile";
    case PhoneType::kFixedLineOrMobile:
      return "fixed_line_or_mobile";
    case PhoneType::kTollFree:
      return "toll_free";
    case PhoneType::kPremiumRate:
      return "premium_rate";
    case PhoneType::kSharedCost:
      return "shared_cost";
    case PhoneType::kVoip:
      return "voip";
    case PhoneType::kPersonalNumber:
      return "personal_number";
    case PhoneType::kPager:
      return "pager";
    case PhoneType::kUan:
      return "uan";
    case PhoneType::kVoicemail:
      return "voicemail";
    case PhoneType::kUnknown:
    default:
      return "unknown";
  }
}

NormalizedPhone NormalizePhone(std::string_view text, std::string_view region,
                               const PhoneOptions& options) {
  return NormalizeCell(text, ResolveRegion(region, options), options);
}

std::vector<NormalizedPhone> NormalizePhoneColumn(
    std::span<const std::string_view> cells,
    std::span<const std::string_view> regions, const PhoneOptions& options) {
  std::vector<NormalizedPhone> out(cells.size());
  // Both caches live for this call only: region spellings to a resolved
  // region's index, and (cell, region) to the row that first had them.
  std::vector<std::string> resolved;
  absl::flat_hash_map<std::string_view, int> region_ids;
  absl::flat_hash_map<std::pair<std::string_view, int>, size_t> first_row;
  first_row.reserve(cells.size() / 4 + 16);
  for (size_t row = 0; row < cells.size(); ++row) {
    const std::string_view raw_region =
        row < regions.size() ? regions[row] : std::string_view();
    auto [region_it, region_new] = region_ids.try_emplace(raw_region, 0);
    if (region_new) {
      // Spellings of one region ("VN", "Vietnam") share their cache entries.
      std::string code = ResolveRegion(raw_region, options);
      size_t id = 0;
      while (id < resolved.size() && resolved[id] != code) ++id;
      if (id == resolved.size()) resolved.push_back(std::move(code));
      region_it->second = static_cast<int>(id);
    }
    const int region_id = region_it->second;
    auto [row_it, row_new] =
        first_row.try_emplace(std::make_pair(cells[row], region_id), row);
    if (row_new) {
      out[row] = NormalizeCell(cells[row], resolved[region_id], options);
    } else {
      out[row] = out[row_it->second];
    }
  }
  return out;
}

}  // namespace dqe
