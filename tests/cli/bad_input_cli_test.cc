// The bad-input table: each broken input a CRM export or a host can hand
// dqe, run through `dqe dedupe` (and `dqe validate`), with its expected
// outcome — a clear error naming what is wrong, or the bad row reported and
// kept while every other row is matched as usual. Nothing crashes, nothing
// hangs, no row is lost.
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "src/io/csv_reader.h"
#include "tests/support/dqe_runner.h"

namespace {

using ::dqe::testing::Dqe;
using ::dqe::testing::Outcome;
using ::dqe::testing::Scratch;
using ::dqe::testing::Slurp;
using ::dqe::testing::Spit;
using ::testing::HasSubstr;

const std::string kHeader = "id,full_name,phone,email\n";
// Two rows of one person around the bad one: they must still merge.
const std::string kGood1 = "G1,Nguyễn Văn An,0912 345 678,an@gmail.com\n";
const std::string kGood2 = "G2,NGUYEN VAN AN,+84912345678,an@gmail.com\n";

struct DedupeRun {
  Outcome outcome;
  std::vector<std::vector<std::string>> clusters;  // header first
};

DedupeRun Dedupe(const std::string& name, const std::string& csv,
           std::vector<std::string> extra = {}) {
  const std::string input = Scratch(name + ".csv");
  const std::string out = Scratch(name + ".clusters.csv");
  std::remove(out.c_str());
  Spit(input, csv);
  std::vector<std::string> args = {"dedupe", input, "--clusters", out, "--threads", "2"};
  args.insert(args.end(), extra.begin(), extra.end());
  DedupeRun run;
  run.outcome = Dqe(args);
  absl::StatusOr<dqe::internal::CsvTable> t = dqe::internal::ReadCsv(Slurp(out));
  if (t.ok() && t->num_columns() > 0) {
    run.clusters.push_back(t->header());
    for (size_t r = 0; r < t->num_rows(); ++r) {
      run.clusters.push_back({std::string(t->cell(r, 0)), std::string(t->cell(r, 1))});
    }
  }
  return run;
}

std::string ClusterOf(const DedupeRun& run, const std::string& id) {
  for (const auto& row : run.clusters) {
    if (row[0] == id) return row[1];
  }
  return "<missing>";
}

// The good rows merged, the bad row kept alone, every row listed once.
void ExpectKeptAlone(const DedupeRun& run, const std::string& bad_id, size_t rows) {
  EXPECT_EQ(run.outcome.exit_code, 0) << run.outcome.err;
  ASSERT_EQ(run.clusters.size(), rows + 1) << run.outcome.err;
  EXPECT_EQ(ClusterOf(run, "G2"), "G1");
  EXPECT_EQ(ClusterOf(run, bad_id), bad_id);
}

TEST(BadInput, InvalidUtf8IsReportedWithLineAndColumnAndKept) {
  DedupeRun run = Dedupe("invalid_utf8",
                   kHeader + kGood1 + "B1,Nguy\xff\xfe Văn An,0912 345 678,an@gmail.com\n" + kGood2);
  ExpectKeptAlone(run, "B1", 3);
  EXPECT_THAT(run.outcome.err, HasSubstr("line 3, column full_name: invalid UTF-8 at byte 4"));
}

TEST(BadInput, OverlongUtf8IsInvalid) {
  // \xc0\xaf is an overlong '/', \xe0\x80\xaf another; \xed\xa0\x80 a
  // surrogate.
  DedupeRun run = Dedupe("overlong", kHeader + kGood1 + "B1,An\xc0\xaf,0912 345 678,a@b.c\n" +
                                   "B2,An\xed\xa0\x80,0912 345 678,a@b.c\n" + kGood2);
  EXPECT_EQ(run.outcome.exit_code, 0);
  ASSERT_EQ(run.clusters.size(), 5u);
  EXPECT_EQ(ClusterOf(run, "B1"), "B1");
  EXPECT_EQ(ClusterOf(run, "B2"), "B2");
  EXPECT_EQ(ClusterOf(run, "G2"), "G1");
  EXPECT_THAT(run.outcome.err, HasSubstr("line 3, column full_name: invalid UTF-8"));
  EXPECT_THAT(run.outcome.err, HasSubstr("line 4, column full_name: invalid UTF-8"));
}

TEST(BadInput, NulBytesAreDataNotTheEndOfTheCell) {
  std::string nul_row = "B1,Lê";
  nul_row += '\0';
  nul_row += "Hồng,0903 111 222,x@y.vn\n";
  DedupeRun run = Dedupe("nul", kHeader + kGood1 + nul_row + kGood2);
  EXPECT_EQ(run.outcome.exit_code, 0) << run.outcome.err;
  ASSERT_EQ(run.clusters.size(), 4u);
  EXPECT_EQ(ClusterOf(run, "G2"), "G1");
  EXPECT_EQ(ClusterOf(run, "B1"), "B1");
}

TEST(BadInput, ATenMegabyteCellIsKeptButNotMatched) {
  std::string huge(10 << 20, 'A');
  // Two rows with the same huge name would take hours to compare letter by
  // letter: the limit on matched cells keeps the run short.
  DedupeRun run = Dedupe("huge", kHeader + kGood1 + "B1," + huge + ",0912 345 678,an@gmail.com\n" +
                               "B2," + huge + ",0912 345 678,an@gmail.com\n" + kGood2);
  EXPECT_EQ(run.outcome.exit_code, 0) << run.outcome.err.substr(0, 500);
  ASSERT_EQ(run.clusters.size(), 5u);
  EXPECT_EQ(ClusterOf(run, "G2"), "G1");
  EXPECT_EQ(ClusterOf(run, "B1"), "B1");
  EXPECT_EQ(ClusterOf(run, "B2"), "B2");
  EXPECT_THAT(run.outcome.err, HasSubstr("row 2 (id B1), column full_name"));
  EXPECT_THAT(run.outcome.err, HasSubstr("bytes"));
}

TEST(BadInput, AHeaderWithTenThousandColumns) {
  std::string header = "id,full_name,phone";
  std::string row1 = "G1,Nguyễn Văn An,0912 345 678", row2 = "G2,NGUYEN VAN AN,0912345678";
  for (int i = 0; i < 10000; ++i) {
    header += ",extra" + std::to_string(i);
    row1 += ",x";
    row2 += ",y";
  }
  DedupeRun run = Dedupe("wide", header + "\n" + row1 + "\n" + row2 + "\n");
  EXPECT_EQ(run.outcome.exit_code, 0) << run.outcome.err.substr(0, 500);
  ASSERT_EQ(run.clusters.size(), 3u);
  EXPECT_EQ(ClusterOf(run, "G2"), "G1");
}

TEST(BadInput, AnUnbalancedQuoteIsReportedAndTheRowsBeforeItKept) {
  DedupeRun run = Dedupe("quote", kHeader + kGood1 + kGood2 + "B1,\"Trần Minh Khoa,0903111222,k@x.vn\n");
  EXPECT_EQ(run.outcome.exit_code, 0);
  ASSERT_EQ(run.clusters.size(), 4u);
  EXPECT_EQ(ClusterOf(run, "G2"), "G1");
  EXPECT_EQ(ClusterOf(run, "B1"), "B1");
  EXPECT_THAT(run.outcome.err, HasSubstr("line 4"));
  EXPECT_THAT(run.outcome.err, HasSubstr("quote"));
}

TEST(BadInput, MixedLineEndsAndBomsRead) {
  DedupeRun run = Dedupe("crlf", "\xEF\xBB\xBFid,full_name,phone,email\r\n"
                           "G1,Nguyễn Văn An,0912 345 678,an@gmail.com\n"
                           "G2,NGUYEN VAN AN,+84912345678,an@gmail.com\r\n"
                           "G3,\xEF\xBB\xBFTrần Minh Khoa,0903111222,k@x.vn\r");
  EXPECT_EQ(run.outcome.exit_code, 0) << run.outcome.err;
  ASSERT_EQ(run.clusters.size(), 4u);
  EXPECT_EQ(run.clusters[0][0], "id");  // the BOM is not part of the header
  EXPECT_EQ(ClusterOf(run, "G2"), "G1");
  EXPECT_EQ(ClusterOf(run, "G3"), "G3");
}

TEST(BadInput, AnEmptyFileIsAClearError) {
  DedupeRun run = Dedupe("empty", "");
  EXPECT_EQ(run.outcome.exit_code, 1);
  EXPECT_THAT(run.outcome.err, HasSubstr("empty"));
}

TEST(BadInput, AHeaderOnlyGivesAnEmptyResult) {
  DedupeRun run = Dedupe("header_only", kHeader);
  EXPECT_EQ(run.outcome.exit_code, 0) << run.outcome.err;
  ASSERT_EQ(run.clusters.size(), 1u);
  EXPECT_EQ(run.clusters[0], (std::vector<std::string>{"id", "cluster_id"}));
}

TEST(BadInput, DuplicateIdsAreReportedAndEveryRowKept) {
  DedupeRun run = Dedupe("dup_ids", kHeader + kGood1 + kGood2 +
                                  "G1,Trần Minh Khoa,0903111222,k@x.vn\n");
  EXPECT_EQ(run.outcome.exit_code, 0);
  ASSERT_EQ(run.clusters.size(), 4u);
  EXPECT_THAT(run.outcome.err, HasSubstr("id \"G1\" is on rows 1 and 3"));
}

TEST(BadInput, RaggedRowsAreReportedAndKept) {
  DedupeRun run = Dedupe("ragged", kHeader + kGood1 + "B1,Lý Văn Phúc\n" +
                                 "B2,Lý Văn Phúc,0988765432,p@x.vn,extra,fields\n" + kGood2);
  ExpectKeptAlone(run, "B1", 4);
  EXPECT_EQ(ClusterOf(run, "B2"), "B2");
  EXPECT_THAT(run.outcome.err, HasSubstr("line 3"));
  EXPECT_THAT(run.outcome.err, HasSubstr("line 4"));
}

TEST(BadInput, AConfigWithUnknownKeysOrWrongTypesNamesTheJsonPath) {
  Spit(Scratch("unknown.json"), R"({"blocking": {"rulez": []}})");
  DedupeRun a = Dedupe("cfg1", kHeader + kGood1, {"--config", Scratch("unknown.json")});
  EXPECT_EQ(a.outcome.exit_code, 1);
  EXPECT_THAT(a.outcome.err, HasSubstr("blocking.rulez: unknown key"));
  Spit(Scratch("type.json"), R"({"comparisons": [{"name": "n", "columns": ["full_name"],
      "levels": [{"name": "a", "test": "jaro_winkler", "threshold": "0.9"}]}]})");
  DedupeRun b = Dedupe("cfg2", kHeader + kGood1, {"--config", Scratch("type.json")});
  EXPECT_EQ(b.outcome.exit_code, 1);
  EXPECT_THAT(b.outcome.err, HasSubstr("comparisons[0].levels[0].threshold: expected a number, got a string"));
  Spit(Scratch("broken.json"), R"({"threshold": 0.9,)");
  DedupeRun c = Dedupe("cfg3", kHeader + kGood1, {"--config", Scratch("broken.json")});
  EXPECT_EQ(c.outcome.exit_code, 1);
}

