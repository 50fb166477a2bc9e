// field_comparator_test.cc: which level of the default comparisons a pair
// of real CRM values falls in, and each level test at its threshold.
#include "src/compare/field_comparator.h"

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dqe/compare.h"
#include "dqe/config.h"
#include "dqe/schema.h"
#include "src/engine/record_features.h"
#include "tests/support/feature_column.h"

namespace dqe::internal {
namespace {

using Column1 = ::dqe::testing::FeatureColumn;

// The default levels of the comparison named `name` for `header`.
std::vector<LevelSpec> DefaultLevelsOf(const std::vector<std::string_view>& header,
                                       std::string_view name) {
  for (const ComparisonSpec& c : DefaultComparisons(InferSchema(header))) {
    if (c.name == name) return c.levels;
  }
  ADD_FAILURE() << "no default comparison " << name;
  return {};
}

const std::vector<std::string_view> kContacts = {
    "id", "full_name", "phone", "email", "company", "address", "city"};

BoundComparison Bind(std::string name, Kind kind, std::vector<LevelSpec> levels,
                     const SourceFeatures& f) {
  BoundComparison c;
  c.name = std::move(name);
  c.kind = kind;
  c.levels = std::move(levels);
  c.features = &f;
  PrepareComparison(&c);
  return c;
}

// Pairs (cells 2i, 2i+1) and the level name each should fall in.
struct Case {
  std::string a, b;
  std::string level;
};

void ExpectLevels(Kind kind, const std::vector<LevelSpec>& levels,
                  const std::vector<Case>& cases) {
  std::vector<std::string> cells;
  for (const Case& c : cases) {
    cells.push_back(c.a);
    cells.push_back(c.b);
  }
  Column1 column(kind, cells);
  BoundComparison cmp = Bind("c", kind, levels, column.features());
  for (size_t i = 0; i < cases.size(); ++i) {
    const uint32_t a = static_cast<uint32_t>(2 * i), b = a + 1;
    for (auto [x, y] : {std::pair{a, b}, std::pair{b, a}}) {
      uint8_t level = CompareLevel(cmp, x, y);
      std::string got = level == kMissingLevel ? "missing" : levels[level].name;
      EXPECT_EQ(got, cases[i].level)
          << "\"" << cases[i].a << "\" vs \"" << cases[i].b << "\" (keys \""
          << column.features().key(a) << "\" / \"" << column.features().key(b)
          << "\")";
    }
  }
}

// --------------------------------------------------------------- names ----

TEST(CompareLevel, Names) {
  ExpectLevels(Kind::kPersonName, DefaultLevelsOf(kContacts, "name"),
               {{"Nguyễn Văn An", "An Nguyễn Văn", "exact"},
                {"Nguyễn Văn An", "NGUYEN VAN AN", "exact"},
                {"Nguyễn Văn An", "Ông NGUYỄN VĂN  AN", "exact"},
                {"Ðặng Thị Hoà", "Đặng Thị Hòa", "exact"},
                {"王秀英", "Wang Xiuying", "exact"},
                {"王秀英", "Wang Xiu Ying", "exact"},
                {"張偉", "Wei Zhang", "exact"},
                {"Nguyễn Văn An", "Nguyễn Văn Ann", "close"},
                {"Trần Thị Bích Ngọc", "Tran Thi Bich Ngoc", "exact"},
                {"Trần Thị Bích Ngọc", "Trần Thị Bích Ngoc", "exact"},
                {"Trần Thị Bích Ngọc", "Trần Thị Bính Ngọc", "close"},
                {"Nguyễn An", "Nguyễn Văn An", "partial"},
                {"Trần Ngọc", "Trần Thị Bích Ngọc", "partial"},
                // A name with its surname left out is incomplete, not
                // different.
                {"Noah", "Morris Noah", "partial"},
                {"Noah", "Emily Brooks", "different"},
                {"Nguyễn Văn An", "Trần Thị Bích Ngọc", "different"},
                {"Nguyễn Văn An", "Lê Quốc Thiện", "different"},
                {"Wang Xiuying", "Li Xiaoming", "different"},
                {"Xiu Ying Wang", "Wang Xiuying", "exact"},
                // The same letters cut into other words: hoa|nguyen|xuan and
                // hoang|uyen|xuan are two names, alike but not one.
                {"Nguyễn Xuân Hoa", "Hoang Xuan Uyen", "close"},
                // An initial is not a syllable; English given names beside one
                // Chinese name are two people's.
                {"James A. Young", "Daniel A. Young", "similar"},
                {"David Ting Yu-kai", "Peter Ting Yu-kai", "different"},
                {"David Ting Yu-kai", "丁雨佳", "exact"},
                {"王秀英", "李小明", "different"},
                // Hong Kong's romanisation of the characters (Cantonese).
                {"曾海瑞", "Tsang Hoi-sui", "exact"},
                {"劉偉", "WAI LAU", "exact"},
                // Characters beside letters that do not spell them (an
                // English name): not comparable, weaker than "different".
                {"鄭語媛", "Connie Cheng", "other_kind"},
                {"王秀英", "Nguyễn Văn An", "other_kind"},
                {"Nguyễn Văn An", "", "missing"},
                {"", "", "missing"},
                {"   ", "Nguyễn Văn An", "missing"},
                {"12345", "Nguyễn Văn An", "missing"}});
}

// ----------------------------------------------------------- addresses ----

// The default address levels on addresses as CRM rows hold them: one address
// spelled two ways is exact, a part of it close, a street shared by a
// district only is not.
TEST(CompareLevel, Addresses) {
  ExpectLevels(
      Kind::kAddress, DefaultLevelsOf(kContacts, "address"),
      {{"328 Võ Văn Tần, Phường Tân Hưng, Quận 7", "328 VO VAN TAN, P. TAN HUNG, Q.7",
        "exact"},
       {"6785 Willow Blvd.", "6785 Willow Boulevard", "exact"},
       {"572 Church Street #28", "572 Church St. Unit 28", "exact"},
       {"Số 241 Đường Trường Chinh, Phường Tương Mai, Quận Hoàng Mai",
        "241 Trường Chinh", "close"},
       {"上海市徐汇区长江路1015号30楼", "长江路1015号", "close"},
       {"九龍尖沙咀彌敦道378號3樓H室", "尖沙咀彌敦道378號", "close"},
       {"8801 Jefferson Lane", "8801 Jefferson Ln, Portland, OR", "close"},
       // Sharing the district (or the city) is not sharing the address.
       {"12 Lê Lợi, Phường 4, Quận 7", "Quận 7", "different"},
       {"香港中環皇后大道中7號33樓A室", "香港", "different"},
       {"62 Nguyễn Thị Minh Khai, Phường 2, Quận Tân Bình",
        "349/46 Hoàng Văn Thụ, Phường 2, Quận Tân Bình", "different"},
       {"2746 Oak Road", "5952 Willow Blvd", "different"},
       {"", "2746 Oak Road", "missing"},
       {", ,", "2746 Oak Road", "missing"}});
}

// -------------------------------------------------------------- phones ----

TEST(CompareLevel, Phones) {
  ExpectLevels(Kind::kPhone, DefaultLevelsOf(kContacts, "phone"),
               {{"0912 345 678", "+84 (0) 912-345-678", "exact"},
                {"0912 345 678", "０９１２３４５６７８", "exact"},
                {"0168 123 4567", "038 123 4567", "exact"},  // renumbered
                {"0168 123 4567", "+84 38 123 4567", "exact"},
                {"0912 345 678 / 028 3822 1234", "028 3822 1234", "shared_line"},
                {"0912 345 678 / 028 3822 1234", "(+84) 912345678", "exact"},
                {"0912 345 678", "0912 345 679", "close"},
                {"0912 345 678 / 028 3822 1234", "0912 345 677", "close"},
                {"0912 345 678", "0903 111 222", "different"},
                // Two mobiles differ; a mobile and an office line (or a
                // number dialled with an extension) may be one person's.
                {"0912 345 678", "028 3822 1234", "other_kind"},
                {"0912 345 678", "028 3822 1234 ext 15", "other_kind"},
                {"0912 345 678", "0903 111 222 máy lẻ 15", "other_kind"},
                {"028 3822 1234", "024 3933 5555", "other_kind"},
                {"0912 345 678 / 028 3822 1234", "0903 111 222", "different"},
                {"+86 138 0013 8000", "+86 10 6552 9988", "other_kind"},
                {"+86 138 0013 8000", "+86 139 1234 5678", "different"},
                {"0912 345 678", "", "missing"},
                {"abc", "0912 345 678", "missing"},
                {"", "", "missing"}});
}

// -------------------------------------------------------------- emails ----

TEST(CompareLevel, Emails) {
  ExpectLevels(Kind::kEmail, DefaultLevelsOf(kContacts, "email"),
               {{"  Mailto:Nguyen.Van.An+crm@GoogleMail.com",
                 "nguyenvanan@gmail.com", "exact"},
                {"nguyen.van.an@gmail.com", "NguyenVanAn+hcm@gmail.com", "exact"},
                {"nguyen.van.an+x@outlook.com", "Nguyen.Van.An@outlook.com", "exact"},
                {"nguyen.van.an@yahoo.com", "nguyen.van.an@outlook.com", "same_user"},
                {"tran.binh@fpt.com.vn", "tran.binh@viettel.com.vn", "same_user"},
                {"nguyenvanan@gmail.com", "nguyenvanan@yahoo.com", "same_user"},
                {"nguyenvanan@gmail.com", "tran.thi.binh@gmail.com", "different"},
                {"an.nguyen@gmail.com", "mai.le@yahoo.com.vn", "different"},
                {"zhangwei88@qq.com", "wei.zhang@163.com", "different"},
                {"an.nguyen@minhphat.vn", "binh.tran@hoalong.com.vn", "different"},
                // A private and a work address: one person may hold both.
                {"an.nguyen@gmail.com", "an.nt@minhphat.vn", "other_kind"},
                {"zhangwei88@qq.com", "wei.zhang@huaxin.com.cn", "other_kind"},
                {"an.nguyen@gmial.com", "an.nt@minhphat.vn", "other_kind"},
                {"nguyenvanan@gmail.com", "not an email", "missing"},
                {"", "nguyenvanan@gmail.com", "missing"}});
}

TEST(CompareLevel, EmailSameUserAcrossGmailDots) {
  ExpectLevels(Kind::kEmail, DefaultLevelsOf(kContacts, "email"),
               {{"Nguyen.Van.An@gmail.com", "Nguyen.Van.An@yahoo.com", "same_user"}});
}

// --------------------------------------------------------------- dates ----

TEST(CompareLevel, BirthDates) {
  std::vector<LevelSpec> levels = DefaultLevelsOf(
      {"rec_id", "given_name", "surname", "date_of_birth"}, "birth_date");
  ASSERT_EQ(levels.size(), 3u);
  ExpectLevels(Kind::kDate, levels,
               {{"1990-05-12", "12/05/1990", "exact"},
                {"19900512", "1990年5月12日", "exact"},
                {"1990-05-12", "1990-05-13", levels[1].name},   // one digit
                {"1990-05-12", "1991-05-12", levels[1].name},   // one digit
                {"1990-05-12", "1990-12-05", levels[1].name},   // day/month swapped
                {"1990-05-12", "1990-05-21", "different"},      // two digits
                {"1990-05-12", "1985-03-01", "different"},
                {"1990-05-12", "31/02/1990", "missing"},         // no such day
                {"", "1990-05-12", "missing"},
                {"không rõ", "1990-05-12", "missing"}});
}

// -------------------------------------------------------- level tests ----

// One pair of values of `kind`: rows 0 and 1.
struct TwoValues {
  TwoValues(Kind kind, std::string a, std::string b)
      : column(kind, {std::move(a), std::move(b)}),
        cmp(Bind("t", kind, {LevelSpec{}}, column.features())) {}
  bool Passes(LevelTest test, double threshold) const {
    return LevelTestPasses(cmp, test, threshold, 0, 1) &&
           LevelTestPasses(cmp, test, threshold, 1, 0);
  }
  Column1 column;
  BoundComparison cmp;
};

TEST(LevelTestPasses, Equal) {
  EXPECT_TRUE(TwoValues(Kind::kPersonName, "An Nguyễn Văn", "NGUYỄN VĂN AN")
                  .Passes(LevelTest::kEqual, 0));
  EXPECT_FALSE(TwoValues(Kind::kPersonName, "Nguyễn Văn An", "Nguyễn Văn Anh")
                   .Passes(LevelTest::kEqual, 0));
  EXPECT_TRUE(TwoValues(Kind::kCompany, "Công ty TNHH Minh Phát",
                        "Minh Phat Co., Ltd.")
                  .Passes(LevelTest::kEqual, 0));
  EXPECT_TRUE(TwoValues(Kind::kCity, "TP. Hà Nội", "Hanoi").Passes(LevelTest::kEqual, 0));
  EXPECT_TRUE(TwoValues(Kind::kPhone, "0912 345 678 / 028 3822 1234", "028.3822.1234")
                  .Passes(LevelTest::kEqual, 0));
}

TEST(LevelTestPasses, JaroWinklerAtItsThreshold) {
  const std::string a = "nguyen van an", b = "nguyen van anh";
  TwoValues v(Kind::kText, a, b);
  const double s = JaroWinklerSimilarity(a, b);
  ASSERT_GT(s, 0.9);
  ASSERT_LT(s, 1.0);
  EXPECT_TRUE(v.Passes(LevelTest::kJaroWinkler, s));
  EXPECT_FALSE(v.Passes(LevelTest::kJaroWinkler, std::nextafter(s, 2.0)));
  EXPECT_TRUE(v.Passes(LevelTest::kJaroWinkler, 0.0));
  EXPECT_TRUE(TwoValues(Kind::kText, a, a).Passes(LevelTest::kJaroWinkler, 1.0));
  // E-mails: the local parts, not the shared "@gmail.com".
  TwoValues e(Kind::kEmail, "nguyenvanan@gmail.com", "tranthibinh@gmail.com");
  EXPECT_FALSE(e.Passes(LevelTest::kJaroWinkler, 0.8));
}

TEST(LevelTestPasses, LevenshteinAtItsThreshold) {
  TwoValues v(Kind::kText, "nguyen van an", "nguyen van na");  // distance 2
  EXPECT_TRUE(v.Passes(LevelTest::kLevenshtein, 2));
  EXPECT_FALSE(v.Passes(LevelTest::kLevenshtein, 1));
  EXPECT_FALSE(v.Passes(LevelTest::kLevenshtein, 1.5));  // whole edits
  EXPECT_FALSE(v.Passes(LevelTest::kLevenshtein, -1));
  // Phones: any number of one cell against any of the other.
  TwoValues p(Kind::kPhone, "0912 345 678 / 028 3822 1234", "028 3822 1235");
  EXPECT_TRUE(p.Passes(LevelTest::kLevenshtein, 1));
  EXPECT_FALSE(p.Passes(LevelTest::kLevenshtein, 0));
  // E-mails: the local parts.
  TwoValues e(Kind::kEmail, "tranbinh@gmail.com", "tranbinh@yahoo.com");
  EXPECT_TRUE(e.Passes(LevelTest::kLevenshtein, 0));
}

TEST(LevelTestPasses, LevenshteinSimilarityAtItsThreshold) {
  TwoValues v(Kind::kText, "abcd", "abce");  // 1 - 1/4
  EXPECT_TRUE(v.Passes(LevelTest::kLevenshteinSimilarity, 0.75));
  EXPECT_FALSE(v.Passes(LevelTest::kLevenshteinSimilarity, std::nextafter(0.75, 1.0)));
  TwoValues w(Kind::kText, "Hà Nội", "Hà Nộii");  // keys "ha noi" / "ha noii"
  const double s = LevenshteinSimilarity("ha noi", "ha noii");
  EXPECT_TRUE(w.Passes(LevelTest::kLevenshteinSimilarity, s));
  EXPECT_FALSE(w.Passes(LevelTest::kLevenshteinSimilarity, std::nextafter(s, 2.0)));
}

TEST(LevelTestPasses, TokenSetAndSortAtTheirThresholds) {
  TwoValues v(Kind::kAddress, "12 Lê Lợi, Quận 1", "Quận 1, 12 Lê Lợi, Phường Bến Nghé");
  const double set = TokenSetRatio(v.column.features().key(0), v.column.features().key(1));
  EXPECT_TRUE(v.Passes(LevelTest::kTokenSet, set));
  if (set < 1.0) {
    EXPECT_FALSE(v.Passes(LevelTest::kTokenSet, std::nextafter(set, 2.0)));
  }
  TwoValues n(Kind::kPersonName, "An Nguyễn Văn", "Nguyễn Văn Ann");
  const double sort = SpacelessTokenSortRatio("an nguyen van", "nguyen van ann");
  ASSERT_GT(sort, 0.8);
  ASSERT_LT(sort, 1.0);
  EXPECT_TRUE(n.Passes(LevelTest::kTokenSort, sort));
  EXPECT_FALSE(n.Passes(LevelTest::kTokenSort, std::nextafter(sort, 2.0)));
  EXPECT_TRUE(TwoValues(Kind::kPersonName, "王秀英", "Xiu Ying Wang")
                  .Passes(LevelTest::kTokenSort, 1.0));
}

TEST(LevelTestPasses, TokenSubset) {
  EXPECT_TRUE(TwoValues(Kind::kPersonName, "Nguyễn An", "Nguyễn Văn An")
                  .Passes(LevelTest::kTokenSubset, 0));
  EXPECT_TRUE(TwoValues(Kind::kPersonName, "An Nguyễn", "Nguyễn Văn An")
                  .Passes(LevelTest::kTokenSubset, 0));
  // A name typed without its family name is a part of the whole one (its
  // weight is that of a partial name, far from an exact one's).
  EXPECT_TRUE(TwoValues(Kind::kPersonName, "An", "Nguyễn Văn An")
                  .Passes(LevelTest::kTokenSubset, 0));
  EXPECT_FALSE(TwoValues(Kind::kPersonName, "An", "Nguyễn Văn Bình")
                   .Passes(LevelTest::kTokenSubset, 0));
  // Same number of tokens: not a subset (that is equal or different).
  EXPECT_FALSE(TwoValues(Kind::kPersonName, "Nguyễn Văn An", "Nguyễn Văn Anh")
                   .Passes(LevelTest::kTokenSubset, 0));
  EXPECT_FALSE(TwoValues(Kind::kPersonName, "Nguyễn Bình", "Nguyễn Văn An")
                   .Passes(LevelTest::kTokenSubset, 0));
}

TEST(LevelTestPasses, Initials) {
  EXPECT_TRUE(TwoValues(Kind::kPersonName, "J Smith", "John Smith")
                  .Passes(LevelTest::kInitials, 0));
  EXPECT_TRUE(TwoValues(Kind::kPersonName, "J.", "John").Passes(LevelTest::kInitials, 0));
  EXPECT_FALSE(TwoValues(Kind::kPersonName, "John", "Jane").Passes(LevelTest::kInitials, 0));
  EXPECT_FALSE(TwoValues(Kind::kPersonName, "M Smith", "John Smith")
                   .Passes(LevelTest::kInitials, 0));
}

TEST(LevelTestPasses, OtherKindByKind) {
  // Names: characters beside letters, not two names in one script.
  EXPECT_TRUE(TwoValues(Kind::kPersonName, "鄭語媛", "Connie Cheng")
                  .Passes(LevelTest::kOtherKind, 0));
  EXPECT_FALSE(TwoValues(Kind::kPersonName, "Nguyễn Văn An", "Trần Bình")
                   .Passes(LevelTest::kOtherKind, 0));
  EXPECT_FALSE(TwoValues(Kind::kPersonName, "王秀英", "李小明")
                   .Passes(LevelTest::kOtherKind, 0));
  // E-mails: a private mailbox beside a work address.
  EXPECT_TRUE(TwoValues(Kind::kEmail, "an.nguyen@gmail.com", "an.nt@minhphat.vn")
                  .Passes(LevelTest::kOtherKind, 0));
  EXPECT_FALSE(TwoValues(Kind::kEmail, "an.nguyen@gmail.com", "binh@yahoo.com")
                   .Passes(LevelTest::kOtherKind, 0));
  // Other kinds have no kinds of value: the test never passes.
  EXPECT_FALSE(TwoValues(Kind::kCompany, "Công ty TNHH Minh Phát", "Hoa Long JSC")
                   .Passes(LevelTest::kOtherKind, 0));
  EXPECT_TRUE(TwoValues(Kind::kPhone, "(024) 3933 5555", "0912 345 678")
                  .Passes(LevelTest::kOtherKind, 0));
  EXPECT_FALSE(TwoValues(Kind::kPhone, "0988 765 432", "0912 345 678")
                   .Passes(LevelTest::kOtherKind, 0));
}

TEST(UserSpelledFromName, NameTokensAndInitialsInAnyOrder) {
  for (std::string_view email :
       {"nguyenvanan@gmail.com", "an.nguyen@minhphat.vn", "annv@yahoo.com",
        "nva@fpt.vn", "nguyen_an@outlook.com", "van-an.nguyen+crm@gmail.com"}) {
    EXPECT_TRUE(UserSpelledFromName(email, "nguyen van an")) << email;
  }
  EXPECT_TRUE(UserSpelledFromName("keung.lee@outlook.com", "lee keung"));
  EXPECT_TRUE(UserSpelledFromName("jsmith@acme.com", "john smith"));
  // The person's own: digits, other letters, a token used twice.
  for (std::string_view email :
       {"nguyenvanan1990@gmail.com", "anhnguyen@gmail.com", "bigboss@gmail.com",
        "anan@gmail.com", "nguyenvanann@gmail.com", "@gmail.com"}) {
    EXPECT_FALSE(UserSpelledFromName(email, "nguyen van an")) << email;
  }
  EXPECT_FALSE(UserSpelledFromName("an@gmail.com", ""));
}

TEST(LevelTestPasses, EmailLocal) {
  EXPECT_TRUE(TwoValues(Kind::kEmail, "tran.binh@fpt.com.vn", "Tran.Binh@viettel.com.vn")
                  .Passes(LevelTest::kEmailLocal, 0));
  EXPECT_FALSE(TwoValues(Kind::kEmail, "tran.binh@fpt.com.vn", "tranbinh2@fpt.com.vn")
                   .Passes(LevelTest::kEmailLocal, 0));
}

TEST(LevelTestPasses, DateTypo) {
  EXPECT_TRUE(TwoValues(Kind::kDate, "1990-05-12", "1990-05-13").Passes(LevelTest::kDateTypo, 0));
  EXPECT_TRUE(TwoValues(Kind::kDate, "1990-05-12", "1990-12-05").Passes(LevelTest::kDateTypo, 0));
  EXPECT_TRUE(TwoValues(Kind::kDate, "1990-05-12", "1980-05-12").Passes(LevelTest::kDateTypo, 0));
  EXPECT_FALSE(TwoValues(Kind::kDate, "1990-05-12", "1990-06-13").Passes(LevelTest::kDateTypo, 0));
  EXPECT_FALSE(TwoValues(Kind::kDate, "1990-05-12", "1991-12-05").Passes(LevelTest::kDateTypo, 0));
}

TEST(LevelTestPasses, WithinAtItsThreshold) {
  TwoValues d(Kind::kDate, "2026-02-28", "01/03/2026");  // one day apart
  EXPECT_TRUE(d.Passes(LevelTest::kWithin, 1));
  EXPECT_FALSE(d.Passes(LevelTest::kWithin, std::nextafter(1.0, 0.0)));
  EXPECT_FALSE(d.Passes(LevelTest::kWithin, 0));
  TwoValues y(Kind::kDate, "1990-05-12", "1991-05-12");
  EXPECT_TRUE(y.Passes(LevelTest::kWithin, 365));
  EXPECT_FALSE(y.Passes(LevelTest::kWithin, 364));
  TwoValues n(Kind::kDays, "Net 30", "30 ngày");
  EXPECT_TRUE(n.Passes(LevelTest::kWithin, 0));
  TwoValues m(Kind::kDays, "Net 30", "45 days");
  EXPECT_TRUE(m.Passes(LevelTest::kWithin, 15));
  EXPECT_FALSE(m.Passes(LevelTest::kWithin, 14.999));
  // No number on text.
  EXPECT_FALSE(TwoValues(Kind::kText, "abc", "abc").Passes(LevelTest::kWithin, 1e9));
}

TEST(LevelTestPasses, ElseAlways) {
  EXPECT_TRUE(TwoValues(Kind::kPersonName, "Nguyễn Văn An", "王秀英").Passes(LevelTest::kElse, 0));
}

TEST(CompareLevel, FirstPassingLevelWinsAndElseIsLast) {
  Column1 col(Kind::kPersonName, {"Nguyễn Văn An", "Nguyễn Văn Anh", "Lê Quốc Thiện"});
  std::vector<LevelSpec> levels(3);
  levels[0].name = "loose";
  levels[0].test = LevelTest::kJaroWinkler;
  levels[0].threshold = 0.8;
  levels[1].name = "strict";
  levels[1].test = LevelTest::kJaroWinkler;
  levels[1].threshold = 0.99;
  levels[2].name = "other";
  levels[2].test = LevelTest::kEqual;  // no "else": falls to the last level
  BoundComparison c = Bind("n", Kind::kPersonName, levels, col.features());
  EXPECT_EQ(CompareLevel(c, 0, 1), 0);
  // Levels in order of strictness.
  std::swap(c.levels[0], c.levels[1]);
  PrepareComparison(&c);
  EXPECT_EQ(CompareLevel(c, 0, 1), 1);
  EXPECT_EQ(CompareLevel(c, 0, 0), 0);
  EXPECT_EQ(CompareLevel(c, 0, 2), 2);
}

}  // namespace
}  // namespace dqe::internal
