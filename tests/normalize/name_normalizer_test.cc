#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "dqe/normalize.h"

namespace dqe {
namespace {

using ::testing::ElementsAre;

NormalizedName N(std::string_view s, const NameOptions& o = {}) {
  return NormalizeName(s, o);
}

TEST(NameNormalizer, VietnameseSpellingsShareOneKey) {
  // NFD as a Mac types it: base letters followed by combining marks.
  const std::string nfd =
      "nguye\xCC\x82\xCC\x83n va\xCC\x86n an";  // nguyễn văn an
  const std::vector<std::string> spellings = {
      "Nguyễn Văn An",      "NGUYEN VAN  AN",    nfd,
      "Anh Nguyễn Văn An",  "Ông NGUYỄN VĂN AN", "  nguyễn   văn an ",
      "Nguyễn\tVăn\u00A0An"};
  for (const std::string& s : spellings) {
    NormalizedName n = N(s);
    EXPECT_TRUE(n.valid) << s;
    EXPECT_EQ(n.key, "nguyen van an") << s;
    EXPECT_THAT(n.tokens, ElementsAre("nguyen", "van", "an")) << s;
  }
  EXPECT_EQ(N("An Nguyễn Văn").sorted_key, N("Nguyễn Văn An").sorted_key);
  EXPECT_EQ(N("An Nguyễn Văn").sorted_key, "an nguyen van");
  EXPECT_NE(N("An Nguyễn Văn").key, N("Nguyễn Văn An").key);
}

TEST(NameNormalizer, DisplayFormIsCleanNfc) {
  EXPECT_EQ(N("NGUYEN VAN  AN").display, "Nguyen Van An");
  EXPECT_EQ(N("Ông NGUYỄN VĂN AN").display, "Nguyễn Văn An");
  EXPECT_EQ(N("nguye\xCC\x82\xCC\x83n va\xCC\x86n an").display,
            "Nguyễn Văn An");
  EXPECT_EQ(N("Anh Nguyễn Văn An").display, "Nguyễn Văn An");
  EXPECT_THAT(N("Anh Nguyễn Văn An").honorifics, ElementsAre("Anh"));
  EXPECT_TRUE(N("Nguyễn Văn An").vietnamese);
  EXPECT_FALSE(N("John Smith").vietnamese);
}

TEST(NameNormalizer, AnhAloneIsAGivenNameNotATitle) {
  // "Anh" is one of the most common Vietnamese given names.
  EXPECT_EQ(N("Anh Thư").key, "anh thu");
  EXPECT_EQ(N("Nguyễn Thị Anh").key, "nguyen thi anh");
  // "Ong" (no diacritic) is a Chinese-Singaporean surname, not "Ông".
  EXPECT_EQ(N("Ong Wei Ming").key, "ong wei ming");
  EXPECT_EQ(N("Chị Lan").key, "lan");
}

TEST(NameNormalizer, FormsOfAddressTypedWithoutMarks) {
  // Chị, Cô, Ông, Bà typed as Chi, Co, Ong, Ba before a Vietnamese family
  // name are titles: the rows meet the name typed without them.
  EXPECT_EQ(N("Chi Nguyen Lan Duyen").key, N("Nguyễn Lan Duyên").key);
  EXPECT_THAT(N("Chi Nguyen Lan Duyen").honorifics, ElementsAre("Chi"));
  EXPECT_EQ(N("Co Pham Yen").key, "pham yen");
  EXPECT_EQ(N("Ong Nguyen Manh An").key, "nguyen manh an");
  EXPECT_EQ(N("BA NGUYEN BAO HONG HA").key, "nguyen bao hong ha");
  // Elsewhere they are names: a surname before a given name that is not a
  // Vietnamese family name, a given name last, two words only.
  EXPECT_EQ(N("Ong Wei Ming").key, "ong wei ming");
  EXPECT_EQ(N("Nguyen Thi Kim Chi").key, "nguyen thi kim chi");
  EXPECT_EQ(N("Chi Nguyen").key, "chi nguyen");
  // The fast key agrees with the full normalizer.
  std::string key;
  ASSERT_TRUE(NameKey("Chi Nguyen Lan Duyen", NameOptions(), &key));
  EXPECT_EQ(key, "nguyen lan duyen");
}

TEST(NameNormalizer, EthAndDStrokeFoldTogether) {
  EXPECT_EQ(N("Đặng").key, "dang");
  EXPECT_EQ(N("\u00D0\u1EB7ng").key, "dang");  // Ðặng with U+00D0
  EXPECT_EQ(N("Dang").key, "dang");
  EXPECT_EQ(N("\u00D0\u1EB7ng Th\u1ECB Ho\u00E0").display, "Đặng Thị Hòa");
  EXPECT_EQ(N("đinh").display, "Đinh");
}

TEST(NameNormalizer, ToneMarkPlacementIsCanonical) {
  struct Case {
    const char* a;
    const char* b;
    const char* display;
    const char* key;
  };
  const Case cases[] = {
      {"Hoà", "Hòa", "Hòa", "hoa"},
      {"Thuý", "Thúy", "Thúy", "thuy"},
      {"Khoẻ", "Khỏe", "Khỏe", "khoe"},
      {"Thủy", "Thuỷ", "Thủy", "thuy"},
      {"Hòang", "Hoàng", "Hoàng",
       "hoang"},                     // with a final consonant: last vowel
      {"Qúy", "Quý", "Quý", "quy"},  // u of qu is not the vowel
      {"Gìa", "Già", "Già", "gia"},  // i of gi is not the vowel
      {"Ngòai", "Ngoài", "Ngoài", "ngoai"},      // three vowels: the middle one
      {"Nguỳên", "Nguyền", "Nguyền", "nguyen"},  // ê takes the tone
      {"Trừơng", "Trường", "Trường", "truong"},  // ơ takes the tone
  };
  for (const Case& c : cases) {
    EXPECT_EQ(N(c.a).display, c.display) << c.a;
    EXPECT_EQ(N(c.b).display, c.display) << c.b;
    EXPECT_EQ(N(c.a).key, c.key) << c.a;
  }
  NameOptions modern;
  modern.tone_style = ToneStyle::kModern;
  EXPECT_EQ(N("Hòa", modern).display, "Hoà");
  EXPECT_EQ(N("Thúy", modern).display, "Thuý");
  EXPECT_EQ(N("Hoàng", modern).display, "Hoàng");
  // Upper case keeps its case.
  EXPECT_EQ(N("Lê THUÝ Hằng").display, "Lê THÚY Hằng");
}

TEST(NameNormalizer, ChineseNamesMeetTheirRomanisations) {
  const NormalizedName trad = N("張偉");
  EXPECT_EQ(trad.key, "zhang wei");
  EXPECT_EQ(trad.script, Script::kHan);
  EXPECT_EQ(N("张伟").key, "zhang wei");
  EXPECT_EQ(N("Zhāng Wěi").key, "zhang wei");
  EXPECT_EQ(N("Zhang Wei").key, "zhang wei");
  EXPECT_EQ(N("Wei Zhang").sorted_key, trad.sorted_key);
  EXPECT_EQ(N("張偉先生").key, "zhang wei");
  EXPECT_THAT(N("張偉先生").honorifics, ElementsAre("先生"));
  EXPECT_EQ(N("張偉先生").display, "張偉");
  EXPECT_EQ(N("王秀英女士").key, "wang xiuying");
  EXPECT_EQ(N("Wang Xiuying").key, "wang xiuying");
  EXPECT_EQ(N("王 先生").key, "wang");
  // Taiwan and Hong Kong passports hyphenate the given name's syllables.
  EXPECT_EQ(N("Lin Mei-Ling").key, N("林美玲").key);
  EXPECT_EQ(N("Chen Jian-Guo").key, N("陳建國").key);
  EXPECT_EQ(N("Chen Jian-Guo").key, "chen jianguo");
  // Surname readings differ from the everyday reading of the character.
  EXPECT_EQ(N("单雄信").key, "shan xiongxin");
  EXPECT_EQ(N("曾国藩").key, "zeng guofan");
  EXPECT_EQ(N("解缙").key, "xie jin");
  // Two-character surnames stay one token.
  EXPECT_EQ(N("欧阳修").key, "ouyang xiu");
  EXPECT_EQ(N("司馬光").key, "sima guang");
}

TEST(NameNormalizer, FullwidthAndCompatibilityFormsFold) {
  EXPECT_EQ(N("ＮＧＵＹＥＮ").key, "nguyen");
  EXPECT_EQ(N("ＮＧＵＹＥＮ　ＶＡＮ　ＡＮ").key, "nguyen van an");
  EXPECT_EQ(N("ＮＧＵＹＥＮ　ＶＡＮ　ＡＮ").display, "Nguyen Van An");
}

TEST(NameNormalizer, WesternNames) {
  const NormalizedName n = N("Dr. John  O'Neil");
  EXPECT_EQ(n.display, "John O'Neil");
  EXPECT_EQ(n.key, "john oneil");
  EXPECT_THAT(n.honorifics, ElementsAre("Dr."));
  EXPECT_EQ(N("José Álvarez").display, "José Álvarez");
  EXPECT_EQ(N("José Álvarez").key, "jose alvarez");
  EXPECT_FALSE(N("José Álvarez").vietnamese);
  EXPECT_EQ(N("JEAN-PIERRE DUPONT").display, "Jean-Pierre Dupont");
  EXPECT_EQ(N("JEAN-PIERRE DUPONT").key, "jeanpierre dupont");
  EXPECT_EQ(N("Müller, Jürgen").key, "muller jurgen");
  EXPECT_EQ(N("Straße").key, "strasse");
  EXPECT_EQ(N("Mary-Jane McDonald PhD").display, "Mary-Jane McDonald");
  // Mixed case is left as typed.
  EXPECT_EQ(N("van der Berg").display, "van der Berg");
  EXPECT_EQ(N("Mr Smith").key, "smith");
  // A title alone is kept: it is all there is.
  EXPECT_EQ(N("Mr").key, "mr");
}

TEST(NameNormalizer, InvalidInputIsReportedNotRepaired) {
  const NormalizedName bad = N("Nguy\xE1\xBB n");  // truncated sequence
  EXPECT_FALSE(bad.valid);
  EXPECT_EQ(bad.reason, "invalid UTF-8 at byte 4");
  EXPECT_TRUE(bad.key.empty());
  EXPECT_FALSE(N("").valid);
  EXPECT_FALSE(N("   ").valid);
  EXPECT_FALSE(N(" - / ").valid);
  EXPECT_FALSE(N("12345").valid);
  EXPECT_EQ(N("12345").reason, "no letters");
  EXPECT_EQ(N("#3").reason, "no letters");
  EXPECT_TRUE(N("Nguyễn Văn An 2").valid);
  EXPECT_FALSE(N(std::string("\0\0", 2)).valid);
  EXPECT_FALSE(N("\xC0\x80").valid);      // overlong NUL
  EXPECT_FALSE(N("\xED\xA0\x80").valid);  // surrogate
}

TEST(NameNormalizer, OtherScriptsFallBackToIcu) {
  const NormalizedName ru = N("Иван Петров");
  EXPECT_TRUE(ru.valid);
  EXPECT_EQ(ru.key, "ivan petrov");
  EXPECT_EQ(ru.script, Script::kOther);
  const NormalizedName mixed = N("张伟 David");
  EXPECT_EQ(mixed.script, Script::kMixed);
  EXPECT_EQ(mixed.key, "zhang wei david");
}

TEST(NameNormalizer, ColumnMatchesSingleCalls) {
  const std::vector<std::string_view> cells = {"Nguyễn Văn An", "", "張偉",
                                               "Dr. John O'Neil"};
  const std::vector<NormalizedName> out = NormalizeNameColumn(cells);
  ASSERT_EQ(out.size(), cells.size());
  for (size_t i = 0; i < cells.size(); ++i) {
    EXPECT_EQ(out[i].key, N(cells[i]).key);
    EXPECT_EQ(out[i].valid, N(cells[i]).valid);
  }
}

}  // namespace
}  // namespace dqe