TEST(BadInput, AModelFromAnotherSchemaIsRefused) {
  // A model trained on a table with a company column, used on one without.
  const std::string train = Scratch("train.csv");
  Spit(train, "id,full_name,phone,company\n1,Nguyễn Văn An,0912345678,Minh Phát\n"
              "2,NGUYEN VAN AN,0912345678,Minh Phat\n3,Trần Khoa,0903111222,ACME\n");
  Outcome t = Dqe({"train", train, "--model", Scratch("model.json")});
  ASSERT_EQ(t.exit_code, 0) << t.err;
  DedupeRun run = Dedupe("model", kHeader + kGood1 + kGood2, {"--model", Scratch("model.json")});
  EXPECT_EQ(run.outcome.exit_code, 1);
  EXPECT_THAT(run.outcome.err, HasSubstr("model"));
}

TEST(BadInput, ValidateReportsBadCellsAsIssuesAndExitsZero) {
  const std::string input = Scratch("validate_bad.csv");
  Spit(input, kHeader + "B1,Nguy\xff,0912 345,an@@gmail.com\n" + kGood1);
  Outcome v = Dqe({"validate", input, "--issues", Scratch("issues.csv")});
  EXPECT_EQ(v.exit_code, 0) << v.err;
  std::string issues = Slurp(Scratch("issues.csv"));
  EXPECT_THAT(issues, HasSubstr("invalid_utf8"));
  EXPECT_THAT(issues, HasSubstr("invalid_phone"));
  EXPECT_THAT(issues, HasSubstr("invalid_email"));
}

}  // namespace
