// Differential test: internal::ParsePhone against libphonenumber itself.
//
// Over 1M generated inputs (VN, CN, TW, HK and US numbers as people type
// them, plus near-misses and junk, parsed with the right, a wrong, or an
// invalid default region), ParsePhone must give what libphonenumber's own
// Parse + IsValidNumber + GetNumberType + GetRegionCodeForNumber +
// Format(E164) give, on every input. It checks the pre-parser and the RE2
// classification at once; NormalizePhone (cell splitting, extensions,
// Vietnamese renumbering) is checked in phone_normalizer_test.cc.
#include <algorithm>
#include <atomic>
#include <cstdint>
#include <cstdio>
#include <mutex>
#include <random>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "gtest/gtest.h"
#include "phonenumbers/phonenumber.pb.h"
#include "phonenumbers/phonenumberutil.h"
#include "src/common/utf8.h"
#include "src/normalize/phone_cell_splitter.h"
#include "src/normalize/phone_parser.h"
#include "src/normalize/vietnam_renumbering.h"
#include "tests/support/under_asan.h"

namespace dqe::internal {
namespace {

using i18n::phonenumbers::PhoneNumberUtil;

// What libphonenumber says, in PhoneParse's terms.
struct Reference {
  PhoneParseError error;
  std::string e164, nsn, region;
  bool valid = false;
  PhoneType type = PhoneType::kUnknown;
};

PhoneType ToType(PhoneNumberUtil::PhoneNumberType t) {
  switch (t) {
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

PhoneParseError ToError(PhoneNumberUtil::ErrorType e) {
  switch (e) {
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
    default:
      return PhoneParseError::kNotANumber;
  }
}

Reference AskLibphonenumber(const std::string& text,
                            const std::string& region) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  Reference ref;
  i18n::phonenumbers::PhoneNumber number;
  ref.error = ToError(util.Parse(text, region, &number));
  if (ref.error != PhoneParseError::kNone) return ref;
  util.Format(number, PhoneNumberUtil::E164, &ref.e164);
  util.GetNationalSignificantNumber(number, &ref.nsn);
  ref.valid = util.IsValidNumber(number);
  ref.type = ToType(util.GetNumberType(number));
  util.GetRegionCodeForNumber(number, &ref.region);
  return ref;
}

std::string Describe(const Reference& r) {
  if (r.error != PhoneParseError::kNone) {
    return "error " + std::to_string(static_cast<int>(r.error));
  }
  return r.e164 + " nsn=" + r.nsn + " valid=" + (r.valid ? "1" : "0") +
         " type=" + std::string(PhoneTypeName(r.type)) + " region=" + r.region;
}

Reference FromOurs(const PhoneParse& p) {
  Reference r;
  r.error = p.error;
  if (p.error != PhoneParseError::kNone) return r;
  r.e164 = FormatE164(p.country_code, p.national_number);
  r.nsn = p.national_number;
  r.valid = p.valid;
  r.type = p.type;
  r.region = p.region;
  return r;
}

bool Same(const Reference& a, const Reference& b) {
  if (a.error != b.error) return false;
  if (a.error != PhoneParseError::kNone) return true;
  return a.e164 == b.e164 && a.nsn == b.nsn && a.valid == b.valid &&
         a.type == b.type && a.region == b.region;
}

// ------------------------------------------------------------ generator ----

struct TypedInput {
  std::string text;
  std::string region;
};

std::string ToFullwidth(std::string_view ascii_digits_and_plus, int percent,
                        std::mt19937_64* rng) {
  std::string out;
  for (char c : ascii_digits_and_plus) {
    const bool wide = static_cast<int>((*rng)() % 100) < percent;
    if (wide && c >= '0' && c <= '9') {
      out += "\xEF\xBC";
      out.push_back(static_cast<char>(0x90 + (c - '0')));  // U+FF10..FF19
    } else if (wide && c == '+') {
      out += "\xEF\xBC\x8B";  // ＋
    } else if (wide && c == ' ') {
      out += "\xE3\x80\x80";  // ideographic space
    } else if (wide && c == '-') {
      out += "\xEF\xBC\x8D";  // －
    } else if (wide && c == '(') {
      out += "\xEF\xBC\x88";
    } else if (wide && c == ')') {
      out += "\xEF\xBC\x89";
    } else {
      out.push_back(c);
    }
  }
  return out;
}

// Numbers from VN, CN, TW, HK and US (and a few other regions) in the
// forms people type, with near misses and junk.
class TypedPhoneGenerator {
 public:
  explicit TypedPhoneGenerator(uint64_t seed) : rng_(seed) {}

  TypedInput Next() {
    TypedInput in;
    const int country = Pick(100);
    std::string cc, trunk, nsn, idd = "00";
    if (country < 26) {
      in.region = "VN";
      cc = "84";
      trunk = "0";
      nsn = VietnamNsn();
    } else if (country < 44) {
      in.region = "CN";
      cc = "86";
      trunk = "0";
      nsn = ChinaNsn();
    } else if (country < 60) {
      in.region = "TW";
      cc = "886";
      trunk = "0";
      nsn = TaiwanNsn();
      idd = "002";
    } else if (country < 74) {
      in.region = "HK";
      cc = "852";
      trunk = "";
      nsn = HongKongNsn();
      idd = "001";
    } else if (country < 90) {
      in.region = "US";
      cc = "1";
      trunk = Pick(3) == 0 ? "1" : "";
      nsn = NanpaNsn();
      idd = "011";
    } else {
      static const char* const kOther[][4] = {
          {"SG", "65", "", "8"},   {"MY", "60", "0", "9"},
          {"TH", "66", "0", "9"},  {"JP", "81", "0", "10"},
          {"KR", "82", "0", "10"}, {"GB", "44", "0", "10"},
          {"AU", "61", "0", "9"},  {"FR", "33", "0", "9"},
          {"DE", "49", "0", "10"}, {"CA", "1", "1", "10"},
          {"MO", "853", "", "8"},  {"AR", "54", "0", "10"},
          {"BR", "55", "0", "11"}, {"MX", "52", "", "10"},
          {"IT", "39", "", "10"},  {"RU", "7", "8", "10"},
          {"IN", "91", "0", "10"}, {"PH", "63", "0", "10"}};
      const auto& o = kOther[Pick(std::size(kOther))];
      in.region = o[0];
      cc = o[1];
      trunk = o[2];
      nsn = std::string(1, static_cast<char>('1' + Pick(9))) +
            Digits(std::atoi(o[3]) - 1);
    }
    // Near misses: a digit more or less, or any digits at all.
    const int miss = Pick(100);
    if (miss < 6 && nsn.size() > 3) {
      nsn.erase(Pick(nsn.size()), 1);
    } else if (miss < 12) {
      nsn.insert(Pick(nsn.size() + 1), 1, static_cast<char>('0' + Pick(10)));
    } else if (miss < 16) {
      nsn = Digits(1 + Pick(16));
    }

    // The form it is typed in.
    std::string head, body;  // head: "+84 " or "0084" ...; body: grouped
    const int form = Pick(100);
    if (form < 40) {
      body = trunk;
    } else if (form < 58) {
      head = "+" + cc;
    } else if (form < 63) {
      head = "+" + cc + (Pick(2) ? " (0)" : "(0)");
    } else if (form < 73) {
      head = (Pick(4) == 0 ? std::string(kIdds[Pick(std::size(kIdds))]) : idd) +
             cc;
    } else if (form < 80) {
      head = cc;
    } else if (form < 85) {
      head = "+" + cc;
      body = trunk.empty() ? "0" : trunk;
    } else if (form < 90) {
      head = "+";  // "+0912 ..." and "+912 ..."
      body = Pick(2) ? trunk : "";
    } else {
      body = "";  // bare national significant number
    }
    body += nsn;
    std::string text = Group(head, body);
    if (Pick(100) < 12) text = ToFullwidth(text, Pick(2) ? 100 : 50, &rng_);
    if (Pick(100) < 22) text = Junk(text);

    const int r = Pick(100);
    if (r < 15) {
      static const char* const kFive[] = {"VN", "CN", "TW", "HK", "US"};
      in.region = kFive[Pick(5)];
    } else if (r < 20) {
      static const char* const kBad[] = {"", "ZZ", "vn", "XX", "001", "U"};
      in.region = kBad[Pick(std::size(kBad))];
    } else if (r < 24) {
      static const char* const kMore[] = {"SG", "JP", "GB", "DE", "AR", "BR",
                                          "MX", "RU", "CA", "AG", "JM", "IT",
                                          "GA", "NF", "SM", "KR", "MO"};
      in.region = kMore[Pick(std::size(kMore))];
    }
    in.text = std::move(text);
    return in;
  }

 private:
  static constexpr const char* kIdds[] = {
      "00", "011", "001", "002", "009", "0011", "010", "17951 00", "12593"};

  size_t Pick(size_t n) { return rng_() % n; }

  std::string Digits(int n) {
    std::string s;
    for (int i = 0; i < n; ++i) s.push_back(static_cast<char>('0' + Pick(10)));
    return s;
  }

  std::string OneOf(std::initializer_list<const char*> options) {
    return *(options.begin() + Pick(options.size()));
  }

  std::string VietnamNsn() {
    const int kind = Pick(100);
    if (kind < 45) {
      return OneOf({"32", "33", "34", "35", "36", "37", "38", "39", "70",
                    "76", "77", "78", "79", "81", "82", "83", "84", "85",
                    "86", "88", "89", "90", "91", "93", "94", "96", "97",
                    "98", "99", "56", "58", "59", "52", "87"}) +
             Digits(7);
    }
    if (kind < 70) {
      std::string area = OneOf({"24", "28", "236", "220", "225", "251", "254",
                                "258", "263", "274", "292", "297", "206"});
      return area + Digits(10 - static_cast<int>(area.size()));
    }
    if (kind < 90) {  // pre-2018 11-digit mobiles
      return OneOf({"162", "163", "164", "165", "166", "167", "168",
                    "169", "120", "121", "122", "123", "124", "125",
                    "126", "127", "128", "129", "186", "188", "199"}) +
             Digits(7);
    }
    return OneOf({"1800", "1900"}) + Digits(4 + Pick(3));
  }

  std::string ChinaNsn() {
    const int kind = Pick(100);
    if (kind < 50) return "1" + std::to_string(3 + Pick(7)) + Digits(9);
    if (kind < 85) {
      std::string area =
          OneOf({"10",  "21",  "20",  "22",  "23",  "24",  "25",
                 "27",  "28",  "29",  "755", "571", "431", "591",
                 "731", "871", "351", "311", "411", "512", "769"});
      return area + Digits((area.size() == 2 ? 8 : 7 + Pick(2)));
    }
    return OneOf({"400", "800", "950"}) + Digits(7);
  }

  std::string TaiwanNsn() {
    const int kind = Pick(100);
    if (kind < 45) return "9" + Digits(8);
    if (kind < 85) {
      std::string area =
          OneOf({"2", "4", "7", "37", "49", "89", "82", "6", "5", "8"});
      return area + Digits(8 - static_cast<int>(area.size()) +
                           (area == "2" || area == "4" ? 1 : 0));
    }
    return OneOf({"800", "809", "70"}) + Digits(6 + Pick(2));
  }

  std::string HongKongNsn() {
    if (Pick(10) == 0) return "800" + Digits(6);
    return OneOf({"2", "3", "5", "6", "9", "4", "7", "8"}) + Digits(7);
  }

  std::string NanpaNsn() {
    const int kind = Pick(100);
    std::string npa;
    if (kind < 70) {
      npa = std::to_string(2 + Pick(8)) + std::to_string(Pick(9)) +
            std::to_string(Pick(10));
    } else if (kind < 85) {
      npa = OneOf({"212", "415", "646", "713", "305", "206", "312", "617"});
    } else if (kind < 93) {
      npa = OneOf({"800", "888", "877", "866", "900"});
    } else {
      npa = OneOf({"416", "604", "268", "876", "787", "671", "340"});
    }
    return npa + std::to_string(2 + Pick(8)) + Digits(6);
  }

  // Groups `body`'s digits the way people write them and puts `head` first.
  std::string Group(const std::string& head, const std::string& body) {
    static const char* const kSeps[] = {" ", " ", "-", ".", "", " - ", "  "};
    const std::string sep = kSeps[Pick(std::size(kSeps))];
    std::string out = head;
    if (!head.empty()) out += Pick(5) == 0 ? "" : (Pick(4) == 0 ? sep : " ");
    size_t i = 0;
    bool first = true;
    const bool parens = Pick(5) == 0;
    while (i < body.size()) {
      size_t n = 2 + Pick(3);
      if (i + n > body.size()) n = body.size() - i;
      std::string group = body.substr(i, n);
      if (first && parens) group = "(" + group + ")";
      if (!first) out += sep;
      out += group;
      i += n;
      first = false;
    }
    return out;
  }

  std::string Junk(const std::string& text) {
    static const char* const kInserts[] = {"a",
                                           "x",
                                           "X",
                                           "#",
                                           "*",
                                           "+",
                                           ",",
                                           ";",
                                           "~",
                                           "\t",
                                           "\n",
                                           "/",
                                           ":",
                                           "ext",
                                           "\xD9\xA1" /* Arabic-Indic 1 */,
                                           "\xC2\xB2" /* ² */,
                                           "\xE4\xB8\x80" /* 一 */,
                                           "\xF0\x9F\x93\x9E" /* emoji */,
                                           "\xEF\xBD\x9E" /* ～ */,
                                           "\xE3\x83\xBC" /* ー */,
                                           "\xE2\x80\x93",
                                           "\xC2\xA0",
                                           "\xEF\xBC\x8E",
                                           "(",
                                           ")",
                                           "[",
                                           "]",
                                           "-",
                                           ".",
                                           " ",
                                           "0",
                                           "\xEF\xBC\x83" /* ＃ */,
                                           "\xE2\x81\xA0",
                                           "\xC2\xAD",
                                           "\xE2\x81\x93" /* ⁓ */,
                                           "\xE2\x88\xBC" /* ∼ */,
                                           "\xEF\xBC\xBB" /* ［ */,
                                           "\xEF\xBC\xBD",
                                           "\xE2\x80\x8B",
                                           "\xE3\x80\x80",
                                           "\xEF\xBC\x8F" /* ／ */,
                                           "\xE2\x88\x92" /* − */,
                                           "\xC3\xA9",
                                           "\xE0\xA5\xA7" /* Devanagari 1 */,
                                           "\xE2\x85\xA0" /* Ⅰ */};
    std::string t = text;
    switch (Pick(15)) {
      case 0:
        return OneOf({"Tel: ", "\xC4\x90T: ",
                      "\xE7\x94\xB5\xE8\xAF\x9D\xEF\xBC\x9A", "Mobile ", "(+) ",
                      "Tel.", "tel:", "- "}) +
               t;
      case 1:
        return t + OneOf({" (mobile)",
                          " - home",
                          " ",
                          ".",
                          ")",
                          " x12",
                          " ext. 5",
                          " #12",
                          "#",
                          "*",
                          ";ext=12",
                          ",,12",
                          " \xE8\xBD\xAC 12",
                          ",",
                          " ~3",
                          "-",
                          "\xEF\xBC\x89",
                          " Ana",
                          " ab",
                          ";isub=1"});
      case 2:
      case 3:
      case 4: {
        const size_t at = Pick(t.size() + 1);
        // Do not split a UTF-8 sequence: move to a lead byte.
        size_t pos = at;
        while (pos < t.size() &&
               (static_cast<unsigned char>(t[pos]) & 0xC0) == 0x80)
          ++pos;
        t.insert(pos, kInserts[Pick(std::size(kInserts))]);
        return t;
      }
      case 5:
        if (!t.empty()) t.erase(Pick(t.size()), 1);  // may break UTF-8
        return t;
      case 6:
        return t + " / " + t;
      case 7: {
        std::string s;
        const size_t n = Pick(21);
        for (size_t i = 0; i < n; ++i)
          s.push_back(static_cast<char>(Pick(256)));
        return s;
      }
      case 8: {
        static const char kChars[] = "0123456789+-() ./*x#,;";
        std::string s;
        const size_t n = Pick(21);
        for (size_t i = 0; i < n; ++i)
          s.push_back(kChars[Pick(sizeof(kChars) - 1)]);
        return s;
      }
      case 9:
        return OneOf({"", " ", "+", "++84 912 345 678", "+84+912345678", "0",
                      "00", "12", "+1", "+0084 912 345 678", "84",
                      "1-800-FLOWERS", "tel:+84-912-345-678;phone-context=+84",
                      "+84 912 345 678;isub=12"});
      case 10:
        return "+" + t;
      case 11:
        return t + std::string(Pick(3), '0');
      case 12:
        return "00" + t;
      case 13:  // past Parse's input limit, now and then (it is slow there)
        if (Pick(20) != 0) return t + " ";
        return Pick(2) ? t + std::string(250, ' ') : std::string(200, '1') + t;
      default:
        return std::string(Pick(3), '+') + t;
    }
  }

  std::mt19937_64 rng_;
};

// A number of `region` in one of libphonenumber's own formats: an example
// number with its last digits changed, sometimes a digit more or less.
std::string RandomNumberForRegion(const std::string& region,
                                  std::mt19937_64* rng) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  static const PhoneNumberUtil::PhoneNumberType kTypes[] = {
      PhoneNumberUtil::FIXED_LINE,
      PhoneNumberUtil::MOBILE,
      PhoneNumberUtil::TOLL_FREE,
      PhoneNumberUtil::PREMIUM_RATE,
      PhoneNumberUtil::SHARED_COST,
      PhoneNumberUtil::VOIP,
      PhoneNumberUtil::PERSONAL_NUMBER,
      PhoneNumberUtil::PAGER,
      PhoneNumberUtil::UAN,
      PhoneNumberUtil::VOICEMAIL};
  i18n::phonenumbers::PhoneNumber number;
  if (!util.GetExampleNumberForType(
          region, kTypes[(*rng)() % std::size(kTypes)], &number) &&
      !util.GetExampleNumber(region, &number)) {
    return "12345";
  }
  std::string nsn;
  util.GetNationalSignificantNumber(number, &nsn);
  const size_t keep = std::min<size_t>(nsn.size(), 2 + (*rng)() % 3);
  for (size_t i = keep; i < nsn.size(); ++i)
    nsn[i] = static_cast<char>('0' + (*rng)() % 10);
  const int change = static_cast<int>((*rng)() % 10);
  if (change == 0 && nsn.size() > 3) nsn.pop_back();
  if (change == 1) nsn.push_back(static_cast<char>('0' + (*rng)() % 10));
  i18n::phonenumbers::PhoneNumber changed;
  std::string e164 = "+";
  e164 += std::to_string(number.country_code());
  e164 += nsn;
  if (util.Parse(e164, "ZZ", &changed) != PhoneNumberUtil::NO_PARSING_ERROR) {
    return nsn;
  }
  std::string text;
  switch ((*rng)() % 10) {
    case 0:
      util.Format(changed, PhoneNumberUtil::NATIONAL, &text);
      break;
    case 1:
      util.Format(changed, PhoneNumberUtil::INTERNATIONAL, &text);
      break;
    case 2:
      util.Format(changed, PhoneNumberUtil::E164, &text);
      break;
    case 3:
      util.FormatOutOfCountryCallingNumber(changed, "US", &text);
      break;
    case 4:
      util.FormatOutOfCountryCallingNumber(changed, "DE", &text);
      break;
    case 5:
      text = nsn;
      break;
    case 6:
      text = std::to_string(number.country_code()) + " " + nsn;
      break;
    case 7: {
      // A number of another region as dialled from this one: its IDD.
      i18n::phonenumbers::PhoneNumber foreign;
      util.GetExampleNumberForType("VN", PhoneNumberUtil::MOBILE, &foreign);
      if ((*rng)() % 2) util.GetExampleNumber("GB", &foreign);
      util.FormatOutOfCountryCallingNumber(foreign, region, &text);
      break;
    }
    case 8: {
      std::string prefix;
      util.GetNddPrefixForRegion(region, true, &prefix);
      text = prefix + nsn;
      break;
    }
    default:
      text = "+" + std::to_string(number.country_code()) + " 0" + nsn;
      break;
  }
  return text;
}

struct Totals {
  std::atomic<int64_t> inputs{0}, mismatches{0}, preparsed{0}, valid{0};
  std::mutex mu;
  std::vector<std::string> examples;
};

void CheckRange(uint64_t seed, int count, Totals* totals) {
  TypedPhoneGenerator gen(seed);
  int64_t mismatches = 0, preparsed = 0, valid = 0;
  for (int i = 0; i < count; ++i) {
    const TypedInput input = gen.Next();
    const PhoneParse ours = ParsePhone(input.text, input.region);
    const Reference theirs = AskLibphonenumber(input.text, input.region);
    const Reference mine = FromOurs(ours);
    if (!ours.parsed_by_libphonenumber) ++preparsed;
    if (theirs.valid) ++valid;
    if (!Same(mine, theirs)) {
      ++mismatches;
      std::lock_guard<std::mutex> lock(totals->mu);
      if (totals->examples.size() < 30) {
        totals->examples.push_back("\"" + input.text + "\" region \"" +
                                   input.region + "\": ours " + Describe(mine) +
                                   (ours.parsed_by_libphonenumber
                                        ? " (libphonenumber parse)"
                                        : " (pre-parsed)") +
                                   ", libphonenumber " + Describe(theirs));
      }
    }
  }
  totals->inputs += count;
  totals->mismatches += mismatches;
  totals->preparsed += preparsed;
  totals->valid += valid;
}

// Under AddressSanitizer (tests/sanitize.sh) a tenth of the numbers
// (tests/support/under_asan.h).

TEST(PhoneDifferentialTest, MatchesLibphonenumberOnOneMillionTypedNumbers) {
#ifdef DQE_UNDER_ASAN
  constexpr int kInputs = 100'000;
#else
  constexpr int kInputs = 1'000'000;
#endif
  const int threads =
      std::max(1u, std::min(4u, std::thread::hardware_concurrency()));
  Totals totals;
  std::vector<std::thread> workers;
  const int per_thread = kInputs / threads;
  for (int t = 0; t < threads; ++t) {
    const int count = t + 1 == threads ? kInputs - per_thread * t : per_thread;
    workers.emplace_back(CheckRange, 0x5EED0000u + t, count, &totals);
  }
  for (std::thread& w : workers) w.join();
  for (const std::string& e : totals.examples) ADD_FAILURE() << e;
  std::printf("inputs %lld, mismatches %lld, pre-parsed %.1f%%, valid %.1f%%\n",
              static_cast<long long>(totals.inputs.load()),
              static_cast<long long>(totals.mismatches.load()),
              100.0 * totals.preparsed.load() / totals.inputs.load(),
              100.0 * totals.valid.load() / totals.inputs.load());
  EXPECT_EQ(totals.inputs.load(), kInputs);
  EXPECT_EQ(totals.mismatches.load(), 0);
  // The point of the pre-parser: typed numbers rarely reach libphonenumber.
  EXPECT_GT(totals.preparsed.load(), kInputs * 7 / 10);
}

// NormalizePhone on cells holding one number (no extension, no note, no
// "(0)" after a country code, which NormalizePhone drops on purpose) gives
// libphonenumber's answer, with the Vietnamese renumbering applied to
// libphonenumber's answer the same way: an invalid +84 number with an old
// mobile prefix is read again with its new prefix.
TEST(PhoneDifferentialTest,
     NormalizePhoneMatchesLibphonenumberOnOneNumberCells) {
  constexpr int kInputs = 100'000;
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  TypedPhoneGenerator gen(0xCE11);
  int compared = 0, mismatches = 0, renumbered = 0;
  for (int i = 0; i < kInputs; ++i) {
    const TypedInput input = gen.Next();
    if (util.GetCountryCodeForRegion(input.region) == 0) continue;
    if (FindInvalidUtf8(input.text) != std::string_view::npos) continue;
    bool trunk_zero_noise = false;
    for (const char* form :
         {"(0)",
          "\xEF\xBC\x88"
          "0\xEF\xBC\x89",
          "(\xEF\xBC\x90)", "\xEF\xBC\x88\xEF\xBC\x90\xEF\xBC\x89"}) {
      trunk_zero_noise =
          trunk_zero_noise || input.text.find(form) != std::string::npos;
    }
    if (trunk_zero_noise) continue;
    const std::vector<PhoneCellPart> parts = SplitPhoneCell(input.text, 8);
    if (parts.size() != 1 || !parts[0].extension.empty() ||
        parts[0].number != parts[0].input) {
      continue;
    }
    std::string_view trimmed = input.text;
    while (!trimmed.empty() &&
           (trimmed.front() == ' ' || trimmed.front() == '\t'))
      trimmed.remove_prefix(1);
    while (!trimmed.empty() &&
           (trimmed.back() == ' ' || trimmed.back() == '\t'))
      trimmed.remove_suffix(1);
    if (parts[0].number != trimmed) continue;

    Reference theirs = AskLibphonenumber(input.text, input.region);
    if (theirs.error == PhoneParseError::kNone && !theirs.valid &&
        theirs.e164.rfind("+84", 0) == 0) {
      if (auto renumbered_nsn = RenumberVietnamMobile(theirs.nsn)) {
        theirs = AskLibphonenumber("+84" + *renumbered_nsn, input.region);
        ++renumbered;
      }
    }
    const NormalizedPhone ours = NormalizePhone(input.text, input.region);
    ++compared;
    bool same;
    if (theirs.error != PhoneParseError::kNone) {
      same = ours.numbers.size() == 1 && ours.numbers[0].e164.empty() &&
             !ours.numbers[0].valid;
    } else {
      std::string region = theirs.region == "ZZ" ? "" : theirs.region;
      same = ours.numbers.size() == 1 && ours.numbers[0].e164 == theirs.e164 &&
             ours.numbers[0].valid == theirs.valid &&
             ours.numbers[0].type == theirs.type &&
             ours.numbers[0].region == region;
    }
    if (!same && ++mismatches <= 30) {
      ADD_FAILURE() << "\"" << input.text << "\" region " << input.region
                    << ": libphonenumber " << Describe(theirs) << ", ours "
                    << (ours.numbers.empty() ? std::string("no number")
                                             : ours.numbers[0].e164 + " " +
                                                   ours.numbers[0].reason);
    }
  }
  std::printf("one-number cells compared %d (renumbered %d), mismatches %d\n",
              compared, renumbered, mismatches);
  EXPECT_GT(compared, kInputs / 2);
  EXPECT_GT(renumbered, 1000);
  EXPECT_EQ(mismatches, 0);
}

// Every territory, not only the five above: each region's example-like
// numbers in national and international form must also agree.
TEST(PhoneDifferentialTest, MatchesLibphonenumberInEveryRegion) {
  const PhoneNumberUtil& util = *PhoneNumberUtil::GetInstance();
  std::set<std::string> regions;
  util.GetSupportedRegions(&regions);
  std::mt19937_64 rng(7);
  int mismatches = 0, inputs = 0;
  for (const std::string& region : regions) {
    for (int i = 0; i < 400; ++i) {
      std::string text = RandomNumberForRegion(region, &rng);
      const Reference theirs = AskLibphonenumber(text, region);
      const Reference mine = FromOurs(ParsePhone(text, region));
      ++inputs;
      if (!Same(mine, theirs)) {
        if (++mismatches <= 30) {
          ADD_FAILURE() << "\"" << text << "\" region " << region << ": ours "
                        << Describe(mine) << ", libphonenumber "
                        << Describe(theirs);
        }
      }
    }
  }
  std::printf("regions %zu, inputs %d, mismatches %d\n", regions.size(), inputs,
              mismatches);
  EXPECT_EQ(mismatches, 0);
}

}  // namespace
}  // namespace dqe::internal
