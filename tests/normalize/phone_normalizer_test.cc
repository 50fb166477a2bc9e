// NormalizePhone on the phone cells CRM rows hold.
//
// Expected values come from the numbering plans, not from running the code:
//   VN  +84, trunk 0. Mobiles: 9 digits after +84 (09x, 08x, 07x, 05x, 03x);
//       fixed lines: 10 digits, 2 + area code (28 Ho Chi Minh City, 24
//       Hanoi) + subscriber; 1800 toll-free, 1900 premium rate. Since 2018
//       the 11-digit mobiles 016x, 012x, 0186, 0188, 0199 are 10 digits.
//   CN  +86, trunk 0. Mobiles 1[3-9]x + 8 digits; Beijing 010 and Shanghai
//       021 + 8 digits; Shenzhen 0755 + 8 digits; 400 numbers shared cost.
//   TW  +886, trunk 0. Mobiles 09 + 8 digits; Taipei 02 + 8 digits;
//       0800 toll-free.
//   HK  +852, no trunk prefix, 8 digits: 5/6/9 mobile, 2/3 fixed;
//       800 + 6 digits toll-free.
//   US  +1, trunk 1, NPA-NXX-XXXX; libphonenumber cannot tell US mobiles
//       from fixed lines (fixed_line_or_mobile); 800/888 toll-free; area
//       code 416 is Toronto (CA).
#include <cstdint>
#include <random>
#include <string>
#include <string_view>
#include <thread>
#include <vector>

#include "dqe/normalize.h"
#include "gtest/gtest.h"

