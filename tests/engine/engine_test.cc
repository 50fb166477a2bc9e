// Engine: Dedupe, Link, Train, SchemaFor and ExplainSchema on a table of
// CRM contacts (tests/data/dedupe/contacts.csv, 46 rows): the same people
// typed several ways (Vietnamese with and without diacritics, in NFD, with an
// eth for Đ, with honorifics; Chinese in Traditional, Simplified and pinyin;
// Gmail dot and +tag variants; a mobile before and after the 2018
// renumbering), hard negatives (namesakes, a family sharing a landline,
// colleagues sharing info@ and the switchboard) and unrelated people who make
// the term frequencies and the default prior mean something.
#include "dqe/engine.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <memory>
#include <nlohmann/json.hpp>
#include <random>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/config.h"
#include "dqe/schema.h"
#include "dqe/score.h"
#include "dqe/table.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "src/io/csv_reader.h"

namespace dqe {
namespace {

using ::testing::ElementsAreArray;
using ::testing::HasSubstr;
using ::testing::UnorderedElementsAreArray;

constexpr double kDefaultThreshold = 0.9;
constexpr double kDefaultDuplicatesPerRow = 0.5;

// A table that owns its cells, viewed as a TableView.
class Table {
 public:
  Table(std::vector<std::string> header,
        std::vector<std::vector<std::string>> rows)
      : header_(std::move(header)), rows_(std::move(rows)) {
    columns_.resize(header_.size());
    for (const std::vector<std::string>& row : rows_) {
      for (size_t c = 0; c < header_.size(); ++c) {
        columns_[c].push_back(c < row.size() ? std::string_view(row[c])
                                             : std::string_view());
      }
    }
  }
  Table(Table&&) = default;

  static Table FromCsv(const std::string& name) {
    const std::string path =
        std::string(DQE_SOURCE_DIR) + "/tests/data/dedupe/" + name;
    absl::StatusOr<internal::CsvTable> csv = internal::ReadCsvFile(path);
    EXPECT_TRUE(csv.ok()) << csv.status();
    if (!csv.ok()) return Table({}, {});
    EXPECT_TRUE(csv->issues().empty())
        << path << ": " << csv->issues()[0].message;
    std::vector<std::vector<std::string>> rows(csv->num_rows());
    for (size_t r = 0; r < csv->num_rows(); ++r) {
      for (size_t c = 0; c < csv->num_columns(); ++c) {
        rows[r].emplace_back(csv->cell(r, c));
      }
    }
    return Table(csv->header(), std::move(rows));
  }

  TableView view() const {
    TableView v;
    v.header = header_;
    for (const auto& c : columns_) v.columns.emplace_back(c);
    v.num_rows = rows_.size();
    if (!flagged_.empty()) v.flagged = flagged_;
    return v;
  }

  size_t num_rows() const { return rows_.size(); }
  const std::vector<std::string>& header() const { return header_; }
  const std::vector<std::string>& row(size_t r) const { return rows_[r]; }

  size_t Column(std::string_view name) const {
    for (size_t c = 0; c < header_.size(); ++c) {
      if (header_[c] == name) return c;
    }
    ADD_FAILURE() << "no column " << name;
    return 0;
  }
  // Id returns the row's id cell.
  const std::string& Id(size_t r) const { return rows_[r][Column("id")]; }
  // Row returns the row whose id is `id`.
  uint32_t Row(std::string_view id) const {
    for (size_t r = 0; r < rows_.size(); ++r) {
      if (Id(r) == id) return static_cast<uint32_t>(r);
    }
    ADD_FAILURE() << "no row " << id;
    return 0;
  }

  void Flag(std::string_view id) {
    flagged_.resize(rows_.size(), 0);
    flagged_[Row(id)] = 1;
  }

  // Permuted returns the table with its rows in `order`.
  Table Permuted(const std::vector<size_t>& order) const {
    std::vector<std::vector<std::string>> rows;
    for (size_t r : order) rows.push_back(rows_[r]);
    return Table(header_, std::move(rows));
  }
  // WithColumns returns the table with only these columns, in this order.
  Table WithColumns(const std::vector<std::string>& names) const {
    std::vector<size_t> index;
    for (const std::string& n : names) index.push_back(Column(n));
    std::vector<std::vector<std::string>> rows;
    for (const auto& row : rows_) {
      std::vector<std::string> out;
      for (size_t c : index) out.push_back(row[c]);
      rows.push_back(std::move(out));
    }
    return Table(names, std::move(rows));
  }

 private:
  std::vector<std::string> header_;
  std::vector<std::vector<std::string>> rows_;
  std::vector<std::vector<std::string_view>> columns_;
  std::vector<uint8_t> flagged_;
};

std::unique_ptr<Engine> MakeEngine(std::string_view json = "{}") {
  absl::StatusOr<Config> config = Config::FromJson(json);
  EXPECT_TRUE(config.ok()) << config.status();
  if (!config.ok()) return nullptr;
  absl::StatusOr<std::unique_ptr<Engine>> engine = Engine::Create(*config);
  EXPECT_TRUE(engine.ok()) << engine.status();
  return engine.ok() ? *std::move(engine) : nullptr;
}

// Clusters returns, by row id, the id naming the row's cluster.
std::map<std::string, std::string> Clusters(const Table& table,
                                            const DedupeResult& result) {
  std::map<std::string, std::string> out;
  EXPECT_EQ(result.cluster_of_row.size(), table.num_rows());
  for (size_t r = 0; r < table.num_rows() && r < result.cluster_of_row.size();
       ++r) {
    out[table.Id(r)] = table.Id(result.cluster_of_row[r]);
  }
  return out;
}

// Members returns the ids of the rows in `id`'s cluster.
std::vector<std::string> Members(const std::map<std::string, std::string>& c,
                                 const std::string& id) {
  std::vector<std::string> out;
  const std::string& cluster = c.at(id);
  for (const auto& [row, of] : c) {
    if (of == cluster) out.push_back(row);
  }
  return out;
}

std::string Describe(const Table& table, const DedupeResult& r) {
  std::string s;
  for (const MatchedPair& p : r.pairs) {
    s += table.Id(p.a) + "-" + table.Id(p.b) +
         " w=" + std::to_string(p.weight) + (p.accepted ? " accepted" : "") +
         " [";
    for (size_t c = 0; c < p.levels.size(); ++c) {
      s += r.comparisons[c].name + "=" +
           (p.levels[c] == MatchedPair::kMissing
                ? std::string("missing")
                : r.comparisons[c].levels[p.levels[c]]) +
           " " + std::to_string(p.weights[c]) + "; ";
    }
    s += "]\n";
  }
  return s;
}

class EngineDedupeTest : public ::testing::Test {
 protected:
  void SetUp() override {
    engine_ = MakeEngine();
    ASSERT_NE(engine_, nullptr);
    ASSERT_EQ(table_.num_rows(), 46u);
    MatchOptions options;
    options.threads = 1;
    options.report_probability = 0.01;  // for Describe on failure
    absl::StatusOr<DedupeResult> r = engine_->Dedupe(table_.view(), options);
    ASSERT_TRUE(r.ok()) << r.status();
    result_ = *std::move(r);
    clusters_ = Clusters(table_, result_);
  }

  // ExpectCluster checks that the cluster of ids[0] is exactly `ids`, named
  // by the smallest of them.
  void ExpectCluster(std::vector<std::string> ids) {
    std::sort(ids.begin(), ids.end());
    EXPECT_THAT(Members(clusters_, ids[0]), ElementsAreArray(ids))
        << Describe(table_, result_);
    for (const std::string& id : ids) EXPECT_EQ(clusters_[id], ids[0]) << id;
  }
  void ExpectApart(const std::vector<std::string>& ids) {
    std::set<std::string> seen;
    for (const std::string& id : ids) {
      EXPECT_TRUE(seen.insert(clusters_[id]).second)
          << id << " shares cluster " << clusters_[id] << "\n"
          << Describe(table_, result_);
    }
  }
  bool Accepted(std::string_view a, std::string_view b) const {
    uint32_t ra = table_.Row(a), rb = table_.Row(b);
    for (const MatchedPair& p : result_.pairs) {
      if (((p.a == ra && p.b == rb) || (p.a == rb && p.b == ra)) &&
          p.accepted) {
        return true;
      }
    }
    return false;
  }

