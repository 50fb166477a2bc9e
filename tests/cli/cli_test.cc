// Runs the built `dqe` binary (its path comes from tests/cli/tests.cmake) the
// way users and scripts do, and checks its output, its exit codes and that
// `dqe clean` keeps every row.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>
#include <vector>

#include "dqe/version.h"
#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "src/io/csv_reader.h"

namespace {

using ::dqe::internal::CsvTable;
using ::dqe::internal::ReadCsv;
using ::dqe::internal::ReadCsvFile;
using ::testing::Contains;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

struct Result {
  int exit_code = -1;
  std::string out;
  std::string err;
};

std::string ShellQuote(const std::string& arg) {
  std::string quoted = "'";
  for (char c : arg) {
    if (c == '\'') {
      quoted += "'\\''";
    } else {
      quoted += c;
    }
  }
  return quoted + "'";
}

std::string ReadFile(const std::string& path) {
  std::ifstream in(path, std::ios::binary);
  std::stringstream s;
  s << in.rdbuf();
  return s.str();
}

// TempPath returns a path for a scratch file of this process (ctest runs
// the tests of this file in parallel processes).
std::string TempPath(const std::string& name) {
  return ::testing::TempDir() + "/cli_test_" + std::to_string(getpid()) + "_" +
         name;
}

// Dqe runs the dqe binary with `args` and returns its exit code, stdout and
// stderr.
Result Dqe(const std::vector<std::string>& args) {
  Result result;
#ifndef DQE_CLI_PATH
  ADD_FAILURE() << "built without the dqe tool";
  return result;
#else
  const std::string err_path = TempPath("stderr.txt");
  std::string command = ShellQuote(DQE_CLI_PATH);
  for (const std::string& arg : args) {
    command += ' ';
    command += ShellQuote(arg);
  }
  command += " 2>";
  command += ShellQuote(err_path);
  std::FILE* pipe = popen(command.c_str(), "r");
  if (pipe == nullptr) {
    ADD_FAILURE() << "cannot run " << command;
    return result;
  }
  char buffer[4096];
  size_t n;
  while ((n = std::fread(buffer, 1, sizeof buffer, pipe)) > 0) {
    result.out.append(buffer, n);
  }
  const int status = pclose(pipe);
  result.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
  result.err = ReadFile(err_path);
  std::remove(err_path.c_str());
  return result;
#endif
}

// Lines returns the JSON objects `dqe normalize` printed, one per line.
std::vector<nlohmann::json> Lines(const std::string& out) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(out);
  std::string line;
  while (std::getline(in, line)) {
    nlohmann::json j = nlohmann::json::parse(line, nullptr,
                                             /*allow_exceptions=*/false);
    EXPECT_FALSE(j.is_discarded()) << "not JSON: " << line;
    lines.push_back(std::move(j));
  }
  return lines;
}

nlohmann::json NormalizeOne(const std::vector<std::string>& args) {
  Result r = Dqe(args);
  EXPECT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> lines = Lines(r.out);
  EXPECT_EQ(lines.size(), 1u) << r.out;
  return lines.empty() ? nlohmann::json::object() : lines[0];
}

std::string ContactsCsv() {
  return std::string(DQE_SOURCE_DIR) + "/examples/data/contacts.csv";
}

void WriteFile(const std::string& path, const std::string& text) {
  std::ofstream(path, std::ios::binary) << text;
}

size_t ColumnIndex(const CsvTable& table, const std::string& name) {
  for (size_t c = 0; c < table.num_columns(); ++c) {
    if (table.header()[c] == name) return c;
  }
  ADD_FAILURE() << "no column " << name;
  return 0;
}

// ------------------------------------------------------------- general ----

TEST(CliTest, VersionPrintsTheLibraryVersion) {
  Result r = Dqe({"--version"});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_EQ(r.out, std::string(dqe::Version()) + "\n");
}

TEST(CliTest, HelpExitsZero) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"--help"}, {"normalize", "--help"}, {"clean", "--help"}}) {
    Result r = Dqe(args);
    EXPECT_EQ(r.exit_code, 0) << args[0];
    EXPECT_THAT(r.out, HasSubstr("Usage"));
  }
}