// The Latin fast path and the general path must agree on every field.
#include "src/normalize/name_normalizer_internal.h"
#include "tests/support/name_corpus.h"

namespace dqe {
namespace {

void ExpectSameResult(const std::string& s, const NameOptions& o) {
  NormalizedName fast, general;
  NormalizeName(s, o, &fast);
  internal::NormalizeNameGeneralPath(s, o, &general);
  ASSERT_EQ(fast.valid, general.valid) << s;
  ASSERT_EQ(fast.reason, general.reason) << s;
  ASSERT_EQ(fast.display, general.display) << s;
  ASSERT_EQ(fast.key, general.key) << s;
  ASSERT_EQ(fast.sorted_key, general.sorted_key) << s;
  ASSERT_EQ(fast.tokens, general.tokens) << s;
  ASSERT_EQ(fast.script, general.script) << s;
  ASSERT_EQ(fast.vietnamese, general.vietnamese) << s;
  ASSERT_EQ(fast.honorifics, general.honorifics) << s;
  std::string key;
  ASSERT_EQ(NameKey(s, o, &key), fast.valid) << s;
  ASSERT_EQ(key, fast.valid ? fast.key : "") << s;
}

TEST(NameNormalizer, FastPathEqualsGeneralPath) {
  testing::CorpusGenerator gen(4242);
  const std::vector<std::string> prefixes = {"",     "Anh ", "Ông ",
                                             "Dr. ", "mr ",  "Bà "};
  const std::vector<std::string> suffixes = {"",     " PhD",  " -",
                                             " Jr.", " (cũ)", " 2"};
  NameOptions modern;
  modern.tone_style = ToneStyle::kModern;
  NameOptions raw;
  raw.drop_honorifics = false;
  raw.fix_case = false;
  for (int i = 0; i < 50000; ++i) {
    std::string s = i % 3 == 2 ? gen.Western() : gen.Vietnamese();
    if (i % 7 == 0) s = testing::CorpusGenerator::Upper(s);
    if (i % 11 == 0) {
      std::string lower;
      for (char c : s) lower.push_back(c >= 'A' && c <= 'Z' ? c + 32 : c);
      s = lower;
    }
    s = gen.Pick(prefixes) + s + gen.Pick(suffixes);
    ExpectSameResult(s, {});
    ExpectSameResult(s, i % 2 ? modern : raw);
  }
  for (const char* s : {"", " ", "-", "O'Neil", "Ðặng Thị Hòa", "ðinh", "123",
                        "A.B. Smith", "Nguyen Van An'", "x\t\ty", "'", "Mr",
                        "Straße", "Œuvre", "Łódź Ørsted"}) {
    ExpectSameResult(s, {});
  }
}

}  // namespace
}  // namespace dqe
