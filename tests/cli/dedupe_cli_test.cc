// Runs the built `dqe dedupe`, `dqe link` and `dqe train` (the binary's path
// comes from tests/cli/tests.cmake) on CRM contacts the way batch jobs do:
// the files they write, what they say on stderr, and their exit codes.
#include <sys/wait.h>
#include <unistd.h>

#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
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
using ::testing::ElementsAre;
using ::testing::ElementsAreArray;
using ::testing::HasSubstr;
using ::testing::IsEmpty;
using ::testing::Not;

using ::dqe::testing::Dqe;
using ::dqe::testing::Outcome;
using ::dqe::testing::Quote;
using ::dqe::testing::Scratch;
using ::dqe::testing::Slurp;
using ::dqe::testing::Spit;

std::string Fixture(const std::string& name) {
  return std::string(DQE_SOURCE_DIR) + "/tests/data/dedupe/" + name;
}

// Csv reads a CSV the dqe tool wrote: header, then rows of cells.
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
    for (size_t c = 0; c < t->num_columns(); ++c)
      row.emplace_back(t->cell(r, c));
    csv.rows.push_back(std::move(row));
  }
  return csv;
}

// The ids of the fixture, in file order.
std::vector<std::string> FixtureIds(const std::string& name) {
  absl::StatusOr<CsvTable> t = dqe::internal::ReadCsvFile(Fixture(name));
  EXPECT_TRUE(t.ok());
  std::vector<std::string> ids;
  if (!t.ok()) return ids;
  for (size_t r = 0; r < t->num_rows(); ++r) ids.emplace_back(t->cell(r, 0));
  return ids;
}

// Dedupe runs `dqe dedupe INPUT --clusters` and returns the clusters file
// (and the run).
Csv Dedupe(const std::string& input, Outcome* run,
           std::vector<std::string> extra = {}) {
  const std::string out = Scratch("clusters.csv");
  std::remove(out.c_str());
  std::vector<std::string> args = {"dedupe", input,       "--clusters",
                                   out,      "--threads", "2"};
  args.insert(args.end(), extra.begin(), extra.end());
  *run = Dqe(args);
  EXPECT_EQ(run->exit_code, 0) << run->err;
  return ReadOutput(out);
}

// ClusterOf maps each id of a clusters file to its cluster id.
std::map<std::string, std::string> ClusterOf(const Csv& clusters) {
  std::map<std::string, std::string> out;
  for (const auto& row : clusters.rows) {
    EXPECT_EQ(row.size(), 2u);
    if (row.size() == 2) out[row[0]] = row[1];
  }
  return out;
}

// ---------------------------------------------------------------- dedupe --

TEST(DedupeCliTest, ClustersFileHasEveryRowOnceInInputOrder) {
  Outcome run;
  Csv clusters = Dedupe(Fixture("contacts.csv"), &run);
  EXPECT_THAT(clusters.header, ElementsAre("id", "cluster_id"));
  std::vector<std::string> ids;
  for (const auto& row : clusters.rows) ids.push_back(row[0]);
  EXPECT_THAT(ids, ElementsAreArray(FixtureIds("contacts.csv")));

  std::map<std::string, std::string> c = ClusterOf(clusters);
  // Duplicates share the smallest id of their cluster.
  for (const char* id : {"P001", "P002", "P003"})
    EXPECT_EQ(c[id], "P001") << id;
  for (const char* id : {"P010", "P011", "P012"})
    EXPECT_EQ(c[id], "P010") << id;
  // Namesakes and unrelated people are their own cluster.
  for (const char* id : {"P004", "P005", "P100", "P120", "P135"}) {
    EXPECT_EQ(c[id], id);
  }
  // A cluster id is the id of one of its members, itself in that cluster.
  for (const auto& [id, cluster] : c) {
    ASSERT_TRUE(c.count(cluster)) << cluster;
    EXPECT_EQ(c[cluster], cluster);
    EXPECT_LE(cluster, id);
  }
  EXPECT_THAT(run.err, HasSubstr("46 rows"));
}

