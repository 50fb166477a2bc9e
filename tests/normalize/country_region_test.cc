// RegionForCountry on what country columns hold.
#include <optional>
#include <string>

#include "dqe/normalize.h"
#include "gtest/gtest.h"

namespace dqe {
namespace {

struct Case {
  const char* country;
  const char* region;
};

TEST(RegionForCountryTest, NamesAndCodes) {
  const Case cases[] = {
      // ISO codes in any case, alpha-3 codes.
      {"VN", "VN"},
      {"vn", "VN"},
      {"Vn", "VN"},
      {" VN ", "VN"},
      {"VNM", "VN"},
      {"us", "US"},
      {"gb", "GB"},
      {"UK", "GB"},
      {"uk", "GB"},
      {"de", "DE"},
      {"CHN", "CN"},
      {"TWN", "TW"},
      {"HKG", "HK"},
      {"MAC", "MO"},
      {"USA", "US"},
      {"SGP", "SG"},
      {"MYS", "MY"},
      {"THA", "TH"},
      {"JPN", "JP"},
      {"KOR", "KR"},
      {"GBR", "GB"},
      {"AUS", "AU"},
      {"FRA", "FR"},
      {"DEU", "DE"},
      {"CAN", "CA"},
      // Vietnam
      {"Vietnam", "VN"},
      {"Viet Nam", "VN"},
      {"VIET NAM", "VN"},
      {"Việt Nam", "VN"},
      {"viet-nam", "VN"},
      {"越南", "VN"},
      {"Vie\xCC\xA3\xCC\x82t Nam", "VN"},  // NFD, marks in another order
      // China, Taiwan, Hong Kong, Macau
      {"China", "CN"},
      {"PRC", "CN"},
      {"P.R. China", "CN"},
      {"People's Republic of China", "CN"},
      {"中国", "CN"},
      {"中國", "CN"},
      {"Trung Quốc", "CN"},
      {"Taiwan", "TW"},
      {"台灣", "TW"},
      {"台湾", "TW"},
      {"臺灣", "TW"},
      {"Đài Loan", "TW"},
      {"Republic of China", "TW"},
      {"Hong Kong", "HK"},
      {"HongKong", "HK"},
      {"香港", "HK"},
      {"Hồng Kông", "HK"},
      {"Hong Kong SAR", "HK"},
      {"Macau", "MO"},
      {"Macao", "MO"},
      {"澳門", "MO"},
      {"澳门", "MO"},
      // United States
      {"USA", "US"},
      {"U.S.A.", "US"},
      {"U.S.", "US"},
      {"United States", "US"},
      {"United States of America", "US"},
      {"Hoa Kỳ", "US"},
      {"HOA KỲ", "US"},
      {"Mỹ", "US"},
      {"美国", "US"},
      {"美國", "US"},
      // The rest of the list
      {"Singapore", "SG"},
      {"新加坡", "SG"},
      {"Malaysia", "MY"},
      {"马来西亚", "MY"},
      {"Thailand", "TH"},
      {"Thái Lan", "TH"},
      {"泰国", "TH"},
      {"Japan", "JP"},
      {"日本", "JP"},
      {"Nhật Bản", "JP"},
      {"South Korea", "KR"},
      {"Korea", "KR"},
      {"Hàn Quốc", "KR"},
      {"韩国", "KR"},
      {"韓國", "KR"},
      {"United Kingdom", "GB"},
      {"Great Britain", "GB"},
      {"England", "GB"},
      {"Anh", "GB"},
      {"英国", "GB"},
      {"Australia", "AU"},
      {"Úc", "AU"},
      {"澳大利亚", "AU"},
      {"France", "FR"},
      {"Pháp", "FR"},
      {"法国", "FR"},
      {"Germany", "DE"},
      {"Deutschland", "DE"},
      {"Đức", "DE"},
      {"德国", "DE"},
      {"Canada", "CA"},
      {"加拿大", "CA"},
  };
  for (const Case& c : cases) {
    EXPECT_EQ(RegionForCountry(c.country), std::optional<std::string>(c.region))
        << c.country;
  }
}

TEST(RegionForCountryTest, TwoLettersAreAlwaysACode) {
  // "MY" is Malaysia; "Mỹ" (the United States in Vietnamese) is not two
  // ASCII letters.
  EXPECT_EQ(RegionForCountry("MY"), std::optional<std::string>("MY"));
  EXPECT_EQ(RegionForCountry("my"), std::optional<std::string>("MY"));
  EXPECT_EQ(RegionForCountry("Mỹ"), std::optional<std::string>("US"));
}

TEST(RegionForCountryTest, UnknownGivesNothing) {
  for (const char* text : {"", "  ", "XX", "ZZ", "Atlantis", "Mars", "12",
                           "Vietnam Airlines", "\xFF\xFE", "Viet Nam (VN)"}) {
    EXPECT_EQ(RegionForCountry(text), std::nullopt) << text;
  }
}

}  // namespace
}  // namespace dqe

namespace {

TEST(RegionForCountryNative, SpainInSpanishWithAndWithoutTheTilde) {
  EXPECT_EQ(dqe::RegionForCountry("España"), "ES");
  EXPECT_EQ(dqe::RegionForCountry("ESPANA"), "ES");
  EXPECT_EQ(dqe::RegionForCountry("Tây Ban Nha"), "ES");
}

}  // namespace