  Table table_ = Table::FromCsv("contacts.csv");
  std::unique_ptr<Engine> engine_;
  DedupeResult result_;
  std::map<std::string, std::string> clusters_;
};

// ------------------------------------------------------ obvious duplicates --

TEST_F(EngineDedupeTest, VietnameseTypedThreeWaysIsOneCluster) {
  // "Nguyễn Văn An" / "NGUYEN VAN  AN" / "Anh Nguyễn Văn An" in NFD; the
  // mobile as 0912 345 678 / +84 912 345 678 / 0912345678; Gmail with dots,
  // a +tag and googlemail.com.
  ExpectCluster({"P001", "P002", "P003"});
}

TEST_F(EngineDedupeTest, EthForDAndRenumberedMobileIsOneCluster) {
  // "Ðặng Thị Hoà" (U+00D0) / "Đặng Thị Hòa" / "Chị Đặng Thị Hoà";
  // 0168 123 4567 (before 2018) / 038 123 4567 / +84 38 123 4567.
  ExpectCluster({"P010", "P011", "P012"});
}

TEST_F(EngineDedupeTest, TraditionalSimplifiedAndPinyinIsOneCluster) {
  // 張偉 / 张伟 / Wei Zhang, one Taiwanese mobile, one Outlook address.
  ExpectCluster({"P020", "P021", "P022"});
}

TEST_F(EngineDedupeTest, WesternNameOrderAndGmailVariantsIsOneCluster) {
  // "John Smith" / "Smith, John" / "Mr. John Smith"; john.smith@gmail.com /
  // JohnSmith+crm@gmail.com / j.o.h.n.smith@googlemail.com.
  ExpectCluster({"P030", "P031", "P032"});
}

// ---------------------------------------------------------- hard negatives --

TEST_F(EngineDedupeTest, NamesakesWithOtherPhonesAndEmailsStayApart) {
  // Three different men named Nguyễn Văn An: P001 (with its duplicates),
  // P004 and P005 have different mobiles and different e-mails.
  ExpectApart({"P001", "P004", "P005"});
  EXPECT_FALSE(Accepted("P004", "P005"));
  EXPECT_FALSE(Accepted("P001", "P004"));
  EXPECT_FALSE(Accepted("P001", "P005"));
}

TEST_F(EngineDedupeTest, FamilySharingAddressAndLandlineStaysApart) {
  // Phạm Văn Hùng, Phạm Thị Lan and Phạm Minh Đức: one house, one landline.
  ExpectApart({"P040", "P041", "P042"});
}

TEST_F(EngineDedupeTest, ColleaguesSharingInfoMailboxAndSwitchboardStayApart) {
  // Three people of Công ty TNHH Sao Mai, all with info@saomai.com.vn, the
  // switchboard 028 3930 5678 and the office address.
  ExpectApart({"P050", "P051", "P052"});
}

TEST_F(EngineDedupeTest, UnrelatedPeopleAreSingletons) {
  for (const auto& [id, cluster] : clusters_) {
    if (id >= "P100") {
      EXPECT_THAT(Members(clusters_, id), ElementsAreArray({id}))
          << Describe(table_, result_);
    }
  }
}

TEST_F(EngineDedupeTest, CannotLinkHoldsThroughAThirdRecord) {
  // Three rows named Hoàng Văn Minh: P060 and P062 share a mobile and an
  // address, P061 and P062 an e-mail and a company; P060 and P061 have
  // different valid mobiles, e-mails, companies and addresses, so they are
  // two people, and P062 joins at most one of them.
  ASSERT_TRUE(Accepted("P060", "P062")) << Describe(table_, result_);
  ASSERT_TRUE(Accepted("P061", "P062")) << Describe(table_, result_);
  EXPECT_FALSE(Accepted("P060", "P061"));
  EXPECT_NE(clusters_["P060"], clusters_["P061"]) << Describe(table_, result_);
  EXPECT_TRUE(clusters_["P062"] == clusters_["P060"] ||
              clusters_["P062"] == clusters_["P061"]);
  EXPECT_GE(result_.stats.pairs_blocked_by_guard, 1u);
}

// ------------------------------------------------------ cluster invariants --

TEST_F(EngineDedupeTest, EveryRowOnceNamedByItsSmallestMember) {
  ASSERT_EQ(result_.cluster_of_row.size(), table_.num_rows());
  std::set<uint32_t> representatives;
  for (size_t r = 0; r < table_.num_rows(); ++r) {
    const uint32_t rep = result_.cluster_of_row[r];
    ASSERT_LT(rep, table_.num_rows());
    EXPECT_EQ(result_.cluster_of_row[rep], rep) << "row " << r;
    EXPECT_LE(table_.Id(rep), table_.Id(r)) << "row " << r;
    representatives.insert(rep);
  }
  EXPECT_EQ(result_.stats.clusters, representatives.size());
  EXPECT_EQ(result_.stats.rows, table_.num_rows());
  // Accepted pairs join their rows (unless a cannot-link guard refused).
  EXPECT_GT(result_.stats.accepted_pairs, 0u);
  EXPECT_GT(result_.stats.candidate_pairs, 0u);
}

TEST_F(EngineDedupeTest, SameClustersAfterShufflingRowsAndWithTwoThreads) {
  for (unsigned seed : {1u, 2u, 3u}) {
    std::vector<size_t> order(table_.num_rows());
    for (size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::mt19937 rng(seed);
    std::shuffle(order.begin(), order.end(), rng);
    Table shuffled = table_.Permuted(order);
    for (int threads : {1, 2}) {
      MatchOptions options;
      options.threads = threads;
      absl::StatusOr<DedupeResult> r =
          engine_->Dedupe(shuffled.view(), options);
      ASSERT_TRUE(r.ok()) << r.status();
      EXPECT_EQ(Clusters(shuffled, *r), clusters_)
          << "seed " << seed << ", threads " << threads;
    }
  }
  MatchOptions two;
  two.threads = 2;
  absl::StatusOr<DedupeResult> r = engine_->Dedupe(table_.view(), two);
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r->cluster_of_row, result_.cluster_of_row);
}

TEST_F(EngineDedupeTest, FlaggedRowsAreSingletons) {
  table_.Flag("P002");
  table_.Flag("P011");
  absl::StatusOr<DedupeResult> r = engine_->Dedupe(table_.view());
  ASSERT_TRUE(r.ok()) << r.status();
  std::map<std::string, std::string> c = Clusters(table_, *r);
  EXPECT_THAT(Members(c, "P002"), ElementsAreArray({"P002"}));
  EXPECT_THAT(Members(c, "P011"), ElementsAreArray({"P011"}));
  for (const MatchedPair& p : r->pairs) {
    EXPECT_NE(p.a, table_.Row("P002"));
    EXPECT_NE(p.b, table_.Row("P002"));
    EXPECT_NE(p.a, table_.Row("P011"));
    EXPECT_NE(p.b, table_.Row("P011"));
  }
  // The other rows still find each other.
  EXPECT_EQ(c["P003"], "P001");
  EXPECT_EQ(c["P012"], "P010");
  EXPECT_EQ(r->stats.flagged_rows, 2u);
}

// ------------------------------------------------------------ explanations --

void ExpectExplained(const std::vector<ComparisonInfo>& comparisons,
                     const std::vector<MatchedPair>& pairs, double prior) {
  for (const MatchedPair& p : pairs) {
    ASSERT_EQ(p.levels.size(), comparisons.size());
    ASSERT_EQ(p.weights.size(), comparisons.size());
    double sum = PriorWeight(prior);
    for (size_t c = 0; c < comparisons.size(); ++c) {
      if (p.levels[c] == MatchedPair::kMissing) {
        EXPECT_EQ(p.weights[c], 0.0) << comparisons[c].name;
      } else {
        EXPECT_LT(p.levels[c], comparisons[c].levels.size())
            << comparisons[c].name;
      }
      sum += p.weights[c];
    }
    EXPECT_NEAR(p.weight, sum, 1e-9) << p.a << "-" << p.b;
    EXPECT_DOUBLE_EQ(p.probability, MatchProbability(p.weight));
    if (p.accepted) {
      EXPECT_GE(p.probability, kDefaultThreshold);
    }
  }
}

TEST_F(EngineDedupeTest, PairsExplainTheirWeights) {
  ASSERT_FALSE(result_.pairs.empty());
  std::vector<std::string> names;
  for (const ComparisonInfo& c : result_.comparisons) {
    names.push_back(c.name);
    EXPECT_FALSE(c.levels.empty()) << c.name;
  }
  EXPECT_THAT(names, UnorderedElementsAreArray({"name", "phone", "email",
                                                "company", "address", "city"}));
  // The untrained prior: duplicates_per_row / (rows - 1).
  ExpectExplained(result_.comparisons, result_.pairs,
                  kDefaultDuplicatesPerRow / (table_.num_rows() - 1));

  // P001 and P003 agree exactly on the mobile and the Gmail key.
  const uint32_t a = table_.Row("P001"), b = table_.Row("P003");
  const MatchedPair* pair = nullptr;
  for (const MatchedPair& p : result_.pairs) {
    if (p.a == std::min(a, b) && p.b == std::max(a, b)) pair = &p;
  }
  ASSERT_NE(pair, nullptr) << Describe(table_, result_);
  EXPECT_TRUE(pair->accepted);
  for (size_t c = 0; c < result_.comparisons.size(); ++c) {
    const ComparisonInfo& info = result_.comparisons[c];
    if (info.name == "phone" || info.name == "email" || info.name == "name") {
      ASSERT_NE(pair->levels[c], MatchedPair::kMissing) << info.name;
      EXPECT_EQ(info.levels[pair->levels[c]], "exact") << info.name;
      EXPECT_GT(pair->weights[c], 0.0) << info.name;
    }
  }
}

TEST_F(EngineDedupeTest, IdenticalAddressWeighsAtLeastANearlyIdenticalOne) {
  // P001 and P002 have one address up to diacritics; P003 leaves out the
  // district. Agreeing exactly must not count less than agreeing closely.
  size_t address = result_.comparisons.size();
  for (size_t c = 0; c < result_.comparisons.size(); ++c) {
    if (result_.comparisons[c].name == "address") address = c;
  }
  ASSERT_LT(address, result_.comparisons.size());
  auto pair = [&](std::string_view a,
                  std::string_view b) -> const MatchedPair* {
    const uint32_t ra = table_.Row(a), rb = table_.Row(b);
    for (const MatchedPair& p : result_.pairs) {
      if (p.a == std::min(ra, rb) && p.b == std::max(ra, rb)) return &p;
    }
    return nullptr;
  };
  const MatchedPair* exact = pair("P001", "P002");
  const MatchedPair* close = pair("P001", "P003");
  ASSERT_NE(exact, nullptr);
  ASSERT_NE(close, nullptr);
  const std::vector<std::string>& levels = result_.comparisons[address].levels;
  ASSERT_EQ(levels[exact->levels[address]], "exact");
  ASSERT_EQ(levels[close->levels[address]], "close");
  EXPECT_GE(exact->weights[address], close->weights[address]);
}

TEST_F(EngineDedupeTest,
       PairsAreOrderedAndReportedPairsBelowThresholdAreNotAccepted) {
  for (size_t i = 0; i < result_.pairs.size(); ++i) {
    EXPECT_LT(result_.pairs[i].a, result_.pairs[i].b);
    if (i > 0) {
      EXPECT_LT(std::pair(result_.pairs[i - 1].a, result_.pairs[i - 1].b),
                std::pair(result_.pairs[i].a, result_.pairs[i].b));
    }
    EXPECT_GE(result_.pairs[i].probability, 0.01);
    if (result_.pairs[i].probability < kDefaultThreshold) {
      EXPECT_FALSE(result_.pairs[i].accepted);
    }
  }
  // Without report_probability only the accepted pairs are listed, the same
  // ones.
  absl::StatusOr<DedupeResult> plain = engine_->Dedupe(table_.view());
  ASSERT_TRUE(plain.ok());
  std::vector<std::pair<uint32_t, uint32_t>> accepted, listed;
  for (const MatchedPair& p : result_.pairs) {
    if (p.accepted) accepted.emplace_back(p.a, p.b);
  }
  for (const MatchedPair& p : plain->pairs) {
    EXPECT_TRUE(p.accepted);
    listed.emplace_back(p.a, p.b);
  }
  EXPECT_EQ(listed, accepted);
  EXPECT_EQ(plain->cluster_of_row, result_.cluster_of_row);
}

TEST(EngineTest, GivenPriorIsThePairsBaseWeight) {
  std::unique_ptr<Engine> engine = MakeEngine(R"({"prior": 0.002})");
  ASSERT_NE(engine, nullptr);
  Table table = Table::FromCsv("contacts.csv");
  absl::StatusOr<DedupeResult> r = engine->Dedupe(table.view());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_FALSE(r->pairs.empty());
  ExpectExplained(r->comparisons, r->pairs, 0.002);
}

TEST(EngineTest, EmptyAndOneRowTables) {
  std::unique_ptr<Engine> engine = MakeEngine();
  ASSERT_NE(engine, nullptr);
  Table empty({"id", "full_name", "phone", "email"}, {});
  absl::StatusOr<DedupeResult> r = engine->Dedupe(empty.view());
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_TRUE(r->cluster_of_row.empty());
  EXPECT_TRUE(r->pairs.empty());
  EXPECT_EQ(r->stats.clusters, 0u);

  Table one({"id", "full_name", "phone", "email"},
            {{"C1", "Nguyễn Văn An", "0912 345 678", "an@gmail.com"}});
  r = engine->Dedupe(one.view());
  ASSERT_TRUE(r.ok()) << r.status();
  EXPECT_EQ(r->cluster_of_row, std::vector<uint32_t>{0});
  EXPECT_EQ(r->stats.clusters, 1u);

  absl::StatusOr<LinkResult> l = engine->Link(empty.view(), one.view());
  ASSERT_TRUE(l.ok()) << l.status();
  ASSERT_EQ(l->best.size(), 1u);
  EXPECT_EQ(l->best[0].left, -1);
  l = engine->Link(one.view(), empty.view());
  ASSERT_TRUE(l.ok()) << l.status();
  EXPECT_TRUE(l->best.empty());
}

// -------------------------------------------------------------------- link --

TEST(EngineLinkTest, FlaggedRightRowIsNew) {
  std::unique_ptr<Engine> engine = MakeEngine();
  ASSERT_NE(engine, nullptr);
  Table left = Table::FromCsv("contacts.csv");
  Table right({"id", "full_name", "phone", "email", "city"},
              {{"N1", "Trịnh Quốc Thiện", "0934 567 120",
                "thien.trinh@viettel.com.vn", "Hà Nội"},
               {"N2", "Trịnh Quốc Thiện", "0934 567 120",
                "thien.trinh@viettel.com.vn", "Hà Nội"}});
  right.Flag("N2");
  absl::StatusOr<LinkResult> r = engine->Link(left.view(), right.view());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->best.size(), 2u);
  ASSERT_GE(r->best[0].left, 0);
  EXPECT_EQ(left.Id(static_cast<size_t>(r->best[0].left)), "P100");
  EXPECT_EQ(r->best[1].left, -1);
}

// The left table's people, as a second system exports them: other column
// order, other ids, one of them new.
Table RightTable() {
  return Table({"email", "city", "full_name", "id", "phone", "company",
                "country", "address", "updated_at", "source"},
               {
                   {"thien.trinh@viettel.com.vn", "Ha Noi", "TRINH QUOC THIEN",
                    "N1", "+84 934 567 120", "", "VN", "", "2024-05-01", "erp"},
                   {"", "Sài Gòn", "Kim Ji-woo", "N2", "+82 10 2345 6789", "",
                    "Korea", "", "2024-05-02", "erp"},
                   {"Huy.Ly@Tiki.vn", "Ho Chi Minh", "Ly Gia Huy", "N3",
                    "0707319864", "Tiki", "Vietnam", "", "2024-05-03", "erp"},
                   {"jiwoo.kim@naver.com", "Seoul", "Kim Ji-woo", "N4",
                    "+82 10 9876 5432", "Naver Corp", "Korea",
                    "6 Buljeong-ro, Bundang", "2024-05-04", "erp"},
               });
}

TEST(EngineLinkTest, MatchingRightRowsGetTheirLeftRowOthersAreNew) {
  std::unique_ptr<Engine> engine = MakeEngine();
  ASSERT_NE(engine, nullptr);
  Table left = Table::FromCsv("contacts.csv");
  Table right = RightTable();
  absl::StatusOr<LinkResult> r = engine->Link(left.view(), right.view());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->best.size(), right.num_rows());
  std::map<std::string, std::string> best;
  for (size_t i = 0; i < r->best.size(); ++i) {
    best[right.Id(i)] = r->best[i].left < 0
                            ? "new"
                            : left.Id(static_cast<size_t>(r->best[i].left));
  }
  EXPECT_EQ(best["N1"], "P100");
  EXPECT_EQ(best["N2"], "new");
  EXPECT_EQ(best["N3"], "P105");
  EXPECT_EQ(best["N4"], "new");
  for (const LinkMatch& m : r->best) {
    if (m.left < 0) continue;
    EXPECT_GE(m.probability, kDefaultThreshold);
    EXPECT_DOUBLE_EQ(m.probability, MatchProbability(m.weight));
  }
  // Every best match is an accepted pair (a: left row, b: right row), the
  // strongest of its right row.
  for (size_t i = 0; i < r->best.size(); ++i) {
    double strongest = -INFINITY;
    for (const MatchedPair& p : r->pairs) {
      ASSERT_LT(p.a, left.num_rows());
      ASSERT_LT(p.b, right.num_rows());
      if (p.b == i && p.accepted) strongest = std::max(strongest, p.weight);
    }
    if (r->best[i].left >= 0) {
      EXPECT_EQ(r->best[i].weight, strongest);
    }
  }
  // The untrained prior for linkage: duplicates_per_row / the larger table.
  ExpectExplained(r->comparisons, r->pairs,
                  kDefaultDuplicatesPerRow / left.num_rows());
}

