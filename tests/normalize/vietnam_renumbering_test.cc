#include "src/normalize/vietnam_renumbering.h"

#include <optional>
#include <string>

#include "gtest/gtest.h"

namespace dqe::internal {
namespace {

// The Ministry's 2018 table, old prefix (with trunk 0) → new prefix.
TEST(RenumberVietnamMobileTest, EveryOldPrefix) {
  const struct {
    const char* old_prefix;
    const char* new_prefix;
  } table[] = {
      {"0162", "032"}, {"0163", "033"}, {"0164", "034"}, {"0165", "035"},
      {"0166", "036"}, {"0167", "037"}, {"0168", "038"}, {"0169", "039"},
      {"0120", "070"}, {"0121", "079"}, {"0122", "077"}, {"0126", "076"},
      {"0128", "078"}, {"0123", "083"}, {"0124", "084"}, {"0125", "085"},
      {"0127", "081"}, {"0129", "082"}, {"0186", "056"}, {"0188", "058"},
      {"0199", "059"},
  };
  for (const auto& row : table) {
    // National significant numbers: the trunk 0 dropped.
    const std::string old_nsn = std::string(row.old_prefix + 1) + "9876543";
    const std::string new_nsn = std::string(row.new_prefix + 1) + "9876543";
    EXPECT_EQ(RenumberVietnamMobile(old_nsn), new_nsn) << row.old_prefix;
  }
}

TEST(RenumberVietnamMobileTest, OtherNumbersAreLeftAlone) {
  EXPECT_EQ(RenumberVietnamMobile("912345678"), std::nullopt);    // current
  EXPECT_EQ(RenumberVietnamMobile("381234567"), std::nullopt);    // new form
  EXPECT_EQ(RenumberVietnamMobile("2838221234"), std::nullopt);   // landline
  EXPECT_EQ(RenumberVietnamMobile("1301234567"), std::nullopt);   // 0130
  EXPECT_EQ(RenumberVietnamMobile("1611234567"), std::nullopt);   // 0161
  EXPECT_EQ(RenumberVietnamMobile("1800123456"), std::nullopt);   // toll-free
  EXPECT_EQ(RenumberVietnamMobile("168123456"), std::nullopt);    // too short
  EXPECT_EQ(RenumberVietnamMobile("16812345678"), std::nullopt);  // too long
  EXPECT_EQ(RenumberVietnamMobile("168123456x"), std::nullopt);
  EXPECT_EQ(RenumberVietnamMobile(""), std::nullopt);
}

}  // namespace
}  // namespace dqe::internal
