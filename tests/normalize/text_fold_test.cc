// The table-driven fold must give exactly what ICU's transliterators give.
#include "src/normalize/text_fold.h"

#include <gtest/gtest.h>
#include <unicode/normalizer2.h>
#include <unicode/unistr.h>

#include <algorithm>
#include <cstdio>
#include <fstream>
#include <random>
#include <string>

#include "src/common/utf8.h"
#include "src/normalize/fold_tables.h"
#include "src/normalize/vietnamese_tone.h"
#include "tests/support/name_corpus.h"

namespace dqe::internal {
namespace {

std::string IcuNfkc(const std::string& s) {
  UErrorCode status = U_ZERO_ERROR;
  const icu::Normalizer2* nfkc = icu::Normalizer2::getNFKCInstance(status);
  icu::UnicodeString u = nfkc->normalize(icu::UnicodeString::fromUTF8(s), status);
  std::string out;
  u.toUTF8String(out);
  return out;
}

std::string FastKey(const std::string& text, HanRuns mode = HanRuns::kSyllables) {
  std::string nfkc, key;
  ToNfkc(text, &nfkc);
  FoldToKey(nfkc, mode, &key);
  return key;
}

// ICU's fold of the whole text, cut into tokens the same way.
std::string IcuKey(const std::string& text) {
  const std::string folded = IcuFoldReference(IcuNfkc(text));
  std::string key;
  FoldToKey(folded, HanRuns::kSyllables, &key);
  return key;
}

std::string WithoutSpaces(std::string s) {
  s.erase(std::remove(s.begin(), s.end(), ' '), s.end());
  return s;
}

TEST(TextFold, EveryVietnameseLetterFoldsAsIcuDoes) {
  int letters = 0;
  for (char32_t cp = 0; cp < 0x1F00; ++cp) {
    VietnameseVowel v;
    if (!AsVietnameseVowel(cp, &v) && cp != U'đ' && cp != U'Đ') continue;
    std::string s;
    AppendUtf8(cp, &s);
    EXPECT_EQ(FastKey(s), IcuKey(s)) << s;
    // And inside words, before and after other letters.
    const std::string word = "Ng" + s + "yn" + s;
    EXPECT_EQ(FastKey(word), IcuKey(word)) << word;
    ++letters;
  }
  EXPECT_EQ(letters, 12 * 6 * 2 + 2);  // 144 vowels with their tones, đ, Đ
}

TEST(TextFold, EveryTableCodePointFoldsAsIcuDoes) {
  int checked = 0;
  for (char32_t cp = 0x20; cp < 0xFFFF; ++cp) {
    const LatinFoldEntry* e = LatinEntry(cp);
    if (e == nullptr || !(e->flags & kTableFold)) continue;
    std::string s = "x";
    AppendUtf8(cp, &s);
    s += "y";
    ASSERT_EQ(FastKey(s), IcuKey(s)) << "U+" << std::hex << static_cast<int>(cp);
    ++checked;
  }
  EXPECT_GT(checked, 900);
}

TEST(TextFold, GeneratedLatinAndVietnameseNamesFoldAsIcuDoes) {
  testing::CorpusGenerator gen(20261124);
  int checked = 0;
  for (int i = 0; i < 100000; ++i) {
    const std::string name = (i % 5 == 4) ? gen.Western() : gen.Vietnamese();
    ASSERT_EQ(FastKey(name), IcuKey(name)) << name;
    ++checked;
  }
  // The public name list shipped beside the project, when it is there.
  for (const char* file : {"/names/boy.txt", "/names/girl.txt"}) {
    std::ifstream in(std::string(DQE_SHARED_DATA_DIR) + file);
    std::string line;
    while (std::getline(in, line)) {
      const std::string full = "Nguyễn " + line;
      ASSERT_EQ(FastKey(full), IcuKey(full)) << full;
      ++checked;
    }
  }
  EXPECT_GE(checked, 100000);
}

TEST(TextFold, OnePassLatinFoldEqualsFoldToKey) {
  testing::CorpusGenerator gen(99);
  int one_pass = 0;
  for (int i = 0; i < 50000; ++i) {
    const std::string s = (i % 5 == 4) ? gen.Western() : gen.Vietnamese();
    std::string fast, nfkc, slow;
    bool latin = false;
    if (FoldLatinKey(s, &fast, &latin)) {
      ++one_pass;
      ToNfkc(s, &nfkc);
      const Script script = FoldToKey(nfkc, HanRuns::kPersonName, &slow);
      ASSERT_EQ(fast, slow) << s;
      ASSERT_EQ(latin, script == Script::kLatin) << s;
    } else {
      ASSERT_TRUE(fast.empty());
    }
  }
  EXPECT_EQ(one_pass, 50000);  // NFD Vietnamese included
  std::string out = "x";
  bool latin = false;
  EXPECT_FALSE(FoldLatinKey("张伟", &out, &latin));
  EXPECT_FALSE(FoldLatinKey("ＡＢ", &out, &latin));  // NFKC would change it
  EXPECT_FALSE(FoldLatinKey("\xC3", &out, &latin));       // not UTF-8
  EXPECT_EQ(out, "x");
  EXPECT_TRUE(FoldLatinKey("123 - 45", &out, &latin));
  EXPECT_FALSE(latin);
  EXPECT_EQ(out, "x123 45");
  out.clear();  // decomposed Vietnamese, as macOS types it: nguyễn
  EXPECT_TRUE(FoldLatinKey("nguye\xCC\x82\xCC\x83n", &out, &latin));
  EXPECT_EQ(out, "nguyen");
  EXPECT_FALSE(FoldLatinKey("\xCC\x81" "e", &out, &latin));  // a mark first
}

// Text the tables do not cover goes through ICU; what ICU leaves outside
// ASCII is kept only when it is a letter, mark or digit: a symbol or a box
// drawing character separates tokens as ASCII punctuation does.
TEST(TextFold, SymbolsIcuLeavesSeparateTokens) {
  auto key = [](std::string_view s) {
    std::string out;
    FoldToKey(s, HanRuns::kSyllables, &out);
    return out;
  };
  EXPECT_EQ(key("Minh\u2566Ph\u00e1t"), "minh phat");  // ╦
  EXPECT_EQ(key("\u9053\u2566378"), "dao 378");          // 道╦378
  EXPECT_EQ(key("Caf\u00e9 \u263A \u03A9"), "cafe o");  // ☺, Ω
  // A letter ICU cannot write in ASCII stays: a key is not emptied.
  // عليه is romanized with ʿ (U+02BF, a modifier letter).
  const std::string arabic = key("\u0639\u0644\u064A\u0647 \u2605");
  EXPECT_NE(arabic.find("\u02BF"), std::string::npos) << arabic;
  EXPECT_EQ(arabic.find("\u2605"), std::string::npos) << arabic;
  EXPECT_EQ(arabic.find(' '), std::string::npos) << arabic;
}

// FoldLatinKey reports where the key's first and last spaces are, as
// offsets into *out (after what it held before).
TEST(TextFold, OnePassFoldReportsItsFirstAndLastSpace) {
  for (const std::string prefix : {"", "x "}) {
    for (std::string_view name :
         {"Nguyễn Văn An", "  ĐẶNG   thị  Hoà ", "An", "", "O'Neil", "Mary-Jane Smith"}) {
      std::string out = prefix;
      bool latin = false;
      KeySpaces spaces;
      ASSERT_TRUE(FoldLatinKey(name, &out, &latin, nullptr, &spaces)) << name;
      const std::string_view key = std::string_view(out).substr(prefix.size());
      const size_t first = key.find(' '), last = key.rfind(' ');
      EXPECT_EQ(spaces.first, first == std::string::npos ? first : prefix.size() + first)
          << name;
      EXPECT_EQ(spaces.last, last == std::string::npos ? last : prefix.size() + last)
          << name;
    }
  }
}

TEST(TextFold, NfkcMatchesIcu) {
  testing::CorpusGenerator gen(7);
  const std::vector<std::string> odd = {
      "ＮＧＵＹＥＮ　ＶＡＮ", "ﬁona", "Ⅻ", "e\xCC\x81", "A\xCC\x8A", "①②", "㈱"};
  for (const std::string& s : odd) {
    std::string out;
    ToNfkc(s, &out);
    EXPECT_EQ(out, IcuNfkc(s)) << s;
  }
  for (int i = 0; i < 20000; ++i) {
    const std::string s = gen.Vietnamese();
    std::string out;
    ToNfkc(s, &out);
    ASSERT_EQ(out, IcuNfkc(s)) << s;
  }
}

// Decomposed text (as macOS writes it) with the marks in any order: the fast
// composer must agree with ICU's NFKC, canonical reordering and blocking
// included.
TEST(TextFold, DecomposedTextComposesAsIcuDoes) {
  const std::vector<char32_t> bases = {U'a', U'e', U'o', U'u', U'y', U'i', U'A',
                                       U'E', U'O', U'U', U'â', U'ê', U'ô', U'ơ',
                                       U'ư', U'ă', U'n', U'd', U'Đ', U'ü', U'Z'};
  const std::vector<char32_t> marks = {0x300, 0x301, 0x303, 0x309, 0x323, 0x302,
                                       0x306, 0x31B, 0x308, 0x30C, 0x327, 0x304};
  std::mt19937 rng(5);
  auto pick = [&](size_t n) { return static_cast<size_t>(rng() % n); };
  int checked = 0;
  for (int i = 0; i < 50000; ++i) {
    std::string s;
    const size_t letters = 1 + pick(6);
    for (size_t l = 0; l < letters; ++l) {
      AppendUtf8(bases[pick(bases.size())], &s);
      const size_t n = pick(4);
      for (size_t k = 0; k < n; ++k) AppendUtf8(marks[pick(marks.size())], &s);
      if (pick(4) == 0) s += ' ';
    }
    std::string out;
    ToNfkc(s, &out);
    ASSERT_EQ(out, IcuNfkc(s)) << s;
    // The one-pass fold, where it takes decomposed text, folds it as ICU
    // folds the composed text.
    std::string fast, slow;
    bool latin = false;
    if (FoldLatinKey(s, &fast, &latin)) {
      FoldToKey(out, HanRuns::kPersonName, &slow);
      ASSERT_EQ(fast, slow) << s;
      ASSERT_EQ(fast, IcuKey(s)) << s;
    }
    ++checked;
  }
  EXPECT_EQ(checked, 50000);
}

// Han names: per-character tables against ICU's reading of the whole name.
// ICU reads some characters differently inside words it knows (phrases), so
// the table fold is required to agree on at least 99.9% of names, and the
// differences that remain are listed in the next test.
TEST(TextFold, GeneratedChineseNamesMatchIcuOnAtLeast999Permille) {
  testing::CorpusGenerator gen(88);
  int total = 0, same = 0;
  std::vector<std::string> diffs;
  for (int i = 0; i < 30000; ++i) {
    std::string name = gen.ChineseSimplified();
    if (i % 2 == 1) name = testing::CorpusGenerator::Traditional(name);
    const std::string fast = WithoutSpaces(FastKey(name, HanRuns::kJoined));
    const std::string icu = WithoutSpaces(IcuKey(name));
    ++total;
    if (fast == icu) {
      ++same;
    } else if (diffs.size() < 20) {
      diffs.push_back(name + ": table " + fast + ", ICU " + icu);
    }
  }
  const double rate = static_cast<double>(same) / total;
  std::printf("Han names equal to ICU: %d of %d (%.4f%%)\n", same, total, 100 * rate);
  for (const std::string& d : diffs) std::printf("  %s\n", d.c_str());
  EXPECT_GE(rate, 0.999);
}

TEST(TextFold, KnownDifferencesFromIcuAreWordReadings) {
  // The differences the previous test finds (ICU 72) are all of one kind:
  // ICU's dictionary knows 沈思 and 沈重 as the Traditional spellings of the
  // words 沉思 "ponder" and 沉重 "heavy" and reads 沈 as chén there. In a
  // name, 沈 is the surname Shěn; the table reads each character on its own
  // and gives the surname reading.
  EXPECT_EQ(FastKey("沈思振", HanRuns::kPersonName), "shen sizhen");
  EXPECT_EQ(WithoutSpaces(IcuKey("沈思振")), "chensizhen");
  EXPECT_EQ(FastKey("沈重", HanRuns::kPersonName), "shen zhong");
  EXPECT_EQ(WithoutSpaces(IcuKey("沈重")), "chenzhong");
  // Where no word is involved, both agree, surname readings included.
  EXPECT_EQ(FastKey("沈静", HanRuns::kPersonName), "shen jing");
  EXPECT_EQ(WithoutSpaces(IcuKey("沈静")), "shenjing");
  EXPECT_EQ(FastKey("单雄信", HanRuns::kPersonName), "shan xiongxin");
  EXPECT_EQ(WithoutSpaces(IcuKey("单雄信")), "shanxiongxin");
}

TEST(TextFold, HanRunsModes) {
  EXPECT_EQ(FastKey("王秀英", HanRuns::kPersonName), "wang xiuying");
  EXPECT_EQ(FastKey("王秀英", HanRuns::kSyllables), "wang xiu ying");
  EXPECT_EQ(FastKey("张记贸易", HanRuns::kJoined), "zhangjimaoyi");
  EXPECT_EQ(FastKey("張記貿易", HanRuns::kJoined), "zhangjimaoyi");
  EXPECT_EQ(FastKey("欧阳修", HanRuns::kPersonName), "ouyang xiu");
  EXPECT_EQ(FastKey("欧阳", HanRuns::kPersonName), "ou yang");
}

TEST(TextFold, ScriptDetection) {
  std::string key;
  EXPECT_EQ(FoldToKey("Nguyễn", HanRuns::kJoined, &key), Script::kLatin);
  key.clear();
  EXPECT_EQ(FoldToKey("张伟", HanRuns::kJoined, &key), Script::kHan);
  key.clear();
  EXPECT_EQ(FoldToKey("张伟 Wei", HanRuns::kJoined, &key), Script::kMixed);
  key.clear();
  EXPECT_EQ(FoldToKey("Иван", HanRuns::kJoined, &key), Script::kOther);
  key.clear();
  EXPECT_EQ(FoldToKey("123 - ", HanRuns::kJoined, &key), Script::kEmpty);
  EXPECT_EQ(key, "123");
}

}  // namespace
}  // namespace dqe::internal
