#include "src/normalize/phone_metadata.h"

#include <algorithm>
#include <utility>

#include "phonenumbers/phonemetadata.pb.h"
#include "re2/re2.h"

// Exported by libphonenumber.so, declared in its (uninstalled) metadata.h.
namespace i18n::phonenumbers {
int metadata_size();
const void* metadata_get();
}  // namespace i18n::phonenumbers

namespace dqe::internal {
namespace {

using i18n::phonenumbers::PhoneMetadata;
using i18n::phonenumbers::PhoneMetadataCollection;
using i18n::phonenumbers::PhoneNumberDesc;

std::unique_ptr<re2::RE2> Compile(const std::string& pattern, bool* ok) {
  RE2::Options options;
  options.set_log_errors(false);
  auto re = std::make_unique<re2::RE2>(pattern, options);
  if (!re->ok()) *ok = false;
  return re;
}

// The metadata writes transform rules for ICU ("$1"); RE2 rewrites say "\1".
std::string ToRe2Rewrite(const std::string& rule) {
  std::string out;
  for (size_t i = 0; i < rule.size(); ++i) {
    const char c = rule[i];
    if (c == '$' && i + 1 < rule.size() && rule[i + 1] >= '0' &&
        rule[i + 1] <= '9') {
      out.push_back('\\');
    } else if (c == '\\') {
      out.push_back('\\');
      out.push_back('\\');
    } else {
      out.push_back(c);
    }
  }
  return out;
}

re2::StringPiece Piece(std::string_view s) {
  return re2::StringPiece(s.data(), s.size());
}

}  // namespace

// ------------------------------------------------------ PhoneNumberPattern --

PhoneNumberPattern::PhoneNumberPattern(const PhoneNumberDesc& desc) {
  has_lengths_ = desc.possible_length_size() > 0;
  for (int length : desc.possible_length()) {
    if (length >= 0 && length < 32) length_mask_ |= uint32_t{1} << length;
  }
  if (!desc.national_number_pattern().empty()) {
    pattern_ = Compile(desc.national_number_pattern(), &ok_);
  }
}

PhoneNumberPattern::~PhoneNumberPattern() = default;

bool PhoneNumberPattern::MatchesPattern(std::string_view number) const {
  if (pattern_ == nullptr) return false;
  return pattern_->Match(Piece(number), 0, number.size(), RE2::ANCHOR_BOTH,
                         nullptr, 0);
}

// ---------------------------------------------------------- PhoneTerritory --

PhoneTerritory::PhoneTerritory(const PhoneMetadata& metadata)
    : id_(metadata.id()),
      country_code_(metadata.country_code()),
      main_country_for_code_(metadata.main_country_for_code()),
      same_mobile_and_fixed_line_pattern_(
          metadata.same_mobile_and_fixed_line_pattern()) {
  types_[kGeneral] = PhoneNumberPattern(metadata.general_desc());
  types_[kPremiumRate] = PhoneNumberPattern(metadata.premium_rate());
  types_[kTollFree] = PhoneNumberPattern(metadata.toll_free());
  types_[kSharedCost] = PhoneNumberPattern(metadata.shared_cost());
  types_[kVoip] = PhoneNumberPattern(metadata.voip());
  types_[kPersonalNumber] = PhoneNumberPattern(metadata.personal_number());
  types_[kPager] = PhoneNumberPattern(metadata.pager());
  types_[kUan] = PhoneNumberPattern(metadata.uan());
  types_[kVoicemail] = PhoneNumberPattern(metadata.voicemail());
  types_[kFixedLine] = PhoneNumberPattern(metadata.fixed_line());
  types_[kMobile] = PhoneNumberPattern(metadata.mobile());
  for (const PhoneNumberPattern& type : types_) ok_ = ok_ && type.ok();

  const PhoneNumberDesc& general = metadata.general_desc();
  possible_lengths_.assign(general.possible_length().begin(),
                           general.possible_length().end());
  local_only_lengths_.assign(general.possible_length_local_only().begin(),
                             general.possible_length_local_only().end());

  if (!metadata.national_prefix_for_parsing().empty()) {
    national_prefix_for_parsing_ =
        Compile(metadata.national_prefix_for_parsing(), &ok_);
    national_prefix_groups_ =
        national_prefix_for_parsing_->NumberOfCapturingGroups();
  }
  national_prefix_transform_ =
      ToRe2Rewrite(metadata.national_prefix_transform_rule());
  if (!metadata.international_prefix().empty()) {
    international_prefix_ = Compile(metadata.international_prefix(), &ok_);
  }
  if (metadata.has_leading_digits()) {
    leading_digits_ = Compile(metadata.leading_digits(), &ok_);
  }
}

PhoneTerritory::~PhoneTerritory() = default;

PhoneType PhoneTerritory::NumberType(std::string_view nsn) const {
  // libphonenumber's order of checks: the first specific type that matches
  // wins; fixed line and mobile come last.
  if (!types_[kGeneral].Matches(nsn)) return PhoneType::kUnknown;
  if (types_[kPremiumRate].Matches(nsn)) return PhoneType::kPremiumRate;
  if (types_[kTollFree].Matches(nsn)) return PhoneType::kTollFree;
  if (types_[kSharedCost].Matches(nsn)) return PhoneType::kSharedCost;
  if (types_[kVoip].Matches(nsn)) return PhoneType::kVoip;
  if (types_[kPersonalNumber].Matches(nsn)) return PhoneType::kPersonalNumber;
  if (types_[kPager].Matches(nsn)) return PhoneType::kPager;
  if (types_[kUan].Matches(nsn)) return PhoneType::kUan;
  if (types_[kVoicemail].Matches(nsn)) return PhoneType::kVoicemail;
  if (types_[kFixedLine].Matches(nsn)) {
    if (same_mobile_and_fixed_line_pattern_ || types_[kMobile].Matches(nsn)) {
      return PhoneType::kFixedLineOrMobile;
    }
    return PhoneType::kFixedLine;
  }
  if (!same_mobile_and_fixed_line_pattern_ && types_[kMobile].Matches(nsn)) {
    return PhoneType::kMobile;
  }
  return PhoneType::kUnknown;
}

PhoneLength PhoneTerritory::TestLength(std::string_view number) const {
  if (possible_lengths_.empty() || possible_lengths_.front() == -1) {
    return PhoneLength::kInvalidLength;
  }
  const int length = static_cast<int>(number.size());
  if (std::find(local_only_lengths_.begin(), local_only_lengths_.end(),
                length) != local_only_lengths_.end()) {
    return PhoneLength::kPossibleLocalOnly;
  }
  // Like libphonenumber: the first listed length is the minimum, the last
  // the maximum.
  const int minimum = possible_lengths_.front();
  if (minimum == length) return PhoneLength::kPossible;
  if (minimum > length) return PhoneLength::kTooShort;
  if (possible_lengths_.back() < length) return PhoneLength::kTooLong;
  return std::find(possible_lengths_.begin() + 1, possible_lengths_.end(),
                   length) != possible_lengths_.end()
             ? PhoneLength::kPossible
             : PhoneLength::kInvalidLength;
}

bool PhoneTerritory::StripNationalPrefix(std::string* number) const {
  if (number->empty() || national_prefix_for_parsing_ == nullptr) return false;
  const re2::RE2& prefix = *national_prefix_for_parsing_;
  // libphonenumber asks for (carrier, captured prefix) when there is a
  // transform rule, then for (captured prefix), then for (carrier), then for
  // no group at all; an ask for more groups than the pattern has fails. So
  // with G groups: captured is group 2 when G >= 2, group 1 when G == 1.
  re2::StringPiece groups[3];
  const int wanted = 1 + std::min(national_prefix_groups_, 2);
  if (!prefix.Match(Piece(*number), 0, number->size(), RE2::ANCHOR_START,
                    groups, wanted)) {
    return false;
  }
  const bool viable_before = MatchesGeneralPattern(*number);
  if (!national_prefix_transform_.empty()) {
    re2::StringPiece captured;
    if (national_prefix_groups_ >= 2) {
      captured = groups[2];
    } else if (national_prefix_groups_ == 1) {
      captured = groups[1];
    }
    if (!captured.empty()) {
      std::string transformed = *number;
      RE2::Replace(&transformed, prefix, national_prefix_transform_);
      if (viable_before && !MatchesGeneralPattern(transformed)) return false;
      *number = std::move(transformed);
      return true;
    }
  }
  const size_t end =
      static_cast<size_t>(groups[0].data() - number->data()) + groups[0].size();
  std::string rest = number->substr(end);
  if (viable_before && !MatchesGeneralPattern(rest)) return false;
  *number = std::move(rest);
  return true;
}

bool PhoneTerritory::StripInternationalPrefix(std::string* number) const {
  if (international_prefix_ == nullptr) return false;
  re2::StringPiece match;
  if (!international_prefix_->Match(Piece(*number), 0, number->size(),
                                    RE2::ANCHOR_START, &match, 1)) {
    return false;
  }
  const size_t end =
      static_cast<size_t>(match.data() - number->data()) + match.size();
  // Calling codes never start with 0: "0011..." in a 00 region is not IDD.
  if (end < number->size() && (*number)[end] == '0') return false;
  number->erase(0, end);
  return true;
}

bool PhoneTerritory::MatchesLeadingDigits(std::string_view nsn) const {
  return leading_digits_ != nullptr &&
         leading_digits_->Match(Piece(nsn), 0, nsn.size(), RE2::ANCHOR_START,
                                nullptr, 0);
}

// ------------------------------------------------------ PhoneMetadataIndex --

const PhoneMetadataIndex& PhoneMetadataIndex::Get() {
  static const PhoneMetadataIndex* const index = new PhoneMetadataIndex();
  return *index;
}

PhoneMetadataIndex::PhoneMetadataIndex() : by_country_code_(1000) {
  PhoneMetadataCollection collection;
  if (!collection.ParseFromArray(i18n::phonenumbers::metadata_get(),
                                 i18n::phonenumbers::metadata_size())) {
    return;
  }
  bool ok = collection.metadata_size() > 0;
  for (const PhoneMetadata& metadata : collection.metadata()) {
    // libphonenumber's constructor skips "ZZ" entries; so do we.
    if (metadata.id() == "ZZ") continue;
    const int country_code = metadata.country_code();
    if (country_code <= 0 || country_code >= 1000) {
      ok = false;
      continue;
    }
    auto territory = std::make_unique<PhoneTerritory>(metadata);
    ok = ok && territory->ok();
    const std::string& id = territory->id();
    if (id.size() == 2 && id[0] >= 'A' && id[0] <= 'Z' && id[1] >= 'A' &&
        id[1] <= 'Z') {
      by_region_[(id[0] - 'A') * 26 + (id[1] - 'A')] = territory.get();
    } else if (id != "001") {
      ok = false;
    }
    // Same list order as libphonenumber: the main country in front, the
    // others in metadata order.
    auto& list = by_country_code_[country_code];
    if (!list.empty() && territory->main_country_for_code()) {
      list.insert(list.begin(), territory.get());
    } else {
      list.push_back(territory.get());
    }
    territories_.push_back(std::move(territory));
  }
  ok_ = ok;
}

PhoneMetadataIndex::~PhoneMetadataIndex() = default;

const PhoneTerritory* PhoneMetadataIndex::ForRegion(
    std::string_view region) const {
  if (region.size() != 2 || region[0] < 'A' || region[0] > 'Z' ||
      region[1] < 'A' || region[1] > 'Z') {
    return nullptr;
  }
  return by_region_[(region[0] - 'A') * 26 + (region[1] - 'A')];
}

std::span<const PhoneTerritory* const> PhoneMetadataIndex::ForCountryCode(
    int country_code) const {
  if (country_code <= 0 || country_code >= 1000) return {};
  const auto& list = by_country_code_[country_code];
  return {list.data(), list.size()};
}

const PhoneTerritory* PhoneMetadataIndex::TerritoryForNumber(
    int country_code, std::string_view nsn) const {
  auto list = ForCountryCode(country_code);
  if (list.empty()) return nullptr;
  if (list.size() == 1) return list.front();
  for (const PhoneTerritory* territory : list) {
    if (territory->has_leading_digits()) {
      if (territory->MatchesLeadingDigits(nsn)) return territory;
    } else if (territory->NumberType(nsn) != PhoneType::kUnknown) {
      return territory;
    }
  }
  return nullptr;
}

}  // namespace dqe::internal
