// phone_preparser.h: libphonenumber's Parse, by hand, for the shapes people
// type.
//
// PhoneNumberUtil::Parse spends its time in ICU regular expressions. Most
// cells are digits with separators: "0912 345 678", "+84 (0) 912-345-678",
// "0086 138 0013 8000", "(212) 555-1234", "０９１２３４５６７８". For those,
// PreparsePhoneNumber follows Parse's steps (extract the number, viability,
// plus / IDD / leading country code, national prefix and carrier code,
// length checks) on the characters directly and with the RE2-compiled
// metadata, and gets the same country code and national number. Anything
// else (letters, extensions, '#', ';', digits of other scripts, RFC 3966,
// malformed UTF-8) it declines, and the caller asks libphonenumber.
#ifndef DQE_NORMALIZE_PHONE_PREPARSER_H_
#define DQE_NORMALIZE_PHONE_PREPARSER_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "src/normalize/phone_metadata.h"

namespace dqe::internal {

// libphonenumber's ErrorType.
enum class PhoneParseError : uint8_t {
  kNone,
  kInvalidCountryCode,
  kNotANumber,
  kTooShortAfterIdd,
  kTooShortNsn,
  kTooLongNsn,
};

// What Parse gives: an error, or a calling code and a national significant
// number (ASCII digits, leading zeros kept, exactly what
// GetNationalSignificantNumber returns).
struct ParsedPhoneNumber {
  PhoneParseError error = PhoneParseError::kNotANumber;
  int country_code = 0;
  std::string national_number;
};

// PreparsePhoneNumber parses `text` as PhoneNumberUtil::Parse(text, region)
// would, writing the outcome to *out and returning true; or returns false
// (leaving *out alone) when `text` has something it does not handle.
bool PreparsePhoneNumber(std::string_view text, std::string_view region,
                         const PhoneMetadataIndex& index,
                         ParsedPhoneNumber* out);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_PHONE_PREPARSER_H_