namespace dqe {
namespace {

struct OneNumberCase {
  const char* text;
  const char* region;
  const char* e164;
  PhoneType type;
  const char* number_region;
};

void ExpectOneValidNumber(const OneNumberCase& c) {
  SCOPED_TRACE(std::string("\"") + c.text + "\" in " + c.region);
  const NormalizedPhone p = NormalizePhone(c.text, c.region);
  EXPECT_TRUE(p.valid) << p.reason;
  ASSERT_EQ(p.numbers.size(), 1u);
  const PhoneNumber& n = p.numbers[0];
  EXPECT_TRUE(n.valid) << n.reason;
  EXPECT_EQ(n.e164, c.e164);
  EXPECT_EQ(PhoneTypeName(n.type), PhoneTypeName(c.type));
  EXPECT_EQ(n.region, c.number_region);
  EXPECT_TRUE(n.reason.empty());
  EXPECT_FALSE(n.renumbered);
}

TEST(NormalizePhoneTest, Vietnam) {
  const OneNumberCase cases[] = {
      {"0912 345 678", "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"0912.345.678", "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"0912-345-678", "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"0912345678", "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"(+84) 912 345 678", "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"+84 912 345 678", "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"+84 (0) 912-345-678", "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"+84 0912 345 678", "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"0084 912 345 678", "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"84 912 345 678", "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"84912345678", "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"\xEF\xBC\x90\xEF\xBC\x99\xEF\xBC\x91\xEF\xBC\x92\xEF\xBC\x93\xEF\xBC"
       "\x94\xEF\xBC\x95\xEF\xBC\x96\xEF\xBC\x97\xEF\xBC\x98",  // ０９１２３４５６７８
       "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"\xEF\xBC\x8B\xEF\xBC\x98\xEF\xBC\x94\xE3\x80\x80\xEF\xBC\x99\xEF\xBC"
       "\x91\xEF\xBC\x92\xE3\x80\x80\xEF\xBC\x93\xEF\xBC\x94\xEF\xBC\x95\xE3"
       "\x80\x80\xEF\xBC\x96\xEF\xBC\x97\xEF\xBC\x98",  // ＋８４　９１２　３４５　６７８
       "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"0987 654 321", "VN", "+84987654321", PhoneType::kMobile, "VN"},
      {"038 123 4567", "VN", "+84381234567", PhoneType::kMobile, "VN"},
      {"070 123 4567", "VN", "+84701234567", PhoneType::kMobile, "VN"},
      {"058 123 4567", "VN", "+84581234567", PhoneType::kMobile, "VN"},
      {"028 3822 1234", "VN", "+842838221234", PhoneType::kFixedLine, "VN"},
      {"(028) 3822 1234", "VN", "+842838221234", PhoneType::kFixedLine, "VN"},
      {"028.3822.1234", "VN", "+842838221234", PhoneType::kFixedLine, "VN"},
      {"+84 28 3822 1234", "VN", "+842838221234", PhoneType::kFixedLine, "VN"},
      {"024 3825 3536", "VN", "+842438253536", PhoneType::kFixedLine, "VN"},
      {"1800 1090", "VN", "+8418001090", PhoneType::kTollFree, "VN"},
      {"1900 1234", "VN", "+8419001234", PhoneType::kPremiumRate, "VN"},
      // Labels and notes around the number.
      {"Tel: 0912 345 678", "VN", "+84912345678", PhoneType::kMobile, "VN"},
      {"\xC4\x90T: 0912 345 678", "VN", "+84912345678", PhoneType::kMobile,
       "VN"},  // ĐT:
      {"0912 345 678 (Anh Nam)", "VN", "+84912345678", PhoneType::kMobile,
       "VN"},
      {"0912 345 678 (v\xC4\x83n ph\xC3\xB2ng)", "VN", "+84912345678",
       PhoneType::kMobile, "VN"},  // (văn phòng)
  };
  for (const OneNumberCase& c : cases) ExpectOneValidNumber(c);
}

TEST(NormalizePhoneTest, China) {
  const OneNumberCase cases[] = {
      {"138 0013 8000", "CN", "+8613800138000", PhoneType::kMobile, "CN"},
      {"13800138000", "CN", "+8613800138000", PhoneType::kMobile, "CN"},
      {"138-0013-8000", "CN", "+8613800138000", PhoneType::kMobile, "CN"},
      {"+86 138 0013 8000", "CN", "+8613800138000", PhoneType::kMobile, "CN"},
      {"+86-138-0013-8000", "CN", "+8613800138000", PhoneType::kMobile, "CN"},
      {"0086 138 0013 8000", "CN", "+8613800138000", PhoneType::kMobile, "CN"},
      {"86 138 0013 8000", "CN", "+8613800138000", PhoneType::kMobile, "CN"},
      {"+86 138 0013 8000", "VN", "+8613800138000", PhoneType::kMobile, "CN"},
      {"0086 138 0013 8000", "VN", "+8613800138000", PhoneType::kMobile, "CN"},
      {"010 6552 9988", "CN", "+861065529988", PhoneType::kFixedLine, "CN"},
      {"(010) 6552-9988", "CN", "+861065529988", PhoneType::kFixedLine, "CN"},
      {"(021) 6321 1234", "CN", "+862163211234", PhoneType::kFixedLine, "CN"},
      {"+86 (0) 21 6321 1234", "CN", "+862163211234", PhoneType::kFixedLine,
       "CN"},
      {"0755 8888 6666", "CN", "+8675588886666", PhoneType::kFixedLine, "CN"},
      {"0755-88886666", "CN", "+8675588886666", PhoneType::kFixedLine, "CN"},
      {"400 810 8888", "CN", "+864008108888", PhoneType::kSharedCost, "CN"},
      {"\xE7\x94\xB5\xE8\xAF\x9D\xEF\xBC\x9A"
       "138 0013 8000",
       "CN", "+8613800138000", PhoneType::kMobile, "CN"},  // 电话：
  };
  for (const OneNumberCase& c : cases) ExpectOneValidNumber(c);
}

TEST(NormalizePhoneTest, Taiwan) {
  const OneNumberCase cases[] = {
      {"0912 345 678", "TW", "+886912345678", PhoneType::kMobile, "TW"},
      {"0912-345-678", "TW", "+886912345678", PhoneType::kMobile, "TW"},
      {"+886 912 345 678", "TW", "+886912345678", PhoneType::kMobile, "TW"},
      {"+886 (0) 912-345-678", "TW", "+886912345678", PhoneType::kMobile, "TW"},
      {"+886 912 345 678", "VN", "+886912345678", PhoneType::kMobile, "TW"},
      {"002 886 912 345 678", "TW", "+886912345678", PhoneType::kMobile, "TW"},
      {"(02) 2311-3731", "TW", "+886223113731", PhoneType::kFixedLine, "TW"},
      {"02-2311-3731", "TW", "+886223113731", PhoneType::kFixedLine, "TW"},
      {"+886-2-2311-3731", "TW", "+886223113731", PhoneType::kFixedLine, "TW"},
      {"0800-000-123", "TW", "+886800000123", PhoneType::kTollFree, "TW"},
  };
  for (const OneNumberCase& c : cases) ExpectOneValidNumber(c);
}

TEST(NormalizePhoneTest, HongKong) {
  const OneNumberCase cases[] = {
      {"9123 4567", "HK", "+85291234567", PhoneType::kMobile, "HK"},
      {"9123-4567", "HK", "+85291234567", PhoneType::kMobile, "HK"},
      {"+852 9123 4567", "HK", "+85291234567", PhoneType::kMobile, "HK"},
      {"(852) 9123-4567", "HK", "+85291234567", PhoneType::kMobile, "HK"},
      {"852 9123 4567", "HK", "+85291234567", PhoneType::kMobile, "HK"},
      {"+852 9123 4567", "VN", "+85291234567", PhoneType::kMobile, "HK"},
      {"00852 9123 4567", "VN", "+85291234567", PhoneType::kMobile, "HK"},
      {"2123 4567", "HK", "+85221234567", PhoneType::kFixedLine, "HK"},
      {"+852 2123 4567", "HK", "+85221234567", PhoneType::kFixedLine, "HK"},
      // HK has no trunk 0: libphonenumber keeps it and calls the number
      // invalid; the "(0)" is noise, and NormalizePhone drops it.
      {"+852 (0) 2123 4567", "HK", "+85221234567", PhoneType::kFixedLine, "HK"},
      {"800 123 456", "HK", "+852800123456", PhoneType::kTollFree, "HK"},
  };
  for (const OneNumberCase& c : cases) ExpectOneValidNumber(c);
}

TEST(NormalizePhoneTest, UnitedStates) {
  const OneNumberCase cases[] = {
      {"(650) 253-0000", "US", "+16502530000", PhoneType::kFixedLineOrMobile,
       "US"},
      {"650-253-0000", "US", "+16502530000", PhoneType::kFixedLineOrMobile,
       "US"},
      {"650.253.0000", "US", "+16502530000", PhoneType::kFixedLineOrMobile,
       "US"},
      {"6502530000", "US", "+16502530000", PhoneType::kFixedLineOrMobile, "US"},
      {"1-650-253-0000", "US", "+16502530000", PhoneType::kFixedLineOrMobile,
       "US"},
      {"1 (650) 253-0000", "US", "+16502530000", PhoneType::kFixedLineOrMobile,
       "US"},
      {"+1 650 253 0000", "US", "+16502530000", PhoneType::kFixedLineOrMobile,
       "US"},
      {"+1 (650) 253-0000", "US", "+16502530000", PhoneType::kFixedLineOrMobile,
       "US"},
      {"011 1 650 253 0000", "US", "+16502530000",
       PhoneType::kFixedLineOrMobile, "US"},
      {"+1 650 253 0000", "VN", "+16502530000", PhoneType::kFixedLineOrMobile,
       "US"},
      {"001 650 253 0000", "VN", "+16502530000", PhoneType::kFixedLineOrMobile,
       "US"},
      {"1 (800) 692-7753", "US", "+18006927753", PhoneType::kTollFree, "US"},
      {"888-692-7753", "US", "+18886927753", PhoneType::kTollFree, "US"},
      // Toronto: +1 like the US, but the region is Canada.
      {"416-979-1212", "US", "+14169791212", PhoneType::kFixedLineOrMobile,
       "CA"},
      {"+1 416 979 1212", "CA", "+14169791212", PhoneType::kFixedLineOrMobile,
       "CA"},
  };
  for (const OneNumberCase& c : cases) ExpectOneValidNumber(c);
}

struct RenumberCase {
  const char* text;
  const char* e164;
  const char* before;
};

TEST(NormalizePhoneTest, VietnameseMobilesFromBefore2018AreRenumbered) {
  const RenumberCase cases[] = {
      // Viettel 016x → 03x
      {"0162 123 4567", "+84321234567", "+841621234567"},
      {"0163 123 4567", "+84331234567", "+841631234567"},
      {"0164 123 4567", "+84341234567", "+841641234567"},
      {"0165 123 4567", "+84351234567", "+841651234567"},
      {"0166 123 4567", "+84361234567", "+841661234567"},
      {"0167 123 4567", "+84371234567", "+841671234567"},
      {"0168 123 4567", "+84381234567", "+841681234567"},
      {"0169 123 4567", "+84391234567", "+841691234567"},
      // MobiFone
      {"0120 123 4567", "+84701234567", "+841201234567"},
      {"0121 123 4567", "+84791234567", "+841211234567"},
      {"0122 123 4567", "+84771234567", "+841221234567"},
      {"0126 123 4567", "+84761234567", "+841261234567"},
      {"0128 123 4567", "+84781234567", "+841281234567"},
      // VinaPhone
      {"0123 123 4567", "+84831234567", "+841231234567"},
      {"0124 123 4567", "+84841234567", "+841241234567"},
      {"0125 123 4567", "+84851234567", "+841251234567"},
      {"0127 123 4567", "+84811234567", "+841271234567"},
      {"0129 123 4567", "+84821234567", "+841291234567"},
      // Vietnamobile, Gmobile
      {"0186 123 4567", "+84561234567", "+841861234567"},
      {"0188 123 4567", "+84581234567", "+841881234567"},
      {"0199 123 4567", "+84591234567", "+841991234567"},
      // The same, typed with a country code.
      {"+84 168 123 4567", "+84381234567", "+841681234567"},
      {"+84 (0) 168 123 4567", "+84381234567", "+841681234567"},
      {"0084 168 123 4567", "+84381234567", "+841681234567"},
      {"84 168 123 4567", "+84381234567", "+841681234567"},
      {"01681234567", "+84381234567", "+841681234567"},
      {"0168.123.4567", "+84381234567", "+841681234567"},
  };
  for (const RenumberCase& c : cases) {
    SCOPED_TRACE(c.text);
    const NormalizedPhone p = NormalizePhone(c.text, "VN");
    EXPECT_TRUE(p.valid) << p.reason;
    ASSERT_EQ(p.numbers.size(), 1u);
    const PhoneNumber& n = p.numbers[0];
    EXPECT_TRUE(n.valid) << n.reason;
    EXPECT_TRUE(n.renumbered);
    EXPECT_EQ(n.e164, c.e164);
    EXPECT_EQ(n.e164_before_renumbering, c.before);
    EXPECT_EQ(n.type, PhoneType::kMobile);
    EXPECT_EQ(n.region, "VN");
  }
}

TEST(NormalizePhoneTest, RenumberingCanBeSwitchedOff) {
  PhoneOptions options;
  options.renumber_vietnam = false;
  const NormalizedPhone p = NormalizePhone("0168 123 4567", "VN", options);
  EXPECT_FALSE(p.valid);
  ASSERT_EQ(p.numbers.size(), 1u);
  EXPECT_EQ(p.numbers[0].e164, "+841681234567");
  EXPECT_FALSE(p.numbers[0].renumbered);
  EXPECT_TRUE(p.numbers[0].e164_before_renumbering.empty());
  EXPECT_FALSE(p.reason.empty());
}

TEST(NormalizePhoneTest, OnlyOldVietnameseMobilesAreRenumbered) {
  // Current numbers, other countries, and 10-digit numbers whose prefix was
  // never a mobile one stay as they are.
  for (const char* text : {"0912 345 678", "038 123 4567", "028 3822 1234"}) {
    const NormalizedPhone p = NormalizePhone(text, "VN");
    ASSERT_EQ(p.numbers.size(), 1u) << text;
    EXPECT_FALSE(p.numbers[0].renumbered) << text;
  }
  const NormalizedPhone other = NormalizePhone("0130 123 4567", "VN");
  ASSERT_EQ(other.numbers.size(), 1u);
  EXPECT_FALSE(other.numbers[0].renumbered);
  EXPECT_FALSE(other.numbers[0].valid);
  const NormalizedPhone china = NormalizePhone("+86 168 123 4567", "VN");
  ASSERT_EQ(china.numbers.size(), 1u);
  EXPECT_FALSE(china.numbers[0].renumbered);
}

struct MultiCase {
  const char* text;
  const char* region;
  std::vector<std::string> e164;
};

TEST(NormalizePhoneTest, SeveralNumbersInOneCell) {
  const MultiCase cases[] = {
      {"0912 345 678 / 028 3822 1234", "VN", {"+84912345678", "+842838221234"}},
      {"0912345678/0987654321", "VN", {"+84912345678", "+84987654321"}},
      {"0912345678; 0987654321", "VN", {"+84912345678", "+84987654321"}},
      {"0912345678, 0987654321", "VN", {"+84912345678", "+84987654321"}},
      {"0912345678\n0987654321", "VN", {"+84912345678", "+84987654321"}},
      {"0912345678\r\n0987654321", "VN", {"+84912345678", "+84987654321"}},
      {"0912 345 678 ho\xE1\xBA\xB7"
       "c 0987 654 321",
       "VN",  // hoặc
       {"+84912345678", "+84987654321"}},
      {"0912 345 678 or 028 3822 1234",
       "VN",
       {"+84912345678", "+842838221234"}},
      {"0912 345 678 - 0987 654 321", "VN", {"+84912345678", "+84987654321"}},
      {"0912345678 0987654321", "VN", {"+84912345678", "+84987654321"}},
      {"0912345678 +84987654321", "VN", {"+84912345678", "+84987654321"}},
      {"Tel: 028 3822 1234 Fax: 028 3822 1235",
       "VN",
       {"+842838221234", "+842838221235"}},
      {"0912 345 678 (Anh Nam), 0987 654 321 (Ch\xE1\xBB\x8B Lan)",
       "VN",
       {"+84912345678", "+84987654321"}},
      {"138 0013 8000 \xE6\x88\x96 010 6552 9988",
       "CN",  // 或
       {"+8613800138000", "+861065529988"}},
      {"138 0013 8000\xEF\xBC\x8C"
       "010 6552 9988",
       "CN",  // fullwidth comma
       {"+8613800138000", "+861065529988"}},
      {"(02) 2311-3731\xE3\x80\x81"
       "0912-345-678",
       "TW",  // 、
       {"+886223113731", "+886912345678"}},
      {"9123 4567 / 2123 4567", "HK", {"+85291234567", "+85221234567"}},
      {"(650) 253-0000 or (800) 692-7753",
       "US",
       {"+16502530000", "+18006927753"}},
      // One number, not two: a slash or dash inside it.
      {"028/3822 1234", "VN", {"+842838221234"}},
      {"028 - 3822 1234", "VN", {"+842838221234"}},
      {"+84 28 3822 1234", "VN", {"+842838221234"}},
  };
  for (const MultiCase& c : cases) {
    SCOPED_TRACE(c.text);
    const NormalizedPhone p = NormalizePhone(c.text, c.region);
    EXPECT_TRUE(p.valid) << p.reason;
    ASSERT_EQ(p.numbers.size(), c.e164.size());
    for (size_t i = 0; i < c.e164.size(); ++i) {
      EXPECT_EQ(p.numbers[i].e164, c.e164[i]);
      EXPECT_TRUE(p.numbers[i].valid) << p.numbers[i].reason;
    }
  }
}

TEST(NormalizePhoneTest, EachNumberKeepsItsInput) {
  const NormalizedPhone p =
      NormalizePhone("  0912 345 678 / (028) 3822 1234 ext. 12 ", "VN");
  ASSERT_EQ(p.numbers.size(), 2u);
  EXPECT_EQ(p.numbers[0].input, "0912 345 678");
  EXPECT_EQ(p.numbers[1].input, "(028) 3822 1234 ext. 12");
  EXPECT_EQ(p.numbers[1].extension, "12");
}

TEST(NormalizePhoneTest, AtMostMaxNumbersPerCell) {
  PhoneOptions options;
  options.max_numbers_per_cell = 2;
  const NormalizedPhone p = NormalizePhone(
      "0912345678; 0987654321; 0903123456; 0938123456", "VN", options);
  ASSERT_EQ(p.numbers.size(), 2u);
  EXPECT_EQ(p.numbers[1].e164, "+84987654321");
}

struct ExtensionCase {
  const char* text;
  const char* region;
  const char* e164;
  const char* extension;
};

TEST(NormalizePhoneTest, Extensions) {
  const ExtensionCase cases[] = {
      {"028 3822 1234 ext. 12", "VN", "+842838221234", "12"},
      {"028 3822 1234 ext 12", "VN", "+842838221234", "12"},
      {"028 3822 1234 Ext: 12", "VN", "+842838221234", "12"},
      {"028 3822 1234 extension 12", "VN", "+842838221234", "12"},
      {"028 3822 1234 x12", "VN", "+842838221234", "12"},
      {"028 3822 1234 X 12", "VN", "+842838221234", "12"},
      {"028 3822 1234 #12", "VN", "+842838221234", "12"},
      {"028 3822 1234#12", "VN", "+842838221234", "12"},
      {"028 3822 1234 m\xC3\xA1y l\xE1\xBA\xBB 12", "VN", "+842838221234",
       "12"},  // máy lẻ
      {"028 3822 1234 M\xC3\xA1y l\xE1\xBA\xBB: 12", "VN", "+842838221234",
       "12"},  // Máy lẻ:
      {"028 3822 1234 ma\xCC\x81y le\xCC\x89 12", "VN", "+842838221234",
       "12"},  // máy lẻ typed in NFD
      {"028 3822 1234 may le 12", "VN", "+842838221234", "12"},
      {"028 3822 1234 ML 12", "VN", "+842838221234", "12"},
      {"028 3822 1234 nh\xC3\xA1nh 12", "VN", "+842838221234", "12"},  // nhánh
      {"028 3822 1234, ext 12", "VN", "+842838221234", "12"},
      {"028 3822 1234; m\xC3\xA1y l\xE1\xBA\xBB 105", "VN", "+842838221234",
       "105"},
      {"010 6552 9988 \xE8\xBD\xAC 12", "CN", "+861065529988", "12"},  // 转
      {"010-65529988\xE8\xBD\xAC"
       "8001",
       "CN", "+861065529988", "8001"},
      {"(02) 2311-3731 \xE5\x88\x86\xE6\xA9\x9F 12", "TW", "+886223113731",
       "12"},  // 分機
      {"(02) 2311-3731#12", "TW", "+886223113731", "12"},
      {"2123 4567 \xE5\x85\xA7\xE7\xB7\x9A 8", "HK", "+85221234567",
       "8"},  // 內線
      {"(650) 253-0000 ext. 1234", "US", "+16502530000", "1234"},
      {"650-253-0000 x1234", "US", "+16502530000", "1234"},
      {"+1 650 253 0000 #55", "US", "+16502530000", "55"},
      {"+84 28 3822 1234 ext. 12 (Ms Lan)", "VN", "+842838221234", "12"},
  };
  for (const ExtensionCase& c : cases) {
    SCOPED_TRACE(c.text);
    const NormalizedPhone p = NormalizePhone(c.text, c.region);
    EXPECT_TRUE(p.valid) << p.reason;
    ASSERT_EQ(p.numbers.size(), 1u);
    EXPECT_EQ(p.numbers[0].e164, c.e164);
    EXPECT_EQ(p.numbers[0].extension, c.extension);
    EXPECT_TRUE(p.numbers[0].valid) << p.numbers[0].reason;
  }
}

TEST(NormalizePhoneTest, NoExtensionWhereThereIsNone) {
  // "Fax" holds an 'x' but is no extension mark.
  const NormalizedPhone p = NormalizePhone("Fax 028 3822 1234", "VN");
  ASSERT_EQ(p.numbers.size(), 1u);
  EXPECT_EQ(p.numbers[0].e164, "+842838221234");
  EXPECT_TRUE(p.numbers[0].extension.empty());
  // A vanity number keeps its letters (libphonenumber reads them).
  const NormalizedPhone vanity = NormalizePhone("1-800-FLOWERS", "US");
  ASSERT_EQ(vanity.numbers.size(), 1u);
  EXPECT_EQ(vanity.numbers[0].e164, "+18003569377");
}

TEST(NormalizePhoneTest, RegionOfTheRowOrTheDefault) {
  // The row's region decides how a national number reads.
  EXPECT_EQ(NormalizePhone("0912 345 678", "TW").numbers.at(0).e164,
            "+886912345678");
  EXPECT_EQ(NormalizePhone("0912 345 678", "VN").numbers.at(0).e164,
            "+84912345678");
  // Empty: the configured default, VN unless set.
  EXPECT_EQ(NormalizePhone("0912 345 678").numbers.at(0).e164, "+84912345678");
  PhoneOptions us;
  us.default_region = "US";
  EXPECT_EQ(NormalizePhone("650-253-0000", "", us).numbers.at(0).e164,
            "+16502530000");
  // Lower case codes and country names as a country column holds them.
  EXPECT_EQ(NormalizePhone("0912 345 678", "tw").numbers.at(0).e164,
            "+886912345678");
  EXPECT_EQ(NormalizePhone("0912 345 678", "Taiwan").numbers.at(0).e164,
            "+886912345678");
  EXPECT_EQ(NormalizePhone("0912 345 678", "\xE5\x8F\xB0\xE7\x81\xA3")  // 台灣
                .numbers.at(0)
                .e164,
            "+886912345678");
  EXPECT_EQ(NormalizePhone("0912 345 678", "Vi\xE1\xBB\x87t Nam")  // Việt Nam
                .numbers.at(0)
                .e164,
            "+84912345678");
  // An unknown region falls back to the default.
  EXPECT_EQ(NormalizePhone("0912 345 678", "Atlantis").numbers.at(0).e164,
            "+84912345678");
  // A number with its country code reads the same in any region.
  EXPECT_EQ(NormalizePhone("+852 9123 4567", "US").numbers.at(0).e164,
            "+85291234567");
}

struct InvalidCase {
  const char* text;
  const char* reason_part;
  size_t numbers;
};

TEST(NormalizePhoneTest, InvalidTextGivesAReason) {
  const InvalidCase cases[] = {
      {"", "empty", 0},
      {"   ", "empty", 0},
      {"N/A", "no phone number", 0},
      {"kh\xC3\xB4ng c\xC3\xB3", "no phone number", 0},  // không có
      {"+", "no phone number", 0},
      {"12", "too short", 1},
      {"0912 34", "too short", 1},
      {"12345678901234567890", "too long", 1},
      {"+999 1234 5678", "country calling code", 1},
      {"0912 345 678 9012", "", 1},
      {"0912345678; 12", "", 2},  // one valid number: the cell is valid
  };
  for (const InvalidCase& c : cases) {
    SCOPED_TRACE(c.text);
    const NormalizedPhone p = NormalizePhone(c.text, "VN");
    EXPECT_EQ(p.numbers.size(), c.numbers);
    if (std::string_view(c.text) == "0912345678; 12") {
      EXPECT_TRUE(p.valid);
      EXPECT_TRUE(p.reason.empty());
      EXPECT_FALSE(p.numbers[1].valid);
      EXPECT_FALSE(p.numbers[1].reason.empty());
      continue;
    }
    EXPECT_FALSE(p.valid);
    EXPECT_FALSE(p.reason.empty());
    EXPECT_NE(p.reason.find(c.reason_part), std::string::npos) << p.reason;
    for (const PhoneNumber& n : p.numbers) {
      EXPECT_FALSE(n.valid);
      EXPECT_FALSE(n.reason.empty());
    }
  }
}

TEST(NormalizePhoneTest, ReasonsSayWhatIsWrong) {
  // libphonenumber keeps the trunk 0 when the rest would be too short.
  const PhoneNumber short_number =
      NormalizePhone("0912 34", "VN").numbers.at(0);
  EXPECT_EQ(short_number.reason, "too short");
  EXPECT_EQ(short_number.e164, "+84091234");  // parsed, but not valid
  const PhoneNumber unassigned =
      NormalizePhone("0130 123 4567", "VN").numbers.at(0);
  EXPECT_EQ(unassigned.reason, "not a valid number in VN");
  const PhoneNumber long_number =
      NormalizePhone("0912 345 678 9012", "VN").numbers.at(0);
  EXPECT_EQ(long_number.reason, "too long");
  const PhoneNumber not_number = NormalizePhone("12", "VN").numbers.at(0);
  EXPECT_FALSE(not_number.valid);
  const NormalizedPhone two_bad = NormalizePhone("123; 456", "VN");
  EXPECT_FALSE(two_bad.valid);
  EXPECT_NE(two_bad.reason.find("none of the 2 numbers"), std::string::npos)
      << two_bad.reason;
}

TEST(NormalizePhoneTest, InvalidUtf8IsReportedNotRepaired) {
  const NormalizedPhone p = NormalizePhone(
      "0912\xFF"
      "345678",
      "VN");
  EXPECT_FALSE(p.valid);
  EXPECT_EQ(p.reason, "invalid UTF-8 at byte 4");
  EXPECT_TRUE(p.numbers.empty());
  const NormalizedPhone truncated = NormalizePhone("0912345678 \xE1\xBB", "VN");
  EXPECT_FALSE(truncated.valid);
  EXPECT_EQ(truncated.reason, "invalid UTF-8 at byte 11");
  const NormalizedPhone surrogate = NormalizePhone("\xED\xA0\x80", "VN");
  EXPECT_FALSE(surrogate.valid);
  EXPECT_EQ(surrogate.reason, "invalid UTF-8 at byte 0");
}

TEST(NormalizePhoneTest, AnyBytesAreSafe) {
  // Random bytes, and random mixes of the characters phone cells hold.
  std::mt19937_64 rng(3);
  static const char* const kPieces[] = {"0",
                                        "1",
                                        "9",
                                        "+",
                                        " ",
                                        "-",
                                        "(",
                                        ")",
                                        ".",
                                        "/",
                                        ";",
                                        ",",
                                        "x",
                                        "#",
                                        "ext",
                                        "m\xC3\xA1y l\xE1\xBA\xBB",
                                        "\xE8\xBD\xAC",
                                        "\xEF\xBC\x90",
                                        "\xEF\xBC\x8B",
                                        "(0)",
                                        "\n",
                                        "84",
                                        "00",
                                        ("ho\xE1\xBA\xB7"
                                         "c"),  // split: 'c' would extend \xB7
                                        "\xFF",
                                        "\xE1",
                                        "\xC3",
                                        "\x80",
                                        "a",
                                        "Z",
                                        "\xF0\x9F\x93\x9E"};
  for (int i = 0; i < 20000; ++i) {
    std::string text;
    const int n = static_cast<int>(rng() % 24);
    for (int k = 0; k < n; ++k) {
      if (i % 2) {
        text.push_back(static_cast<char>(rng() % 256));
      } else {
        text += kPieces[rng() % std::size(kPieces)];
      }
    }
    const NormalizedPhone p = NormalizePhone(text, i % 3 ? "VN" : "US");
    bool any_valid = false;
    for (const PhoneNumber& number : p.numbers) {
      if (number.valid) {
        any_valid = true;
        EXPECT_EQ(number.e164[0], '+');
        EXPECT_TRUE(number.reason.empty());
      } else {
        EXPECT_FALSE(number.reason.empty());
      }
    }
    EXPECT_EQ(p.valid, any_valid);
    EXPECT_EQ(p.reason.empty(), p.valid);
    EXPECT_LE(p.numbers.size(), 8u);
  }
}

TEST(NormalizePhoneColumnTest, SameAnswersAsCellByCell) {
  const std::vector<std::string_view> cells = {"0912 345 678",
                                               "028 3822 1234 ext. 12",
                                               "0912 345 678",
                                               "0168 123 4567",
                                               "0912 345 678",
                                               "",
                                               "N/A",
                                               "+852 9123 4567",
                                               "0912 345 678 / 2123 4567",
                                               "0912 345 678",
                                               "0912\xFF",
                                               "0912 345 678"};
  const std::vector<std::string_view> regions = {
      "VN", "VN", "TW", "VN", "vn", "VN", "VN", "US", "HK", "Taiwan", "VN", ""};
  const std::vector<NormalizedPhone> column =
      NormalizePhoneColumn(cells, regions);
  ASSERT_EQ(column.size(), cells.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    SCOPED_TRACE(i);
    const NormalizedPhone one = NormalizePhone(cells[i], regions[i]);
    EXPECT_EQ(column[i].valid, one.valid);
    EXPECT_EQ(column[i].reason, one.reason);
    ASSERT_EQ(column[i].numbers.size(), one.numbers.size());
    for (size_t k = 0; k < one.numbers.size(); ++k) {
      const PhoneNumber& a = column[i].numbers[k];
      const PhoneNumber& b = one.numbers[k];
      EXPECT_EQ(a.e164, b.e164);
      EXPECT_EQ(a.valid, b.valid);
      EXPECT_EQ(a.reason, b.reason);
      EXPECT_EQ(a.region, b.region);
      EXPECT_EQ(a.type, b.type);
      EXPECT_EQ(a.extension, b.extension);
      EXPECT_EQ(a.input, b.input);
      EXPECT_EQ(a.renumbered, b.renumbered);
      EXPECT_EQ(a.e164_before_renumbering, b.e164_before_renumbering);
    }
  }
  // The same text reads differently in different regions.
  EXPECT_EQ(column[0].numbers[0].e164, "+84912345678");
  EXPECT_EQ(column[2].numbers[0].e164, "+886912345678");
  EXPECT_EQ(column[9].numbers[0].e164, "+886912345678");
}

TEST(NormalizePhoneColumnTest, RegionsMayBeOmitted) {
  const std::vector<std::string_view> cells = {"0912 345 678", "650-253-0000"};
  PhoneOptions us;
  us.default_region = "US";
  const std::vector<NormalizedPhone> column =
      NormalizePhoneColumn(cells, {}, us);
  ASSERT_EQ(column.size(), 2u);
  EXPECT_EQ(column[1].numbers.at(0).e164, "+16502530000");
  EXPECT_TRUE(NormalizePhoneColumn({}, {}).empty());
}

TEST(NormalizePhoneTest, ThreadsShareTheTablesSafely) {
  // Shared tables are built once, then only read: threads racing to the
  // first call must agree with each other and with one thread.
  const std::vector<std::string> cells = {
      "0912 345 678",           "+86 138 0013 8000",
      "(02) 2311-3731",         "9123 4567",
      "(650) 253-0000 ext. 12", "0168 123 4567",
      "1-800-FLOWERS",          "x"};
  const char* const regions[] = {"VN", "CN", "TW", "HK",
                                 "US", "VN", "US", "VN"};
  std::vector<std::vector<std::string>> seen(4);
  std::vector<std::thread> threads;
  for (int t = 0; t < 4; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < 200; ++round) {
        for (size_t i = 0; i < cells.size(); ++i) {
          const NormalizedPhone p = NormalizePhone(cells[i], regions[i]);
          if (round == 0) {
            seen[t].push_back(p.numbers.empty() ? "" : p.numbers[0].e164);
          }
        }
      }
    });
  }
  for (std::thread& thread : threads) thread.join();
  for (int t = 0; t < 4; ++t) {
    ASSERT_EQ(seen[t].size(), cells.size());
    for (size_t i = 0; i < cells.size(); ++i) {
      const NormalizedPhone p = NormalizePhone(cells[i], regions[i]);
      EXPECT_EQ(seen[t][i], p.numbers.empty() ? "" : p.numbers[0].e164);
    }
  }
}

