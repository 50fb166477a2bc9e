// phone_parser.h: one phone number string, read exactly as libphonenumber
// reads it: Parse, then IsValidNumber, GetNumberType, GetRegionCodeForNumber
// and Format(E164).
//
// The pre-parser (phone_preparser.h) handles the shapes people type; the
// rest goes to PhoneNumberUtil::Parse. Validity, type and region come from
// libphonenumber's metadata compiled with RE2 (phone_metadata.h). Either way
// the answer is libphonenumber's own; the differential test checks that on
// generated numbers.
//
//   PhoneParse p = ParsePhone("0912 345 678", "VN");
//   // p.country_code == 84, p.national_number == "912345678",
//   // p.valid, p.type == PhoneType::kMobile, p.region == "VN"
//
// Thread-safe.
#ifndef DQE_NORMALIZE_PHONE_PARSER_H_
#define DQE_NORMALIZE_PHONE_PARSER_H_

#include <string>
#include <string_view>

#include "dqe/normalize.h"
#include "src/normalize/phone_preparser.h"

namespace dqe::internal {

struct PhoneParse {
  // Parse's error; the fields below are set only when it is kNone.
  PhoneParseError error = PhoneParseError::kNotANumber;
  int country_code = 0;
  std::string national_number;           // GetNationalSignificantNumber
  bool valid = false;                    // IsValidNumber
  PhoneType type = PhoneType::kUnknown;  // GetNumberType
  std::string region;  // GetRegionCodeForNumber: "VN", "001", "ZZ" unknown
  // The pre-parser declined the text and libphonenumber's Parse read it.
  bool parsed_by_libphonenumber = false;
};

// ParsePhone reads `text` with `region` ("VN"; exact case, as
// libphonenumber wants it) as the default region.
PhoneParse ParsePhone(std::string_view text, std::string_view region);

// ClassifyPhone sets valid, type and region of a parsed number from its
// country_code and national_number (after they were changed, for instance).
void ClassifyPhone(PhoneParse* parse);

// FormatE164 is Format(E164): "+" calling code, national significant number.
std::string FormatE164(int country_code, std::string_view national_number);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_PHONE_PARSER_H_
