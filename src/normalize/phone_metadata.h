// phone_metadata.h: libphonenumber's own metadata, compiled with RE2.
//
// libphonenumber (Debian's build) matches its metadata patterns with ICU
// regex, which is most of its cost. This index reads the same metadata
// (i18n::phonenumbers::metadata_get(), the serialized PhoneMetadataCollection
// inside libphonenumber.so) and compiles every pattern with RE2 once. Each
// method below is one libphonenumber step, named after it, that gives the
// same answer on the same input; the differential test holds them to that.
//
//   const PhoneMetadataIndex& index = PhoneMetadataIndex::Get();
//   const PhoneTerritory* vn = index.ForRegion("VN");
//   vn->NumberType("912345678");  // PhoneType::kMobile
//
// Thread-safety: Get() builds the index on first use (a function-local
// static); it is immutable afterwards and safe to share between threads.
#ifndef DQE_NORMALIZE_PHONE_METADATA_H_
#define DQE_NORMALIZE_PHONE_METADATA_H_

#include <array>
#include <cstdint>
#include <memory>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/normalize.h"

namespace i18n::phonenumbers {
class PhoneMetadata;
class PhoneNumberDesc;
}  // namespace i18n::phonenumbers

namespace re2 {
class RE2;
}  // namespace re2

namespace dqe::internal {

// libphonenumber's ValidationResult (the answer of TestNumberLength).
enum class PhoneLength : uint8_t {
  kPossible,
  kPossibleLocalOnly,
  kInvalidCountryCode,
  kTooShort,
  kInvalidLength,
  kTooLong,
};

// One PhoneNumberDesc: its possible lengths and its compiled pattern.
class PhoneNumberPattern {
 public:
  PhoneNumberPattern() = default;
  explicit PhoneNumberPattern(const i18n::phonenumbers::PhoneNumberDesc& desc);
  PhoneNumberPattern(PhoneNumberPattern&&) = default;
  PhoneNumberPattern& operator=(PhoneNumberPattern&&) = default;
  ~PhoneNumberPattern();

  // ok is false when the pattern did not compile with RE2.
  bool ok() const { return ok_; }
  // MatchesPattern is libphonenumber's IsMatch: the national number pattern
  // matches all of `number` (an empty pattern matches nothing).
  bool MatchesPattern(std::string_view number) const;
  // Matches is IsNumberMatchingDesc: the length is one of the possible
  // lengths (when the desc lists any), and the pattern matches.
  bool Matches(std::string_view number) const {
    if (has_lengths_ && (number.size() >= 32 ||
                         !(length_mask_ & (uint32_t{1} << number.size())))) {
      return false;
    }
    return MatchesPattern(number);
  }

 private:
  std::unique_ptr<re2::RE2> pattern_;  // null when the pattern is empty
  uint32_t length_mask_ = 0;           // bit n: length n is possible
  bool has_lengths_ = false;
  bool ok_ = true;
};

// One territory of libphonenumber's metadata: a region ("VN") or, with id
// "001", the non-geographical entity of one calling code (+800 ...).
class PhoneTerritory {
 public:
  explicit PhoneTerritory(const i18n::phonenumbers::PhoneMetadata& metadata);
  PhoneTerritory(const PhoneTerritory&) = delete;
  PhoneTerritory& operator=(const PhoneTerritory&) = delete;
  ~PhoneTerritory();

  // id is the region code ("VN", "US") or "001".
  const std::string& id() const { return id_; }
  int country_code() const { return country_code_; }
  bool main_country_for_code() const { return main_country_for_code_; }
  // ok is false when one of the territory's patterns did not compile.
  bool ok() const { return ok_; }

