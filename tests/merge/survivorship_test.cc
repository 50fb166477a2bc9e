// Every survivorship rule of merge.h on real-looking CRM clusters:
// Vietnamese, Chinese and Western contacts typed several ways.
#include <string>
#include <string_view>
#include <vector>

#include "dqe/merge.h"
#include "dqe/schema.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "tests/support/owned_table.h"

namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

using Table = ::dqe::testing::OwnedTable;

const std::vector<std::string> kHeader = {"id",      "full_name", "phone",
                                          "email",   "company",   "address",
                                          "country", "updated_at", "source"};

// One person, four rows, all in one cluster.
Table Person() {
  return Table(kHeader,
               {{"C1", "NGUYEN VAN AN", "0912 345 678", "nguyen.van.an@gmail.com",
                 "Minh Phát", "12 Le Loi", "VN", "14/05/2023", "import_excel"},
                {"C2", "Nguyễn Văn An", "+84 912 345 678",
                 "  Mailto:Nguyen.Van.An+crm@GoogleMail.com", "",
                 "12 Lê Lợi, Phường Bến Nghé, Quận 1", "Việt Nam",
                 "2024-01-03 09:15", "web_form"},
                {"C3", "Anh Nguyễn Văn An", "028 3822 1234", "an@minhphat.vn",
                 "Công ty TNHH Minh Phát", "", "VN", "2022年11月30日", "crm"},
                {"C4", "Nguyễn Văn An", "", "", "Cty TNHH Minh Phát", "12 Lê Lợi",
                 "VN", "", "CRM"}});
}

std::vector<uint32_t> OneCluster(size_t n) { return std::vector<uint32_t>(n, 0); }

dqe::MergeResult MergeWith(const Table& t, const std::string& json) {
  absl::StatusOr<dqe::MergeSpec> spec = dqe::MergeSpec::FromJson(json);
  EXPECT_TRUE(spec.ok()) << spec.status();
  absl::StatusOr<dqe::MergeResult> r =
      dqe::MergeClusters(t.InferredSchema(), *spec, t.view, OneCluster(t.rows.size()));
  EXPECT_TRUE(r.ok()) << r.status();
  return *std::move(r);
}

const std::string& Golden(const dqe::MergeResult& r, const std::string& column) {
  for (size_t c = 0; c < r.header.size(); ++c) {
    if (r.header[c] == column) return r.golden.at(0).values[c];
  }
  static const std::string none = "<no such column>";
  return none;
}

int Column(const std::string& name) {
  for (size_t c = 0; c < kHeader.size(); ++c) {
    if (kHeader[c] == name) return static_cast<int>(c);
  }
  return -1;
}

TEST(Survivorship, MostRecentReadsVietnameseAndChineseDateFormats) {
  // 2024-01-03 09:15 (C2) is after 14/05/2023 (C1) and 2022年11月30日 (C3);
  // C4 has no date and comes last.
  dqe::MergeResult r = MergeWith(Person(), R"({"default": "most_recent", "clean": false})");
  EXPECT_EQ(Golden(r, "address"), "12 Lê Lợi, Phường Bến Nghé, Quận 1");
  EXPECT_EQ(Golden(r, "source"), "web_form");
  // C2 has no company: the next most recent row with one is C1 (2023).
  EXPECT_EQ(Golden(r, "company"), "Minh Phát");
  EXPECT_EQ(r.golden[0].source_row[Column("company")], 0);
}

TEST(Survivorship, MostRecentOrdersTimesOnTheSameDay) {
  Table t({"id", "city", "updated_at"},
          {{"A", "Hà Nội", "2026-11-22 09:30"},
           {"B", "Hải Phòng", "22/11/2026 17:05"},
           {"C", "Huế", "2026年11月22日"}});
  dqe::MergeResult r = MergeWith(t, R"({"fields": {"city": "most_recent"}})");
  EXPECT_EQ(r.golden[0].values[1], "Hải Phòng");
}