TEST(CliTest, BadCommandLinesExitTwoWithUsageOnStderr) {
  for (const auto& args : std::vector<std::vector<std::string>>{
           {},
           {"frobnicate"},
           {"--bogus"},
           {"normalize", "--kind", "name"},
           {"normalize", "x"},
           {"normalize", "--kind", "street", "x"},
           {"normalize", "--kind", "name", "--bogus", "x"},
           {"clean"},
           {"clean", "a.csv", "--bogus"},
       }) {
    std::string joined;
    for (const std::string& a : args) joined += a + " ";
    Result r = Dqe(args);
    EXPECT_EQ(r.exit_code, 2) << joined;
    EXPECT_THAT(r.err, HasSubstr("Usage")) << joined;
    EXPECT_THAT(r.out, IsEmpty()) << joined;
  }
}

// ----------------------------------------------------------- normalize ----

TEST(CliNormalizeTest, Name) {
  nlohmann::json j =
      NormalizeOne({"normalize", "--kind", "name", "Ông NGUYỄN VĂN  AN"});
  EXPECT_EQ(j["input"], "Ông NGUYỄN VĂN  AN");
  EXPECT_EQ(j["valid"], true);
  EXPECT_EQ(j["display"], "Nguyễn Văn An");
  EXPECT_EQ(j["key"], "nguyen van an");
  EXPECT_EQ(j["tokens"], nlohmann::json({"nguyen", "van", "an"}));
  EXPECT_EQ(j["sorted_key"], "an nguyen van");
  EXPECT_EQ(j["script"], "latin");
  EXPECT_EQ(j["vietnamese"], true);
  EXPECT_EQ(j["honorifics"], nlohmann::json({"Ông"}));
}

TEST(CliNormalizeTest, PhoneRenumbered) {
  nlohmann::json j = NormalizeOne(
      {"normalize", "--kind", "phone", "--region", "VN", "0168 123 4567"});
  EXPECT_EQ(j["input"], "0168 123 4567");
  EXPECT_EQ(j["valid"], true);
  EXPECT_EQ(j["e164"], "+84381234567");
  EXPECT_EQ(j["region"], "VN");
  EXPECT_TRUE(j["type"].is_string());
  ASSERT_EQ(j["numbers"].size(), 1u);
  EXPECT_EQ(j["numbers"][0]["renumbered"], true);
  EXPECT_EQ(j["numbers"][0]["e164_before_renumbering"], "+841681234567");
}

TEST(CliNormalizeTest, PhoneRegionDecidesTheCountry) {
  nlohmann::json j = NormalizeOne(
      {"normalize", "--kind", "phone", "--region", "tw", "0912 345 678"});
  EXPECT_EQ(j["e164"], "+886912345678");
  EXPECT_EQ(j["region"], "TW");
}

TEST(CliNormalizeTest, TwoNumbersInOneCell) {
  nlohmann::json j = NormalizeOne(
      {"normalize", "--kind", "phone", "0903 111 222; 028 3930 5678"});
  ASSERT_EQ(j["numbers"].size(), 2u);
  EXPECT_EQ(j["e164"], "+84903111222");
  EXPECT_EQ(j["numbers"][1]["e164"], "+842839305678");
}

TEST(CliNormalizeTest, Email) {
  nlohmann::json j =
      NormalizeOne({"normalize", "--kind", "email",
                    "  Mailto:Nguyen.Van.An+crm@GoogleMail.com"});
  EXPECT_EQ(j["valid"], true);
  EXPECT_EQ(j["normalized"], "nguyen.van.an+crm@googlemail.com");
  EXPECT_EQ(j["key"], "nguyenvanan@gmail.com");
  EXPECT_TRUE(j["warnings"].is_array());
  EXPECT_EQ(j["role_account"], false);
}

TEST(CliNormalizeTest, EmailTypoAndRoleAccount) {
  nlohmann::json j =
      NormalizeOne({"normalize", "--kind", "email", "info@gmial.com"});
  EXPECT_EQ(j["valid"], true);
  EXPECT_EQ(j["role_account"], true);
  EXPECT_EQ(j["suggested_domain"], "gmail.com");
  EXPECT_GE(j["warnings"].size(), 2u);
}