TEST(EngineLinkTest, RightRowOfADuplicatedPersonGetsOneOfItsRows) {
  std::unique_ptr<Engine> engine = MakeEngine();
  ASSERT_NE(engine, nullptr);
  Table left = Table::FromCsv("contacts.csv");
  Table right({"id", "full_name", "phone", "email", "city"},
              {{"N9", "DANG THI HOA", "01681234567", "hoa.dang@yahoo.com.vn",
                "HA NOI"}});
  absl::StatusOr<LinkResult> r = engine->Link(left.view(), right.view());
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->best.size(), 1u);
  ASSERT_GE(r->best[0].left, 0);
  EXPECT_THAT(left.Id(static_cast<size_t>(r->best[0].left)),
              ::testing::AnyOf("P010", "P011", "P012"));
}

TEST(EngineLinkTest, RightColumnOrderDoesNotMatter) {
  std::unique_ptr<Engine> engine = MakeEngine();
  ASSERT_NE(engine, nullptr);
  Table left = Table::FromCsv("contacts.csv");
  Table right = RightTable();
  Table same_order = right.WithColumns(left.header());
  absl::StatusOr<LinkResult> a = engine->Link(left.view(), right.view());
  absl::StatusOr<LinkResult> b = engine->Link(left.view(), same_order.view());
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(b.ok()) << b.status();
  ASSERT_EQ(a->best.size(), b->best.size());
  for (size_t i = 0; i < a->best.size(); ++i) {
    EXPECT_EQ(a->best[i].left, b->best[i].left) << right.Id(i);
    EXPECT_DOUBLE_EQ(a->best[i].weight, b->best[i].weight) << right.Id(i);
  }
}

