// Reference data matched by identity fields (identity.h): payment terms
// cloned under customer names in Vietnamese, Chinese and English merge;
// near misses (Net 30 / Net 45, 2/10 Net 30 / Net 30, EOM 30 / Net 30) never
// do; unreadable rows are reported and kept alone.
#include <algorithm>
#include <map>
#include <random>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/config.h"
#include "dqe/engine.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/support/owned_table.h"

namespace {

using ::testing::HasSubstr;

const std::vector<std::string> kHeader = {"id",     "name",  "due_days",
                                          "basis",  "discount_percent",
                                          "discount_days", "description"};

// Payment-term rows in kHeader's columns.
struct Terms : ::dqe::testing::OwnedTable {
  explicit Terms(std::vector<std::vector<std::string>> r)
      : OwnedTable(kHeader, std::move(r)) {}
};

std::unique_ptr<dqe::Engine> PaymentTermsEngine() {
  absl::StatusOr<dqe::Config> config = dqe::Config::FromFile(
      std::string(DQE_SOURCE_DIR) + "/examples/configs/payment_terms.json");
  EXPECT_TRUE(config.ok()) << config.status();
  absl::StatusOr<std::unique_ptr<dqe::Engine>> engine = dqe::Engine::Create(*config);
  EXPECT_TRUE(engine.ok()) << engine.status();
  return *std::move(engine);
}

// Cluster of each row, by id.
std::map<std::string, std::string> Clusters(const Terms& t, const dqe::DedupeResult& r) {
  std::map<std::string, std::string> out;
  for (size_t i = 0; i < t.rows.size(); ++i) {
    out[t.rows[i][0]] = t.rows[r.cluster_of_row[i]][0];
  }
  return out;
}

TEST(IdentityMatching, ClonesMergeWhateverTheirNamesAndSpellings) {
  Terms t({
      // Net 30, from the invoice date, no discount: seven spellings.
      {"T01", "Net 30", "30", "", "", "", ""},
      {"T02", "ABC Trading payment term", "30 days", "invoice date", "0", "", ""},
      {"T03", "Điều khoản thanh toán - Công ty Minh Phát", "30 ngày", "ngày hóa đơn",
       "0%", "0", "Theo hợp đồng"},
      {"T04", "張記貿易付款條件", "三十天", "發票日", "", "", ""},
      {"T05", "Pacific Rim PT", "net 30", "", "0.0", "", ""},
      {"T06", "Terms for Lotus Garden", " 30 ", "Invoice", "", "10", ""},
      {"T07", "陈氏食品 付款方式", "30天", "", "", "", ""},
      // 2/10 Net 30: 2 percent off within 10 days.
      {"T10", "2/10 Net 30", "30", "", "2", "10", ""},
      {"T11", "ABC Trading payment term", "Net 30", "", "2%", "10 days", ""},
      {"T12", "Chiết khấu - Công ty Minh Phát", "30 ngày", "", "0.02", "10 ngày", ""},
      {"T13", "王氏實業付款條件", "三十天", "", "2.0", "十天", ""},
      // EOM 30: due 30 days after the end of the month.
      {"T20", "EOM 30", "30", "EOM", "", "", ""},
      {"T21", "月結30天", "月結30天", "", "", "", ""},
      {"T22", "Điều khoản thanh toán - Công ty Minh Phát", "30", "cuối tháng", "", "", ""},
      {"T23", "ABC Trading payment term", "30 EOM", "end of month", "0", "", ""},
      // Net 45.
      {"T30", "Net 45", "45", "", "", "", ""},
      {"T31", "ABC Trading payment term", "四十五天", "invoice date", "", "", ""},
  });
  dqe::DedupeResult r = *PaymentTermsEngine()->Dedupe(t.view);
  std::map<std::string, std::string> c = Clusters(t, r);
  for (const char* id : {"T02", "T03", "T04", "T05", "T06", "T07"}) EXPECT_EQ(c[id], "T01") << id;
  for (const char* id : {"T11", "T12", "T13"}) EXPECT_EQ(c[id], "T10") << id;
  for (const char* id : {"T21", "T22", "T23"}) EXPECT_EQ(c[id], "T20") << id;
  EXPECT_EQ(c["T31"], "T30");
  EXPECT_EQ(r.stats.clusters, 4u);
  EXPECT_TRUE(r.row_issues.empty());
}

TEST(IdentityMatching, NearMissesNeverMerge) {
  Terms t({
      {"A", "Net 30", "30", "", "", "", ""},
      {"B", "Net 30", "45", "", "", "", ""},                 // Net 45
      {"C", "Net 30", "30", "", "2", "10", ""},              // 2/10 Net 30
      {"D", "Net 30", "30", "EOM", "", "", ""},              // EOM 30
      {"E", "Net 30", "30", "", "1", "10", ""},              // 1/10 Net 30
      {"F", "Net 30", "30", "", "2", "15", ""},              // 2/15 Net 30
      {"G", "Net 30", "30", "", "1.5", "10", ""},            // 1.5/10 Net 30
      {"H", "Net 30", "31", "", "", "", ""},
      {"I", "Net 30", "30", "", "2", "10", ""},              // = C
  });
  std::map<std::string, std::string> c = Clusters(t, *PaymentTermsEngine()->Dedupe(t.view));
  std::vector<std::string> distinct;
  for (const auto& [id, cluster] : c) distinct.push_back(cluster);
  std::sort(distinct.begin(), distinct.end());
  distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
  EXPECT_EQ(distinct.size(), 8u);
  EXPECT_EQ(c["I"], "C");
  for (const char* id : {"B", "C", "D", "E", "F", "G", "H"}) EXPECT_EQ(c[id], id);
}

TEST(IdentityMatching, UnreadableRowsAreReportedAndKeptAlone) {
  Terms t({
      {"A", "Net 30", "30", "", "", "", ""},
      {"B", "Net 30", "see contract", "", "", "", ""},
      {"C", "Net 30", "30", "weekly", "", "", ""},
      {"D", "Net 30", "", "", "", "", ""},
      {"E", "Net 30", "月結30天", "invoice date", "", "", ""},  // contradicts
      {"F", "Net 30", "30", "", "2 days", "10", ""},
      {"G", "Net 30", "30 days", "", "", "", ""},
  });
  dqe::DedupeResult r = *PaymentTermsEngine()->Dedupe(t.view);
  std::map<std::string, std::string> c = Clusters(t, r);
  EXPECT_EQ(c["G"], "A");
  for (const char* id : {"B", "C", "D", "E", "F"}) EXPECT_EQ(c[id], id);
  ASSERT_EQ(r.row_issues.size(), 5u);
  EXPECT_EQ(r.row_issues[0].row, 1u);
  EXPECT_EQ(r.row_issues[0].column, "due_days");
  EXPECT_THAT(r.row_issues[0].message, HasSubstr("\"see contract\" is not a number of days"));
  EXPECT_EQ(r.row_issues[1].column, "basis");
  EXPECT_THAT(r.row_issues[1].message, HasSubstr("\"weekly\" is not one of: "));
  EXPECT_THAT(r.row_issues[1].message, HasSubstr("end_of_month"));
  EXPECT_EQ(r.row_issues[2].column, "due_days");
  EXPECT_THAT(r.row_issues[2].message, HasSubstr("empty"));
  EXPECT_EQ(r.row_issues[3].column, "basis");
  EXPECT_THAT(r.row_issues[3].message, HasSubstr("contradicts"));
  EXPECT_EQ(r.row_issues[4].column, "discount_percent");
}

TEST(IdentityMatching, ClustersDoNotDependOnRowOrder) {
  std::vector<std::vector<std::string>> rows;
  const char* dues[] = {"30", "30 days", "三十天", "45", "Net 45", "月結30天"};
  for (int i = 0; i < 60; ++i) {
    char id[8];
    std::snprintf(id, sizeof id, "P%02d", i);
    rows.push_back({id, "x", dues[i % 6], "", i % 4 == 0 ? "2%" : "", i % 4 == 0 ? "10" : "", ""});
  }
  Terms a(rows);
  std::map<std::string, std::string> ca = Clusters(a, *PaymentTermsEngine()->Dedupe(a.view));
  std::mt19937 rng(7);
  std::shuffle(rows.begin(), rows.end(), rng);
  Terms b(rows);
  std::map<std::string, std::string> cb = Clusters(b, *PaymentTermsEngine()->Dedupe(b.view));
  EXPECT_EQ(ca, cb);
}

TEST(IdentityConfig, ErrorsNameThePath) {
  auto error = [](const std::string& identity) {
    return std::string(
        dqe::Config::FromJson(R"({"identity": )" + identity + "}").status().message());
  };
  EXPECT_THAT(error(R"({"fields": []})"), HasSubstr("identity.fields: expected a non-empty array"));
  EXPECT_THAT(error(R"({"fields": [{"column": "basis", "kind": "enum"}]})"),
              HasSubstr("identity.fields[0]: an enum field needs \"values\""));
  EXPECT_THAT(error(R"({"fields": [{"column": "b", "values": {"eom": "EOM"}}]})"),
              HasSubstr("identity.fields[0].values.eom: expected an array of strings"));
  EXPECT_THAT(error(R"({"fields": [{"column": "d", "kind": "dayz"}]})"),
              HasSubstr("identity.fields[0].kind: unknown kind \"dayz\""));
  EXPECT_THAT(error(R"({"fields": [{"column": "d", "requires_nonzero": "p"}]})"),
              HasSubstr("identity.fields[0].requires_nonzero"));
  EXPECT_THAT(error(R"({"fields": [{"column": "d", "colour": 1}]})"),
              HasSubstr("identity.fields[0].colour: unknown key"));
}

TEST(IdentityConfig, AColumnTheTableLacksIsAnError) {
  absl::StatusOr<dqe::Config> config = dqe::Config::FromJson(
      R"({"identity": {"fields": [{"column": "due", "kind": "days"}]}})");
  ASSERT_TRUE(config.ok()) << config.status();
  auto engine = *dqe::Engine::Create(*config);
  Terms t({{"A", "Net 30", "30", "", "", "", ""}});
  absl::StatusOr<dqe::DedupeResult> r = engine->Dedupe(t.view);
  ASSERT_FALSE(r.ok());
  EXPECT_THAT(std::string(r.status().message()),
              HasSubstr("identity.fields[0].column: the table has no column \"due\""));
}

}  // namespace

