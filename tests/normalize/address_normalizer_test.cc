#include <algorithm>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/normalize.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"

namespace dqe {
namespace {

using ::testing::Contains;
using ::testing::Not;

std::string Key(std::string_view text) {
  NormalizedAddress a = NormalizeAddress(text);
  EXPECT_TRUE(a.valid) << text << ": " << a.reason;
  return a.key;
}

// Whether every token of `part`'s key is in `whole`'s key.
bool IsPartOf(std::string_view part, std::string_view whole) {
  std::vector<std::string> p = NormalizeAddress(part).tokens;
  std::vector<std::string> w = NormalizeAddress(whole).tokens;
  std::sort(p.begin(), p.end());
  std::sort(w.begin(), w.end());
  return !p.empty() && std::includes(w.begin(), w.end(), p.begin(), p.end());
}

// The same Vietnamese address as clerks type it: abbreviated unit words,
// capitals, no diacritics, "Số" and "Đường" or not, decomposed marks.
TEST(NormalizeAddressTest, VietnameseSpellingsOfOneAddressShareAKey) {
  const std::string key = Key("328 Võ Văn Tần, Phường Tân Hưng, Quận 7");
  EXPECT_EQ(Key("328 Võ Văn Tần, P. Tân Hưng, Q. 7"), key);
  EXPECT_EQ(Key("328 VÕ VĂN TẦN, P. TÂN HƯNG, Q.7"), key);
  EXPECT_EQ(Key("328 Vo Van Tan, Phuong Tan Hung, Quan 7"), key);
  EXPECT_EQ(Key("Số 328 Võ Văn Tần, Phường Tân Hưng, Quận 7"), key);
  EXPECT_EQ(Key("328 Đường Võ Văn Tần, Phường Tân Hưng, Quận 7"), key);
  EXPECT_EQ(Key("328 Võ Văn Tần P. Tân Hưng Q. 7"), key);  // no commas
  // Typed decomposed (NFD) on a Mac: Võ Văn Tần, Quận.
  EXPECT_EQ(Key("328 Vo\xCC\x83 Va\xCC\x86n Ta\xCC\x82\xCC\x80n, P. Ta\xCC\x82n "
                "Hu\xCC\x9Bng, Qua\xCC\xA3\xCC\x82n 7"),
            key);
  // The district's number is part of the key: Quận 7 is not Quận 5.
  EXPECT_NE(Key("328 Võ Văn Tần, Phường Tân Hưng, Quận 5"), key);
  // Saigon's "F." for Phường, and English unit words.
  EXPECT_EQ(Key("12 Lê Lợi, F.15, Q.3"), Key("12 Lê Lợi, Phường 15, Quận 3"));
  EXPECT_EQ(Key("12 Le Loi, Ward 15, District 3"), Key("12 Lê Lợi, P. 15, Q. 3"));
}

TEST(NormalizeAddressTest, ThePartsOfAVietnameseAddressAreASubsetOfIt) {
  const std::string_view whole =
      "Số 241 Đường Trường Chinh, Phường Tương Mai, Quận Hoàng Mai, TP. Hà Nội";
  EXPECT_TRUE(IsPartOf("241 Trường Chinh", whole));
  EXPECT_TRUE(IsPartOf("241 TRƯỜNG CHINH, P. TƯƠNG MAI, Q. HOÀNG MAI", whole));
  EXPECT_TRUE(IsPartOf("241 Truong Chinh, Tuong Mai", whole));
  EXPECT_FALSE(IsPartOf("242 Trường Chinh", whole));
  EXPECT_FALSE(IsPartOf("241 Trường Chinh, Quận Đống Đa", whole));
  // Words that belong to a name stay: "Quán Thánh" is a ward, "Nghệ Tĩnh"
  // ends a street name.
  EXPECT_EQ(Key("48 Xô Viết Nghệ Tĩnh"), "48 xo viet nghe tinh");
  EXPECT_NE(Key("9 Phan Đình Phùng, Phường Quán Thánh"),
            Key("9 Phan Đình Phùng, Phường Thánh"));
}

TEST(NormalizeAddressTest, WesternStreetTypesUnitsAndFloorsHaveOneSpelling) {
  EXPECT_EQ(Key("6785 Willow Blvd."), Key("6785 Willow Boulevard"));
  EXPECT_EQ(Key("3392 Bolsa Dr"), Key("3392 BOLSA DRIVE"));
  EXPECT_EQ(Key("2378 Sunset Ct."), Key("2378 Sunset Court"));
  EXPECT_EQ(Key("572 Church Street #28"), Key("572 Church St. Unit 28"));
  EXPECT_EQ(Key("5262 Ridge Ln, Apt 25"), Key("5262 Ridge Lane #25"));
  EXPECT_EQ(Key("5262 Ridge Ln, Apt 25"), Key("5262 Ridge Lane, Suite 25"));
  EXPECT_EQ(Key("100 N Main St"), Key("100 North Main Street"));
  EXPECT_EQ(Key("12th Floor, 100 Queen's Road Central"),
            Key("12/F, 100 Queens Rd Central"));
  EXPECT_EQ(Key("Floor 12, 100 Queens Road Central"),
            Key("12F, 100 Queens Road Central"));
  // Different street types, flats, floors and numbers stay different.
  EXPECT_NE(Key("123 Main St"), Key("123 Main Ave"));
  EXPECT_NE(Key("8 Main St Apt 21"), Key("8 Main St Apt 12"));
  EXPECT_NE(Key("12/F, 8 Queens Rd"), Key("21/F, 8 Queens Rd"));
  EXPECT_TRUE(IsPartOf("8801 Jefferson Lane", "8801 Jefferson Ln, Portland, OR"));
  // The full word is kept so that a typo in it stays a letter away.
  EXPECT_EQ(Key("53 yarra street"), "53 yarra street");
}

TEST(NormalizeAddressTest, HanAddressesAreReadPerCharacter) {
  // Traditional and Simplified, with or without the city and district, with
  // floors and flats.
  const std::string_view whole = "上海市徐汇区长江路1015号30楼";
  EXPECT_TRUE(IsPartOf("长江路1015号", whole));
  EXPECT_TRUE(IsPartOf("徐汇区长江路1015号30楼", whole));
  EXPECT_TRUE(IsPartOf("上海徐匯區長江路1015號", whole));
  EXPECT_FALSE(IsPartOf("长江路1051号", whole));
  EXPECT_EQ(Key("臺北市大安區復興北路9號17樓"), Key("台北市大安区复兴北路9号17楼"));
  EXPECT_TRUE(IsPartOf("尖沙咀彌敦道378號", "九龍尖沙咀彌敦道378號3樓H室"));
  // A flat and a floor in Chinese and in Hong Kong English agree on those
  // tokens.
  std::vector<std::string> zh = NormalizeAddress("彌敦道12號32樓H室").tokens;
  std::vector<std::string> en =
      NormalizeAddress("Flat H, 32/F, 12 Nathan Road, Tsim Sha Tsui").tokens;
  std::vector<std::string> en2 =
      NormalizeAddress("32/F H, 12 Nathan Road, Tsim Sha Tsui, Hong Kong").tokens;
  for (const std::string t : {"12", "fl32", "uh"}) {
    EXPECT_THAT(zh, Contains(t));
    EXPECT_THAT(en, Contains(t));
    EXPECT_THAT(en2, Contains(t));
  }
  // Fullwidth digits and the fullwidth comma.
  EXPECT_EQ(Key("长江路１０１５号，徐汇区"), Key("长江路1015号, 徐汇区"));
}

TEST(NormalizeAddressTest, BadInputIsReportedNotFixed) {
  NormalizedAddress a = NormalizeAddress("12 L\xC3 Lợi");
  EXPECT_FALSE(a.valid);
  EXPECT_EQ(a.reason, "invalid UTF-8 at byte 4");
  for (std::string_view empty : {"", "   ", ", ,", "#", "--"}) {
    NormalizedAddress e = NormalizeAddress(empty);
    EXPECT_FALSE(e.valid) << empty;
    EXPECT_EQ(e.reason, "no letter or digit") << empty;
    EXPECT_TRUE(e.key.empty());
  }
  // A lone unit word is kept as a word rather than lost.
  EXPECT_TRUE(NormalizeAddress("Phường").valid);
}

// Keys are ASCII tokens without empty ones, on any bytes; the key is its
// tokens joined.
TEST(NormalizeAddressTest, AnyBytesGiveWellFormedKeys) {
  std::mt19937 rng(7);
  const std::vector<std::string> pieces = {
      "Số", " ", ",", "#", "P.", "Q.", "12", "/F", "號", "樓", "室", "Apt",
      "\xFF", "\xC3", "Đường", "，", "、", "floor", "f", "No.", "Thành phố",
      "\n", "ｆ", "２", "Ⅻ", "ǅ", "x", "Phường"};
  for (int i = 0; i < 20000; ++i) {
    std::string s;
    const int n = static_cast<int>(rng() % 9);
    for (int k = 0; k < n; ++k) s += pieces[rng() % pieces.size()];
    NormalizedAddress a = NormalizeAddress(s);
    if (!a.valid) {
      EXPECT_FALSE(a.reason.empty()) << s;
      continue;
    }
    std::string joined;
    for (const std::string& t : a.tokens) {
      ASSERT_FALSE(t.empty()) << s;
      for (char c : t) {
        ASSERT_TRUE(static_cast<unsigned char>(c) < 0x80 && c != ' ') << s;
      }
      if (!joined.empty()) joined += ' ';
      joined += t;
    }
    EXPECT_EQ(joined, a.key) << s;
  }
  EXPECT_THAT(NormalizeAddress("Apt").tokens, Not(Contains("u")));
}

}  // namespace
}  // namespace dqe
