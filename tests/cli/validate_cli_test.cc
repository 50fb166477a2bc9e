// Runs the built `dqe validate` (the binary's path comes from
// tests/cli/tests.cmake) the way batch jobs do: the issues file, the
// summary, stderr and the exit codes.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "src/io/csv_reader.h"
#include "tests/support/dqe_runner.h"

namespace {

using ::dqe::internal::CsvTable;
using ::dqe::internal::ReadCsv;
using ::testing::Contains;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

using ::dqe::testing::Dqe;
using ::dqe::testing::Outcome;
using ::dqe::testing::Quote;
using ::dqe::testing::Scratch;
using ::dqe::testing::Slurp;
using ::dqe::testing::Spit;

struct Csv {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

Csv ReadOutput(const std::string& path) {
  Csv csv;
  const std::string text = Slurp(path);
  EXPECT_THAT(text, Not(IsEmpty())) << path;
  absl::StatusOr<CsvTable> t = ReadCsv(text);
  EXPECT_TRUE(t.ok());
  if (!t.ok()) return csv;
  EXPECT_THAT(t->issues(), IsEmpty()) << path;
  csv.header = t->header();
  for (size_t r = 0; r < t->num_rows(); ++r) {
    std::vector<std::string> row;
    for (size_t c = 0; c < t->num_columns(); ++c) row.emplace_back(t->cell(r, c));
    csv.rows.push_back(std::move(row));
  }
  return csv;
}

// "id:column:code" per issue line.
std::vector<std::string> Codes(const Csv& issues) {
  std::vector<std::string> out;
  for (const auto& row : issues.rows) out.push_back(row[1] + ":" + row[2] + ":" + row[4]);
  return out;
}

const std::string kContacts =
    std::string(DQE_SOURCE_DIR) + "/examples/data/contacts.csv";
const std::string kContactsRules =
    std::string(DQE_SOURCE_DIR) + "/examples/configs/contacts_validation.json";

TEST(ValidateCli, BadRowsOfACrmExport) {
  const std::string input = Scratch("bad_rows.csv");
  Spit(input,
       "id,full_name,phone,email,city,country,updated_at\n"
       "C0012,Trần Thị Ngọc,0912 345,ngoc.tran@@gmail.com,hà nội,Việt Nam,31/02/2026\n"
       "C0013,,+886 912 345 678,nam@gmial.com,Đà Nẵng,Việt Nam,2026-13-01\n"
       "C0014,Wei Zhang,,,Gotham,USA,2026-11-22\n"
       "C0015,Jennifer Smith,(650) 253-0000,jen@example.com,Hà Nội,US,\"Nov 22, 2026\"\n");
  const std::string config = Scratch("rules.json");
  Spit(config, R"({"validation": {
      "required": ["full_name"], "at_least_one": [["phone", "email"]],
      "picklists": [{"column": "city", "values": ["Hà Nội", "Đà Nẵng"]}]}})");
  const std::string issues = Scratch("issues.csv");
  const std::string summary = Scratch("summary.json");
  Outcome run = Dqe({"validate", "--config", config, input, "--issues", issues,
                     "--summary", summary});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("4 rows"));
  Csv csv = ReadOutput(issues);
  EXPECT_THAT(csv.header, ElementsAre("row", "id", "column", "rule", "code",
                                      "severity", "message", "value"));
  EXPECT_THAT(Codes(csv),
              ElementsAre("C0012:phone:invalid_phone", "C0012:email:invalid_email",
                          "C0012:updated_at:invalid_date",
                          "C0013:full_name:required_missing",
                          "C0013:phone:phone_region_mismatch",
                          "C0013:email:email_typo_domain",
                          "C0013:updated_at:invalid_date",
                          "C0014:city:not_in_picklist",
                          "C0014:phone|email:at_least_one_missing"));
  ASSERT_FALSE(csv.rows.empty());
  EXPECT_EQ(csv.rows[0][0], "1");
  EXPECT_EQ(csv.rows[0][3], "format");
  EXPECT_EQ(csv.rows[0][5], "error");
  EXPECT_THAT(csv.rows[0][6],
              HasSubstr("row 1 (id C0012), column phone: \"0912 345\" is not a "
                        "valid phone number for VN"));
  EXPECT_EQ(csv.rows[0][7], "0912 345");
  EXPECT_EQ(csv.rows[4][5], "warning");

  nlohmann::json s = nlohmann::json::parse(Slurp(summary));
  EXPECT_EQ(s["rows"], 4);
  EXPECT_EQ(s["errors"], 7);
  EXPECT_EQ(s["warnings"], 2);
  EXPECT_EQ(s["rows_with_errors"], 3);
  EXPECT_EQ(s["issues_by_code"]["invalid_date"], 2);
  EXPECT_EQ(s["issues_by_code"]["ragged_row"], 0);
  ASSERT_EQ(s["columns"].size(), 7u);
  EXPECT_EQ(s["columns"][1]["column"], "full_name");
  EXPECT_EQ(s["columns"][1]["present"], 3);
  EXPECT_DOUBLE_EQ(s["columns"][1]["completeness"].get<double>(), 0.75);
  EXPECT_EQ(s["columns"][2]["kind"], "phone");
  EXPECT_EQ(s["columns"][2]["valid"], 2);  // the TW number is a warning only
  EXPECT_DOUBLE_EQ(s["columns"][2]["validity"].get<double>(), 2.0 / 3);
}