namespace {

TEST(IdentityMatching, LinkFindsTheTermWithTheSameMeaning) {
  // The CRM's terms (left) and a spreadsheet of terms typed by hand (right).
  Terms left({{"L2", "Net 30", "30", "", "", "", ""},
              {"L1", "2/10 Net 30", "30", "", "2", "10", ""},
              {"L3", "EOM 30", "30", "EOM", "", "", ""},
              {"L0", "Net 30 (copy)", "30 days", "", "", "", ""}});
  Terms right({{"R1", "Thanh toán 30 ngày", "30 ngày", "ngày hóa đơn", "", "", ""},
               {"R2", "月結30天", "月結30天", "", "", "", ""},
               {"R3", "Net 45", "45", "", "", "", ""},
               {"R4", "2% 10 ngày", "三十天", "", "2%", "十天", ""}});
  absl::StatusOr<dqe::LinkResult> r = PaymentTermsEngine()->Link(left.view, right.view);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->best.size(), 4u);
  EXPECT_EQ(r->best[0].left, 3);  // L0, the smaller id of L0 and L2
  EXPECT_EQ(r->best[1].left, 2);  // L3
  EXPECT_EQ(r->best[2].left, -1);  // new
  EXPECT_EQ(r->best[3].left, 1);  // L1
}

}  // namespace

namespace {

TEST(IdentityMatching, SpellingsOfADayCountStandForIt) {
  // payment_terms.json spells 0 days "due on receipt", "thanh toán ngay",
  // "即付" …; cash on delivery is another term and is not read as 0 days.
  Terms t({{"A", "Due on receipt", "Due on receipt", "", "", "", ""},
           {"B", "Thanh toán ngay", "thanh toán ngay", "", "", "", ""},
           {"C", "即付", "0", "", "", "", ""},
           {"D", "COD", "cash on delivery", "", "", "", ""}});
  dqe::DedupeResult r = *PaymentTermsEngine()->Dedupe(t.view);
  std::map<std::string, std::string> c = Clusters(t, r);
  EXPECT_EQ(c["B"], "A");
  EXPECT_EQ(c["C"], "A");
  EXPECT_EQ(c["D"], "D");
  ASSERT_EQ(r.row_issues.size(), 1u);
  EXPECT_EQ(r.row_issues[0].column, "due_days");
}

}  // namespace
