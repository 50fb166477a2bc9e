// dqe/normalize.h: normalizers for the values CRM records hold.
//
// Each normalizer takes UTF-8 text (and options) and returns a plain result
// struct. None throws, none crashes on any byte string: text that is not valid
// UTF-8 gives `valid == false` with a `reason` naming the byte offset; it is
// never "fixed" silently. All functions are thread-safe: the tables they use
// are immutable after their first, synchronised, initialisation.
//
//   dqe::NormalizedName n = dqe::NormalizeName("Ông NGUYỄN VĂN  AN");
//   // n.display == "Nguyễn Văn An", n.key == "nguyen van an"
//
//   dqe::NormalizedPhone p = dqe::NormalizePhone("0168 123 4567", "VN");
//   // p.numbers[0].e164 == "+84381234567", p.numbers[0].renumbered == true
//
// Batch forms (`...Column`) take a whole column per call; they share work
// between cells (a phone seen twice is parsed once) and are what the engine,
// the C API and the Python bindings use.
#ifndef DQE_NORMALIZE_H_
#define DQE_NORMALIZE_H_

#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/export.h"

namespace dqe {

// The writing system a value is in.
enum class Script : uint8_t {
  kEmpty,  // no letters at all
  kLatin,  // Latin letters, Vietnamese included
  kHan,    // Chinese characters (Traditional or Simplified)
  kMixed,  // letters of more than one script
  kOther,  // another script (Cyrillic, Thai, Hangul, kana ...)
};

// ScriptName returns "empty", "latin", "han", "mixed" or "other".
DQE_EXPORT std::string_view ScriptName(Script script);

// ---------------------------------------------------------------- names ----

// Where a Vietnamese tone mark sits in the open syllables oa, oe, uy.
enum class ToneStyle : uint8_t {
  kTraditional,  // hòa, khỏe, thúy: the form on most ID cards. Default.
  kModern,       // hoà, khoẻ, thuý: the 1980s orthography reform.
};

struct NameOptions {
  // Drop honorifics and titles (Ông, Bà, Anh, Chị, Mr, Dr, 先生, 女士 ...).
  // Default: true.
  bool drop_honorifics = true;
  // Canonical placement of Vietnamese tone marks in `display`.
  // Default: ToneStyle::kTraditional.
  ToneStyle tone_style = ToneStyle::kTraditional;
  // Turn names typed ALL UPPER or all lower into Title Case in `display`;
  // names in mixed case (McDonald, van der Berg) are left as typed.
  // Default: true.
  bool fix_case = true;
};

struct NormalizedName {
  // False when the text is not valid UTF-8 (then `reason` says where), holds
  // nothing but honorifics, spaces and punctuation (`reason` "empty"), or no
  // letter at all ("12345": `reason` "no letters").
  bool valid = false;
  std::string reason;
  // NFKC, whitespace collapsed, Vietnamese tone marks in one placement, Ð as
  // Đ, honorifics removed, case fixed as NameOptions says.
  std::string display;
  // Lower-case ASCII for matching: diacritics folded (đ → d), Han written as
  // pinyin without tones (Traditional → Simplified first). Tokens in the
  // order typed, separated by one space. A Han name is written as its surname
  // and its given name with the syllables run together ("wang xiuying") so
  // that keys do not depend on how a clerk spaced the syllables.
  std::string key;
  // The key's tokens sorted, so that "An Nguyễn Văn" and "Wei Zhang" meet
  // "Nguyễn Văn An" and "张伟".
  std::string sorted_key;
  // The key's tokens, in order.
  std::vector<std::string> tokens;
  Script script = Script::kEmpty;
  // The text uses letters only Vietnamese uses (ă â đ ê ô ơ ư or a tone mark
  // on them) or a Vietnamese tone placement.
  bool vietnamese = false;
  // Honorifics and titles that were removed, as typed.
  std::vector<std::string> honorifics;
};

// NormalizeName returns the normalized form of a person's name.
DQE_EXPORT NormalizedName NormalizeName(std::string_view text,
                                        const NameOptions& options = {});
// NormalizeName writes into `*out`, reusing its storage (for loops over many
// names).
DQE_EXPORT void NormalizeName(std::string_view text, const NameOptions& options,
                              NormalizedName* out);
// NameKey writes to *key the `key` NormalizeName(text, options) gives,
// without building the rest of the result: for blocking and look-ups, where
// only the key is needed. Returns false, with an empty key, where
// NormalizeName gives valid == false.
DQE_EXPORT bool NameKey(std::string_view text, const NameOptions& options,
                        std::string* key);
// NormalizeNameColumn normalizes a whole column.
DQE_EXPORT std::vector<NormalizedName> NormalizeNameColumn(
    std::span<const std::string_view> cells, const NameOptions& options = {});

// --------------------------------------------------------------- phones ----

// libphonenumber's number types.
enum class PhoneType : uint8_t {
  kUnknown,
  kFixedLine,
  kMobile,
  kFixedLineOrMobile,
  kTollFree,
  kPremiumRate,
  kSharedCost,
  kVoip,
  kPersonalNumber,
  kPager,
  kUan,
  kVoicemail,
};

// PhoneTypeName returns "unknown", "fixed_line", "mobile",
// "fixed_line_or_mobile", "toll_free", "premium_rate", "shared_cost", "voip",
// "personal_number", "pager", "uan" or "voicemail".
DQE_EXPORT std::string_view PhoneTypeName(PhoneType type);

struct PhoneOptions {
  // ISO 3166 region used when a number has no country code and the call gives
  // no region. Default: "VN".
  std::string default_region = "VN";
  // Map Vietnamese 11-digit mobiles from before the 2018 renumbering
  // (0162…0169, 012x, 0186, 0188, 0199) to their new 10-digit numbers.
  // Default: true.
  bool renumber_vietnam = true;
  // At most this many numbers are read from one cell. Default: 8.
  int max_numbers_per_cell = 8;
};

// One number found in a cell.
struct PhoneNumber {
  // libphonenumber's IsValidNumber on the (renumbered) number.
  bool valid = false;
  // Why the number is not valid ("too short", "not a number", ...); empty
  // when valid.
  std::string reason;
  // E.164 form, e.g. "+84912345678"; empty when the text could not be parsed
  // as a number at all.
  std::string e164;
  // Region the number belongs to, e.g. "VN"; empty when unknown.
  std::string region;
  PhoneType type = PhoneType::kUnknown;
  // Extension digits, if the text gave one ("ext. 12", "x12", "#12").
  std::string extension;
  // The part of the cell this number was read from.
  std::string input;
  // True when the number was a pre-2018 Vietnamese mobile and `e164` is its
  // new number; `e164_before_renumbering` then holds the old one.
  bool renumbered = false;
  std::string e164_before_renumbering;
};

struct NormalizedPhone {
  // False when the text is not valid UTF-8 or no valid number was found;
  // `reason` then says why (for one number: that number's reason).
  bool valid = false;
  std::string reason;
  // The numbers in the order they appear in the cell. Empty for an empty cell.
  std::vector<PhoneNumber> numbers;
};

// NormalizePhone reads the phone numbers in `text`. `region` is the row's own
// region (ISO 3166 alpha-2, e.g. "VN", "TW") when known; when empty,
// options.default_region is used.
DQE_EXPORT NormalizedPhone NormalizePhone(std::string_view text,
                                          std::string_view region = {},
                                          const PhoneOptions& options = {});
// NormalizePhoneColumn normalizes a whole column. `regions` is empty (use
// options.default_region for every cell), or holds one region per cell.
// Cells that repeat (company switchboards) are parsed once.
DQE_EXPORT std::vector<NormalizedPhone> NormalizePhoneColumn(
    std::span<const std::string_view> cells,
    std::span<const std::string_view> regions = {},
    const PhoneOptions& options = {});

// RegionForCountry maps what a country column holds ("VN", "Vietnam",
// "Việt Nam", "中国", "Taiwan", "香港", "USA" ...) to an ISO 3166 alpha-2
// region; nullopt when it does not recognise it.
DQE_EXPORT std::optional<std::string> RegionForCountry(std::string_view country);

// --------------------------------------------------------------- emails ----

struct EmailOptions {
  // Apply provider rules to `key` (Gmail ignores dots and +tags and
  // googlemail.com is gmail.com; Outlook/Hotmail/Live ignore +tags).
  // Default: true.
  bool provider_rules = true;
};

struct NormalizedEmail {
  // Syntax check passed (RE2). False with a `reason` otherwise.
  bool valid = false;
  std::string reason;
  // Trimmed, "mailto:" removed, NFKC, lower-case, domain in ASCII (IDNA).
  std::string normalized;
  // Match key: `normalized` with the provider rules applied.
  std::string key;
  std::string local;   // local part of `normalized`
  std::string domain;  // ASCII domain of `normalized`
  // The local part is a role account (info@, sales@, admin@ ...).
  bool role_account = false;
  // The domain is a public mail provider's (Gmail, Yahoo, Outlook, QQ, 163
  // ...), or a likely typo of one: a private mailbox, as against an
  // organisation's own domain (a work address).
  bool mail_provider = false;
  // Likely-typo domain: the domain it probably meant (gmial.com → gmail.com);
  // empty when none. Never applied to `normalized` or `key`.
  std::string suggested_domain;
  // Human-readable warnings (role account, likely typo with its suggestion).
  std::vector<std::string> warnings;
};

// NormalizeEmail returns the normalized form of an e-mail address.
DQE_EXPORT NormalizedEmail NormalizeEmail(std::string_view text,
                                          const EmailOptions& options = {});
// NormalizeEmailColumn normalizes a whole column.
DQE_EXPORT std::vector<NormalizedEmail> NormalizeEmailColumn(
    std::span<const std::string_view> cells, const EmailOptions& options = {});

// ------------------------------------------------------------ companies ----

struct NormalizedCompany {
  // False when the text is not valid UTF-8 or is empty.
  bool valid = false;
  std::string reason;
  // NFKC, whitespace collapsed, legal forms (Công ty TNHH, CTCP, 有限公司,
  // Co., Ltd., LLC, Inc. ...) removed.
  std::string display;
  // Lower-case ASCII match key of `display` (folded as for names; Han as
  // pinyin with the syllables of each run joined).
  std::string key;
  std::vector<std::string> tokens;  // the key's tokens
  // The trade name alone, for matching spellings of one company across
  // languages and abbreviations: `display` without a leading or closing
  // place (深圳市, Shenzhen, Taiwan) and business words (Thương mại Dịch vụ,
  // TMDV, Trading, Construction, 贸易, 科技), folded to lower-case ASCII
  // without spaces, Han as pinyin. "Công ty TNHH TMDV Hoàng Long" and
  // "Hoang Long Trading Co., Ltd." → "hoanglong"; "武汉市瑞丰电子有限公司" and
  // "Wuhan Ruifeng Electronics Co Ltd" → "ruifeng". A name made only of such
  // words keeps them all.
  std::string core;
  // The legal forms found, in a canonical spelling ("TNHH", "CP", "有限公司",
  // "Ltd", "LLC" ...).
  std::vector<std::string> legal_forms;
  Script script = Script::kEmpty;
};

// NormalizeCompany returns the normalized form of a company name.
DQE_EXPORT NormalizedCompany NormalizeCompany(std::string_view text);
// NormalizeCompanyColumn normalizes a whole column.
DQE_EXPORT std::vector<NormalizedCompany> NormalizeCompanyColumn(
    std::span<const std::string_view> cells);

// -------------------------------------------------------------- numbers ----

enum class NumberUnit : uint8_t {
  kNone,     // a plain number
  kDays,     // "30 days", "30 ngày", "三十天", "Net 30"
  kPercent,  // "2%", or any value of a field read as a percent
};

// NumberUnitName returns "", "days" or "percent".
DQE_EXPORT std::string_view NumberUnitName(NumberUnit unit);

struct NumberOptions {
  // The field holds a percent: "2", "2%" and "2.0" are 2 percent, and a
  // fraction below 1 ("0.02") is read as 2 percent. Default: false.
  bool percent_field = false;
  // The field holds a day count: a bare number is a number of days.
  // Default: false.
  bool days_field = false;
};

struct NormalizedNumber {
  bool valid = false;
  std::string reason;
  double value = 0;
  NumberUnit unit = NumberUnit::kNone;
  // The text says the count runs from the end of the month (EOM, end of
  // month, cuối tháng, 月結/月结).
  bool end_of_month = false;
};

// NormalizeNumber reads one number from text as CRM clerks type it: digits
// with either decimal mark, percents, day counts, spelled-out and CJK
// numerals.
DQE_EXPORT NormalizedNumber NormalizeNumber(std::string_view text,
                                            const NumberOptions& options = {});

// ------------------------------------------------------------ addresses ----

struct NormalizedAddress {
  // False when the text is not valid UTF-8 or has no letter or digit.
  bool valid = false;
  std::string reason;
  // Match key: lower-case ASCII tokens, one space apart, in the order they
  // stand. Letters are folded as for names; Han is read one toneless pinyin
  // syllable per character (Traditional and Simplified alike), so that a
  // part of an address is a subset of the whole. Spellings of the same
  // thing are made one: street types in full (St → street, Blvd →
  // boulevard: the USPS abbreviations), directions short (North → n),
  // Vietnamese unit words fused with their number (Phường 7, P. 7, F.7 → p7;
  // Quận 10, Q.10 → q10), flats (Apt 21, #21, Unit 21, Flat 21, 21室 → u21),
  // floors (12/F, 12F, Floor 12, 12th floor, 12樓 → fl12). Words that only
  // announce the next one (Số, Đường, No., 号/號 after a number, Thành phố,
  // District, City, Phường or Quận before a name) are dropped.
  std::string key;
  std::vector<std::string> tokens;  // the key's tokens
};

// NormalizeAddress returns the match key of a postal address as typed in a
// CRM (Vietnamese, Chinese, Western).
DQE_EXPORT NormalizedAddress NormalizeAddress(std::string_view text);

// ---------------------------------------------------------------- dates ----

struct DateOptions {
  // How to read an ambiguous all-numeric date such as 03/04/2026: day first
  // (Vietnam, most of the world; default) or month first (the US). A date
  // whose first number is above 12 is day-first and one whose second number
  // is above 12 is month-first, whatever this says.
  bool day_first = true;
};

struct NormalizedDate {
  // False when no date is recognised (`reason` says why) or the date does
  // not exist (31/02/2026).
  bool valid = false;
  std::string reason;
  int year = 0, month = 0, day = 0;
  // -1 when the text has no time of day.
  int hour = -1, minute = -1, second = -1;
  // Days since 1970-01-01 (negative before), for distances between dates.
  int64_t days = 0;
  // "2026-11-22", or "2026-11-22 09:30:00" with a time of day.
  std::string iso;
};

// NormalizeDate reads a date, with an optional time, as CRM exports write it:
// 2026-11-22, 2026-11-22 09:30, 2026-11-22T09:30:00Z, 20261122, 22/11/2026,
// 22-11-2026, 22.11.2026, 2026/11/22, 2026年11月22日 (with 上午/下午 times),
// "ngày 22 tháng 11 năm 2026", "22 Nov 2026", "Nov 22, 2026". Fullwidth
// digits are read. A time-zone suffix is accepted and ignored (times are kept
// as written).
DQE_EXPORT NormalizedDate NormalizeDate(std::string_view text,
                                        const DateOptions& options = {});

}  // namespace dqe

#endif  // DQE_NORMALIZE_H_