TEST(Survivorship, MostCompleteTakesTheFullestRow) {
  // C1 has all nine cells filled, C2 and C3 eight, C4 seven.
  dqe::MergeResult r = MergeWith(Person(), R"({"default": "most_complete", "clean": false})");
  EXPECT_EQ(Golden(r, "source"), "import_excel");
  EXPECT_EQ(Golden(r, "phone"), "0912 345 678");
  // C1's name, NGUYEN VAN AN, is written as C2 spells the same name.
  EXPECT_EQ(Golden(r, "full_name"), "Nguyễn Văn An");
  EXPECT_EQ(r.golden[0].source_row[Column("full_name")], 1);
  EXPECT_EQ(r.Fate(0, Column("full_name")), dqe::CellFate::kSame);
  // Where the fullest row's cell is empty, the next fullest row gives it:
  Table t({"id", "email", "phone", "company"},
          {{"1", "", "0912345678", "Minh Phát"},
           {"2", "an@minhphat.vn", "", ""},
           {"3", "an.nguyen@gmail.com", "0912345678", ""}});
  dqe::MergeResult e = MergeWith(t, R"({"default": "most_complete"})");
  // Rows 1 and 3 have three cells, row 2 two: row 1 has no e-mail, so row 3's.
  EXPECT_EQ(e.golden[0].values[1], "an.nguyen@gmail.com");
}

TEST(Survivorship, MostFrequentComparesMatchKeysAndKeepsTheCommonSpelling) {
  // "Nguyễn Văn An" twice, "NGUYEN VAN AN" and "Anh Nguyễn Văn An" fold to
  // the same key: all four agree; the most frequent spelling is kept.
  dqe::MergeResult r =
      MergeWith(Person(), R"({"fields": {"full_name": "most_frequent"}, "clean": false})");
  EXPECT_EQ(Golden(r, "full_name"), "Nguyễn Văn An");
  const int c = Column("full_name");
  for (size_t row = 0; row < 4; ++row) {
    EXPECT_NE(r.Fate(row, c), dqe::CellFate::kLost) << row;
  }
  // Company keys: "Minh Phát", "Công ty TNHH Minh Phát" and "Cty TNHH Minh
  // Phát" all are Minh Phát once legal forms are dropped.
  dqe::MergeResult company =
      MergeWith(Person(), R"({"fields": {"company": "most_frequent"}})");
  EXPECT_THAT(Golden(company, "company"), HasSubstr("Minh Phát"));
}

TEST(Survivorship, MostFrequentPrefersTheLargerGroupOverRecency) {
  Table t({"id", "city", "updated_at"},
          {{"1", "Đà Nẵng", "2020-01-01"},
           {"2", "Da Nang", "2021-01-01"},
           {"3", "Huế", "2026-01-01"}});
  dqe::MergeResult r = MergeWith(t, R"({"fields": {"city": "most_frequent"}})");
  // Two rows say Đà Nẵng (one without diacritics): written with them.
  EXPECT_EQ(r.golden[0].values[1], "Đà Nẵng");
  EXPECT_EQ(r.Fate(0, 1), dqe::CellFate::kGolden);
  EXPECT_EQ(r.Fate(1, 1), dqe::CellFate::kSame);
  EXPECT_EQ(r.Fate(2, 1), dqe::CellFate::kLost);
}

TEST(Survivorship, SourcePriorityFollowsTheListFoldingCase) {
  // "CRM" (C4) and "crm" (C3) are the first source; C3 is more recent than
  // C4, which has no date.
  dqe::MergeResult r = MergeWith(
      Person(),
      R"({"default": "source_priority", "source_priority": ["crm", "web_form"], "clean": false})");
  EXPECT_EQ(Golden(r, "full_name"), "Anh Nguyễn Văn An");
  EXPECT_EQ(Golden(r, "email"), "an@minhphat.vn");
  // C3 has no address: C4, the other crm row, gives it.
  EXPECT_EQ(Golden(r, "address"), "12 Lê Lợi");
  // Of the crm rows only C3 has a phone.
  EXPECT_EQ(Golden(r, "phone"), "028 3822 1234");
  // Sources the list does not name come after the listed ones.
  dqe::MergeResult only_web = MergeWith(
      Person(), R"({"default": "source_priority", "source_priority": ["web_form"]})");
  EXPECT_EQ(Golden(only_web, "source"), "web_form");
}

TEST(Survivorship, LongestCountsCharactersNotBytes) {
  // "張偉先生" is 4 characters (12 bytes); "Zhang Wei" is 9.
  Table t({"id", "full_name"}, {{"1", "張偉先生"}, {"2", "Zhang Wei"}, {"3", "张伟"}});
  dqe::MergeResult r = MergeWith(t, R"({"fields": {"full_name": "longest"}, "clean": false})");
  EXPECT_EQ(r.golden[0].values[1], "Zhang Wei");
}

