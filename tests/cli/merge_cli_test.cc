// Runs `dqe dedupe --golden --lineage --remap` and `dqe unmerge` the way a
// cleanup job does: merge then unmerge gives back the input byte for byte,
// on the shipped contacts and on random tables of messy cells; the remap
// covers every row; payment-term clones collapse.
#include <map>
#include <random>
#include <set>
#include <string>
#include <vector>

#include "gmock/gmock.h"
#include "gtest/gtest.h"
#include "src/io/csv_reader.h"
#include "src/io/csv_writer.h"
#include "tests/support/dqe_runner.h"

namespace {

using ::dqe::testing::Dqe;
using ::dqe::testing::Outcome;
using ::dqe::testing::Scratch;
using ::dqe::testing::Slurp;
using ::dqe::testing::Spit;
using ::testing::HasSubstr;

std::string Source(const std::string& path) { return std::string(DQE_SOURCE_DIR) + "/" + path; }

std::vector<std::vector<std::string>> ReadRows(const std::string& path) {
  absl::StatusOr<dqe::internal::CsvTable> t = dqe::internal::ReadCsv(Slurp(path));
  EXPECT_TRUE(t.ok());
  std::vector<std::vector<std::string>> rows;
  rows.push_back(t->header());
  for (size_t r = 0; r < t->num_rows(); ++r) {
    std::vector<std::string> row;
    for (size_t c = 0; c < t->num_columns(); ++c) row.emplace_back(t->cell(r, c));
    rows.push_back(std::move(row));
  }
  return rows;
}

// Writes rows as dqe writes CSV (minimal quoting, LF).
std::string ToCsv(const std::vector<std::vector<std::string>>& rows) {
  char* buffer = nullptr;
  size_t size = 0;
  FILE* f = open_memstream(&buffer, &size);
  {
    dqe::internal::CsvWriter w(f);
    for (const auto& row : rows) w.WriteRow(std::span<const std::string>(row));
    EXPECT_TRUE(w.Flush().ok());
  }
  std::fclose(f);
  std::string out(buffer, size);
  std::free(buffer);
  return out;
}

TEST(MergeCli, ContactsMergeThenUnmergeIsTheInput) {
  // The shipped export has a padded short row, a long row and invalid UTF-8:
  // cells come back exactly as they were read.
  const std::string lineage = Scratch("contacts_lineage.csv");
  Outcome run = Dqe({"dedupe", "--config", Source("examples/configs/contacts.json"),
                     Source("examples/data/contacts.csv"), "--clusters", Scratch("c.csv"),
                     "--golden", Scratch("g.csv"), "--lineage", lineage, "--remap",
                     Scratch("r.csv")});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("golden records"));
  Outcome back = Dqe({"unmerge", lineage});
  ASSERT_EQ(back.exit_code, 0) << back.err;
  Spit(Scratch("back.csv"), back.out);
  absl::StatusOr<dqe::internal::CsvTable> a =
      dqe::internal::ReadCsv(Slurp(Source("examples/data/contacts.csv")));
  absl::StatusOr<dqe::internal::CsvTable> b = dqe::internal::ReadCsv(back.out);
  ASSERT_TRUE(a.ok() && b.ok());
  ASSERT_EQ(a->header(), b->header());
  ASSERT_EQ(a->num_rows(), b->num_rows());
  for (size_t r = 0; r < a->num_rows(); ++r) {
    ASSERT_EQ(a->field_count(r), b->field_count(r)) << "row " << r + 1;
    for (size_t c = 0; c < a->num_columns(); ++c) {
      EXPECT_EQ(a->cell(r, c), b->cell(r, c)) << "row " << r + 1 << " column " << c;
    }
    auto ea = a->extra_cells(r), eb = b->extra_cells(r);
    EXPECT_TRUE(std::equal(ea.begin(), ea.end(), eb.begin(), eb.end())) << r;
  }

