#include "src/normalize/phone_preparser.h"

#include <string>

#include "src/common/utf8.h"
#include "unicode/uchar.h"

namespace dqe::internal {
namespace {

// How Parse sees one character of the text.
enum class CharKind : uint8_t {
  kDigit,        // ASCII or fullwidth decimal digit
  kPlus,         // + or ＋
  kPunctuation,  // libphonenumber's kValidPunctuation (less 'x' and '~'), '*'
  kOther,        // anything else we can reason about
  kDecline,      // ';' (RFC 3966 parameters), digits of other scripts
};

struct CharInfo {
  CharKind kind;
  // \p{N}, \p{L} or '#': the characters TrimUnwantedEndChars keeps at the
  // end of a number.
  bool kept_at_end;
  char digit;  // the ASCII digit, for kDigit
};

CharInfo ClassifyAscii(unsigned char c) {
  if (c >= '0' && c <= '9')
    return {CharKind::kDigit, true, static_cast<char>(c)};
  switch (c) {
    case '+':
      return {CharKind::kPlus, false, 0};
    case '-':
    case ' ':
    case '(':
    case ')':
    case '.':
    case '[':
    case ']':
    case '/':
    case '*':
      return {CharKind::kPunctuation, false, 0};
    case ';':
      return {CharKind::kDecline, false, 0};
    case '#':
      return {CharKind::kOther, true, 0};
    default:
      break;
  }
  const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
  // Letters (vanity numbers, "ext", 'x'), '~' (an extension mark) and the
  // rest of ASCII punctuation make Parse do things we leave to it.
  return {CharKind::kOther, letter, 0};
}

bool IsKeptAtEnd(char32_t cp) {
  const int8_t type = u_charType(static_cast<UChar32>(cp));
  switch (type) {
    case U_DECIMAL_DIGIT_NUMBER:
    case U_LETTER_NUMBER:
    case U_OTHER_NUMBER:
    case U_UPPERCASE_LETTER:
    case U_LOWERCASE_LETTER:
    case U_TITLECASE_LETTER:
    case U_MODIFIER_LETTER:
    case U_OTHER_LETTER:
      return true;
    default:
      return false;
  }
}

CharInfo ClassifyNonAscii(char32_t cp) {
  if (cp >= 0xFF10 && cp <= 0xFF19) {
    return {CharKind::kDigit, true, static_cast<char>('0' + (cp - 0xFF10))};
  }
  if (cp == 0xFF0B) return {CharKind::kPlus, false, 0};
  switch (cp) {
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:  // dashes
    case 0x2212:  // minus sign
    case 0x30FC:  // ー (a letter, Lm)
    case 0xFF0D:
    case 0xFF0E:
    case 0xFF0F:  // fullwidth - . /
    case 0x00A0:
    case 0x00AD:
    case 0x200B:
    case 0x2060:
    case 0x3000:
    case 0xFF08:
    case 0xFF09:
    case 0xFF3B:
    case 0xFF3D:  // fullwidth ( ) [ ]
    case 0x2053:
    case 0x223C:  // swung dash, tilde operator
      return {CharKind::kPunctuation, IsKeptAtEnd(cp), 0};
    default:
      break;
  }
  if (u_charType(static_cast<UChar32>(cp)) == U_DECIMAL_DIGIT_NUMBER) {
    return {CharKind::kDecline, true, 0};
  }
  return {CharKind::kOther, IsKeptAtEnd(cp), 0};
}

// Parse's input limit is far above any phone number; past it, let
// libphonenumber decide.
constexpr size_t kMaxText = 250;
// kMinLengthForNsn and kMaxLengthForNsn.
constexpr size_t kMinNsn = 2;
constexpr size_t kMaxNsn = 17;

// ExtractCountryCode: the calling code (1 to 3 digits) at the start of
// `number`, removed from it; 0 when there is none.
int TakeLeadingCountryCode(const PhoneMetadataIndex& index,
                           std::string* number) {
  if (number->empty() || (*number)[0] == '0') return 0;
  int code = 0;
  for (size_t i = 1; i <= 3 && i <= number->size(); ++i) {
    code = code * 10 + ((*number)[i - 1] - '0');
    if (!index.ForCountryCode(code).empty()) {
      number->erase(0, i);
      return code;
    }
  }
  return 0;
}

// MaybeExtractCountryCode on `number`, the digits of the text (after any
// leading plus signs when `plus`). On success sets *country_code (0: none in
// the number) and leaves the national part in *number.
PhoneParseError MaybeExtractCountryCode(const PhoneMetadataIndex& index,
                                        const PhoneTerritory* home, bool plus,
                                        std::string* number,
                                        int* country_code) {
  bool international = plus;
  if (!international && home != nullptr && !number->empty()) {
    international = home->StripInternationalPrefix(number);
  }
  if (international) {
    if (number->size() <= kMinNsn) return PhoneParseError::kTooShortAfterIdd;
    const int code = TakeLeadingCountryCode(index, number);
    if (code == 0) return PhoneParseError::kInvalidCountryCode;
    *country_code = code;
    return PhoneParseError::kNone;
  }
  if (home != nullptr) {
    // The home calling code typed without + ("84 912 345 678"): keep it
    // stripped when the number only makes sense without it.
    const std::string code = std::to_string(home->country_code());
    if (number->compare(0, code.size(), code) == 0) {
      std::string rest = number->substr(code.size());
      home->StripNationalPrefix(&rest);
      if ((!home->MatchesGeneralPattern(*number) &&
           home->MatchesGeneralPattern(rest)) ||
          home->TestLength(*number) == PhoneLength::kTooLong) {
        *number = std::move(rest);
        *country_code = home->country_code();
        return PhoneParseError::kNone;
      }
    }
  }
  *country_code = 0;
  return PhoneParseError::kNone;
}

}  // namespace

bool PreparsePhoneNumber(std::string_view text, std::string_view region,
                         const PhoneMetadataIndex& index,
                         ParsedPhoneNumber* out) {
  if (!index.ok() || text.size() > kMaxText) return false;

  // One pass over the characters. `start`: the first digit or plus
  // (ExtractPossibleNumber); `end`: just past the last character that
  // TrimUnwantedEndChars keeps; `first_other`: the first character after
  // `start` that is no digit, plus or punctuation.
  size_t start = std::string_view::npos;
  size_t end = 0;
  size_t first_other = std::string_view::npos;
  std::string digits;
  bool plus = false;  // the number starts with plus signs
  // Below: the state after the last character kept at the end, since what
  // follows it is trimmed away.
  struct {
    size_t digits = 0;
    bool plus_inside = false;  // a plus sign after the leading ones
    bool only_digits = true;   // no punctuation, no plus after the leading
  } running, at_end;
  for (size_t pos = 0; pos < text.size();) {
    const size_t at = pos;
    CharInfo info;
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      info = ClassifyAscii(byte);
      ++pos;
    } else {
      const char32_t cp = DecodeUtf8(text, &pos);
      if (cp == kInvalidCodePoint) return false;
      info = ClassifyNonAscii(cp);
    }
    if (info.kind == CharKind::kDecline) return false;
    if (start == std::string_view::npos) {
      if (info.kind != CharKind::kDigit && info.kind != CharKind::kPlus) {
        continue;  // leading text ("Tel: ") is skipped
      }
      start = at;
    }
    switch (info.kind) {
      case CharKind::kDigit:
        digits.push_back(info.digit);
        ++running.digits;
        break;
      case CharKind::kPlus:
        if (running.digits == 0 && running.only_digits &&
            (at == start || plus)) {
          plus = true;
        } else {
          running.plus_inside = true;
          running.only_digits = false;
        }
        break;
      case CharKind::kPunctuation:
        running.only_digits = false;
        break;
      default:
        if (first_other == std::string_view::npos) first_other = at;
        break;
    }
    if (info.kept_at_end) {
      end = pos;
      at_end = running;
    }
  }
  if (start == std::string_view::npos || end <= start) {
    // Nothing that could start a number, or only punctuation after it.
    out->error = PhoneParseError::kNotANumber;
    return true;
  }
  if (first_other < end) return false;  // letters, '#', ... inside
  // Characters after `end` are trimmed; the digits before it are the number.
  digits.resize(at_end.digits);
  const size_t digit_count = at_end.digits;
  const bool only_digits = !plus && at_end.only_digits;
  const bool plus_inside = at_end.plus_inside;

