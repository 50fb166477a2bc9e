#include "src/normalize/phone_parser.h"

#include <string>

#include "phonenumbers/phonenumber.pb.h"
#include "phonenumbers/phonenumberutil.h"
#include "src/normalize/phone_metadata.h"

namespace dqe::internal {
namespace {

using i18n::phonenumbers::PhoneNumberUtil;

PhoneParseError FromLibphonenumber(PhoneNumberUtil::ErrorType error) {
  switch (error) {
    case PhoneNumberUtil::NO_PARSING_ERROR:
      return PhoneParseError::kNone;
    case PhoneNumberUtil::INVALID_COUNTRY_CODE_ERROR:
      return PhoneParseError::kInvalidCountryCode;
    case PhoneNumberUtil::TOO_SHORT_AFTER_IDD:
      return PhoneParseError::kTooShortAfterIdd;
    case PhoneNumberUtil::TOO_SHORT_NSN:
      return PhoneParseError::kTooShortNsn;
    case PhoneNumberUtil::TOO_LONG_NSN:
      return PhoneParseError::kTooLongNsn;
    case PhoneNumberUtil::NOT_A_NUMBER:
    default:
      return PhoneParseError::kNotANumber;
  }
}

PhoneType FromLibphonenumber(PhoneNumberUtil::PhoneNumberType type) {
  switch (type) {
    case PhoneNumberUtil::FIXED_LINE:
      return PhoneType::kFixedLine;
    case PhoneNumberUtil::MOBILE:
      return PhoneType::kMobile;
    case PhoneNumberUtil::FIXED_LINE_OR_MOBILE:
      return PhoneType::kFixedLineOrMobile;
    case PhoneNumberUtil::TOLL_FREE:
      return PhoneType::kTollFree;
    case PhoneNumberUtil::PREMIUM_RATE:
      return PhoneType::kPremiumRate;
    case PhoneNumberUtil::SHARED_COST:
      return PhoneType::kSharedCost;
    case PhoneNumberUtil::VOIP:
      return PhoneType::kVoip;
    case PhoneNumberUtil::PERSONAL_NUMBER:
      return PhoneType::kPersonalNumber;
    case PhoneNumberUtil::PAGER:
      return PhoneType::kPager;
    case PhoneNumberUtil::UAN:
      return PhoneType::kUan;
    case PhoneNumberUtil::VOICEMAIL:
      return PhoneType::kVoicemail;
    default:
      return PhoneType::kUnknown;
  }
}

// Everything by libphonenumber: used only when the metadata index could not
// be built (then the RE2 classification is not available either).
void ParseWithLibphonenumberOnly(std::string_view text, std::string_view region,
                                 PhoneParse* out) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  i18n::phonenumbers::PhoneNumber number;
  out->error = FromLibphonenumber(
      util.Parse(std::string(text), std::string(region), &number));
  if (out->error != PhoneParseError::kNone) return;
  out->country_code = number.country_code();
  util.GetNationalSignificantNumber(number, &out->national_number);
  out->valid = util.IsValidNumber(number);
  out->type = FromLibphonenumber(util.GetNumberType(number));
  util.GetRegionCodeForNumber(number, &out->region);
}

}  // namespace

PhoneParse ParsePhone(std::string_view text, std::string_view region) {
  PhoneParse out;
  const PhoneMetadataIndex& index = PhoneMetadataIndex::Get();
  if (!index.ok()) {
    out.parsed_by_libphonenumber = true;
    ParseWithLibphonenumberOnly(text, region, &out);
    return out;
  }
  ParsedPhoneNumber parsed;
  if (!PreparsePhoneNumber(text, region, index, &parsed)) {
    out.parsed_by_libphonenumber = true;
    const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
    i18n::phonenumbers::PhoneNumber number;
    parsed.error = FromLibphonenumber(
        util.Parse(std::string(text), std::string(region), &number));
    if (parsed.error == PhoneParseError::kNone) {
      parsed.country_code = number.country_code();
      util.GetNationalSignificantNumber(number, &parsed.national_number);
    }
  }
  out.error = parsed.error;
  if (out.error != PhoneParseError::kNone) return out;
  out.country_code = parsed.country_code;
  out.national_number = std::move(parsed.national_number);
  ClassifyPhone(&out);
  return out;
}

void ClassifyPhone(PhoneParse* parse) {
  const PhoneMetadataIndex& index = PhoneMetadataIndex::Get();
  if (!index.ok()) {
    PhoneParse again;
    ParseWithLibphonenumberOnly(
        FormatE164(parse->country_code, parse->national_number), "ZZ", &again);
    parse->valid = again.valid;
    parse->type = again.type;
    parse->region = again.region;
    return;
  }
  const PhoneTerritory* territory =
      index.TerritoryForNumber(parse->country_code, parse->national_number);
  if (territory == nullptr) {
    parse->region = "ZZ";
    parse->type = PhoneType::kUnknown;
  } else {
    parse->region = territory->id();
    parse->type = territory->NumberType(parse->national_number);
  }
  // IsValidNumber is GetNumberTypeHelper != UNKNOWN for the number's region.
  parse->valid = parse->type != PhoneType::kUnknown;
}

std::string FormatE164(int country_code, std::string_view national_number) {
  std::string out = "+";
  out += std::to_string(country_code);
  out += national_number;
  return out;
}

}  // namespace dqe::internal
