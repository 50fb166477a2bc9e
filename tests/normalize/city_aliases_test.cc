// City keys: the spellings of one city meet, different cities stay apart.
#include "src/normalize/city_aliases.h"

#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "src/engine/record_features.h"

namespace dqe::internal {
namespace {

// The city key the matcher computes for a cell (via ComputeFeatures).
std::vector<std::string> CityKeys(const std::vector<std::string_view>& cells) {
  TableColumns table;
  table.columns = {cells};
  table.num_rows = cells.size();
  SourceSpec spec;
  spec.columns = {0};
  spec.kind = Kind::kCity;
  std::vector<SourceSpec> specs = {spec};
  std::vector<SourceFeatures> f = ComputeFeatures(table, specs, FeatureOptions());
  std::vector<std::string> out;
  for (size_t r = 0; r < cells.size(); ++r) out.emplace_back(f[0].key(r));
  return out;
}

void ExpectOneCity(const std::vector<std::string_view>& spellings) {
  std::vector<std::string> keys = CityKeys(spellings);
  for (size_t i = 1; i < keys.size(); ++i) {
    EXPECT_EQ(keys[i], keys[0]) << spellings[i] << " vs " << spellings[0];
  }
  EXPECT_FALSE(keys[0].empty()) << spellings[0];
}

TEST(CityKey, HoChiMinhCity) {
  ExpectOneCity({"TP. Hồ Chí Minh", "Thành phố Hồ Chí Minh", "TP HCM", "tp hcm",
                 "TP.HCM", "HCMC", "HCM", "Ho Chi Minh City", "Ho Chi Minh",
                 "Hồ Chí Minh", "Sài Gòn", "Saigon"});
}

TEST(CityKey, HanoiDaNangHue) {
  ExpectOneCity({"Hà Nội", "Ha Noi", "HA NOI", "hà nội", "Hanoi", "TP. Hà Nội",
                 "Thành phố Hà Nội", "HN"});
  ExpectOneCity({"Đà Nẵng", "Da Nang", "Danang", "TP. Đà Nẵng", "DN"});
  ExpectOneCity({"Huế", "Hue", "Thừa Thiên Huế"});
}

TEST(CityKey, ChineseCitiesInHanAndLatin) {
  ExpectOneCity({"上海", "上海市", "Shanghai"});
  ExpectOneCity({"北京", "北京市", "Beijing", "Peking"});
  ExpectOneCity({"台北", "台北市", "臺北市", "Taipei", "Taipei City"});
  ExpectOneCity({"新北市", "New Taipei City", "New Taipei"});
  ExpectOneCity({"香港", "Hong Kong", "HONG KONG", "HK"});
}

TEST(CityKey, UsStateSuffixAndAbbreviations) {
  ExpectOneCity({"New York", "New York, NY", "NEW YORK", "NYC"});
  ExpectOneCity({"San Francisco", "San Francisco, CA", "SF"});
}

TEST(CityKey, DifferentCitiesStayApart) {
  std::vector<std::string> keys = CityKeys(
      {"Hà Nội", "Hồ Chí Minh", "Hải Phòng", "Đà Nẵng", "Taipei", "New Taipei",
       "Taichung", "Shanghai", "Shenzhen", "Hong Kong", "New York", "Los Angeles"});
  for (size_t i = 0; i < keys.size(); ++i) {
    for (size_t j = i + 1; j < keys.size(); ++j) {
      EXPECT_NE(keys[i], keys[j]) << i << " " << j;
    }
  }
}

TEST(CanonicalCityKey, UnknownKeysAreKept) {
  EXPECT_EQ(CanonicalCityKey("bienhoa"), "bienhoa");
  EXPECT_EQ(CanonicalCityKey(""), "");
  EXPECT_EQ(CanonicalCityKey("hcmc"), "hochiminh");
  EXPECT_EQ(CanonicalCityKey("taibei"), "taipei");
}

}  // namespace
}  // namespace dqe::internal