// ------------------------------------------------------------------- train --

constexpr std::string_view kFastTraining =
    R"({"training": {"random_pairs": 20000, "seed": 7}})";

TEST(EngineTrainTest, ModelHasTheConfigsComparisonsAndLevels) {
  std::unique_ptr<Engine> engine = MakeEngine(kFastTraining);
  ASSERT_NE(engine, nullptr);
  Table table = Table::FromCsv("contacts.csv");
  absl::StatusOr<Model> model = engine->Train(table.view());
  ASSERT_TRUE(model.ok()) << model.status();

  absl::StatusOr<Schema> schema = engine->SchemaFor(table.header());
  ASSERT_TRUE(schema.ok());
  std::vector<ComparisonSpec> expected = DefaultComparisons(*schema);
  ASSERT_EQ(model->comparisons.size(), expected.size());
  for (size_t c = 0; c < expected.size(); ++c) {
    EXPECT_EQ(model->comparisons[c].name, expected[c].name);
    ASSERT_EQ(model->comparisons[c].levels.size(), expected[c].levels.size())
        << expected[c].name;
    for (size_t l = 0; l < expected[c].levels.size(); ++l) {
      const LevelModel& level = model->comparisons[c].levels[l];
      EXPECT_EQ(level.name, expected[c].levels[l].name);
      EXPECT_GT(level.m, 0.0);
      EXPECT_LE(level.m, 1.0);
      EXPECT_GT(level.u, 0.0);
      EXPECT_LE(level.u, 1.0);
    }
  }
  EXPECT_GT(model->prior, 0.0);
  EXPECT_LT(model->prior, 1.0);
}

// The config's u count beside the random pairs (training.u_prior_pairs):
// with none, the model's u are what random pairs show; weighed as far more
// pairs than were drawn, they are the config's own (normalized per
// comparison).
TEST(EngineTrainTest, ConfigsUCountBesideTheRandomPairs) {
  Table table = Table::FromCsv("contacts.csv");
  auto train = [&](const char* u_prior_pairs) {
    std::unique_ptr<Engine> engine = MakeEngine(
        std::string(R"({"training": {"random_pairs": 2000, "max_iterations": 5, "u_prior_pairs": )") +
        u_prior_pairs + "}}");
    EXPECT_NE(engine, nullptr);
    absl::StatusOr<Model> model = engine->Train(table.view());
    EXPECT_TRUE(model.ok()) << model.status();
    return model.ok() ? *model : Model();
  };
  const Model random_only = train("0");
  const Model config_u = train("1e12");
  absl::StatusOr<Schema> schema =
      MakeEngine(kFastTraining)->SchemaFor(table.header());
  ASSERT_TRUE(schema.ok());
  const std::vector<ComparisonSpec> spec = DefaultComparisons(*schema);
  ASSERT_EQ(config_u.comparisons.size(), spec.size());
  ASSERT_EQ(random_only.comparisons.size(), spec.size());
  bool any_differs = false;
  for (size_t c = 0; c < spec.size(); ++c) {
    double sum = 0;
    for (const LevelSpec& l : spec[c].levels) sum += l.u;
    for (size_t l = 0; l < spec[c].levels.size(); ++l) {
      const double expected = spec[c].levels[l].u / sum;
      EXPECT_NEAR(config_u.comparisons[c].levels[l].u, expected, 1e-6)
          << spec[c].name << " " << spec[c].levels[l].name;
      any_differs |= std::fabs(random_only.comparisons[c].levels[l].u - expected) >
                     0.1 * expected;
    }
  }
  EXPECT_TRUE(any_differs);
}

TEST(EngineTrainTest, SameDataAndSeedGiveTheSameModel) {
  std::unique_ptr<Engine> engine = MakeEngine(kFastTraining);
  ASSERT_NE(engine, nullptr);
  Table table = Table::FromCsv("contacts.csv");
  MatchOptions one, two;
  one.threads = 1;
  two.threads = 2;
  absl::StatusOr<Model> a = engine->Train(table.view(), one);
  absl::StatusOr<Model> b = engine->Train(table.view(), two);
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(a->ToJson(), b->ToJson());
}

TEST(EngineTrainTest, ModelJsonRoundTrips) {
  std::unique_ptr<Engine> engine = MakeEngine(kFastTraining);
  ASSERT_NE(engine, nullptr);
  Table table = Table::FromCsv("contacts.csv");
  absl::StatusOr<Model> model = engine->Train(table.view());
  ASSERT_TRUE(model.ok()) << model.status();
  const std::string json = model->ToJson();
  absl::StatusOr<Model> back = Model::FromJson(json);
  ASSERT_TRUE(back.ok()) << back.status() << "\n" << json;
  EXPECT_EQ(back->prior, model->prior);
  ASSERT_EQ(back->comparisons.size(), model->comparisons.size());
  for (size_t c = 0; c < model->comparisons.size(); ++c) {
    EXPECT_EQ(back->comparisons[c].name, model->comparisons[c].name);
    ASSERT_EQ(back->comparisons[c].levels.size(),
              model->comparisons[c].levels.size());
    for (size_t l = 0; l < model->comparisons[c].levels.size(); ++l) {
      EXPECT_EQ(back->comparisons[c].levels[l].name,
                model->comparisons[c].levels[l].name);
      EXPECT_EQ(back->comparisons[c].levels[l].m,
                model->comparisons[c].levels[l].m);
      EXPECT_EQ(back->comparisons[c].levels[l].u,
                model->comparisons[c].levels[l].u);
    }
  }
  EXPECT_EQ(back->ToJson(), json);
}

