// The pre-parser takes the shapes people type and leaves the rest to
// libphonenumber. Its answers are checked against libphonenumber in
// phone_differential_test.cc; this checks which texts it takes at all,
// since that is where the speed comes from.
#include "src/normalize/phone_preparser.h"

#include "gtest/gtest.h"
#include "src/normalize/phone_metadata.h"

namespace dqe::internal {
namespace {

bool Takes(const char* text, const char* region = "VN") {
  ParsedPhoneNumber out;
  return PreparsePhoneNumber(text, region, PhoneMetadataIndex::Get(), &out);
}

TEST(PreparsePhoneNumberTest, TakesTypedNumbers) {
  for (const char* text : {"0912 345 678",
                           "0912.345.678",
                           "0912-345-678",
                           "(028) 3822 1234",
                           "+84 912 345 678",
                           "+84 (0) 912-345-678",
                           "0084 912 345 678",
                           "84912345678",
                           "(+84) 912 345 678",
                           "Tel: 0912 345 678",
                           "\xC4\x90T: 0912 345 678",  // ĐT:
                           "\xE7\x94\xB5\xE8\xAF\x9D\xEF\xBC\x9A"
                           "138 0013 8000",  // 电话：
                           "\xEF\xBC\x90\xEF\xBC\x99\xEF\xBC\x91\xEF\xBC\x92"
                           "\xEF\xBC\x93",  // ０９１２３
                           "\xEF\xBC\x8B\xEF\xBC\x98\xEF\xBC\x94\xE3\x80\x80"
                           "\xEF\xBC\x99",  // ＋８４　９
                           "(650) 253-0000",
                           "1-650-253-0000",
                           "+1 650 253 0000",
                           "0912 345 678.",
                           "0912 345 678 )",
                           "tel:+84-912-345-678",
                           "+",
                           "",
                           "12",
                           "abc"}) {
    EXPECT_TRUE(Takes(text)) << text;
  }
}

TEST(PreparsePhoneNumberTest, LeavesTheRestToLibphonenumber) {
  for (const char* text :
       {"1-800-FLOWERS", "0912345678 x12", "0912345678 ext. 12",
        "0912345678#12", "0912345678;ext=12", "0912345678,,12",
        "0912 345 678 (Anh Nam)", "0912~345",
        "\xD9\xA0\xD9\xA9\xD9\xA1\xD9\xA2",  // Arabic-Indic digits
        "0912\xFF", "+84;phone-context=+84"}) {
    EXPECT_FALSE(Takes(text)) << text;
  }
}

TEST(PreparsePhoneNumberTest, Results) {
  ParsedPhoneNumber out;
  ASSERT_TRUE(PreparsePhoneNumber("+84 (0) 912-345-678", "VN",
                                  PhoneMetadataIndex::Get(), &out));
  EXPECT_EQ(out.error, PhoneParseError::kNone);
  EXPECT_EQ(out.country_code, 84);
  EXPECT_EQ(out.national_number, "912345678");
  ASSERT_TRUE(PreparsePhoneNumber("0912 345 678", "XX",
                                  PhoneMetadataIndex::Get(), &out));
  EXPECT_EQ(out.error, PhoneParseError::kInvalidCountryCode);
  ASSERT_TRUE(PreparsePhoneNumber("+999 345 678", "VN",
                                  PhoneMetadataIndex::Get(), &out));
  EXPECT_EQ(out.error, PhoneParseError::kInvalidCountryCode);
  ASSERT_TRUE(
      PreparsePhoneNumber("Tel:", "VN", PhoneMetadataIndex::Get(), &out));
  EXPECT_EQ(out.error, PhoneParseError::kNotANumber);
}

}  // namespace
}  // namespace dqe::internal