  // IsViablePhoneNumber: two digits alone, or plus signs then at least three
  // digits with punctuation between them, and no plus sign after that.
  const std::string_view extracted = text.substr(start, end - start);
  bool viable;
  if (extracted.size() < kMinNsn) {
    viable = false;
  } else if (!plus && only_digits && digit_count == 2) {
    viable = true;
  } else {
    viable = !plus_inside && digit_count >= 3;
  }
  if (!viable) {
    out->error = PhoneParseError::kNotANumber;
    return true;
  }

  // CheckRegionForParsing: without a known region only +numbers parse.
  const PhoneTerritory* home = index.ForRegion(region);
  if (home == nullptr && !plus) {
    out->error = PhoneParseError::kInvalidCountryCode;
    return true;
  }

  std::string number = digits;
  int country_code = 0;
  PhoneParseError error =
      MaybeExtractCountryCode(index, home, plus, &number, &country_code);
  if (error != PhoneParseError::kNone) {
    if (error != PhoneParseError::kInvalidCountryCode || !plus) {
      out->error = error;
      return true;
    }
    // "+0084 ...": drop the plus and read the rest as typed without it.
    number = digits;
    country_code = 0;
    MaybeExtractCountryCode(index, home, /*plus=*/false, &number,
                            &country_code);
    if (country_code == 0) {
      out->error = PhoneParseError::kInvalidCountryCode;
      return true;
    }
  }
  const PhoneTerritory* territory = nullptr;
  if (country_code != 0) {
    territory = index.MainTerritory(country_code);
  } else {
    territory = home;
    country_code = home->country_code();
  }
  if (number.size() < kMinNsn) {
    out->error = PhoneParseError::kTooShortNsn;
    return true;
  }
  if (territory != nullptr) {
    // Strip the national prefix ("0" in VN, CN, TW; "1" in NANPA) only when
    // what remains still has a possible length.
    std::string national = number;
    territory->StripNationalPrefix(&national);
    const PhoneLength length = territory->TestLength(national);
    if (length != PhoneLength::kTooShort &&
        length != PhoneLength::kPossibleLocalOnly &&
        length != PhoneLength::kInvalidLength) {
      number = std::move(national);
    }
  }
  if (number.size() < kMinNsn) {
    out->error = PhoneParseError::kTooShortNsn;
    return true;
  }
  if (number.size() > kMaxNsn) {
    out->error = PhoneParseError::kTooLongNsn;
    return true;
  }
  out->error = PhoneParseError::kNone;
  out->country_code = country_code;
  out->national_number = std::move(number);
  return true;
}

}  // namespace dqe::internal