TEST(EngineTrainTest, DedupeWithTheTrainedModel) {
  std::unique_ptr<Engine> engine = MakeEngine(kFastTraining);
  ASSERT_NE(engine, nullptr);
  Table table = Table::FromCsv("contacts.csv");
  absl::StatusOr<Model> model = engine->Train(table.view());
  ASSERT_TRUE(model.ok()) << model.status();
  MatchOptions options;
  options.model = &*model;
  options.report_probability = 0.5;
  absl::StatusOr<DedupeResult> r = engine->Dedupe(table.view(), options);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->cluster_of_row.size(), table.num_rows());
  // The model's prior and weights are the ones used.
  ExpectExplained(r->comparisons, r->pairs, model->prior);
  for (const MatchedPair& p : r->pairs) {
    for (size_t c = 0; c < r->comparisons.size(); ++c) {
      if (p.levels[c] == MatchedPair::kMissing) continue;
      const LevelModel& l = model->comparisons[c].levels[p.levels[c]];
      // Term frequencies adjust the equality levels ("exact", and a phone's
      // "shared_line"); the others weigh log2(m/u).
      if (l.name != "exact" && l.name != "shared_line") {
        EXPECT_NEAR(p.weights[c], MatchWeight(l.m, l.u), 1e-9)
            << r->comparisons[c].name << " " << l.name;
      }
    }
  }
  // The plainest duplicates still meet.
  std::map<std::string, std::string> c = Clusters(table, *r);
  EXPECT_EQ(c["P002"], "P001") << Describe(table, *r);
  EXPECT_EQ(c["P003"], "P001");
}

TEST(EngineTrainTest, ModelOfAnotherConfigDoesNotFit) {
  std::unique_ptr<Engine> engine = MakeEngine(kFastTraining);
  ASSERT_NE(engine, nullptr);
  Table table = Table::FromCsv("contacts.csv");
  absl::StatusOr<Model> model = engine->Train(table.view());
  ASSERT_TRUE(model.ok()) << model.status();

  Model renamed = *model;
  ASSERT_GE(renamed.comparisons.size(), 2u);
  renamed.comparisons[1].name = "mobile";
  Model fewer_levels = *model;
  fewer_levels.comparisons[0].levels.pop_back();
  for (const Model* bad : {&renamed, &fewer_levels}) {
    MatchOptions options;
    options.model = bad;
    absl::StatusOr<DedupeResult> r = engine->Dedupe(table.view(), options);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(r.status().message(), HasSubstr("does not fit"));
    absl::StatusOr<LinkResult> l =
        engine->Link(table.view(), table.view(), options);
    ASSERT_FALSE(l.ok());
    EXPECT_THAT(l.status().message(), HasSubstr("does not fit"));
  }
  // The error names the comparison that has no weights.
  MatchOptions options;
  options.model = &renamed;
  EXPECT_THAT(engine->Dedupe(table.view(), options).status().message(),
              HasSubstr("\"phone\""));
}

// ------------------------------------------------------ config and schema --

// ExpectErrorNaming checks that the config is refused, by Create or when it
// meets the header, with an InvalidArgument that names `what`.
void ExpectErrorNaming(std::string_view json, std::string_view what) {
  SCOPED_TRACE(json);
  absl::StatusOr<Config> config = Config::FromJson(json);
  ASSERT_TRUE(config.ok()) << config.status();
  absl::StatusOr<std::unique_ptr<Engine>> engine = Engine::Create(*config);
  if (!engine.ok()) {
    EXPECT_EQ(engine.status().code(), absl::StatusCode::kInvalidArgument);
    EXPECT_THAT(engine.status().message(), HasSubstr(what));
    return;
  }
  Table table = Table::FromCsv("contacts.csv");
  absl::StatusOr<DedupeResult> r = (*engine)->Dedupe(table.view());
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(r.status().message(), HasSubstr(what));
  absl::StatusOr<std::string> explained =
      (*engine)->ExplainSchema(table.header());
  ASSERT_FALSE(explained.ok());
  EXPECT_THAT(explained.status().message(), HasSubstr(what));
  absl::StatusOr<Model> model = (*engine)->Train(table.view());
  ASSERT_FALSE(model.ok());
  EXPECT_THAT(model.status().message(), HasSubstr(what));
}

TEST(EngineConfigTest, ComparisonOfAColumnNotInTheHeader) {
  ExpectErrorNaming(
      R"({"comparisons": [{"name": "mobile", "columns": ["mobile_phone"]}]})",
      "mobile_phone");
}

TEST(EngineConfigTest, BlockingRuleOnAColumnNotInTheHeader) {
  ExpectErrorNaming(
      R"({"blocking": {"rules": [{"name": "zalo", "keys": ["zalo_id"]}]}})",
      "zalo_id");
}

TEST(EngineConfigTest, ConfigColumnNotInTheHeader) {
  ExpectErrorNaming(
      R"({"columns": [{"name": "so_dien_thoai", "kind": "phone"}]})",
      "so_dien_thoai");
}

TEST(EngineConfigTest, CannotLinkOfAnUnknownComparison) {
  ExpectErrorNaming(R"({"cannot_link": [["phone", "zalo"]]})", "zalo");
}

TEST(EngineConfigTest, SchemaForInfersTheContactsColumns) {
  std::unique_ptr<Engine> engine = MakeEngine();
  ASSERT_NE(engine, nullptr);
  Table table = Table::FromCsv("contacts.csv");
  absl::StatusOr<Schema> schema = engine->SchemaFor(table.header());
  ASSERT_TRUE(schema.ok()) << schema.status();
  ASSERT_EQ(schema->columns.size(), table.header().size());
  EXPECT_EQ(schema->record_id, 0);
  EXPECT_EQ(schema->columns[1].kind, Kind::kPersonName);
  EXPECT_EQ(schema->columns[2].kind, Kind::kPhone);
  EXPECT_EQ(schema->columns[3].kind, Kind::kEmail);
  EXPECT_EQ(schema->columns[7].kind, Kind::kCountry);
}

TEST(EngineConfigTest, ExplainSchemaIsAConfigListingTheInferredKinds) {
  std::unique_ptr<Engine> engine = MakeEngine();
  ASSERT_NE(engine, nullptr);
  Table table = Table::FromCsv("contacts.csv");
  absl::StatusOr<std::string> json = engine->ExplainSchema(table.header());
  ASSERT_TRUE(json.ok()) << json.status();

  nlohmann::json j = nlohmann::json::parse(*json, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << *json;
  std::map<std::string, std::string> kinds;
  for (const auto& c : j["columns"]) {
    kinds[c["name"].get<std::string>()] = c["kind"].get<std::string>();
  }
  EXPECT_EQ(kinds["id"], "id");
  EXPECT_EQ(kinds["full_name"], "person_name");
  EXPECT_EQ(kinds["phone"], "phone");
  EXPECT_EQ(kinds["email"], "email");
  EXPECT_EQ(kinds["company"], "company");
  EXPECT_EQ(kinds["address"], "address");
  EXPECT_EQ(kinds["city"], "city");
  EXPECT_EQ(kinds["country"], "country");
  EXPECT_EQ(kinds["updated_at"], "date");
  EXPECT_FALSE(j["comparisons"].empty());
  EXPECT_FALSE(j["blocking"]["rules"].empty());
  for (const auto& c : j["comparisons"]) {
    for (const auto& l : c["levels"]) {
      EXPECT_TRUE(l["m"].is_number()) << c["name"];
      EXPECT_TRUE(l["u"].is_number()) << c["name"];
    }
  }

  // The explained config reads back and matches the same way.
  absl::StatusOr<Config> config = Config::FromJson(*json);
  ASSERT_TRUE(config.ok()) << config.status() << "\n" << *json;
  absl::StatusOr<std::unique_ptr<Engine>> explicit_engine =
      Engine::Create(*config);
  ASSERT_TRUE(explicit_engine.ok()) << explicit_engine.status();
  absl::StatusOr<DedupeResult> a = engine->Dedupe(table.view());
  absl::StatusOr<DedupeResult> b = (*explicit_engine)->Dedupe(table.view());
  ASSERT_TRUE(a.ok()) << a.status();
  ASSERT_TRUE(b.ok()) << b.status();
  EXPECT_EQ(a->cluster_of_row, b->cluster_of_row);
  ASSERT_EQ(a->pairs.size(), b->pairs.size());
  for (size_t i = 0; i < a->pairs.size(); ++i) {
    EXPECT_EQ(a->pairs[i].a, b->pairs[i].a);
    EXPECT_EQ(a->pairs[i].b, b->pairs[i].b);
    EXPECT_NEAR(a->pairs[i].weight, b->pairs[i].weight, 1e-9);
  }
}

TEST(EngineConfigTest, MismatchedTableIsAnError) {
  std::unique_ptr<Engine> engine = MakeEngine();
  ASSERT_NE(engine, nullptr);
  std::vector<std::string_view> names = {"Nguyễn Văn An", "Trần Thị Mai"};
  std::vector<std::string_view> phones = {"0912 345 678"};
  TableView t;
  t.header = {"full_name", "phone"};
  t.columns = {names, phones};
  t.num_rows = 2;
  absl::StatusOr<DedupeResult> r = engine->Dedupe(t);
  ASSERT_FALSE(r.ok());
  EXPECT_EQ(r.status().code(), absl::StatusCode::kInvalidArgument);
  EXPECT_THAT(r.status().message(), HasSubstr("phone"));
}

}  // namespace
}  // namespace dqe