TEST(Survivorship, FirstNonEmptyFollowsInputOrder) {
  dqe::MergeResult r = MergeWith(Person(), R"({"default": "first_non_empty", "clean": false})");
  // Every cell of C1 is filled: C1, the first row, gives them all, in the
  // best spelling of the same text.
  EXPECT_EQ(Golden(r, "company"), "Minh Phát");
  EXPECT_EQ(Golden(r, "phone"), "0912 345 678");
  EXPECT_EQ(Golden(r, "full_name"), "Nguyễn Văn An");  // not NGUYEN VAN AN
  EXPECT_EQ(Golden(r, "address"), "12 Lê Lợi");         // not 12 Le Loi
}

TEST(Survivorship, UnionKeepsEveryDistinctPhoneAndEmailNormalized) {
  dqe::MergeResult r =
      MergeWith(Person(), R"({"fields": {"phone": "union", "email": "union"}})");
  // 0912 345 678 and +84 912 345 678 are one number; 028 3822 1234 another.
  // Most recent row first: C2 (2024), C1 (2023), C3 (2022).
  EXPECT_EQ(Golden(r, "phone"), "+84912345678; +842838221234");
  // nguyen.van.an@gmail.com and Nguyen.Van.An+crm@GoogleMail.com are one
  // Gmail account; an@minhphat.vn another.
  // one Gmail account (C2's, the most recent spelling, normalized);
  // an@minhphat.vn another.
  EXPECT_EQ(Golden(r, "email"), "nguyen.van.an+crm@googlemail.com; an@minhphat.vn");
  const int phone = Column("phone");
  EXPECT_EQ(r.Fate(1, phone), dqe::CellFate::kGolden);  // C2 gave +84912345678
  EXPECT_EQ(r.Fate(0, phone), dqe::CellFate::kSame);    // C1 said it again
  EXPECT_EQ(r.Fate(2, phone), dqe::CellFate::kGolden);  // C3 gave the landline
  EXPECT_EQ(r.Fate(3, phone), dqe::CellFate::kEmpty);
}

TEST(Survivorship, UnionSplitsCellsWithSeveralNumbersAndKeepsInvalidOnes) {
  Table t({"id", "phone", "country"},
          {{"1", "0912 345 678 / 028 3822 1234", "VN"},
           {"2", "0912345678", "VN"},
           {"3", "12345", "VN"},
           {"4", "0912 345 678", "Taiwan"}});
  dqe::MergeResult r = MergeWith(t, R"({"fields": {"phone": "union"}, "separator": " | "})");
  // Row 4's number is read in Taiwan's plan: another number (+886912345678).
  EXPECT_EQ(r.golden[0].values[1],
            "+84912345678 | +842838221234 | 12345 | +886912345678");
}

TEST(Survivorship, CanonicalPrefersNamesThatNameNoCustomer) {
  // One payment term (Net 30) cloned under customer names; the same
  // customer names another term (row 6, another cluster) alike.
  Table t({"id", "name"},
          {{"P1", "ABC Trading payment term"},
           {"P2", "Điều khoản thanh toán - Công ty TNHH Minh Phát"},
           {"P3", "Net 30"},
           {"P4", "張記貿易有限公司付款條件"},
           {"P5", "ABC Trading payment term"},
           {"P6", "ABC Trading payment term"}});
  std::vector<uint32_t> clusters = {0, 0, 0, 0, 0, 5};
  absl::StatusOr<dqe::MergeSpec> spec = dqe::MergeSpec::FromJson(
      R"({"fields": {"name": "canonical"}, "survivor": "name"})");
  ASSERT_TRUE(spec.ok());
  dqe::Schema schema;
  schema.columns.resize(2);
  schema.columns[0] = {.name = "id", .kind = dqe::Kind::kId, .role = dqe::Role::kRecordId};
  schema.columns[1] = {.name = "name", .kind = dqe::Kind::kText};
  schema.record_id = 0;
  absl::StatusOr<dqe::MergeResult> r = dqe::MergeClusters(schema, *spec, t.view, clusters);
  ASSERT_TRUE(r.ok()) << r.status();
  ASSERT_EQ(r->golden.size(), 2u);
  // "ABC Trading payment term" is the most frequent name in the cluster, but
  // it is also another cluster's name: customer-specific.
  EXPECT_EQ(r->golden[0].values[1], "Net 30");
  // The survivor is the row whose name survived; every clone re-points to it.
  EXPECT_EQ(r->golden[0].golden_id, "P3");
  for (size_t row = 0; row < 5; ++row) EXPECT_EQ(r->GoldenIdOf(row), "P3");
  EXPECT_EQ(r->GoldenIdOf(5), "P6");
}

