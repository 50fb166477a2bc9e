#include "src/normalize/vietnam_renumbering.h"

namespace dqe::internal {
namespace {

struct Renumbering {
  std::string_view old_prefix;  // after +84, without the national 0
  std::string_view new_prefix;
};

constexpr Renumbering kRenumberings[] = {
    // Viettel
    {"162", "32"},
    {"163", "33"},
    {"164", "34"},
    {"165", "35"},
    {"166", "36"},
    {"167", "37"},
    {"168", "38"},
    {"169", "39"},
    // MobiFone
    {"120", "70"},
    {"121", "79"},
    {"122", "77"},
    {"126", "76"},
    {"128", "78"},
    // VinaPhone
    {"123", "83"},
    {"124", "84"},
    {"125", "85"},
    {"127", "81"},
    {"129", "82"},
    // Vietnamobile
    {"186", "56"},
    {"188", "58"},
    // Gmobile
    {"199", "59"},
};

constexpr size_t kOldLength = 10;  // digits after +84

}  // namespace

std::optional<std::string> RenumberVietnamMobile(std::string_view nsn) {
  if (nsn.size() != kOldLength) return std::nullopt;
  for (char c : nsn) {
    if (c < '0' || c > '9') return std::nullopt;
  }
  for (const Renumbering& r : kRenumberings) {
    if (nsn.substr(0, r.old_prefix.size()) == r.old_prefix) {
      std::string out(r.new_prefix);
      out.append(nsn.substr(r.old_prefix.size()));
      return out;
    }
  }
  return std::nullopt;
}

}  // namespace dqe::internal
