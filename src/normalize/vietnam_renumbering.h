// vietnam_renumbering.h: Vietnam's 2018 move of 11-digit mobiles to 10.
//
// From September 2018 the Ministry of Information and Communications moved
// every 11-digit mobile number (national prefix 0 + 10 digits) to 10 digits
// by replacing its first four digits with three; the rest of the number
// stayed. CRM rows still hold the old numbers ("0168 123 4567"), which
// libphonenumber's current metadata calls invalid.
//
//   Viettel      0162…0169 → 032…039
//   MobiFone     0120 → 070, 0121 → 079, 0122 → 077, 0126 → 076, 0128 → 078
//   VinaPhone    0123 → 083, 0124 → 084, 0125 → 085, 0127 → 081, 0129 → 082
//   Vietnamobile 0186 → 056, 0188 → 058
//   Gmobile      0199 → 059
#ifndef DQE_NORMALIZE_VIETNAM_RENUMBERING_H_
#define DQE_NORMALIZE_VIETNAM_RENUMBERING_H_

#include <optional>
#include <string>
#include <string_view>

namespace dqe::internal {

// RenumberVietnamMobile returns the new national significant number of an
// old one (the number after +84: "1681234567" → "381234567"), or nullopt
// when `nsn` is not a 10-digit number with one of the old prefixes.
std::optional<std::string> RenumberVietnamMobile(std::string_view nsn);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_VIETNAM_RENUMBERING_H_