  // The remap lists every row once, and rows of one cluster share a golden
  // id that is one of their own ids.
  auto clusters = ReadRows(Scratch("c.csv"));
  auto remap = ReadRows(Scratch("r.csv"));
  ASSERT_EQ(remap.size(), clusters.size());
  EXPECT_EQ(remap[0], (std::vector<std::string>{"old_id", "golden_id"}));
  std::map<std::string, std::string> golden_of_cluster;
  for (size_t i = 1; i < remap.size(); ++i) {
    EXPECT_EQ(remap[i][0], clusters[i][0]);
    auto [it, inserted] = golden_of_cluster.emplace(clusters[i][1], remap[i][1]);
    EXPECT_EQ(it->second, remap[i][1]) << remap[i][0];
  }
  // Nguyễn Văn An (C1001..C1004) is one golden record, re-pointed to C1001.
  std::map<std::string, std::string> r;
  for (size_t i = 1; i < remap.size(); ++i) r[remap[i][0]] = remap[i][1];
  for (const char* id : {"C1002", "C1003", "C1004"}) EXPECT_EQ(r[id], "C1001") << id;

  // The golden file: one line per cluster, golden_id and members first.
  auto golden = ReadRows(Scratch("g.csv"));
  EXPECT_EQ(golden[0][0], "golden_id");
  EXPECT_EQ(golden[0][1], "members");
  EXPECT_EQ(golden.size() - 1, golden_of_cluster.size());
  size_t members = 0;
  for (size_t i = 1; i < golden.size(); ++i) members += std::stoul(golden[i][1]);
  EXPECT_EQ(members, clusters.size() - 1);
}

TEST(MergeCli, RandomTablesRoundTripByteForByte) {
  // Cells as exports hold them: diacritics, Han, commas, quotes, line
  // breaks, leading and trailing spaces, empty cells; duplicated rows with
  // small changes so that clusters form.
  const std::vector<std::string> names = {
      "Nguyễn Văn An", "NGUYEN VAN  AN", "Ông Trần Minh Khoa", "張偉", "张伟", "Wei Zhang",
      "O'Neil, John", "\"Bác\" Hồ Thị Lan", " Lê Thị Hồng ", "", "Ðặng Thị Hoà", "王秀英女士"};
  const std::vector<std::string> phones = {"0912 345 678", "+84 (0) 912-345-678", "０９１２３４５６７８",
                                           "028 3822 1234 / 0903 111 222", "", "12345",
                                           "+886 912 345 678", "0168 123 4567"};
  const std::vector<std::string> emails = {"nguyen.van.an@gmail.com", "  Mailto:A@GoogleMail.com",
                                           "info@minhphat.vn", "", "wei@163.com", "bad@@x"};
  const std::vector<std::string> notes = {"", "line one\nline two", "say \"hi\"", "a,b,c",
                                          "\r\nCRLF inside", "tab\there", "  "};
  std::mt19937 rng(2026);
  auto pick = [&](const std::vector<std::string>& v) { return v[rng() % v.size()]; };
  for (int round = 0; round < 8; ++round) {
    std::vector<std::vector<std::string>> rows = {
        {"id", "full_name", "phone", "email", "note", "updated_at"}};
    const int n = 20 + static_cast<int>(rng() % 60);
    for (int i = 0; i < n; ++i) {
      std::vector<std::string> row;
      if (i > 0 && rng() % 3 == 0) {
        row = rows[1 + rng() % i];  // a duplicate, then a change or two
        row[4] = pick(notes);
        if (rng() % 2) row[2] = pick(phones);
      } else {
        row = {"", pick(names), pick(phones), pick(emails), pick(notes),
               rng() % 2 ? "2024-0" + std::to_string(1 + rng() % 9) + "-15" : ""};
      }
      row[0] = "R" + std::to_string(1000 - i);  // ids not in row order
      rows.push_back(std::move(row));
    }
    const std::string input = Scratch("random.csv");
    const std::string original = ToCsv(rows);
    Spit(input, original);
    const std::string lineage = Scratch("random_lineage.csv");
    Outcome run = Dqe({"dedupe", input, "--clusters", Scratch("rc.csv"), "--lineage", lineage,
                       "--golden", Scratch("rg.csv"), "--remap", Scratch("rr.csv")});
    ASSERT_EQ(run.exit_code, 0) << run.err;
    Outcome back = Dqe({"unmerge", lineage});
    ASSERT_EQ(back.exit_code, 0) << back.err;
    EXPECT_EQ(back.out, original) << "round " << round;

    // Unmerging some golden records gives back exactly their rows.
    auto remap = ReadRows(Scratch("rr.csv"));
    std::set<std::string> some;
    for (size_t i = 1; i < remap.size() && some.size() < 3; i += 1 + rng() % 5) {
      some.insert(remap[i][1]);
    }
    std::vector<std::string> args = {"unmerge", lineage};
    for (const std::string& g : some) {
      args.push_back("--golden");
      args.push_back(g);
    }
    Outcome part = Dqe(args);
    ASSERT_EQ(part.exit_code, 0) << part.err;
    std::vector<std::vector<std::string>> expected = {rows[0]};
    for (size_t i = 1; i < rows.size(); ++i) {
      if (some.count(remap[i][1])) expected.push_back(rows[i]);
    }
    EXPECT_EQ(part.out, ToCsv(expected)) << "round " << round;
  }
}

