// blocker_test.cc: candidate pairs from blocking rules over normalized rows.
#include "src/block/blocker.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "dqe/config.h"
#include "src/block/key_hash.h"
#include "src/engine/record_features.h"

namespace dqe::internal {
namespace {

// A table of string cells, its columns borrowed by TableColumns.
class TestTable {
 public:
  // `rows[r][c]`: row r's cell of column c.
  explicit TestTable(const std::vector<std::vector<std::string>>& rows) {
    const size_t ncols = rows.empty() ? 0 : rows[0].size();
    cells_.resize(ncols);
    for (const auto& row : rows) {
      for (size_t c = 0; c < ncols; ++c) cells_[c].push_back(row[c]);
    }
    views_.resize(ncols);
    for (size_t c = 0; c < ncols; ++c) {
      for (const std::string& s : cells_[c]) views_[c].push_back(s);
      table_.columns.emplace_back(views_[c]);
    }
    table_.num_rows = rows.size();
  }
  const TableColumns& table() const { return table_; }

 private:
  std::vector<std::vector<std::string>> cells_;
  std::vector<std::vector<std::string_view>> views_;
  TableColumns table_;
};

// Features of each column, read with the given kinds.
std::vector<SourceFeatures> Features(const TestTable& t,
                                     const std::vector<Kind>& kinds,
                                     int threads = 1) {
  std::vector<SourceSpec> specs;
  for (size_t c = 0; c < kinds.size(); ++c) {
    SourceSpec s;
    s.columns = {static_cast<int>(c)};
    s.kind = kinds[c];
    specs.push_back(s);
  }
  FeatureOptions options;
  options.threads = threads;
  return ComputeFeatures(t.table(), specs, options);
}

// A rule over columns of `features`: each key part "C[:TRANSFORM]" where C
// is a column index.
BoundRule Rule(const std::vector<SourceFeatures>& features,
               const std::vector<std::pair<int, std::string>>& parts,
               std::string name = "rule") {
  BoundRule rule;
  rule.name = std::move(name);
  for (const auto& [column, text] : parts) {
    absl::StatusOr<KeyPart> part = ParseKeyPart(text);
    EXPECT_TRUE(part.ok()) << text;
    rule.parts.push_back(*part);
    rule.features.push_back(&features[column]);
  }
  return rule;
}

using Pair = std::pair<uint32_t, uint32_t>;

std::vector<Pair> Unpack(const std::vector<uint64_t>& packed) {
  std::vector<Pair> out;
  for (uint64_t p : packed) out.emplace_back(PairFirst(p), PairSecond(p));
  return out;
}

std::vector<Pair> Pairs(const BoundRule& rule, size_t rows,
                        const BlockingOptions& options = {},
                        RuleStats* stats_out = nullptr) {
  RuleStats stats;
  std::vector<uint64_t> packed = RulePairs(rule, rows, options, &stats);
  EXPECT_TRUE(std::is_sorted(packed.begin(), packed.end()));
  EXPECT_TRUE(std::adjacent_find(packed.begin(), packed.end()) == packed.end());
  EXPECT_EQ(stats.rule, rule.name);
  for (uint64_t p : packed) EXPECT_LT(PairFirst(p), PairSecond(p));
  if (stats_out) *stats_out = stats;
  return Unpack(packed);
}

std::vector<std::string> Keys(const BoundRule& rule, uint32_t row) {
  std::vector<std::string> keys;
  RuleKeys(rule, row, &keys);
  std::sort(keys.begin(), keys.end());
  return keys;
}

// ------------------------------------------------------------- phones ----

TEST(RulePairs, RowsSharingAPhoneTypedDifferently) {
  TestTable t({{"0912 345 678"},
               {"+84 (0) 912-345-678"},
               {"０９１２３４５６７８"},
               {"0903 111 222"},
               {"0168 123 4567"},  // renumbered in 2018 ...
               {"038 123 4567"},   // ... to this
               {"+84912345678"}});
  auto f = Features(t, {Kind::kPhone});
  BoundRule rule = Rule(f, {{0, "phone"}}, "phone");
  RuleStats stats;
  EXPECT_EQ(Pairs(rule, 7, {}, &stats),
            (std::vector<Pair>{{0, 1}, {0, 2}, {0, 6}, {1, 2}, {1, 6}, {2, 6},
                               {4, 5}}));
  EXPECT_EQ(stats.keyed_rows, 7u);
  EXPECT_EQ(stats.blocks, 2u);
  EXPECT_EQ(stats.largest_block, 4u);
  EXPECT_EQ(stats.largest_block_key, "+84912345678");
  EXPECT_EQ(stats.oversized_blocks, 0u);
  EXPECT_EQ(stats.pairs, 7u);
}

TEST(RulePairs, ACellWithTwoPhonesPairsWithEither) {
  TestTable t({{"0912 345 678 / 028 3822 1234"},
               {"0912345678"},
               {"(028) 3822 1234"},
               {"0903 111 222"},
               {"+84 28 3822 1234; 0912.345.678"}});
  auto f = Features(t, {Kind::kPhone});
  BoundRule rule = Rule(f, {{0, "phone"}});
  EXPECT_EQ(Keys(rule, 0),
            (std::vector<std::string>{"+842838221234", "+84912345678"}));
  // Rows 1 and 2 share no number: only the cells holding both meet them.
  EXPECT_EQ(Pairs(rule, 5),
            (std::vector<Pair>{{0, 1}, {0, 2}, {0, 4}, {1, 4}, {2, 4}}));
}

TEST(RulePairs, SameNumberTwiceInACellCountsOnce) {
  TestTable t({{"0912345678, 0912 345 678"}, {"0912345678"}});
  auto f = Features(t, {Kind::kPhone});
  BoundRule rule = Rule(f, {{0, "phone"}});
  EXPECT_EQ(Keys(rule, 0), std::vector<std::string>{"+84912345678"});
  RuleStats stats;
  EXPECT_EQ(Pairs(rule, 2, {}, &stats), (std::vector<Pair>{{0, 1}}));
  EXPECT_EQ(stats.largest_block, 2u);
}

TEST(RulePairs, LastDigitsOfPhones) {
  TestTable t({{"0912 345 678"}, {"+1 415 912 345 678"}, {"0912 345 679"}});
  auto f = Features(t, {Kind::kPhone});
  BoundRule rule = Rule(f, {{0, "phone:last:8"}});
  EXPECT_EQ(Keys(rule, 0), std::vector<std::string>{"12345678"});
  EXPECT_EQ(Keys(rule, 2), std::vector<std::string>{"12345679"});
}

// --------------------------------------------------------------- names ----

TEST(RulePairs, NamesMeetOnSortedTokens) {
  TestTable t({{"Nguyễn Văn An"},
               {"An Nguyễn Văn"},
               {"NGUYEN VAN AN"},
               {"Wang Xiu Ying"},
               {"王秀英"},
               {"Nguyễn Văn Anh"},
               {"Ông NGUYỄN VĂN  AN"},
               {"Wang Xiuying"},
               {"Trần Thị Bích Ngọc"}});
  auto f = Features(t, {Kind::kPersonName});
  BoundRule rule = Rule(f, {{0, "full_name:sorted"}});
  EXPECT_EQ(Pairs(rule, 9),
            (std::vector<Pair>{{0, 1}, {0, 2}, {0, 6}, {1, 2}, {1, 6}, {2, 6},
                               {3, 4}, {3, 7}, {4, 7}}));
}

TEST(RulePairs, TraditionalSimplifiedAndPinyinMeet) {
  TestTable t({{"張偉"}, {"张伟"}, {"Wei Zhang"}, {"Zhang Wei"}, {"Zhāng Wěi"}});
  auto f = Features(t, {Kind::kPersonName});
  BoundRule rule = Rule(f, {{0, "full_name:sorted"}});
  std::vector<Pair> all;
  for (uint32_t a = 0; a < 5; ++a) {
    for (uint32_t b = a + 1; b < 5; ++b) all.emplace_back(a, b);
  }
  EXPECT_EQ(Pairs(rule, 5), all);
}

TEST(RulePairs, SpacedPinyinMeetsHanWhateverTheLetters) {
  // "Wang Xiu Ying" meets 王秀英 only because wang < xiu < ying: the same
  // spacing with other letters must meet as well.
  TestTable t({{"李小明"}, {"Li Xiao Ming"}, {"周小红"}, {"Zhou Xiao Hong"}});
  auto f = Features(t, {Kind::kPersonName});
  BoundRule rule = Rule(f, {{0, "full_name:sorted"}});
  EXPECT_EQ(Pairs(rule, 4), (std::vector<Pair>{{0, 1}, {2, 3}}));
}

TEST(RuleKeys, Transforms) {
  TestTable t({{"Nguyễn Văn An", "12/05/1990", "TP. Hà Nội"}});
  auto f = Features(t, {Kind::kPersonName, Kind::kDate, Kind::kCity});
  EXPECT_EQ(Keys(Rule(f, {{0, "n"}}), 0), std::vector<std::string>{"nguyen van an"});
  // Sorted without spaces, and as typed without spaces.
  EXPECT_EQ(Keys(Rule(f, {{0, "n:sorted"}}), 0),
            (std::vector<std::string>{"annguyenvan", "nguyenvanan"}));
  EXPECT_EQ(Keys(Rule(f, {{0, "n:tokens"}}), 0),
            (std::vector<std::string>{"an", "nguyen", "van"}));
  EXPECT_EQ(Keys(Rule(f, {{0, "n:prefix:4"}}), 0), std::vector<std::string>{"nguy"});
  EXPECT_EQ(Keys(Rule(f, {{0, "n:prefix:100"}}), 0),
            std::vector<std::string>{"nguyen van an"});
  EXPECT_EQ(Keys(Rule(f, {{0, "n:last:3"}}), 0), std::vector<std::string>{" an"});
  EXPECT_EQ(Keys(Rule(f, {{0, "n:spaceless"}}), 0),
            std::vector<std::string>{"nguyenvanan"});
  EXPECT_EQ(Keys(Rule(f, {{1, "dob"}}), 0), std::vector<std::string>{"19900512"});
  EXPECT_EQ(Keys(Rule(f, {{1, "dob:year"}}), 0), std::vector<std::string>{"1990"});
  // Several parts: one key, different from either part's alone.
  std::vector<std::string> both = Keys(Rule(f, {{0, "n:tokens"}, {2, "city"}}), 0);
  EXPECT_EQ(both.size(), 3u);  // one per token
  for (const std::string& k : both) {
    EXPECT_NE(k.find("hanoi"), std::string::npos) << k;
  }
}

TEST(RulePairs, MultiPartRulesNeedEveryPart) {
  TestTable t({{"Nguyễn Văn An", "TP. Hà Nội"},
               {"An Nguyễn Văn", "Ha Noi"},
               {"Nguyễn Văn An", "Thành phố Hồ Chí Minh"},
               {"Nguyễn Văn An", ""},
               {"NGUYEN VAN AN", "  "}});
  auto f = Features(t, {Kind::kPersonName, Kind::kCity});
  BoundRule rule = Rule(f, {{0, "full_name:sorted"}, {1, "city"}});
  EXPECT_TRUE(Keys(rule, 3).empty());
  EXPECT_TRUE(Keys(rule, 4).empty());
  RuleStats stats;
  EXPECT_EQ(Pairs(rule, 5, {}, &stats), (std::vector<Pair>{{0, 1}}));
  EXPECT_EQ(stats.keyed_rows, 3u);
}

TEST(RulePairs, EmptyOrUnreadableCellsGetNoKey) {
  TestTable t({{"", ""},
               {"   ", "abc"},
               {"12345", "không có"},
               {"", ""},
               {"--- / ---", "N/A"}});
  auto f = Features(t, {Kind::kPersonName, Kind::kPhone});
  BoundRule names = Rule(f, {{0, "full_name:sorted"}});
  BoundRule phones = Rule(f, {{1, "phone"}});
  for (uint32_t r = 0; r < 5; ++r) {
    EXPECT_TRUE(Keys(names, r).empty()) << r;
    EXPECT_TRUE(Keys(phones, r).empty()) << r;
  }
  for (const BoundRule* rule : {&names, &phones}) {
    RuleStats stats;
    EXPECT_TRUE(Pairs(*rule, 5, {}, &stats).empty());
    EXPECT_EQ(stats.keyed_rows, 0u);
    EXPECT_EQ(stats.blocks, 0u);
  }
}

// ------------------------------------------------------ oversized blocks ----

class OversizedTest : public ::testing::Test {
 protected:
  OversizedTest()
      : table_({{"Nguyễn Văn An"},   {"Nguyễn Thị Bình"}, {"Nguyễn Văn Cường"},
                {"Nguyễn Thị Dung"}, {"Nguyễn Hữu Em"},   {"Nguyễn Văn Giang"},
                {"Nguyễn Thị Hà"},   {"Nguyễn Minh Khoa"}, {"Nguyễn Thị Lan"},
                {"Nguyễn Quốc Minh"}, {"Trần Văn Nam"},   {"Trần Văn Oanh"},
                {"Trần Văn Phúc"},   {"Lê Văn Quang"}}),
        features_(Features(table_, {Kind::kPersonName})),
        rule_(Rule(features_, {{0, "full_name:prefix:6"}}, "family")) {
    options_.max_block_size = 3;
    options_.window = 2;
    options_.sort_key = [this](uint32_t row) {
      return std::string(features_[0].key(row));
    };
  }
  static constexpr size_t kRows = 14;
  TestTable table_;
  std::vector<SourceFeatures> features_;
  BoundRule rule_;
  BlockingOptions options_;
};

TEST_F(OversizedTest, WindowPairsNeighboursOnly) {
  RuleStats stats;
  std::vector<Pair> pairs = Pairs(rule_, kRows, options_, &stats);
  // The ten Nguyễn rows form an oversized block; the three "Trần Văn" rows
  // a block of max_block_size, compared all-pairs; Lê alone makes none.
  EXPECT_EQ(stats.oversized_blocks, 1u);
  EXPECT_EQ(stats.oversized_rows, 10u);
  EXPECT_EQ(stats.largest_block, 10u);
  EXPECT_EQ(stats.largest_block_key, "nguyen");
  EXPECT_EQ(stats.blocks, 2u);
  EXPECT_EQ(stats.keyed_rows, kRows);

  std::map<uint32_t, int> per_row;
  size_t nguyen_pairs = 0;
  for (auto [a, b] : pairs) {
    ++per_row[a];
    ++per_row[b];
    if (a < 10 && b < 10) ++nguyen_pairs;
  }
  // Sorted neighbourhood: each row with its `window` next neighbours.
  EXPECT_EQ(nguyen_pairs, 2u * 8 + 1);
  for (uint32_t r = 0; r < 10; ++r) EXPECT_LE(per_row[r], 4) << r;
  // Neighbours in the sort key's order, not in row order.
  std::vector<std::pair<std::string, uint32_t>> order;
  for (uint32_t r = 0; r < 10; ++r) order.emplace_back(options_.sort_key(r), r);
  std::sort(order.begin(), order.end());
  std::set<Pair> expected;
  for (size_t i = 0; i < order.size(); ++i) {
    for (size_t j = i + 1; j < order.size() && j <= i + options_.window; ++j) {
      uint32_t a = order[i].second, b = order[j].second;
      expected.insert({std::min(a, b), std::max(a, b)});
    }
  }
  expected.insert({10, 11});
  expected.insert({10, 12});
  expected.insert({11, 12});
  EXPECT_EQ(std::set<Pair>(pairs.begin(), pairs.end()), expected);
  EXPECT_EQ(stats.pairs, expected.size());
}

TEST_F(OversizedTest, SkipMakesNoPairsButReportsTheBlock) {
  options_.oversized = OversizedBlocks::kSkip;
  RuleStats stats;
  std::vector<Pair> pairs = Pairs(rule_, kRows, options_, &stats);
  EXPECT_EQ(pairs, (std::vector<Pair>{{10, 11}, {10, 12}, {11, 12}}));
  EXPECT_EQ(stats.oversized_blocks, 1u);
  EXPECT_EQ(stats.oversized_rows, 10u);
  EXPECT_EQ(stats.largest_block, 10u);
}

TEST_F(OversizedTest, BigEnoughLimitComparesAllPairs) {
  options_.max_block_size = 10;
  RuleStats stats;
  std::vector<Pair> pairs = Pairs(rule_, kRows, options_, &stats);
  EXPECT_EQ(pairs.size(), 45u + 3u);
  EXPECT_EQ(stats.oversized_blocks, 0u);
  EXPECT_EQ(stats.oversized_rows, 0u);
}

TEST_F(OversizedTest, WindowWithoutSortKeyKeepsRowOrder) {
  options_.sort_key = nullptr;
  options_.window = 1;
  std::vector<Pair> pairs = Pairs(rule_, kRows, options_);
  std::vector<Pair> nguyen;
  for (auto p : pairs) {
    if (p.second < 10) nguyen.push_back(p);
  }
  EXPECT_EQ(nguyen, (std::vector<Pair>{{0, 1}, {1, 2}, {2, 3}, {3, 4}, {4, 5},
                                       {5, 6}, {6, 7}, {7, 8}, {8, 9}}));
}

// -------------------------------------------------------- link, excluded ----

TEST(RulePairs, LinkModeMakesOnlyLeftRightPairs) {
  // Left: the CRM; right: a trade-fair lead list.
  TestTable t({{"0912345678"},
               {"0912 345 678"},
               {"0903111222"},
               {"+84912345678"},
               {"0903 111 222"},
               {"+84 903 111 222"},
               {"0988 000 111"}});
  auto f = Features(t, {Kind::kPhone});
  BoundRule rule = Rule(f, {{0, "phone"}});
  BlockingOptions options;
  options.left_rows = 3;
  EXPECT_EQ(Pairs(rule, 7, options),
            (std::vector<Pair>{{0, 3}, {1, 3}, {2, 4}, {2, 5}}));

  // An oversized block in linkage: still only left-right pairs.
  options.max_block_size = 2;
  options.window = 8;
  for (auto [a, b] : Pairs(rule, 7, options)) {
    EXPECT_LT(a, 3u);
    EXPECT_GE(b, 3u);
  }
}

TEST(RulePairs, ExcludedRowsTakeNoPart) {
  TestTable t({{"0912345678"}, {"0912 345 678"}, {"+84912345678"},
               {"0168 123 4567"}, {"038 123 4567"}});
  auto f = Features(t, {Kind::kPhone});
  BoundRule rule = Rule(f, {{0, "phone"}});
  const std::vector<uint8_t> excluded = {0, 1, 0, 0, 1};
  BlockingOptions options;
  options.excluded = excluded;
  RuleStats stats;
  EXPECT_EQ(Pairs(rule, 5, options, &stats), (std::vector<Pair>{{0, 2}}));
  EXPECT_EQ(stats.keyed_rows, 3u);
  EXPECT_EQ(stats.blocks, 1u);
}

// ------------------------------------------------------- CandidatePairs ----

TEST(CandidatePairs, UnionOfRulesDeduplicated) {
  TestTable t({{"Nguyễn Văn An", "0912 345 678"},
               {"An Nguyễn Văn", "+84 (0) 912-345-678"},
               {"Nguyen Van An", "0903 111 222"},
               {"Trần Thị Bích Ngọc", "0903111222"},
               {"王秀英", ""},
               {"Wang Xiuying", "028 3822 1234"}});
  auto f = Features(t, {Kind::kPersonName, Kind::kPhone});
  std::vector<BoundRule> rules = {Rule(f, {{0, "full_name:sorted"}}, "name"),
                                  Rule(f, {{1, "phone"}}, "phone")};
  for (int threads : {1, 2}) {
    std::vector<RuleStats> stats;
    std::vector<Pair> pairs =
        Unpack(CandidatePairs(rules, 6, {}, &stats, threads));
    EXPECT_EQ(pairs, (std::vector<Pair>{{0, 1}, {0, 2}, {1, 2}, {2, 3}, {4, 5}}))
        << threads;
    ASSERT_EQ(stats.size(), 2u);
    EXPECT_EQ(stats[0].rule, "name");
    EXPECT_EQ(stats[1].rule, "phone");
    EXPECT_EQ(stats[0].pairs, 4u);  // {0,1} {0,2} {1,2} {4,5}
    EXPECT_EQ(stats[1].pairs, 2u);  // {0,1} {2,3}
  }
}

TEST(CandidatePairs, SameWithOneAndTwoThreads) {
  // Generated contacts: names from a small pool (so blocks form, some of them
  // oversized), phones from a pool, some cells with two phones or none.
  const std::vector<std::string> family = {"Nguyễn", "Trần", "Lê", "Phạm",
                                           "Hoàng", "王", "李", "Smith"};
  const std::vector<std::string> given = {"Văn An", "Thị Bình", "Minh", "秀英",
                                          "小明", "John", "Quốc Thiện"};
  std::mt19937 rng(42);
  std::vector<std::vector<std::string>> rows;
  for (int i = 0; i < 3000; ++i) {
    std::string name = family[rng() % family.size()] + " " + given[rng() % given.size()];
    std::string phone = "09" + std::to_string(10000000 + rng() % 700);
    if (rng() % 5 == 0) phone += " / 028 3822 " + std::to_string(1000 + rng() % 50);
    if (rng() % 7 == 0) phone.clear();
    rows.push_back({name, phone, family[rng() % 3]});
  }
  TestTable t(rows);
  auto f = Features(t, {Kind::kPersonName, Kind::kPhone, Kind::kCity});
  std::vector<BoundRule> rules = {
      Rule(f, {{0, "full_name:sorted"}}, "name"),
      Rule(f, {{1, "phone"}}, "phone"),
      Rule(f, {{0, "full_name:prefix:3"}, {2, "city"}}, "prefix+city"),
      Rule(f, {{1, "phone:last:4"}}, "last4")};
  BlockingOptions options;
  options.max_block_size = 40;
  options.window = 4;
  options.sort_key = [&f](uint32_t row) { return std::string(f[1].key(row)); };
  std::vector<RuleStats> s1, s2;
  std::vector<uint64_t> one = CandidatePairs(rules, rows.size(), options, &s1, 1);
  std::vector<uint64_t> two = CandidatePairs(rules, rows.size(), options, &s2, 2);
  EXPECT_EQ(one, two);
  ASSERT_EQ(s1.size(), s2.size());
  for (size_t i = 0; i < s1.size(); ++i) {
    EXPECT_EQ(s1[i].pairs, s2[i].pairs) << s1[i].rule;
    EXPECT_EQ(s1[i].oversized_blocks, s2[i].oversized_blocks) << s1[i].rule;
  }
  // The union equals the union of each rule's pairs.
  std::set<uint64_t> expected;
  for (const BoundRule& r : rules) {
    RuleStats st;
    for (uint64_t p : RulePairs(r, rows.size(), options, &st)) expected.insert(p);
  }
  EXPECT_EQ(one, std::vector<uint64_t>(expected.begin(), expected.end()));
  EXPECT_FALSE(one.empty());
  // Features computed with two threads give the same pairs.
  auto f2 = Features(t, {Kind::kPersonName, Kind::kPhone, Kind::kCity}, 2);
  std::vector<BoundRule> rules2 = {Rule(f2, {{0, "full_name:sorted"}}, "name"),
                                   Rule(f2, {{1, "phone"}}, "phone")};
  std::vector<RuleStats> s3;
  std::vector<BoundRule> rules1 = {rules[0], rules[1]};
  EXPECT_EQ(CandidatePairs(rules1, rows.size(), options, &s3, 1),
            CandidatePairs(rules2, rows.size(), options, &s3, 2));
}

TEST(CandidatePairs, NoRulesNoPairs) {
  std::vector<RuleStats> stats;
  EXPECT_TRUE(CandidatePairs({}, 10, {}, &stats, 2).empty());
  EXPECT_TRUE(stats.empty());
}

// -------------------------------------------------------------- HashKey ----

TEST(HashKey, SameKeySameHash) {
  const std::string a = "+84912345678";
  std::string b = "xx+84912345678";
  EXPECT_EQ(HashKey(a), HashKey(std::string_view(b).substr(2)));
  EXPECT_EQ(HashKey("annguyenvan"), HashKey(std::string("annguyenvan")));
  EXPECT_EQ(HashKey(""), HashKey(std::string_view()));
}

TEST(HashKey, DistinctKeysDiffer) {
  // Keys as blocking makes them: phone numbers, name keys with the part
  // separator, and lengths around the 8-byte steps.
  std::set<uint64_t> hashes;
  std::set<std::string> keys;
  auto add = [&](const std::string& k) {
    if (keys.insert(k).second) {
      EXPECT_TRUE(hashes.insert(HashKey(k)).second) << "collision on " << k;
    }
  };
  for (int i = 0; i < 60000; ++i) add("+849" + std::to_string(10000000 + i * 7));
  const std::vector<std::string> syllables = {"an", "nguyen", "van", "thi", "binh",
                                              "wang", "xiuying", "li", "ming"};
  std::mt19937 rng(1);
  while (keys.size() < 100000) {
    std::string k;
    const int n = 1 + static_cast<int>(rng() % 4);
    for (int j = 0; j < n; ++j) k += syllables[rng() % syllables.size()];
    k += '\x1f';
    k += std::to_string(rng() % 1000);
    add(k);
  }
  EXPECT_EQ(hashes.size(), keys.size());
  // Keys that differ only by trailing zero bytes or by length.
  std::set<uint64_t> zeros;
  for (size_t n = 0; n <= 24; ++n) {
    EXPECT_TRUE(zeros.insert(HashKey(std::string(n, '\0'))).second) << n;
  }
  EXPECT_NE(HashKey("nguyen"), HashKey(std::string("nguyen\0", 7)));
  EXPECT_NE(HashKey("12345678"), HashKey("123456780"));
  EXPECT_NE(HashKey("ab"), HashKey("ba"));
}

TEST(HashKey, FlippingAnyBitChangesTheHash) {
  std::string key = "annguyenvan\x1fhanoi";
  const uint64_t h = HashKey(key);
  for (size_t i = 0; i < key.size(); ++i) {
    for (int bit = 0; bit < 8; ++bit) {
      std::string k = key;
      k[i] = static_cast<char>(k[i] ^ (1 << bit));
      EXPECT_NE(HashKey(k), h) << i << ":" << bit;
    }
  }
}

}  // namespace
}  // namespace dqe::internal
