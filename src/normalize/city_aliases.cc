// city_aliases.cc: the alias table (facts: how the cities are commonly
// written, folded to keys).
#include "src/normalize/city_aliases.h"

#include <algorithm>
#include <array>
#include <utility>

namespace dqe::internal {
namespace {

// Sorted by alias, for binary search.
constexpr std::pair<std::string_view, std::string_view> kAliases[] = {
    {"bacninh", "bacninh"},
    {"bd", "binhduong"},
    {"beiping", "beijing"},
    {"bh", "bienhoa"},
    {"brvt", "vungtau"},
    {"canton", "guangzhou"},
    {"ct", "cantho"},
    {"danangcity", "danang"},
    {"dn", "danang"},
    {"gaoxiong", "kaohsiung"},
    {"hanoicity", "hanoi"},
    {"hcm", "hochiminh"},
    {"hcmc", "hochiminh"},
    {"hk", "hongkong"},
    {"hkg", "hongkong"},
    {"hn", "hanoi"},
    {"hochiminhcity", "hochiminh"},
    {"hongkongsar", "hongkong"},
    {"hp", "haiphong"},
    {"hue", "hue"},
    {"jilong", "keelung"},
    {"la", "losangeles"},
    {"nyc", "newyork"},
    {"peking", "beijing"},
    {"saigon", "hochiminh"},
    {"sf", "sanfrancisco"},
    {"sg", "hochiminh"},
    {"taibei", "taipei"},
    {"taizhong", "taichung"},
    {"taoyuan", "taoyuan"},
    {"thuathienhue", "hue"},
    {"tphcm", "hochiminh"},
    {"vungtau", "vungtau"},
    {"xianggang", "hongkong"},
    {"xinbei", "newtaipei"},
    {"xinzhu", "hsinchu"},
};

}  // namespace

std::string_view CanonicalCityKey(std::string_view key) {
  auto it = std::lower_bound(
      std::begin(kAliases), std::end(kAliases), key,
      [](const std::pair<std::string_view, std::string_view>& e,
         std::string_view k) { return e.first < k; });
  if (it != std::end(kAliases) && it->first == key) return it->second;
  return key;
}

}  // namespace dqe::internal