TEST(PhoneTypeNameTest, Names) {
  EXPECT_EQ(PhoneTypeName(PhoneType::kUnknown), "unknown");
  EXPECT_EQ(PhoneTypeName(PhoneType::kFixedLine), "fixed_line");
  EXPECT_EQ(PhoneTypeName(PhoneType::kMobile), "mobile");
  EXPECT_EQ(PhoneTypeName(PhoneType::kFixedLineOrMobile),
            "fixed_line_or_mobile");
  EXPECT_EQ(PhoneTypeName(PhoneType::kTollFree), "toll_free");
  EXPECT_EQ(PhoneTypeName(PhoneType::kPremiumRate), "premium_rate");
  EXPECT_EQ(PhoneTypeName(PhoneType::kSharedCost), "shared_cost");
  EXPECT_EQ(PhoneTypeName(PhoneType::kVoip), "voip");
  EXPECT_EQ(PhoneTypeName(PhoneType::kPersonalNumber), "personal_number");
  EXPECT_EQ(PhoneTypeName(PhoneType::kPager), "pager");
  EXPECT_EQ(PhoneTypeName(PhoneType::kUan), "uan");
  EXPECT_EQ(PhoneTypeName(PhoneType::kVoicemail), "voicemail");
}

}  // namespace
}  // namespace dqe