TEST(Survivorship, CanonicalWithOnlyCustomerNamesTakesTheMostFrequentShortest) {
  Table t({"id", "name"},
          {{"1", "Công ty Vạn Xuân - điều khoản TT"}, {"2", "ĐKTT Vạn Xuân"}});
  dqe::MergeResult r = MergeWith(t, R"({"fields": {"name": "canonical"}})");
  // Row 1 names a company (Công ty): row 2 is preferred.
  EXPECT_EQ(r.golden[0].values[1], "ĐKTT Vạn Xuân");
}

TEST(Survivorship, CleanValuesAreNormalizedButLineageKeepsTheCells) {
  dqe::MergeResult r = MergeWith(Person(), R"({"default": "source_priority",
      "source_priority": ["crm"]})");
  // C3 ("Anh Nguyễn Văn An", crm, 2022) wins: written without the honorific.
  EXPECT_EQ(Golden(r, "full_name"), "Nguyễn Văn An");
  EXPECT_EQ(Golden(r, "phone"), "+842838221234");
  EXPECT_EQ(r.golden[0].source_row[Column("full_name")], 2);
}

TEST(Survivorship, TiesGoToTheSmallestIdWithoutDates) {
  Table t({"id", "full_name"}, {{"K9", "Lê Thị Hồng"}, {"K2", "Le Thi Hong"}});
  dqe::MergeResult r = MergeWith(t, R"({"clean": false})");
  // K2 (the smaller id) wins the tie, in K9's spelling of the same name.
  EXPECT_EQ(r.golden[0].values[1], "Lê Thị Hồng");
  EXPECT_EQ(r.golden[0].golden_id, "K2");
  EXPECT_EQ(r.Fate(0, 1), dqe::CellFate::kGolden);
  EXPECT_EQ(r.Fate(1, 1), dqe::CellFate::kSame);
  // Without diacritics on either side, the tie goes to K2's spelling.
  Table u({"id", "full_name"}, {{"K9", "LE THI HONG"}, {"K2", "Le Thi Hong"}, {"K5", "Mai"}});
  dqe::MergeResult v = MergeWith(u, R"({"clean": false, "default": "most_frequent"})");
  EXPECT_EQ(v.golden[0].values[1], "Le Thi Hong");
}

TEST(MergeSpecJson, ErrorsNameThePath) {
  EXPECT_THAT(std::string(dqe::MergeSpec::FromJson(R"({"fields": {"phone": "newest"}})")
                              .status()
                              .message()),
              HasSubstr("merge.fields.phone: unknown rule \"newest\""));
  EXPECT_THAT(std::string(dqe::MergeSpec::FromJson(R"({"default": 3})").status().message()),
              HasSubstr("merge.default: expected a rule"));
  EXPECT_THAT(std::string(dqe::MergeSpec::FromJson(R"({"survivors": "x"})").status().message()),
              HasSubstr("merge.survivors: unknown key"));
  EXPECT_THAT(
      std::string(dqe::MergeSpec::FromJson(R"({"source_priority": ["crm", 2]})")
                      .status()
                      .message()),
      HasSubstr("merge.source_priority[1]: expected a string"));
  EXPECT_TRUE(dqe::MergeSpec::FromJson("{}").ok());
}

TEST(MergeSpecJson, EveryRuleNameRoundTrips) {
  for (auto rule : {dqe::SurvivorshipRule::kMostRecent, dqe::SurvivorshipRule::kMostComplete,
                    dqe::SurvivorshipRule::kMostFrequent, dqe::SurvivorshipRule::kSourcePriority,
                    dqe::SurvivorshipRule::kLongest, dqe::SurvivorshipRule::kFirstNonEmpty,
                    dqe::SurvivorshipRule::kUnion, dqe::SurvivorshipRule::kCanonical}) {
    EXPECT_EQ(dqe::SurvivorshipRuleFromName(dqe::SurvivorshipRuleName(rule)), rule);
  }
}

}  // namespace