TEST(ValidateCli, WithoutAConfigTheKindsDecide) {
  const std::string input = Scratch("plain.csv");
  Spit(input,
       "Mã khách hàng,Họ tên,SĐT,E-mail\n"
       "KH01,Nguyễn Văn An,0912 345 678,an@gmail.com\n"
       "KH02,,abc,\n");
  const std::string issues = Scratch("plain_issues.csv");
  Outcome run = Dqe({"validate", input, "--issues", issues});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  // Nothing is required without rules; the phone is checked by its kind.
  EXPECT_THAT(Codes(ReadOutput(issues)), ElementsAre("KH02:SĐT:invalid_phone"));
}

TEST(ValidateCli, TheExampleExport) {
  const std::string issues = Scratch("contacts_issues.csv");
  const std::string summary = Scratch("contacts_summary.json");
  Outcome run = Dqe({"validate", "--config", kContactsRules, kContacts,
                     "--issues", issues, "--summary", summary});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  Csv csv = ReadOutput(issues);
  const std::vector<std::string> codes = Codes(csv);
  // Lines 80-82 of the file: a company with an unquoted comma (11 fields), a
  // record cut short after the phone, and a row written in Latin-1.
  EXPECT_THAT(codes, Contains("C1500::ragged_row"));
  EXPECT_THAT(codes, Contains("C1501::ragged_row"));
  EXPECT_THAT(codes, Contains("C1502:full_name:invalid_utf8"));
  EXPECT_THAT(codes, Contains("C1502:company:invalid_utf8"));
  // A source value that is a date, and one outside the picklist.
  EXPECT_THAT(codes, Contains("C1500::ragged_row"));
  for (const auto& row : csv.rows) {
    if (row[4] == "ragged_row" && row[1] == "C1500") {
      EXPECT_EQ(row[0], "78");  // a quoted address spans two lines above
      EXPECT_THAT(row[6], HasSubstr("line 80: the record has 11 fields, the header has 10"));
    }
    if (row[4] == "invalid_utf8" && row[2] == "full_name") {
      EXPECT_EQ(row[7], "J\\xFCrgen Schr\\xF6der");
    }
  }
  nlohmann::json s = nlohmann::json::parse(Slurp(summary));
  EXPECT_EQ(s["rows"], 80);
  EXPECT_EQ(s["rows_skipped"], 2);
  EXPECT_EQ(s["issues_by_code"]["ragged_row"], 2);
  EXPECT_GE(s["issues_by_code"]["not_in_picklist"], 1);
  for (const auto& col : s["columns"]) {
    EXPECT_EQ(col["rows"], 78) << col["column"];
    EXPECT_GE(col["completeness"].get<double>(), 0.0);
    EXPECT_LE(col["validity"].get<double>(), 1.0);
  }
}

TEST(ValidateCli, ExitCodes) {
  const std::string issues = Scratch("x_issues.csv");
  Outcome missing = Dqe({"validate", Scratch("no_such.csv"), "--issues", issues});
  EXPECT_EQ(missing.exit_code, 1);
  EXPECT_THAT(missing.err, HasSubstr("no_such.csv"));

  Outcome no_issues_flag = Dqe({"validate", kContacts});
  EXPECT_EQ(no_issues_flag.exit_code, 2);
  EXPECT_THAT(no_issues_flag.err, HasSubstr("--issues"));

  const std::string config = Scratch("bad_rules.json");
  Spit(config, R"({"validation": {"picklists": [{"column": "city", "values": "Hà Nội"}]}})");
  Outcome bad = Dqe({"validate", "--config", config, kContacts, "--issues", issues});
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_THAT(bad.err, HasSubstr("validation.picklists[0].values: expected an "
                                 "array of strings, got a string"));

  Spit(config, R"({"validation": {"required": ["mobile"]}})");
  Outcome unknown = Dqe({"validate", "--config", config, kContacts, "--issues", issues});
  EXPECT_EQ(unknown.exit_code, 1);
  EXPECT_THAT(unknown.err, HasSubstr("validation.required[0]: no column \"mobile\""));

  const std::string empty = Scratch("empty.csv");
  Spit(empty, "");
  Outcome nothing = Dqe({"validate", empty, "--issues", issues});
  EXPECT_EQ(nothing.exit_code, 1);
  EXPECT_THAT(nothing.err, HasSubstr("empty"));
}

TEST(ValidateCli, AHeaderOnlyFileIsValid) {
  const std::string input = Scratch("header_only.csv");
  Spit(input, "id,full_name,phone\n");
  const std::string issues = Scratch("header_only_issues.csv");
  const std::string summary = Scratch("header_only_summary.json");
  Outcome run = Dqe({"validate", input, "--issues", issues, "--summary", summary});
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(Slurp(issues), "row,id,column,rule,code,severity,message,value\n");
  nlohmann::json s = nlohmann::json::parse(Slurp(summary));
  EXPECT_EQ(s["rows"], 0);
  EXPECT_EQ(s["columns"][2]["completeness"], 1.0);
}

}  // namespace
