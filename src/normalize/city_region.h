// city_region.h: the country a city is in, for rows that name a city but no
// country (a Hong Kong mobile typed "9443 3992" in a row whose city is
// "Hong Kong" is read as a Hong Kong number, not tried in the table's
// default region first).
#ifndef DQE_NORMALIZE_CITY_REGION_H_
#define DQE_NORMALIZE_CITY_REGION_H_

#include <string_view>

namespace dqe::internal {

// RegionForCityKey returns the ISO 3166 region of a canonical city key (as
// the city comparison keys cities: folded, spaceless, administrative words
// dropped, aliases resolved: "hochiminh", "taipei", "hongkong",
// "losangeles"), or "" when the table does not know the city. The table
// holds the large cities of Vietnam, mainland China, Taiwan, Hong Kong and
// the US, and Hong Kong's districts; names that are cities in more than one
// of them are left out.
std::string_view RegionForCityKey(std::string_view key);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_CITY_REGION_H_
