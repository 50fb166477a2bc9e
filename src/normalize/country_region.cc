// RegionForCountry: what a country column holds → ISO 3166 alpha-2.
//
// Two ASCII letters are read as an ISO code ("vn", "US"; "UK" is GB).
// Anything else is reduced to a key (lower case, Latin marks and spaces and
// punctuation dropped, đ → d: "Việt Nam", "VIET-NAM" and "Viet Nam" are all
// "vietnam") and looked up among English, Vietnamese and Chinese names and
// ISO alpha-3 codes.

#include <bitset>
#include <optional>
#include <string>
#include <string_view>

#include "absl/container/flat_hash_map.h"
#include "dqe/normalize.h"
#include "src/common/utf8.h"
#include "unicode/normalizer2.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"

namespace dqe {
namespace {

using internal::DecodeUtf8;
using internal::kInvalidCodePoint;

// ISO 3166-1 alpha-2, officially assigned, plus XK (Kosovo), AC and TA,
// which phone metadata uses.
constexpr std::string_view kIsoCodes =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI "
    "BJ BL BM BN BO BQ BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN "
    "CO CR CU CV CW CX CY CZ DE DJ DK DM DO DZ EC EE EG EH ER ES ET FI FJ FK "
    "FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS GT GU GW GY HK HM "
    "HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK "
    "ML MM MN MO MP MQ MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP "
    "NR NU NZ OM PA PE PF PG PH PK PL PM PN PR PS PT PW PY QA RE RO RS RU RW "
    "SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV SX SY SZ TC TD TF "
    "TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
    "VN VU WF WS YE YT ZA ZM ZW XK AC TA";

struct CountryNames {
  const char* region;
  std::initializer_list<const char*> names;
};

// Names as CRM rows write them. Keys are derived with CountryKey, so case,
// spacing, dots, hyphens and Vietnamese marks do not matter here.
const CountryNames kCountryNames[] = {
    {"VN",
     {"Vietnam", "Viet Nam", "Việt Nam", "VNM", "SRV",
      "Socialist Republic of Vietnam", "Cộng hòa Xã hội Chủ nghĩa Việt Nam",
      "越南"}},
    {"CN", {"China",          "PRC",
            "P.R. China",     "PR China",
            "P.R.C.",         "People's Republic of China",
            "China PRC",      "Mainland China",
            "China Mainland", "CHN",
            "中国",           "中國",
            "中华人民共和国", "中華人民共和國",
            "中国大陆",       "中國大陸",
            "大陆",           "Trung Quốc",
            "Trung Hoa",      "Hoa Lục"}},
    {"TW",
     {"Taiwan", "Taiwan ROC", "Taiwan R.O.C.", "Republic of China", "ROC",
      "Chinese Taipei", "Taiwan, Province of China", "TWN", "台灣", "台湾",
      "臺灣", "中華民國", "中华民国", "Đài Loan"}},
    {"HK",
     {"Hong Kong", "Hongkong", "Hong Kong SAR", "Hong Kong SAR China",
      "Hong Kong, China", "HKSAR", "HKG", "香港", "香港特别行政区",
      "香港特別行政區", "中国香港", "中國香港", "Hồng Kông"}},
    {"MO",
     {"Macau", "Macao", "Macau SAR", "Macao SAR", "Macao SAR China", "MAC",
      "澳门", "澳門", "澳门特别行政区", "澳門特別行政區", "Ma Cao"}},
    {"US",
     {"USA", "U.S.", "U.S.A.", "United States", "United States of America",
      "America", "The United States", "Hoa Kỳ", "Mỹ", "Mĩ",
      "Hợp chúng quốc Hoa Kỳ", "美国", "美國", "美利坚合众国", "美利堅合眾國"}},
    {"SG",
     {"Singapore", "Republic of Singapore", "SGP", "Xin-ga-po", "Singapo",
      "新加坡"}},
    {"MY",
     {"Malaysia", "MYS", "Ma-lai-xi-a", "Mã Lai", "马来西亚", "馬來西亞",
      "大马", "大馬"}},
    {"TH",
     {"Thailand", "Kingdom of Thailand", "THA", "Thái Lan", "泰国", "泰國"}},
    {"JP", {"Japan", "JPN", "Nhật Bản", "Nhật", "日本", "日本国", "日本國"}},
    {"KR",
     {"South Korea", "Korea", "Republic of Korea", "Korea, Republic of",
      "Korea (South)", "Korea South", "KOR", "Hàn Quốc", "Nam Hàn", "韩国",
      "韓國", "南韩", "南韓", "大韩民国", "大韓民國", "대한민국", "한국"}},
    {"GB",
     {"United Kingdom", "U.K.", "Great Britain", "Britain", "England",
      "Scotland", "Wales", "Northern Ireland",
      "United Kingdom of Great Britain and Northern Ireland", "GBR",
      "Vương quốc Anh", "Anh", "Anh Quốc", "英国", "英國", "联合王国",
      "聯合王國"}},
    {"AU",
     {"Australia", "Commonwealth of Australia", "AUS", "Úc", "Ô-xtrây-li-a",
      "澳大利亚", "澳大利亞", "澳洲"}},
    {"FR", {"France", "French Republic", "FRA", "Pháp", "法国", "法國"}},
    {"DE",
     {"Germany", "Deutschland", "Federal Republic of Germany", "DEU", "Đức",
      "Cộng hòa Liên bang Đức", "德国", "德國"}},
    {"CA", {"Canada", "CAN", "Ca-na-đa", "Gia Nã Đại", "加拿大"}},
    // Neighbours and frequent partners.
    {"KH", {"Cambodia", "KHM", "Campuchia", "柬埔寨"}},
    {"LA", {"Laos", "Lao PDR", "LAO", "Lào", "老挝", "寮國"}},
    {"MM", {"Myanmar", "Burma", "MMR", "Miến Điện", "缅甸", "緬甸"}},
    {"PH",
     {"Philippines", "PHL", "Phi-líp-pin", "Philippin", "菲律宾", "菲律賓"}},
    {"ID", {"Indonesia", "IDN", "In-đô-nê-xi-a", "印度尼西亚", "印尼"}},
    {"IN", {"India", "IND", "Ấn Độ", "印度"}},
    {"NZ", {"New Zealand", "NZL", "Niu Di-lân", "新西兰", "紐西蘭"}},
    {"RU", {"Russia", "Russian Federation", "RUS", "Nga", "俄罗斯", "俄羅斯"}},
    {"IT", {"Italy", "ITA", "Ý", "Italia", "意大利", "義大利"}},
    {"ES", {"Spain", "España", "ESP", "Tây Ban Nha", "西班牙"}},
    {"NL",
     {"Netherlands", "The Netherlands", "Holland", "NLD", "Hà Lan", "荷兰",
      "荷蘭"}},
    {"KP",
     {"North Korea", "Korea, Democratic People's Republic of", "PRK",
      "Triều Tiên", "Bắc Triều Tiên", "朝鲜", "北韩", "北韓"}},
};

// CountryKey: lower-case letters and digits only; Latin letters without
// their marks, đ as d; other scripts kept as they are.
std::string CountryKey(std::string_view text) {
  std::string key;
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfd = icu::Normalizer2::getNFDInstance(status);
  for (size_t pos = 0; pos < text.size();) {
    const unsigned char byte = static_cast<unsigned char>(text[pos]);
    if (byte < 0x80) {
      ++pos;
      if (byte >= 'A' && byte <= 'Z') {
        key.push_back(static_cast<char>(byte + 32));
      } else if ((byte >= 'a' && byte <= 'z') || (byte >= '0' && byte <= '9')) {
        key.push_back(static_cast<char>(byte));
      }
      continue;
    }
    char32_t cp = DecodeUtf8(text, &pos);
    if (cp == kInvalidCodePoint) return {};
    if (cp == 0x0110 || cp == 0x0111 || cp == 0x00D0) {
      key.push_back('d');
      continue;
    }
    if (u_getCombiningClass(static_cast<UChar32>(cp)) != 0 ||
        u_charType(static_cast<UChar32>(cp)) == U_NON_SPACING_MARK) {
      continue;  // a mark typed separately (NFD)
    }
    if (!u_isalnum(static_cast<UChar32>(cp))) continue;  // spaces, punctuation
    if (U_SUCCESS(status)) {
      icu::UnicodeString decomposition;
      if (nfd->getDecomposition(static_cast<UChar32>(cp), decomposition) &&
          decomposition.length() > 0 && decomposition.charAt(0) < 0x80 &&
          u_isalpha(decomposition.charAt(0))) {
        key.push_back(static_cast<char>(u_tolower(decomposition.charAt(0))));
        continue;
      }
    }
    const UChar32 lower = u_tolower(static_cast<UChar32>(cp));
    if (lower < 0x80) {
      key.push_back(static_cast<char>(lower));
    } else {
      internal::AppendUtf8(static_cast<char32_t>(lower), &key);
    }
  }
  return key;
}

const absl::flat_hash_map<std::string, std::string>& NameTable() {
  static const auto* const table = [] {
    auto* t = new absl::flat_hash_map<std::string, std::string>();
    for (const CountryNames& country : kCountryNames) {
      for (const char* name : country.names) {
        t->emplace(CountryKey(name), country.region);
      }
    }
    return t;
  }();
  return *table;
}

// IsIsoCode: `code` is two upper-case ASCII letters listed in kIsoCodes.
bool IsIsoCode(std::string_view code) {
  static const std::bitset<26 * 26>* const known = [] {
    auto* bits = new std::bitset<26 * 26>();
    for (size_t i = 0; i + 2 <= kIsoCodes.size(); i += 3) {
      bits->set((kIsoCodes[i] - 'A') * 26 + (kIsoCodes[i + 1] - 'A'));
    }
    return bits;
  }();
  return known->test((code[0] - 'A') * 26 + (code[1] - 'A'));
}

}  // namespace

std::optional<std::string> RegionForCountry(std::string_view country) {
  while (!country.empty() &&
         (country.front() == ' ' || country.front() == '\t')) {
    country.remove_prefix(1);
  }
  while (!country.empty() &&
         (country.back() == ' ' || country.back() == '\t')) {
    country.remove_suffix(1);
  }
  if (country.size() == 2) {
    const char a = country[0] & ~0x20, b = country[1] & ~0x20;  // upper-case
    if (a >= 'A' && a <= 'Z' && b >= 'A' && b <= 'Z') {
      const std::string code{a, b};
      if (code == "UK") return "GB";
      if (IsIsoCode(code)) return code;
      return std::nullopt;
    }
  }
  if (internal::FindInvalidUtf8(country) != std::string_view::npos) {
    return std::nullopt;
  }
  const std::string key = CountryKey(country);
  if (key.empty()) return std::nullopt;
  const auto& table = NameTable();
  if (auto it = table.find(key); it != table.end()) return it->second;
  // "Viet Nam (VN)", "VN - Vietnam": a name or code in a longer label is
  // left alone: a wrong guess here would be worse than none.
  return std::nullopt;
}

}  // namespace dqe