namespace dqe {
namespace {

// The level of comparison `name` for the pair of rows (a, b), "" when the
// pair is not reported.
std::string LevelOf(const DedupeResult& r, std::string_view name, uint32_t a,
                    uint32_t b) {
  size_t c = 0;
  while (c < r.comparisons.size() && r.comparisons[c].name != name) ++c;
  if (c == r.comparisons.size()) return "";
  for (const MatchedPair& p : r.pairs) {
    if (p.a == std::min(a, b) && p.b == std::max(a, b)) {
      return p.levels[c] < r.comparisons[c].levels.size()
                 ? r.comparisons[c].levels[p.levels[c]]
                 : "missing";
    }
  }
  return "";
}

// Dedupes the columns (named by `header`, cells borrowed) with the
// inferred config, reporting every scored pair.
DedupeResult DedupeEveryPair(std::vector<std::string> header,
                             const std::vector<std::vector<std::string_view>>& columns) {
  TableView t;
  t.header = std::move(header);
  for (const auto& c : columns) t.columns.emplace_back(c);
  t.num_rows = columns.empty() ? 0 : columns[0].size();
  std::unique_ptr<Engine> engine = *Engine::Create(*Config::FromJson("{}"));
  MatchOptions options;
  options.report_probability = 0.0;
  absl::StatusOr<DedupeResult> r = engine->Dedupe(t, options);
  EXPECT_TRUE(r.ok()) << r.status();
  return r.ok() ? *std::move(r) : DedupeResult();
}

// The weight comparison `name` added to the pair (a, b), NaN when the pair
// is not reported.
double FieldWeightOf(const DedupeResult& r, std::string_view name, uint32_t a,
                     uint32_t b) {
  size_t c = 0;
  while (c < r.comparisons.size() && r.comparisons[c].name != name) ++c;
  if (c == r.comparisons.size()) return std::nan("");
  for (const MatchedPair& p : r.pairs) {
    if (p.a == std::min(a, b) && p.b == std::max(a, b)) return p.weights[c];
  }
  return std::nan("");
}

// A row without a country is read in its city's country: a Houston number
// typed without +1 in a table of mostly Vietnamese and Chinese rows is the
// same number as the one its USA row holds.
TEST(EngineCityRegionTest, RowsWithoutACountryReadPhonesInTheirCitysCountry) {
  const std::vector<std::string_view> id = {"1", "2", "3", "4", "5", "6", "7", "8"};
  const std::vector<std::string_view> name = {
      "Jacob Martin", "Jacob Martin", "岑夢娜", "岑梦娜",
      "王伟",         "李四",         "Nguyễn Văn An", "Trần Thị Bích"};
  const std::vector<std::string_view> phone = {
      "713 216 7268", "(713) 216-7268", "9443 3992",    "9443-3992",
      "0912 345 678", "138 0013 8000",  "0912 345 678", "0903 111 222"};
  const std::vector<std::string_view> city = {
      "Houston, TX", "Houston", "Hong Kong", "香港", "上海", "北京", "Hà Nội", "Huế"};
  const std::vector<std::string_view> country = {
      "", "USA", "", "香港", "中国", "中国", "Việt Nam", "Vietnam"};
  const DedupeResult r = DedupeEveryPair({"id", "full_name", "phone", "city", "country"}, {id, name, phone, city, country});
  ASSERT_FALSE(r.comparisons.empty());
  EXPECT_EQ(LevelOf(r, "phone", 0, 1), "exact");
  EXPECT_EQ(LevelOf(r, "phone", 2, 3), "exact");
  EXPECT_EQ(r.cluster_of_row[0], r.cluster_of_row[1]);
  EXPECT_EQ(r.cluster_of_row[2], r.cluster_of_row[3]);
}

// The weight of the pair (a, b), or NaN when it was not scored.
double WeightOf(const DedupeResult& r, uint32_t a, uint32_t b) {
  for (const MatchedPair& p : r.pairs) {
    if (p.a == std::min(a, b) && p.b == std::max(a, b)) return p.weight;
  }
  return std::nan("");
}

// A mobile beside an office line, a private address beside a work one: one
// person may hold both, so the difference counts less than that of two
// mobiles or two private addresses; for cannot-link guards it is still a
// difference.
TEST(EngineOtherKindTest, MobileAndOfficeLineDifferLessThanTwoMobiles) {
  const std::vector<std::string_view> id = {"1", "2", "3", "4", "5", "6"};
  const std::vector<std::string_view> name = {
      "Trần Quốc Bảo", "Tran Quoc Bao",  "Trần Quốc Bảo",
      "黃志明",        "黄志明",         "黃志明"};
  const std::vector<std::string_view> phone = {
      "0912 345 678",  "(028) 3822 1234 ext 12", "0988 765 432",
      "0912 888 777",  "(02) 2720 8889",         "0933 222 111"};
  const std::vector<std::string_view> email = {
      "bao.tranquoc@gmail.com", "bao.tq@saigonsteel.vn", "quocbao77@yahoo.com",
      "", "", ""};
  const std::vector<std::string_view> country = {
      "Việt Nam", "Việt Nam", "Việt Nam", "Taiwan", "Taiwan", "Taiwan"};
  const DedupeResult r = DedupeEveryPair({"id", "full_name", "phone", "email", "country"}, {id, name, phone, email, country});
  ASSERT_FALSE(r.comparisons.empty());
  EXPECT_EQ(LevelOf(r, "phone", 0, 1), "other_kind");
  EXPECT_EQ(LevelOf(r, "email", 0, 1), "other_kind");
  EXPECT_EQ(LevelOf(r, "phone", 0, 2), "different");
  EXPECT_EQ(LevelOf(r, "email", 0, 2), "different");
  EXPECT_EQ(LevelOf(r, "phone", 3, 4), "other_kind");
  EXPECT_EQ(LevelOf(r, "phone", 3, 5), "different");
  EXPECT_GT(WeightOf(r, 0, 1), WeightOf(r, 0, 2));
  EXPECT_GT(WeightOf(r, 3, 4), WeightOf(r, 3, 5));
  // Phone and e-mail both differ, nothing else agrees: the guard holds the
  // rows apart whatever the name says.
  EXPECT_NE(r.cluster_of_row[0], r.cluster_of_row[1]);
  EXPECT_NE(r.cluster_of_row[0], r.cluster_of_row[2]);
  EXPECT_GE(r.stats.pairs_blocked_by_guard, 2u);
}

// A guard whose phones or e-mails differ only in kind (a mobile beside an
// office line, a private beside a work address) is lifted by any agreement
// of its `unless` comparisons: the company's name in two languages, a part
// of the address. Two mobiles and two private addresses still need an exact
// company or address.
TEST(EngineOtherKindTest, ContactsOfAnotherKindYieldToACompanyOrAddressThatAgrees) {
  const std::vector<std::string> header = {"id",      "full_name", "phone",  "email",
                                           "company", "address",   "country"};
  const std::vector<std::string_view> id = {"1", "2"};
  const std::vector<std::string_view> name = {"杜龙", "杜龙"};
  const std::vector<std::string_view> company = {"南京中科物流有限责任公司",
                                                 "Nanjing Zhongke Logistics Co., Ltd."};
  const std::vector<std::string_view> address = {"南京市鼓楼区中山路1273号", "中山路1273号"};
  const std::vector<std::string_view> country = {"China", "China"};
  // A mobile and a work address; an office line and a private address.
  const std::vector<std::string_view> phone = {"152-4839-7715", "(025) 5943 7446 ext. 48"};
  const std::vector<std::string_view> email = {"ldu@zhongke.net", "long.du@sohu.com"};
  DedupeResult r =
      DedupeEveryPair(header, {id, name, phone, email, company, address, country});
  ASSERT_FALSE(r.comparisons.empty());
  EXPECT_EQ(LevelOf(r, "phone", 0, 1), "other_kind");
  EXPECT_EQ(LevelOf(r, "email", 0, 1), "other_kind");
  EXPECT_NE(LevelOf(r, "company", 0, 1), "exact");
  EXPECT_NE(LevelOf(r, "address", 0, 1), "exact");
  EXPECT_EQ(r.cluster_of_row[0], r.cluster_of_row[1]);
  EXPECT_EQ(r.stats.pairs_blocked_by_guard, 0u);
  // Two mobiles and two private addresses.
  const std::vector<std::string_view> mobiles = {"139 1234 5678", "186 5555 0101"};
  const std::vector<std::string_view> private_mail = {"dl.nanjing@163.com",
                                                      "longdu1990@qq.com"};
  r = DedupeEveryPair(header, {id, name, mobiles, private_mail, company, address, country});
  ASSERT_FALSE(r.comparisons.empty());
  EXPECT_EQ(LevelOf(r, "phone", 0, 1), "different");
  EXPECT_EQ(LevelOf(r, "email", 0, 1), "different");
  EXPECT_NE(r.cluster_of_row[0], r.cluster_of_row[1]);
  EXPECT_EQ(r.stats.pairs_blocked_by_guard, 1u);
}

// A number typed under "mobile" in one row and under "phone" in another is
// one number: the inferred schema reads every phone column as one list.
TEST(EnginePhoneColumnsTest, ANumberUnderAnotherPhoneColumnStillMatches) {
  const std::vector<std::string_view> id = {"1", "2", "3", "4"};
  const std::vector<std::string_view> name = {"John Smith", "John Smith", "Trần Thị Mai",
                                              "Tran Thi Mai"};
  const std::vector<std::string_view> phone = {"(415) 555-0101", "", "0912 345 678",
                                               "028 3822 1234"};
  const std::vector<std::string_view> mobile = {"", "415-555-0101", "", "+84 912 345 678"};
  const std::vector<std::string_view> country = {"US", "US", "VN", "VN"};
  const DedupeResult r = DedupeEveryPair({"id", "full_name", "phone", "mobile", "country"},
                                         {id, name, phone, mobile, country});
  ASSERT_FALSE(r.comparisons.empty());
  EXPECT_EQ(LevelOf(r, "phone", 0, 1), "exact");
  EXPECT_EQ(LevelOf(r, "phone", 2, 3), "exact");
  EXPECT_EQ(r.cluster_of_row[0], r.cluster_of_row[1]);
  EXPECT_EQ(r.cluster_of_row[2], r.cluster_of_row[3]);
}

// A "+tag" is the same mailbox's wherever the address is: at Yahoo, 163 or
// iCloud (whose user names cannot hold a '+') as at Gmail and Outlook.
TEST(EngineEmailTest, TaggedAddressesAreTheirMailboxAtAnyProvider) {
  const std::vector<std::string_view> id = {"1", "2", "3", "4", "5", "6"};
  const std::vector<std::string_view> name = {"Nguyễn Văn Hải", "Hải Nguyễn", "李彩",
                                              "Li Cai", "Trọng Nguyễn", "Nguyễn Trọng"};
  const std::vector<std::string_view> email = {
      "Hai.Nguyen71+work@Yahoo.com", "hai.nguyen71@yahoo.com", "lc1979+news@163.com",
      "lc1979@163.com", "trongnvt+work@icloud.com", "trongnvt@icloud.com"};
  const DedupeResult r = DedupeEveryPair({"id", "full_name", "email"}, {id, name, email});
  ASSERT_FALSE(r.comparisons.empty());
  for (uint32_t a : {0u, 2u, 4u}) {
    EXPECT_EQ(LevelOf(r, "email", a, a + 1), "exact") << a;
    EXPECT_EQ(r.cluster_of_row[a], r.cluster_of_row[a + 1]) << a;
  }
  EXPECT_NE(r.cluster_of_row[0], r.cluster_of_row[2]);
}

// A number rows with unrelated names hold (a US office number typed for
// each of its people, a family's line) agrees as a shared line does, whatever
// its type; a number held under one name typed apart stays a person's own.
TEST(EngineSharedLineTest, NumbersHeldUnderUnrelatedNamesAreShared) {
  const std::vector<std::string_view> id = {"1", "2", "3", "4", "5", "6"};
  const std::vector<std::string_view> name = {
      "Andrew L. Guzman", "Paul Guzman",  "Larry Tsylor",
      "Mr Larry B. Taylor", "Phạm Văn Hùng", "Phạm Thị Lan"};
  const std::vector<std::string_view> phone = {
      "1-773-657-8974", "+1 773 657 8974", "917.741.2068",
      "(917) 741-2068", "0912 345 678",    "0912-345-678"};
  const std::vector<std::string_view> address = {
      "7600 Ridge Ln, Chicago, IL", "7600 Ridge Ln, Chicago, IL", "277 Main Pl.",
      "277 MAIN PL", "12 Lê Lợi, Quận 1", "12 Le Loi, Q.1"};
  const std::vector<std::string_view> country = {"USA", "US", "US", "USA", "VN", "VN"};
  const DedupeResult r = DedupeEveryPair({"id", "full_name", "phone", "address", "country"}, {id, name, phone, address, country});
  ASSERT_FALSE(r.comparisons.empty());
  EXPECT_EQ(LevelOf(r, "phone", 0, 1), "shared_line");
  EXPECT_EQ(LevelOf(r, "phone", 4, 5), "shared_line");  // even a mobile
  EXPECT_EQ(LevelOf(r, "phone", 2, 3), "exact");
  EXPECT_NE(r.cluster_of_row[0], r.cluster_of_row[1]);
  EXPECT_NE(r.cluster_of_row[4], r.cluster_of_row[5]);
  EXPECT_EQ(r.cluster_of_row[2], r.cluster_of_row[3]);
}

// E-mail users spelled from the name agree because the names do: two
// namesakes' nguyenvanan@gmail.com and nguyenvanan@yahoo.com are not "the
// same user"; an.nguyen1990@ at two providers is.
TEST(EngineSharedLineTest, UsersSpelledFromTheNameAreNotTheSameUser) {
  const std::vector<std::string_view> id = {"1", "2", "3", "4"};
  const std::vector<std::string_view> name = {
      "Nguyễn Văn An", "Nguyen Van An", "Nguyễn Văn An", "NGUYỄN VĂN AN"};
  const std::vector<std::string_view> email = {
      "nguyenvanan@gmail.com", "nguyenvanan@yahoo.com",
      "an.nguyen1990@gmail.com", "an.nguyen1990@yahoo.com"};
  const DedupeResult r = DedupeEveryPair({"id", "full_name", "email"}, {id, name, email});
  ASSERT_FALSE(r.comparisons.empty());
  EXPECT_NE(LevelOf(r, "email", 0, 1), "same_user");
  EXPECT_NE(LevelOf(r, "email", 0, 1), "");
  EXPECT_EQ(LevelOf(r, "email", 2, 3), "same_user");
  EXPECT_GT(WeightOf(r, 2, 3), WeightOf(r, 0, 1));
}

// A number one person's many rows hold is not a common number: the phone
// agreement of two of their rows weighs what it weighs for a person with two
// rows. A number rows of unrelated people hold weighs less.
TEST(EngineSharedLineTest, OnePersonsRowsDoNotMakeTheirNumberCommon) {
  const std::vector<std::string_view> id = {"1", "2", "3", "4", "5", "6", "7", "8", "9"};
  const std::vector<std::string_view> name = {
      "Nguyễn Thùy Phượng", "Nguyen Thuy Phuong", "Mrs Nguyễn Thùy Phượng",
      "NGUYEN THUY PHUONG", "Trần Văn Bình",      "Tran Van Binh",
      "Lê Quốc Thiện",      "Lê Quốc Thiện",      "Đỗ Minh Châu"};
  const std::vector<std::string_view> phone = {
      "0911 645 965", "0911-645-965", "+84 911 645 965", "0911645965",
      "0903 111 222", "0903.111.222", "0988 765 432",    "0988 765 432",
      "0988-765-432"};
  const DedupeResult r = DedupeEveryPair({"id", "full_name", "phone"}, {id, name, phone});
  ASSERT_FALSE(r.comparisons.empty());
  auto phone_weight = [&](uint32_t a, uint32_t b) { return FieldWeightOf(r, "phone", a, b); };
  EXPECT_DOUBLE_EQ(phone_weight(0, 1), phone_weight(4, 5));
  EXPECT_DOUBLE_EQ(phone_weight(2, 3), phone_weight(4, 5));
  // 0988 765 432: Lê Quốc Thiện's two rows and Đỗ Minh Châu's: shared.
  EXPECT_EQ(LevelOf(r, "phone", 6, 7), "shared_line");
  EXPECT_LT(phone_weight(6, 7), phone_weight(4, 5));
}

// A mailbox unrelated people use (a family's) is not one person's address:
// Gary and Julie Wood's woodg@gmail.com agrees as "the same user" at most;
// Gary's own two rows still meet on it.
TEST(EngineSharedLineTest, MailboxesOfUnrelatedNamesAreNotOnePersons) {
  const std::vector<std::string_view> id = {"1", "2", "3", "4", "5"};
  const std::vector<std::string_view> name = {
      "WOOD Gary", "Ms. Julie Wood", "Gary Wood", "Trần Văn Bình", "Tran Van Binh"};
  const std::vector<std::string_view> email = {
      "Woodg@Googlemail.com", "woodg@gmail.com", "woodg@gmail.com",
      "binh.tv1988@gmail.com", "binh.tv1988@gmail.com"};
  const std::vector<std::string_view> address = {
      "6379 Maple Pl", "6379 Maple Place", "6379 Maple Pl", "", ""};
  const DedupeResult r = DedupeEveryPair({"id", "full_name", "email", "address"}, {id, name, email, address});
  ASSERT_FALSE(r.comparisons.empty());
  EXPECT_NE(LevelOf(r, "email", 0, 1), "exact");
  EXPECT_NE(LevelOf(r, "email", 1, 2), "exact");
  EXPECT_EQ(LevelOf(r, "email", 3, 4), "exact");
  EXPECT_NE(r.cluster_of_row[1], r.cluster_of_row[0]);
  EXPECT_NE(r.cluster_of_row[1], r.cluster_of_row[2]);
  EXPECT_EQ(r.cluster_of_row[0], r.cluster_of_row[2]);
  EXPECT_EQ(r.cluster_of_row[3], r.cluster_of_row[4]);
}

// A name's term frequency counts people, not rows: Nguyễn Văn An's four rows
// (one mobile) and a namesake make the name as common as two people make
// it, not five rows: the namesakes agree as strongly as Lê Quốc Thiện's two
// rows, whose name nobody else holds. Two of the four rows agree less: the
// namesake holds their name too.
TEST(EngineSharedLineTest, NameFrequencyCountsPeopleNotRows) {
  const std::vector<std::string_view> id = {"1", "2", "3", "4", "5", "6", "7"};
  const std::vector<std::string_view> name = {
      "Nguyễn Văn An", "Nguyen Van An", "Ông Nguyễn Văn An", "NGUYEN VAN AN",
      "Nguyễn Văn An", "Lê Quốc Thiện", "Le Quoc Thien"};
  const std::vector<std::string_view> phone = {
      "0912 345 678", "0912-345-678", "+84 912 345 678", "0912345678",
      "0903 111 222", "0988 765 432", "0988.765.432"};
  const DedupeResult r = DedupeEveryPair({"id", "full_name", "phone"}, {id, name, phone});
  ASSERT_FALSE(r.comparisons.empty());
  auto name_weight = [&](uint32_t a, uint32_t b) { return FieldWeightOf(r, "name", a, b); };
  EXPECT_DOUBLE_EQ(name_weight(0, 4), name_weight(5, 6));
  EXPECT_DOUBLE_EQ(name_weight(1, 4), name_weight(5, 6));
  EXPECT_LT(name_weight(0, 1), name_weight(5, 6));
}

// How common a name is comes from its words too: in a table where each is
// held by two rows only, "Nguyễn Văn Nam" (words most Vietnamese rows hold)
// is far more likely a namesake than "La Công Minh Tuấn", and 王伟 than
// 姚伶紫. Rows agreeing on the rare name and a city are one person; on the
// common one they are not, without more.
TEST(EngineNameFrequencyTest, RareWordsMakeARareName) {
  std::vector<std::string> names;
  const char* const families[] = {"Nguyễn", "Nguyễn", "Nguyễn", "Trần", "Lê", "Phạm"};
  const char* const givens[] = {"An", "Hùng", "Minh", "Dũng", "Hải", "Long", "Sơn", "Đức"};
  const char* const women[] = {"Hương", "Lan", "Mai", "Hoa", "Linh", "Thảo"};
  for (int i = 0; i < 24; ++i) {
    names.push_back(std::string(families[i % 6]) + " Văn " + givens[i % 8]);
    names.push_back(std::string(families[(i + 1) % 6]) + " Thị " + women[i % 6]);
  }
  names.push_back("Nguyễn Nam");
  names.push_back("Trần Văn Nam");
  const char* const han[] = {"王芳", "王静", "王磊", "李伟", "张伟", "刘伟", "王秀英", "陈伟"};
  for (const char* h : han) names.push_back(h);
  const size_t common = names.size(), rare = common + 2, han_common = common + 4,
               han_rare = common + 6;
  for (const char* n : {"Nguyễn Văn Nam", "NGUYEN VAN NAM", "La Công Minh Tuấn",
                        "LA CONG MINH TUAN", "王伟", "王偉", "姚伶紫", "姚伶紫"}) {
    names.push_back(n);
  }
  std::vector<std::string> ids;
  for (size_t i = 0; i < names.size(); ++i) ids.push_back(std::to_string(i + 1));
  const std::vector<std::string> city(names.size(), "Hà Nội");
  std::vector<std::string_view> id_v(ids.begin(), ids.end()),
      name_v(names.begin(), names.end()), city_v(city.begin(), city.end());
  const DedupeResult r = DedupeEveryPair({"id", "full_name", "city"}, {id_v, name_v, city_v});
  ASSERT_FALSE(r.comparisons.empty());
  EXPECT_EQ(LevelOf(r, "name", common, common + 1), "exact");
  EXPECT_EQ(LevelOf(r, "name", rare, rare + 1), "exact");
  const double w_common = FieldWeightOf(r, "name", common, common + 1);
  const double w_rare = FieldWeightOf(r, "name", rare, rare + 1);
  EXPECT_GT(w_rare, w_common + 6) << w_rare << " vs " << w_common;
  const double w_han_common = FieldWeightOf(r, "name", han_common, han_common + 1);
  const double w_han_rare = FieldWeightOf(r, "name", han_rare, han_rare + 1);
  EXPECT_GT(w_han_rare, w_han_common + 2) << w_han_rare << " vs " << w_han_common;
  EXPECT_EQ(r.cluster_of_row[rare], r.cluster_of_row[rare + 1]);
  EXPECT_EQ(r.cluster_of_row[han_rare], r.cluster_of_row[han_rare + 1]);
  EXPECT_NE(r.cluster_of_row[common], r.cluster_of_row[common + 1]);
}

}  // namespace
}  // namespace dqe