TEST(MergeCli, UnmergeRejectsWhatIsNotALineage) {
  Spit(Scratch("not_lineage.csv"), "id,name\n1,An\n");
  Outcome a = Dqe({"unmerge", Scratch("not_lineage.csv")});
  EXPECT_EQ(a.exit_code, 1);
  EXPECT_THAT(a.err, HasSubstr("not a lineage file"));
  Spit(Scratch("bad_row.csv"),
       "golden_id,source_id,source_row,column,value,fate\nG1,G1,x,name,An,golden\n");
  Outcome b = Dqe({"unmerge", Scratch("bad_row.csv")});
  EXPECT_EQ(b.exit_code, 1);
  EXPECT_THAT(b.err, HasSubstr("line 2, column source_row: \"x\" is not a row number"));
  Spit(Scratch("ok.csv"),
       "golden_id,source_id,source_row,column,value,fate\nG1,G1,1,name,An,golden\n");
  Outcome c = Dqe({"unmerge", Scratch("ok.csv"), "--golden", "G9"});
  EXPECT_EQ(c.exit_code, 1);
  EXPECT_THAT(c.err, HasSubstr("golden id \"G9\" is not in the lineage"));
  Outcome d = Dqe({"unmerge", Scratch("missing.csv")});
  EXPECT_EQ(d.exit_code, 1);
}

TEST(MergeCli, PaymentTermClonesCollapseAndReportUnreadableRows) {
  Outcome run = Dqe({"dedupe", "--config", Source("examples/configs/payment_terms.json"),
                     Source("examples/data/payment_terms.csv"), "--clusters",
                     Scratch("pc.csv"), "--golden", Scratch("pg.csv"), "--remap",
                     Scratch("pr.csv")});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  // T000061 says "see contract": reported with its row, id and column.
  EXPECT_THAT(run.err, HasSubstr("row 61 (id T000061), column due_days: \"see contract\""));
  std::map<std::string, std::string> remap;
  for (const auto& row : ReadRows(Scratch("pr.csv"))) remap[row[0]] = row[1];
  // Net 30 from the invoice date, no discount: "Net 30" (三十天), "鴻發電子付款條件"
  // (net 30, 0%), "30天付款" (30), "Công ty Vạn Xuân - điều khoản TT" (Net 30).
  for (const char* id : {"T000012", "T000006", "T000028"}) {
    EXPECT_EQ(remap[id], remap["T000009"]) << id;
  }
  // Near misses: EOM 30 (T000005, 三十天 + cuối tháng), 2/10 Net 30
  // (T000016), 1.5/10 Net 30 (T000024), Net 45 (T000020).
  for (const char* id : {"T000005", "T000016", "T000024", "T000020"}) {
    EXPECT_NE(remap[id], remap["T000009"]) << id;
  }
  EXPECT_NE(remap["T000016"], remap["T000024"]);
  EXPECT_EQ(remap["T000016"], remap["T000035"]);  // 2/10 Net 30 twice
  EXPECT_EQ(remap["T000061"], "T000061");
  // The survivor keeps a name that names no customer.
  auto golden = ReadRows(Scratch("pg.csv"));
  for (size_t i = 1; i < golden.size(); ++i) {
    if (golden[i][0] != remap["T000009"]) continue;
    EXPECT_THAT(golden[i][3], ::testing::AnyOf("Net 30", "30天付款"));
  }
}

}  // namespace
