#include "src/normalize/cantonese.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dqe/normalize.h"
#include "src/common/split.h"

namespace dqe::internal {
namespace {

// Unihan's kCantonese, read at build time: the surnames Hong Kong spells
// Lau, Cheung, Sham, Chan, Tsang, Ng.
TEST(CantoneseTest, ReadingsComeFromUnihan) {
  EXPECT_EQ(CantoneseReading(U'劉'), "lau");
  EXPECT_EQ(CantoneseReading(U'張'), "zoeng");
  EXPECT_EQ(CantoneseReading(U'岑'), "sam");
  EXPECT_EQ(CantoneseReading(U'陳'), "can");
  EXPECT_EQ(CantoneseReading(U'曾'), "zang");
  EXPECT_EQ(CantoneseReading(U'吳'), "ng");
  // Simplified forms are read too.
  EXPECT_EQ(CantoneseReading(U'张'), "zoeng");
  EXPECT_EQ(CantoneseReading(U'刘'), "lau");
  // Not ideographs.
  EXPECT_EQ(CantoneseReading(U'a'), "");
  EXPECT_EQ(CantoneseReading(U'ệ'), "");
  EXPECT_EQ(CantoneseReading(0x20000), "");  // outside the BMP table
}

// Jyutping and the spellings Hong Kong names are typed in meet.
TEST(CantoneseTest, HongKongSpellingsMeetJyutping) {
  const std::vector<std::pair<std::string_view, std::string_view>> same = {
      {"cheung", "zoeng"}, {"chow", "zau"},   {"chau", "zau"},  {"lee", "lei"},
      {"li", "lei"},       {"sham", "sam"},   {"shum", "sam"},  {"sze", "si"},
      {"tsang", "zang"},   {"sui", "seoi"},   {"yuen", "jyun"}, {"chun", "zeon"},
      {"poon", "pun"},     {"so", "sou"},     {"law", "lo"},    {"yeung", "joeng"},
      {"kwok", "gwok"},    {"tse", "ze"},     {"yee", "ji"},    {"ng", "ng"},
      {"tsz", "zi"},       {"tam", "taam"},   {"chu", "zyu"},   {"chuen", "cyun"},
      {"hui", "heoi"},     {"shek", "sek"},   {"ko", "gou"},    {"to", "dou"},
      {"lum", "lam"},
  };
  for (const auto& [typed, jyutping] : same) {
    EXPECT_EQ(LooseCantoneseSyllable(typed), LooseCantoneseSyllable(jyutping))
        << typed << " / " << jyutping;
  }
  const std::vector<std::pair<std::string_view, std::string_view>> apart = {
      {"chan", "cheung"}, {"lau", "lo"}, {"wong", "wang"}, {"lee", "lai"},
      {"ho", "hau"},      {"yu", "yau"},
  };
  for (const auto& [x, y] : apart) {
    EXPECT_NE(LooseCantoneseSyllable(x), LooseCantoneseSyllable(y)) << x << " / " << y;
  }
}

std::string Loose(std::string_view name) {
  std::string out;
  LooseCantonese(NormalizeName(name), &out);
  return out;
}

// Whether two names share a loose form (a romanised name may have several,
// one per line).
bool Meet(std::string_view x, std::string_view y) {
  return CantoneseFormsMeet(Loose(x), Loose(y));
}

// A Hong Kong name in characters and in its romanisation, as CRM rows hold
// them: surname first or last, given names hyphenated, spaced or run
// together, an English given name beside the Chinese one, upper case.
TEST(CantoneseTest, HanNamesMeetTheirRomanisation) {
  const std::vector<std::pair<std::string_view, std::string_view>> same = {
      {"劉偉", "WAI LAU"},
      {"曾海瑞", "HOI SUI  TSANG"},
      {"曾海瑞", "Tsang Hoi-sui"},
      {"姚思凱", "Sze Hoi Yiu"},
      {"張惠月", "Cheung Wai Yuet"},
      {"张惠月", "Cheung Wai-yuet"},
      {"洪福瑋", "Fuk-wai Hung"},
      {"馮棟瑤", "Fung Tung-yiu"},
      {"丁雨佳", "David Ting Yu-kai"},
      {"胡暉中", "Mr Alan Wu Fai-chung"},
      {"陳大文", "Chan Tai Man"},
      {"陳大文", "Chan Taiman"},
      {"李 嘉欣", "Lee Ka Yan"},
      {"周潤發", "Chow Yun Fat"},
  };
  for (const auto& [han, latin] : same) {
    EXPECT_FALSE(Loose(han).empty()) << han;
    EXPECT_TRUE(Meet(han, latin)) << han << " / " << latin << ": " << Loose(han)
                                  << " / " << Loose(latin);
  }
}

TEST(CantoneseTest, OtherNamesDoNotMeet) {
  EXPECT_FALSE(Meet("劉偉", "Lee Wai"));
  EXPECT_FALSE(Meet("陳大文", "Cheung Tai Man"));
  EXPECT_FALSE(Meet("張惠月", "Cheung Wai"));
  // A first or last token is left out only when it is not one syllable:
  // "Chan Tai Man" is not "Tai Man".
  EXPECT_FALSE(Meet("Chan Tai Man", "Tai Man"));
  EXPECT_FALSE(Meet("Chan Tai Man", "Chan Tai"));
  // Two English given names beside one Chinese name are two people, and an
  // initial is not a syllable: "James A. Young" is not "Daniel A. Young".
  EXPECT_TRUE(Meet("David Ting Yu-kai", "Ting Yu Kai"));
  EXPECT_FALSE(Meet("David Ting Yu-kai", "Peter Ting Yu-kai"));
  EXPECT_FALSE(Meet("Alan Wu Fai-chung", "Wu Fai-chung Kevin"));
  EXPECT_FALSE(Meet("James A. Young", "Daniel A. Young"));
  EXPECT_EQ(Loose("James A. Young"), "");
  // Names that are not Cantonese have no loose form: two English names, a
  // Vietnamese name (Hùng is not 洪), an English given name beside a lone
  // surname.
  EXPECT_EQ(Loose("John Smith"), "");
  EXPECT_EQ(Loose("Karen Wong"), "");
  EXPECT_EQ(Loose("Nguyễn Văn Hùng"), "");
  EXPECT_EQ(Loose("Phạm Thị Lan"), "");
  EXPECT_EQ(Loose(""), "");
  // Han text with something that is not a name character.
  std::string out = "x";
  EXPECT_FALSE(LooseCantoneseHan("劉偉123", &out));
  EXPECT_EQ(out, "");
  EXPECT_FALSE(LooseCantoneseHan("\xE5\x8A", &out));  // cut UTF-8
}

// Any bytes: no crash, and a result only when every syllable is known.
TEST(CantoneseTest, TokensThatCannotBeCutGiveNothing) {
  std::string out;
  const std::string_view none[] = {"xyz"};
  EXPECT_FALSE(LooseCantoneseName(none, &out));
  const std::string_view one_of_two[] = {"karen", "wong"};
  EXPECT_FALSE(LooseCantoneseName(one_of_two, &out));
  const std::string_view english_beside_chinese[] = {"cecilia", "pang", "ka", "yuet"};
  EXPECT_TRUE(LooseCantoneseName(english_beside_chinese, &out));
  const std::string_view two_english[] = {"cecilia", "karen", "pang", "ka"};
  EXPECT_FALSE(LooseCantoneseName(two_english, &out));
  const std::string long_token(200, 'a');
  const std::string_view too_long[] = {long_token};
  EXPECT_FALSE(LooseCantoneseName(too_long, &out));
}

}  // namespace
}  // namespace dqe::internal
