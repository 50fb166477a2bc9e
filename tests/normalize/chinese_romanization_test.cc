#include "src/normalize/chinese_romanization.h"

#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "dqe/normalize.h"
#include "src/common/split.h"

namespace dqe::internal {
namespace {

// Wade-Giles as the system spells each pinyin syllable (apostrophes and
// umlauts dropped as typed names drop them), with chih = chi, shih = shi.
TEST(ChineseRomanizationTest, SyllablesFollowWadeGiles) {
  const std::vector<std::pair<std::string_view, std::string_view>> cases = {
      {"zhang", "chang"}, {"chang", "chang"}, {"xu", "hsu"},     {"zi", "tzu"},
      {"ci", "tzu"},      {"si", "ssu"},      {"zhi", "chi"},    {"shi", "shi"},
      {"ri", "ji"},       {"gui", "kuei"},    {"hui", "hui"},    {"guo", "kuo"},
      {"duo", "to"},      {"luo", "lo"},      {"shuo", "shuo"},  {"qiong", "chiung"},
      {"xue", "hsueh"},   {"jian", "chien"},  {"xie", "hsieh"},  {"he", "ho"},
      {"ge", "ko"},       {"de", "te"},       {"er", "er"},      {"yi", "i"},
      {"you", "yu"},      {"yan", "yen"},     {"yong", "yung"},  {"hong", "hung"},
      {"zeng", "tseng"},  {"cai", "tsai"},    {"rong", "jung"},  {"bing", "ping"},
      {"wang", "wang"},   {"lin", "lin"},     {"zhou", "chou"},  {"xiong", "hsiung"},
  };
  for (const auto& [pinyin, loose] : cases) {
    EXPECT_EQ(LooseSyllable(pinyin), loose) << pinyin;
  }
}

std::string Loose(std::string_view name) {
  NormalizedName n = NormalizeName(name);
  std::vector<std::string_view> tokens;
  for (const std::string& t : n.tokens) tokens.push_back(t);
  std::string out;
  LooseChineseName(tokens, &out);
  return out;
}

// Taiwan's Wade-Giles, mainland pinyin and the characters meet; given name
// first or last, hyphenated or not.
TEST(ChineseRomanizationTest, OneNameInPinyinWadeGilesAndHan) {
  const std::vector<std::vector<std::string_view>> groups = {
      {"林紫冰", "Lin Tzu-ping", "Tzu-Ping Lin", "Lin Ziping", "LIN TZU PING"},
      {"徐勳成", "Hsu Hsun-cheng", "Xu Xuncheng", "Hsun-Cheng Hsu"},
      {"張志豪", "张志豪", "Chang Chih-hao", "Zhang Zhihao"},
      {"楊瓊丹", "Yang Chiung-tan", "Chiung-Tan  Yang", "Yang Qiongdan"},
      {"謝雪芬", "Hsieh Hsueh-fen", "Xie Xuefen"},
      {"郭貴榮", "Kuo Kuei-jung", "Guo Guirong"},
      // 李 as Taiwan's passports spell it.
      {"李志明", "Lee Chih-ming", "Chih-Ming Lee", "Li Zhiming", "Li Chih-ming"},
  };
  for (const auto& group : groups) {
    const std::string loose = Loose(group[0]);
    EXPECT_FALSE(loose.empty()) << group[0];
    for (std::string_view name : group) EXPECT_EQ(Loose(name), loose) << name;
  }
  EXPECT_NE(Loose("Lin Tzu-ping"), Loose("Lin Tzu-ling"));
  EXPECT_NE(Loose("Chang Chih-hao"), Loose("Chang Chih-hung"));
}

// Names that are not romanized Chinese get no loose form.
TEST(ChineseRomanizationTest, OtherNamesHaveNone) {
  for (std::string_view name :
       {"Nguyen Van An", "Tran Thi Bich Ngoc", "John Smith", "Lee Ann",
        "María José", "Phạm Thị Lan", "Maria Lin"}) {
    EXPECT_EQ(Loose(name), "") << name;
  }
  std::string out = "x";
  EXPECT_FALSE(LooseChineseName({}, &out));
  EXPECT_TRUE(out.empty());
}

}  // namespace
}  // namespace dqe::internal
