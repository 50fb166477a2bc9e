// SplitPhoneCell: where one number ends and the next begins, extensions,
// notes. The numbers themselves are not read here.
#include "src/normalize/phone_cell_splitter.h"

#include <string>
#include <vector>

#include "gtest/gtest.h"

namespace dqe::internal {
namespace {

struct Expected {
  std::string input, number, extension;
};

struct Case {
  const char* cell;
  std::vector<Expected> parts;
};

TEST(SplitPhoneCellTest, Cells) {
  const Case cases[] = {
      {"0912 345 678", {{"0912 345 678", "0912 345 678", ""}}},
      {"  0912 345 678  ", {{"0912 345 678", "0912 345 678", ""}}},
      {"0912 345 678 / 028 3822 1234",
       {{"0912 345 678", "0912 345 678", ""},
        {"028 3822 1234", "028 3822 1234", ""}}},
      {"0912345678;0987654321",
       {{"0912345678", "0912345678", ""}, {"0987654321", "0987654321", ""}}},
      {"0912345678 ho\xE1\xBA\xB7"
       "c 0987654321",  // hoặc
       {{"0912345678", "0912345678", ""}, {"0987654321", "0987654321", ""}}},
      {"0912345678 HOAC 0987654321",
       {{"0912345678", "0912345678", ""}, {"0987654321", "0987654321", ""}}},
      {"0912345678 \xE6\x88\x96 0987654321",  // 或
       {{"0912345678", "0912345678", ""}, {"0987654321", "0987654321", ""}}},
      {"0912345678 & 0987654321",
       {{"0912345678", "0912345678", ""}, {"0987654321", "0987654321", ""}}},
      {"0912345678 (+84) 987654321",
       {{"0912345678", "0912345678", ""},
        {"(+84) 987654321", "(+84) 987654321", ""}}},
      {"028/3822 1234", {{"028/3822 1234", "028/3822 1234", ""}}},
      {"+84 28 3822 1234", {{"+84 28 3822 1234", "+84 28 3822 1234", ""}}},
      {"+84 (0) 912 345 678",
       {{"+84 (0) 912 345 678", "+84 (0) 912 345 678", ""}}},
      // Extensions
      {"028 3822 1234 ext. 12",
       {{"028 3822 1234 ext. 12", "028 3822 1234", "12"}}},
      {"028 3822 1234 x 12", {{"028 3822 1234 x 12", "028 3822 1234", "12"}}},
      {"028 3822 1234 #12#", {{"028 3822 1234 #12#", "028 3822 1234", "12"}}},
      {"028 3822 1234 M\xC3\x81Y L\xE1\xBA\xBA 12",  // MÁY LẺ
       {{"028 3822 1234 M\xC3\x81Y L\xE1\xBA\xBA 12", "028 3822 1234", "12"}}},
      {"010 6552 9988\xE8\xBD\xAC\xEF\xBC\x91\xEF\xBC\x92",  // 转１２
       {{"010 6552 9988\xE8\xBD\xAC\xEF\xBC\x91\xEF\xBC\x92", "010 6552 9988",
         "12"}}},
      {"028 3822 1234, ext 12", {{"028 3822 1234", "028 3822 1234", "12"}}},
      {"028 3822 1234 ext. 12 / 0912 345 678",
       {{"028 3822 1234 ext. 12", "028 3822 1234", "12"},
        {"0912 345 678", "0912 345 678", ""}}},
      // Not extensions
      {"Fax 028 3822 1234", {{"Fax 028 3822 1234", "Fax 028 3822 1234", ""}}},
      {"x 0912345678", {{"x 0912345678", "x 0912345678", ""}}},
      {"1-800-FLOWERS", {{"1-800-FLOWERS", "1-800-FLOWERS", ""}}},
      // Notes
      {"0912 345 678 (Anh Nam)",
       {{"0912 345 678 (Anh Nam)", "0912 345 678", ""}}},
      {"0912 345 678 c\xC3\xB4 Lan",
       {{"0912 345 678 c\xC3\xB4 Lan", "0912 345 678", ""}}},
      // Nothing
      {"", {}},
      {"N/A", {}},
      {" ; , ", {}},
  };
  for (const Case& c : cases) {
    SCOPED_TRACE(c.cell);
    const std::vector<PhoneCellPart> parts = SplitPhoneCell(c.cell, 8);
    ASSERT_EQ(parts.size(), c.parts.size());
    for (size_t i = 0; i < parts.size(); ++i) {
      EXPECT_EQ(parts[i].input, c.parts[i].input);
      EXPECT_EQ(parts[i].number, c.parts[i].number);
      EXPECT_EQ(parts[i].extension, c.parts[i].extension);
    }
  }
}

TEST(SplitPhoneCellTest, AtMostMaxParts) {
  EXPECT_EQ(SplitPhoneCell("1234567;2345678;3456789", 2).size(), 2u);
  EXPECT_TRUE(SplitPhoneCell("1234567", 0).empty());
}

TEST(SplitPhoneCellTest, PartsAreViewsIntoTheCell) {
  const std::string cell =
      "\xEF\xBC\x90\xEF\xBC\x99\xEF\xBC\x91\xEF\xBC\x92 / 028 3822 1234567";
  const std::vector<PhoneCellPart> parts = SplitPhoneCell(cell, 8);
  ASSERT_EQ(parts.size(), 1u);  // "０９１２" has 4 digits: one number
  EXPECT_EQ(parts[0].input.data(), cell.data());
  EXPECT_EQ(parts[0].input.size(), cell.size());
}

}  // namespace
}  // namespace dqe::internal