TEST(DedupeCliTest, PairsFileExplainsTheAcceptedPairs) {
  const std::string pairs = Scratch("pairs.csv");
  Outcome run;
  Csv clusters = Dedupe(Fixture("contacts.csv"), &run, {"--pairs", pairs});
  Csv p = ReadOutput(pairs);
  ASSERT_GE(p.header.size(), 5u);
  EXPECT_THAT(std::vector<std::string>(p.header.begin(), p.header.begin() + 5),
              ElementsAre("id1", "id2", "weight", "probability", "accepted"));
  // Then a level and a weight per comparison.
  EXPECT_EQ((p.header.size() - 5) % 2, 0u);
  for (size_t i = 5; i + 1 < p.header.size(); i += 2) {
    EXPECT_EQ(p.header[i + 1], p.header[i] + "_weight");
  }
  std::map<std::string, std::string> c = ClusterOf(clusters);
  bool found = false;
  ASSERT_FALSE(p.rows.empty());
  for (const auto& row : p.rows) {
    ASSERT_EQ(row.size(), p.header.size());
    EXPECT_TRUE(c.count(row[0])) << row[0];
    EXPECT_TRUE(c.count(row[1])) << row[1];
    EXPECT_EQ(row[4], "yes");
    EXPECT_GE(std::stod(row[3]), 0.9);
    found |= (row[0] == "P001" && row[1] == "P003") ||
             (row[0] == "P003" && row[1] == "P001");
  }
  EXPECT_TRUE(found) << Slurp(pairs);
  EXPECT_EQ(c["P001"], c["P003"]);
}

TEST(DedupeCliTest, WithoutAnIdColumnRowsAreNumberedFromOne) {
  // The fixture without its id column: ids are 1-based row numbers, and the
  // cluster of rows 9 and 10 (張偉, 张伟) is named "9": numbers are ordered as
  // numbers, not as strings.
  absl::StatusOr<CsvTable> t =
      dqe::internal::ReadCsvFile(Fixture("contacts.csv"));
  ASSERT_TRUE(t.ok());
  std::string text = "full_name,phone,email,company,address,city,country\n";
  for (size_t r = 0; r < t->num_rows(); ++r) {
    for (size_t c = 1; c <= 7; ++c) {
      std::string cell(t->cell(r, c));
      if (cell.find_first_of(",\"\n") != std::string::npos) {
        std::string q = "\"";
        for (char ch : cell)
          q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        cell = q + "\"";
      }
      text += cell + (c == 7 ? "\n" : ",");
    }
  }
  const std::string input = Scratch("no_id.csv");
  Spit(input, text);
  Outcome run;
  Csv numbered = Dedupe(input, &run);
  Csv with_ids = Dedupe(Fixture("contacts.csv"), &run);
  ASSERT_EQ(numbered.rows.size(), t->num_rows());
  ASSERT_EQ(with_ids.rows.size(), t->num_rows());
  std::map<std::string, size_t> row_of_id;
  for (size_t r = 0; r < t->num_rows(); ++r)
    row_of_id[std::string(t->cell(r, 0))] = r;
  for (size_t r = 0; r < t->num_rows(); ++r) {
    EXPECT_EQ(numbered.rows[r][0], std::to_string(r + 1));
    // The fixture's ids ascend with the rows: the same clusters, the same
    // smallest member.
    EXPECT_EQ(numbered.rows[r][1],
              std::to_string(row_of_id[with_ids.rows[r][1]] + 1))
        << "row " << r + 1;
  }
  EXPECT_EQ(numbered.rows[8][1], "9");  // 張偉
  EXPECT_EQ(numbered.rows[9][1], "9");  // 张伟
}

// The fixture's text with a row appended per case, each line numbered.
std::string BrokenInput() {
  std::string text = "\xEF\xBB\xBF" + Slurp(Fixture("contacts.csv"));
  // Lines 1-47 are the header and the 46 rows. A quoted address with a line
  // break inside (lines 48-49) is fine.
  text +=
      "P200,Trần Văn Bảo,0913 579 246,bao.tran@gmail.com,,\"15 Lý Tự Trọng\n"
      "Quận 1\",TP. Hồ Chí Minh,Việt Nam,2023-01-01,crm\n";
  // Line 50: one field too many (an unquoted comma in the company).
  text +=
      "P201,Nguyễn Văn An,0912 345 678,nguyen.van.an@gmail.com,Minh Phát, "
      "Co. Ltd,12 Lê Lợi,TP. Hồ Chí Minh,Việt Nam,2023-05-14,crm\n";
  // Line 51: a Windows-1258 byte in the name.
  text +=
      "P202,Nguy\xD2n V\xE3n An,0912345678,nguyenvanan@gmail.com,Minh Ph\xE1t,"
      ",TP. Hồ Chí Minh,Việt Nam,2023-05-15,import_excel\n";
  // Line 52: cut short.
  text += "P203,Đặng Thị Hòa,038 123 4567\n";
  // Line 53: a good duplicate of P100, after all that.
  text +=
      "P204,TRINH QUOC THIEN,+84 934 567 120,Thien.Trinh@viettel.com.vn,"
      "Viettel,,Ha Noi,VN,2024-01-01,crm\n";
  return text;
}

