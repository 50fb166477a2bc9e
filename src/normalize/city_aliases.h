// city_aliases.h: one key for the names one city goes by in CRM exports.
//
// Clerks write Ho Chi Minh City as "TP. Hồ Chí Minh", "TP.HCM", "HCMC",
// "Sài Gòn"; Taipei as "台北市", "臺北", "Taipei City" (whose pinyin key is
// "taibei"); Hong Kong as "香港", "HK". The city key (folded, spaceless,
// administrative words dropped) of each spelling is mapped to one canonical
// key. The table holds the large cities of Vietnam, mainland China, Taiwan,
// Hong Kong and the US whose common spellings do not fold to one key.
#ifndef DQE_NORMALIZE_CITY_ALIASES_H_
#define DQE_NORMALIZE_CITY_ALIASES_H_

#include <string_view>

namespace dqe::internal {

// CanonicalCityKey returns the canonical key for a folded, spaceless city key
// ("hcmc" → "hochiminh", "taibei" → "taipei"), or `key` itself when the table
// does not list it.
std::string_view CanonicalCityKey(std::string_view key);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_CITY_ALIASES_H_