TEST(CliNormalizeTest, Company) {
  nlohmann::json j = NormalizeOne(
      {"normalize", "--kind", "company", "Công ty TNHH Minh Phát"});
  EXPECT_EQ(j["valid"], true);
  EXPECT_EQ(j["display"], "Minh Phát");
  EXPECT_EQ(j["key"], "minh phat");
  EXPECT_THAT(j["legal_forms"], Contains("TNHH"));
}

TEST(CliNormalizeTest, Addresses) {
  nlohmann::json a = NormalizeOne(
      {"normalize", "--kind", "address", "Số 12 Lê Lợi, P. Bến Nghé, Q.1"});
  nlohmann::json b = NormalizeOne(
      {"normalize", "--kind", "address", "12 LE LOI, PHUONG BEN NGHE, QUAN 1"});
  EXPECT_EQ(a["valid"], true);
  EXPECT_EQ(a["key"], b["key"]);
  EXPECT_THAT(a["tokens"], Contains("q1"));
  nlohmann::json bad = NormalizeOne({"normalize", "--kind", "address", ", ,"});
  EXPECT_EQ(bad["valid"], false);
  EXPECT_EQ(bad["reason"], "no letter or digit");
}

TEST(CliNormalizeTest, Numbers) {
  nlohmann::json days =
      NormalizeOne({"normalize", "--kind", "number", "30 ngày"});
  EXPECT_EQ(days["valid"], true);
  EXPECT_EQ(days["value"], 30);
  EXPECT_EQ(days["unit"], "days");
  nlohmann::json percent =
      NormalizeOne({"normalize", "--kind", "number", "--percent", "0.02"});
  EXPECT_EQ(percent["value"], 2);
  EXPECT_EQ(percent["unit"], "percent");
  nlohmann::json net =
      NormalizeOne({"normalize", "--kind", "number", "--days", "45"});
  EXPECT_EQ(net["value"], 45);
  EXPECT_EQ(net["unit"], "days");
}