TEST(DedupeCliTest, BrokenRowsAreReportedWithTheirLineAndKeptAlone) {
  const std::string input = Scratch("broken.csv");
  Spit(input, BrokenInput());
  Outcome run;
  Csv clusters = Dedupe(input, &run);
  ASSERT_EQ(clusters.rows.size(), 46u + 5u);
  std::map<std::string, std::string> c = ClusterOf(clusters);
  // The BOM is not part of the first column's name: ids are read.
  EXPECT_EQ(clusters.rows[0][0], "P001");
  EXPECT_EQ(c["P002"], "P001");
  // Bad rows: reported on stderr with their line, each its own cluster even
  // though each duplicates someone.
  EXPECT_THAT(run.err, HasSubstr("line 50"));
  EXPECT_THAT(run.err, HasSubstr("line 51"));
  EXPECT_THAT(run.err, HasSubstr("line 52"));
  EXPECT_THAT(run.err, HasSubstr("UTF-8"));
  EXPECT_THAT(run.err, Not(HasSubstr("line 48")));
  EXPECT_THAT(run.err, Not(HasSubstr("line 53")));
  EXPECT_EQ(c["P201"], "P201");
  EXPECT_EQ(c["P202"], "P202");
  EXPECT_EQ(c["P203"], "P203");
  EXPECT_EQ(c["P200"], "P200");
  // Reading goes on after them.
  EXPECT_EQ(c["P204"], "P100") << run.err;
  EXPECT_THAT(run.err, HasSubstr("3 flagged"));
}

TEST(DedupeCliTest, SpaceAfterCommaSeparatorsAndCrlfReadLikeTheOriginal) {
  // FEBRL writes "rec-1-org, mary, smith"; spreadsheets on Windows write
  // CRLF. Either way the clusters are the same.
  absl::StatusOr<CsvTable> t =
      dqe::internal::ReadCsvFile(Fixture("contacts.csv"));
  ASSERT_TRUE(t.ok());
  std::string text;
  auto write_row = [&text](const std::vector<std::string>& cells) {
    for (size_t c = 0; c < cells.size(); ++c) {
      std::string cell = cells[c];
      if (cell.find_first_of(",\"") != std::string::npos) {
        std::string q = "\"";
        for (char ch : cell)
          q += ch == '"' ? std::string("\"\"") : std::string(1, ch);
        cell = q + "\"";
      }
      text += cell + (c + 1 == cells.size() ? "\r\n" : ", ");
    }
  };
  write_row(t->header());
  for (size_t r = 0; r < t->num_rows(); ++r) {
    std::vector<std::string> cells;
    for (size_t c = 0; c < t->num_columns(); ++c)
      cells.emplace_back(t->cell(r, c));
    write_row(cells);
  }
  const std::string input = Scratch("febrl_style.csv");
  Spit(input, text);
  Outcome run;
  Csv spaced = Dedupe(input, &run);
  EXPECT_THAT(run.err, Not(HasSubstr("line "))) << run.err;
  Csv plain = Dedupe(Fixture("contacts.csv"), &run);
  EXPECT_EQ(spaced.header, plain.header);
  EXPECT_EQ(spaced.rows, plain.rows);
}

TEST(DedupeCliTest, ThreadsDoNotChangeTheClusters) {
  Outcome run;
  Csv two = Dedupe(Fixture("contacts.csv"), &run);
  const std::string out = Scratch("one_thread.csv");
  Outcome one = Dqe(
      {"dedupe", Fixture("contacts.csv"), "--clusters", out, "--threads", "1"});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_EQ(ReadOutput(out).rows, two.rows);
}