  // NumberType is GetNumberTypeHelper: the type of a national significant
  // number, kUnknown when it is not valid here.
  PhoneType NumberType(std::string_view nsn) const;
  // MatchesGeneralPattern is IsMatch(general_desc): the general pattern
  // alone, lengths not checked.
  bool MatchesGeneralPattern(std::string_view number) const {
    return types_[kGeneral].MatchesPattern(number);
  }
  // TestLength is TestNumberLength(number, metadata, UNKNOWN).
  PhoneLength TestLength(std::string_view number) const;
  // StripNationalPrefix is MaybeStripNationalPrefixAndCarrierCode on a
  // number of ASCII digits: removes a national prefix (and carrier code),
  // applying the national prefix transform rule, unless that would turn a
  // number matching the general pattern into one that does not. Returns true
  // when it changed *number.
  bool StripNationalPrefix(std::string* number) const;
  // StripInternationalPrefix is ParsePrefixAsIdd on a number of ASCII
  // digits: removes this territory's international dialling prefix (00,
  // 011 ...) unless the digit after it is 0. Returns true when it did.
  bool StripInternationalPrefix(std::string* number) const;
  // has_leading_digits / MatchesLeadingDigits: the leading-digits pattern
  // that picks a territory among those sharing a calling code (+1 268 is AG).
  bool has_leading_digits() const { return leading_digits_ != nullptr; }
  bool MatchesLeadingDigits(std::string_view nsn) const;

 private:
  enum DescIndex {
    kGeneral,
    kPremiumRate,
    kTollFree,
    kSharedCost,
    kVoip,
    kPersonalNumber,
    kPager,
    kUan,
    kVoicemail,
    kFixedLine,
    kMobile,
    kNumDescs,
  };

  std::string id_;
  int country_code_ = 0;
  bool main_country_for_code_ = false;
  bool same_mobile_and_fixed_line_pattern_ = false;
  bool ok_ = true;
  std::array<PhoneNumberPattern, kNumDescs> types_;
  // General desc lengths for TestLength, in metadata order.
  std::vector<int> possible_lengths_;
  std::vector<int> local_only_lengths_;
  std::unique_ptr<re2::RE2> national_prefix_for_parsing_;  // null: none
  int national_prefix_groups_ = 0;
  std::string national_prefix_transform_;  // RE2 rewrite ("\1"); empty: none
  std::unique_ptr<re2::RE2> international_prefix_;  // null: none
  std::unique_ptr<re2::RE2> leading_digits_;        // null: none
};

// All territories, with libphonenumber's lookups over them.
class PhoneMetadataIndex {
 public:
  // Get returns the process-wide index, built on first use.
  static const PhoneMetadataIndex& Get();

  PhoneMetadataIndex(const PhoneMetadataIndex&) = delete;
  PhoneMetadataIndex& operator=(const PhoneMetadataIndex&) = delete;
  ~PhoneMetadataIndex();

  // ok is false when the metadata could not be read or some pattern did not
  // compile; callers then use libphonenumber alone.
  bool ok() const { return ok_; }

  // ForRegion is GetMetadataForRegion: the territory of a region code
  // ("VN"; exact case), nullptr for unknown codes and for "001".
  const PhoneTerritory* ForRegion(std::string_view region) const;
  // ForCountryCode is GetRegionCodesForCountryCallingCode: the territories
  // of a calling code, main territory first; empty for unknown codes.
  std::span<const PhoneTerritory* const> ForCountryCode(int country_code) const;
  // MainTerritory is the metadata of GetRegionCodeForCountryCode (the
  // first of ForCountryCode), nullptr for unknown codes.
  const PhoneTerritory* MainTerritory(int country_code) const {
    auto list = ForCountryCode(country_code);
    return list.empty() ? nullptr : list.front();
  }
  // TerritoryForNumber is GetRegionCodeForNumber: the territory a number
  // belongs to, nullptr where libphonenumber says "ZZ".
  const PhoneTerritory* TerritoryForNumber(int country_code,
                                           std::string_view nsn) const;

 private:
  PhoneMetadataIndex();

  bool ok_ = false;
  std::vector<std::unique_ptr<PhoneTerritory>> territories_;
  // Region "AB" at index (A-'A')*26 + (B-'A').
  std::array<const PhoneTerritory*, 26 * 26> by_region_{};
  // Calling code (1..999) to its territories, main first.
  std::vector<std::vector<const PhoneTerritory*>> by_country_code_;
};

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_PHONE_METADATA_H_