TEST(CliNormalizeTest, OneLinePerValueInOrder) {
  Result r = Dqe({"normalize", "--kind", "name", "張偉", "Wei Zhang", "张伟"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  std::vector<nlohmann::json> lines = Lines(r.out);
  ASSERT_EQ(lines.size(), 3u);
  EXPECT_EQ(lines[0]["input"], "張偉");
  EXPECT_EQ(lines[1]["input"], "Wei Zhang");
  EXPECT_EQ(lines[2]["input"], "张伟");
  EXPECT_EQ(lines[0]["sorted_key"], lines[1]["sorted_key"]);
  EXPECT_EQ(lines[0]["key"], lines[2]["key"]);
}

TEST(CliNormalizeTest, EveryKindHasInputAndValid) {
  for (const char* kind : {"name", "phone", "email", "company", "number"}) {
    nlohmann::json j = NormalizeOne({"normalize", "--kind", kind, "x 1"});
    EXPECT_EQ(j["input"], "x 1") << kind;
    EXPECT_TRUE(j["valid"].is_boolean()) << kind;
    EXPECT_TRUE(j["reason"].is_string()) << kind;
  }
}

TEST(CliNormalizeTest, UnparsableValuesAreInvalidWithAReasonAndExitZero) {
  const std::vector<std::pair<std::string, std::string>> cases = {
      {"name", "..."}, {"name", "N\xFFguyen"}, {"phone", "chưa có"},
      {"phone", "12"}, {"email", "khong co"},  {"email", "a@@b.com"},
      {"company", ""}, {"number", "many"},
  };
  for (const auto& [kind, value] : cases) {
    Result r = Dqe({"normalize", "--kind", kind, "--", value});
    EXPECT_EQ(r.exit_code, 0) << kind << " " << value << ": " << r.err;
    std::vector<nlohmann::json> lines = Lines(r.out);
    ASSERT_EQ(lines.size(), 1u) << kind << " " << value;
    EXPECT_EQ(lines[0]["valid"], false) << kind << " " << value;
    EXPECT_THAT(lines[0]["reason"].get<std::string>(), Not(IsEmpty()))
        << kind << " " << value;
  }
}

TEST(CliNormalizeTest, InvalidUtf8IsReportedNotFixed) {
  nlohmann::json j =
      NormalizeOne({"normalize", "--kind", "name", "Nguy\xE1\xBBn"});
  EXPECT_EQ(j["valid"], false);
  EXPECT_THAT(j["reason"].get<std::string>(), HasSubstr("UTF-8"));
}

TEST(CliNormalizeTest, ValuesStartingWithDashAfterDoubleDash) {
  nlohmann::json j =
      NormalizeOne({"normalize", "--kind", "number", "--", "-5"});
  EXPECT_EQ(j["input"], "-5");
}

// --------------------------------------------------------------- clean ----

TEST(CliCleanTest, KeepsEveryRowOfTheExampleAndItsCells) {
  absl::StatusOr<CsvTable> input = ReadCsvFile(ContactsCsv());
  ASSERT_TRUE(input.ok()) << input.status();
  ASSERT_GE(input->num_rows(), 60u);

  Result r = Dqe({"clean", ContactsCsv()});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  absl::StatusOr<CsvTable> output = ReadCsv(r.out);
  ASSERT_TRUE(output.ok());
  ASSERT_EQ(output->num_rows(), input->num_rows());

  // Every input cell is in the output, unchanged, under its own header.
  for (size_t c = 0; c < input->num_columns(); ++c) {
    const size_t out_c = ColumnIndex(*output, input->header()[c]);
    for (size_t row = 0; row < input->num_rows(); ++row) {
      ASSERT_EQ(output->cell(row, out_c), input->cell(row, c))
          << "row " << row << ", column " << input->header()[c];
    }
  }
  // The extra fields of a long row follow the dqe_issues column.
  for (size_t row = 0; row < input->num_rows(); ++row) {
    std::vector<std::string_view> extra(input->extra_cells(row).begin(),
                                        input->extra_cells(row).end());
    std::vector<std::string_view> out_extra(output->extra_cells(row).begin(),
                                            output->extra_cells(row).end());
    EXPECT_EQ(out_extra, extra) << "row " << row;
  }
  for (const char* added :
       {"full_name_display", "full_name_key", "phone_e164", "phone_valid",
        "email_normalized", "email_key", "email_warnings", "company_display",
        "company_key", "dqe_issues"}) {
    EXPECT_THAT(output->header(), Contains(added));
  }
  EXPECT_EQ(output->header().back(), "dqe_issues");
}

TEST(CliCleanTest, ReportsBrokenRowsWithLineAndColumnAndFlagsThem) {
  absl::StatusOr<CsvTable> input = ReadCsvFile(ContactsCsv());
  ASSERT_TRUE(input.ok());
  ASSERT_THAT(input->issues(), Not(IsEmpty()))
      << "the example should hold broken rows";
  Result r = Dqe({"clean", ContactsCsv()});
  ASSERT_EQ(r.exit_code, 0);
  absl::StatusOr<CsvTable> output = ReadCsv(r.out);
  ASSERT_TRUE(output.ok());
  const size_t issues = ColumnIndex(*output, "dqe_issues");
  const size_t display = ColumnIndex(*output, "full_name_display");
  for (const auto& issue : input->issues()) {
    EXPECT_THAT(r.err, HasSubstr(issue.message));
    ASSERT_GE(issue.row, 0);
    const auto row = static_cast<size_t>(issue.row);
    EXPECT_THAT(std::string(output->cell(row, issues)),
                HasSubstr(issue.message));
    if (issue.code == dqe::internal::CsvIssueCode::kRaggedRow) {
      EXPECT_EQ(output->cell(row, display), "") << "row " << row;
    }
  }
  EXPECT_THAT(r.err, HasSubstr("column full_name: invalid UTF-8"));
}

TEST(CliCleanTest, NormalizesTheExample) {
  Result r = Dqe({"clean", ContactsCsv()});
  ASSERT_EQ(r.exit_code, 0);
  absl::StatusOr<CsvTable> output = ReadCsv(r.out);
  ASSERT_TRUE(output.ok());
  const size_t id = ColumnIndex(*output, "id");
  const size_t name_key = ColumnIndex(*output, "full_name_key");
  const size_t e164 = ColumnIndex(*output, "phone_e164");
  const size_t email_key = ColumnIndex(*output, "email_key");
  auto row_of = [&](std::string_view wanted) -> size_t {
    for (size_t row = 0; row < output->num_rows(); ++row) {
      if (output->cell(row, id) == wanted) return row;
    }
    ADD_FAILURE() << "no row " << wanted;
    return 0;
  };
  // The same person, typed four ways, meets on name, phone and email keys.
  for (const char* dup : {"C1002", "C1003"}) {
    EXPECT_EQ(output->cell(row_of(dup), name_key),
              output->cell(row_of("C1001"), name_key))
        << dup;
    EXPECT_EQ(output->cell(row_of(dup), e164), "+84912345678") << dup;
    EXPECT_EQ(output->cell(row_of(dup), email_key),
              output->cell(row_of("C1001"), email_key))
        << dup;
  }
  // The row's country decides how its phone is read.
  EXPECT_EQ(output->cell(row_of("C1030"), e164), "+886912345678");
  EXPECT_THAT(r.err, HasSubstr("full_name"));
  EXPECT_THAT(r.err, HasSubstr("valid"));
}

TEST(CliCleanTest, VietnameseAndChineseHeadersAndOutFile) {
  const std::string in = TempPath("headers.csv");
  const std::string out = TempPath("headers.out.csv");
  WriteFile(in,
            "\xEF\xBB\xBFMã KH,Họ và tên,SĐT,E-mail,Công ty,Quốc gia\r\n"
            "1,NGUYỄN VĂN AN,0912 345 678,An@Gmail.com,Công ty TNHH Minh "
            "Phát,Việt Nam\r\n"
            "2,張偉,0912 345 678,,台灣精密工業股份有限公司,Taiwan\r\n");
  Result r = Dqe({"clean", in, "--out", out});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  EXPECT_THAT(r.out, IsEmpty());
  absl::StatusOr<CsvTable> table = ReadCsvFile(out);
  ASSERT_TRUE(table.ok()) << table.status();
  ASSERT_EQ(table->num_rows(), 2u);
  EXPECT_EQ(table->cell(0, ColumnIndex(*table, "Họ và tên_key")),
            "nguyen van an");
  EXPECT_EQ(table->cell(0, ColumnIndex(*table, "SĐT_e164")), "+84912345678");
  EXPECT_EQ(table->cell(1, ColumnIndex(*table, "SĐT_e164")), "+886912345678");
  EXPECT_EQ(table->cell(0, ColumnIndex(*table, "E-mail_normalized")),
            "an@gmail.com");
  EXPECT_EQ(table->cell(0, ColumnIndex(*table, "Công ty_key")), "minh phat");
  EXPECT_EQ(table->cell(1, ColumnIndex(*table, "Họ và tên_key")), "zhang wei");
  std::remove(in.c_str());
  std::remove(out.c_str());
}

TEST(CliCleanTest, RegionFlagIsTheFallbackForRowsWithoutCountry) {
  const std::string in = TempPath("region.csv");
  WriteFile(in, "name,phone\nAn,0912 345 678\n");
  Result r = Dqe({"clean", in, "--region", "TW"});
  ASSERT_EQ(r.exit_code, 0) << r.err;
  absl::StatusOr<CsvTable> table = ReadCsv(r.out);
  ASSERT_TRUE(table.ok());
  EXPECT_EQ(table->cell(0, ColumnIndex(*table, "phone_e164")), "+886912345678");
  std::remove(in.c_str());
}

TEST(CliCleanTest, MissingInputExitsOne) {
  Result r = Dqe({"clean", "/nonexistent/contacts.csv"});
  EXPECT_EQ(r.exit_code, 1);
  EXPECT_THAT(r.err, HasSubstr("/nonexistent/contacts.csv"));
}

TEST(CliCleanTest, EmptyInput) {
  const std::string in = TempPath("empty.csv");
  WriteFile(in, "");
  Result r = Dqe({"clean", in});
  EXPECT_EQ(r.exit_code, 0);
  EXPECT_THAT(r.out, IsEmpty());
  EXPECT_THAT(r.err, HasSubstr("empty"));
  std::remove(in.c_str());
}

}  // namespace