TEST(DedupeCliTest, MissingInputExitsOne) {
  const std::string missing = Scratch("no_such_export.csv");
  Outcome run = Dqe({"dedupe", missing, "--clusters", Scratch("c.csv")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("no_such_export.csv"));
}

TEST(DedupeCliTest, UnwritableOutputExitsOne) {
  Outcome run = Dqe({"dedupe", Fixture("contacts.csv"), "--clusters",
                     Scratch("no_such_dir/clusters.csv")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("no_such_dir/clusters.csv"));
}

TEST(DedupeCliTest, BadCommandLinesExitTwo) {
  const std::string in = Fixture("contacts.csv");
  const std::string out = Scratch("c.csv");
  for (const auto& args : std::vector<std::vector<std::string>>{
           {"dedupe", in, "--clusters", out, "--bogus"},
           {"dedupe", in},  // no --clusters
           {"dedupe", "--clusters", out},
           {"dedupe", in, "--clusters", out, "--threads", "many"},
           {"link", in, "--matches", out},
           {"link", in, in},
           {"train", in},
           {"train", in, "--model", out, "--bogus"},
       }) {
    std::string joined;
    for (const std::string& a : args) joined += a + " ";
    Outcome run = Dqe(args);
    EXPECT_EQ(run.exit_code, 2) << joined << "\n" << run.err;
    EXPECT_THAT(run.err, Not(IsEmpty())) << joined;
  }
}

TEST(DedupeCliTest, ExplainSchemaPrintsTheEffectiveConfig) {
  Outcome run = Dqe({"dedupe", Fixture("contacts.csv"), "--explain-schema"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  nlohmann::json j = nlohmann::json::parse(run.out, nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << run.out;
  std::map<std::string, std::string> kinds;
  for (const auto& c : j["columns"]) {
    kinds[c["name"].get<std::string>()] = c["kind"].get<std::string>();
  }
  EXPECT_EQ(kinds["full_name"], "person_name");
  EXPECT_EQ(kinds["phone"], "phone");
  EXPECT_EQ(kinds["email"], "email");
  EXPECT_FALSE(j["comparisons"].empty());
  EXPECT_FALSE(j["blocking"]["rules"].empty());
  EXPECT_TRUE(j["threshold"].is_number());

  // Given back as --config, it deduplicates the same way.
  const std::string config = Scratch("explained.json");
  Spit(config, run.out);
  Outcome plain_run, explained_run;
  Csv plain = Dedupe(Fixture("contacts.csv"), &plain_run);
  Csv explained =
      Dedupe(Fixture("contacts.csv"), &explained_run, {"--config", config});
  EXPECT_EQ(explained.rows, plain.rows);
}

TEST(DedupeCliTest, ConfigWithAnUnknownKeyExitsOneNamingIt) {
  const std::string config = Scratch("typo.json");
  Spit(config, R"({"treshold": 0.9})");
  Outcome run = Dqe({"dedupe", Fixture("contacts.csv"), "--clusters",
                     Scratch("c.csv"), "--config", config});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("treshold"));
}

TEST(DedupeCliTest, ConfigComparingAMissingColumnExitsOneNamingIt) {
  const std::string config = Scratch("missing_column.json");
  Spit(config,
       R"({"comparisons": [{"name": "mobile", "columns": ["so_di_dong"]}]})");
  Outcome run = Dqe({"dedupe", Fixture("contacts.csv"), "--clusters",
                     Scratch("c.csv"), "--config", config});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("so_di_dong"));
}

// ----------------------------------------------------------------- train --

TEST(DedupeCliTrainTest, TrainThenDedupeWithTheModel) {
  const std::string config = Scratch("fast_training.json");
  Spit(config, R"({"training": {"random_pairs": 20000}})");
  const std::string model = Scratch("model.json");
  Outcome train = Dqe(
      {"train", Fixture("contacts.csv"), "--model", model, "--config", config});
  ASSERT_EQ(train.exit_code, 0) << train.err;
  nlohmann::json j = nlohmann::json::parse(Slurp(model), nullptr, false);
  ASSERT_FALSE(j.is_discarded()) << Slurp(model);
  EXPECT_EQ(j["dqe_model"], 1);
  EXPECT_TRUE(j["prior"].is_number());
  std::vector<std::string> names;
  for (const auto& c : j["comparisons"]) names.push_back(c["name"]);
  EXPECT_THAT(names, ::testing::IsSupersetOf({"name", "phone", "email"}));

  Outcome run;
  Csv clusters = Dedupe(Fixture("contacts.csv"), &run,
                        {"--model", model, "--config", config});
  std::vector<std::string> ids;
  for (const auto& row : clusters.rows) ids.push_back(row[0]);
  EXPECT_THAT(ids, ElementsAreArray(FixtureIds("contacts.csv")));
  std::map<std::string, std::string> c = ClusterOf(clusters);
  EXPECT_EQ(c["P003"], "P001");
}

TEST(DedupeCliTrainTest, ModelThatIsNotJsonExitsOne) {
  const std::string model = Scratch("model.txt");
  Spit(model, "prior=0.001\nname exact 0.8 0.001\n");
  Outcome run = Dqe({"dedupe", Fixture("contacts.csv"), "--clusters",
                     Scratch("c.csv"), "--model", model});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("model.txt"));
  EXPECT_THAT(run.err, HasSubstr("JSON"));
}

TEST(DedupeCliTrainTest, MissingModelFileExitsOne) {
  Outcome run = Dqe({"dedupe", Fixture("contacts.csv"), "--clusters",
                     Scratch("c.csv"), "--model", Scratch("no_model.json")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("no_model.json"));
}

TEST(DedupeCliTrainTest, ModelOfAnotherSchemaExitsOneSayingItDoesNotFit) {
  const std::string model = Scratch("other_model.json");
  Spit(model, R"({"dqe_model": 1, "prior": 0.001, "comparisons": [
      {"name": "given_name", "levels": [
         {"name": "exact", "m": 0.8, "u": 0.01},
         {"name": "different", "m": 0.2, "u": 0.99}]}]})");
  Outcome run = Dqe({"dedupe", Fixture("contacts.csv"), "--clusters",
                     Scratch("c.csv"), "--model", model});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("does not fit"));
}

// ------------------------------------------------------------------ link --

TEST(DedupeCliLinkTest, OneLinePerRightRowMatchOrNew) {
  const std::string right = Scratch("right.csv");
  Spit(right,
       "email,city,full_name,id,phone,company,country,address,updated_at,"
       "source\n"
       "thien.trinh@viettel.com.vn,Ha Noi,TRINH QUOC THIEN,N1,+84 934 567 "
       "120,,VN,,2024-05-01,erp\n"
       ",Sài Gòn,Kim Ji-woo,N2,+82 10 2345 6789,,Korea,,2024-05-02,erp\n"
       "Huy.Ly@Tiki.vn,Ho Chi Minh,Ly Gia Huy,N3,0707319864,Tiki,Vietnam,,"
       "2024-05-03,erp\n"
       "jiwoo.kim@naver.com,Seoul,Kim Ji-woo,N4,+82 10 9876 5432,Naver "
       "Corp,Korea,\"6 Buljeong-ro, Bundang\",2024-05-04,erp\n");
  const std::string matches = Scratch("matches.csv");
  const std::string pairs = Scratch("link_pairs.csv");
  Outcome run = Dqe({"link", Fixture("contacts.csv"), right, "--matches",
                     matches, "--pairs", pairs});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  Csv m = ReadOutput(matches);
  EXPECT_THAT(m.header, ElementsAre("right_id", "left_id", "status", "weight",
                                    "probability"));
  ASSERT_EQ(m.rows.size(), 4u);
  std::vector<std::string> right_ids, left_ids, statuses;
  for (const auto& row : m.rows) {
    ASSERT_EQ(row.size(), 5u);
    right_ids.push_back(row[0]);
    left_ids.push_back(row[1]);
    statuses.push_back(row[2]);
    if (row[2] == "match") {
      EXPECT_GE(std::stod(row[4]), 0.9);
    } else {
      EXPECT_EQ(row[1], "");
    }
  }
  EXPECT_THAT(right_ids, ElementsAre("N1", "N2", "N3", "N4"));
  EXPECT_THAT(left_ids, ElementsAre("P100", "", "P105", ""));
  EXPECT_THAT(statuses, ElementsAre("match", "new", "match", "new"));

  Csv p = ReadOutput(pairs);
  ASSERT_GE(p.header.size(), 5u);
  EXPECT_THAT(std::vector<std::string>(p.header.begin(), p.header.begin() + 5),
              ElementsAre("id1", "id2", "weight", "probability", "accepted"));
  bool found = false;
  for (const auto& row : p.rows) found |= row[0] == "P100" && row[1] == "N1";
  EXPECT_TRUE(found) << Slurp(pairs);
}

TEST(DedupeCliLinkTest, MissingRightFileExitsOne) {
  Outcome run = Dqe({"link", Fixture("contacts.csv"), Scratch("no_right.csv"),
                     "--matches", Scratch("m.csv")});
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_THAT(run.err, HasSubstr("no_right.csv"));
}

}  // namespace
