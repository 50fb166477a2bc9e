// The C API from several threads at once: one engine (and one options
// handle, one table, one result) shared by every thread, as dqe.h says they
// may be. Each thread's answers must equal the single-threaded ones: for
// dedupe, normalize, validate and merge.
#include <cstdio>
#include <string>
#include <thread>
#include <vector>

#include "dqe.h"
#include "gtest/gtest.h"

namespace {

constexpr int kThreads = 6;
constexpr int kRounds = 4;

dqe_string Str(const std::string& s) { return dqe_string{s.data(), s.size()}; }

// A contacts table: 60 people, each once, some twice more as a CRM clerk
// retyped them (ALL CAPS, a +84 phone, a Gmail key variant).
struct Contacts {
  std::vector<std::string> id, name, phone, email;

  Contacts() {
    const char* family[] = {"Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Vũ"};
    const char* middle[] = {"Văn", "Thị", "Đức", "Minh", "Quốc"};
    const char* given[] = {"An", "Bình", "Cường", "Dũng", "Hương", "Lan",
                           "Minh", "Nam", "Phúc", "Thảo", "Tuấn", "Yến"};
    const char* ascii_family[] = {"NGUYEN", "TRAN", "LE", "PHAM", "HOANG", "VU"};
    int row = 0;
    for (int p = 0; p < 60; ++p) {
      const int f = p % 6, m = p % 5, g = (p * 7) % 12;
      char digits[16];
      std::snprintf(digits, sizeof(digits), "%03d %03d", 100 + p, 200 + p * 3);
      const std::string local = "contact" + std::to_string(p);
      Add(row++, std::string(family[f]) + " " + middle[m] + " " + given[g],
          std::string("0912 ") + digits, local + "@gmail.com");
      if (p % 3 == 0) {
        Add(row++, std::string(ascii_family[f]) + " " + middle[m] + " " + given[g],
            std::string("+84 912 ") + digits, local + "+crm@googlemail.com");
      }
    }
  }

  void Add(int row, std::string n, std::string ph, std::string em) {
    std::string row_id = "R";  // (not "R" + ...: GCC 12 warns, -Wrestrict)
    row_id += std::to_string(1000 + row);
    id.push_back(std::move(row_id));
    name.push_back(std::move(n));
    phone.push_back(std::move(ph));
    email.push_back(std::move(em));
  }

  dqe_table* Table() const {
    dqe_table* table = nullptr;
    EXPECT_EQ(dqe_table_create(&table, nullptr), DQE_OK);
    AddColumn(table, "id", id);
    AddColumn(table, "full_name", name);
    AddColumn(table, "phone", phone);
    AddColumn(table, "email", email);
    return table;
  }

  static void AddColumn(dqe_table* table, const std::string& name,
                        const std::vector<std::string>& cells) {
    std::vector<dqe_string> views;
    for (const std::string& c : cells) views.push_back(Str(c));
    char* error = nullptr;
    EXPECT_EQ(dqe_table_add_column(table, name.data(), name.size(),
                                   views.data(), views.size(), &error),
              DQE_OK)
        << (error ? error : "");
    dqe_free(error);
  }
};

// What a dedupe result says, as plain values.
struct Summary {
  std::vector<size_t> clusters;
  std::vector<std::pair<size_t, size_t>> pairs;
  std::vector<double> probabilities;
  bool operator==(const Summary&) const = default;
};

Summary Summarize(const dqe_dedupe_result* r) {
  Summary s;
  s.clusters.resize(dqe_dedupe_result_rows(r));
  EXPECT_EQ(dqe_dedupe_result_clusters(r, s.clusters.data(), s.clusters.size()),
            DQE_OK);
  for (size_t i = 0; i < dqe_dedupe_result_pairs(r); ++i) {
    size_t a = 0, b = 0;
    double p = 0;
    EXPECT_EQ(dqe_dedupe_result_pair(r, i, &a, &b, nullptr, &p), DQE_OK);
    s.pairs.emplace_back(a, b);
    s.probabilities.push_back(p);
  }
  return s;
}

std::vector<std::string> E164s(const dqe_column_result* r) {
  std::vector<std::string> out;
  for (size_t row = 0; row < dqe_column_result_rows(r); ++row) {
    dqe_string s{};
    EXPECT_EQ(dqe_column_result_string(r, row, DQE_FIELD_E164, &s), DQE_OK);
    out.emplace_back(s.data, s.len);
  }
  return out;
}

TEST(CApiThreads, OneEngineDedupesFromSeveralThreadsAtOnce) {
  const Contacts contacts;
  dqe_engine* engine = nullptr;
  ASSERT_EQ(dqe_engine_create_from_json("{}", 2, &engine, nullptr), DQE_OK);
  dqe_table* shared_table = contacts.Table();

  dqe_dedupe_result* reference = nullptr;
  ASSERT_EQ(dqe_engine_dedupe(engine, shared_table, 1, &reference, nullptr),
            DQE_OK);
  const Summary expected = Summarize(reference);
  ASSERT_EQ(expected.pairs.size(), 20u);  // every retyped row found

  std::vector<std::vector<Summary>> got(kThreads);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      // Half the threads share one table, half build their own.
      dqe_table* own = t % 2 ? contacts.Table() : nullptr;
      for (int round = 0; round < kRounds; ++round) {
        dqe_dedupe_result* r = nullptr;
        char* error = nullptr;
        const dqe_status s = dqe_engine_dedupe(
            engine, own ? own : shared_table, 1 + round % 2, &r, &error);
        EXPECT_EQ(s, DQE_OK) << (error ? error : "");
        dqe_free(error);
        got[t].push_back(Summarize(r));
        // The shared reference result is read by every thread too.
        got[t].push_back(Summarize(reference));
        dqe_dedupe_result_destroy(r);
      }
      dqe_table_destroy(own);
    });
  }
  for (std::thread& t : threads) t.join();
  for (int t = 0; t < kThreads; ++t) {
    ASSERT_EQ(got[t].size(), 2u * kRounds);
    for (const Summary& s : got[t]) EXPECT_EQ(s, expected) << "thread " << t;
  }
  dqe_dedupe_result_destroy(reference);
  dqe_table_destroy(shared_table);
  dqe_engine_destroy(engine);
}

TEST(CApiThreads, NormalizeColumnsFromSeveralThreadsWithSharedOptions) {
  const Contacts contacts;
  std::vector<dqe_string> cells;
  for (const std::string& p : contacts.phone) cells.push_back(Str(p));
  dqe_normalize_options* options = nullptr;
  ASSERT_EQ(dqe_normalize_options_create(&options, nullptr), DQE_OK);
  ASSERT_EQ(dqe_normalize_options_set_string(options, DQE_OPTION_DEFAULT_REGION,
                                             "VN", 2, nullptr),
            DQE_OK);
  dqe_column_result* reference = nullptr;
  ASSERT_EQ(dqe_normalize_column(DQE_KIND_PHONE, options, cells.data(),
                                 cells.size(), nullptr, &reference, nullptr),
            DQE_OK);
  const std::vector<std::string> expected = E164s(reference);
  ASSERT_EQ(expected[0], "+84912100200");

  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds * 4; ++round) {
        dqe_column_result* r = nullptr;
        if (dqe_normalize_column(DQE_KIND_PHONE, options, cells.data(),
                                 cells.size(), nullptr, &r, nullptr) != DQE_OK ||
            E164s(r) != expected || E164s(reference) != expected) {
          ++mismatches[t];
        }
        dqe_column_result_destroy(r);
        // One value per call too, on every kind.
        const std::string& name = contacts.name[round % contacts.name.size()];
        if (dqe_normalize(DQE_KIND_PERSON_NAME, options, name.data(),
                          name.size(), nullptr, 0, &r, nullptr) != DQE_OK) {
          ++mismatches[t];
        }
        int valid = 0;
        if (dqe_column_result_flag(r, 0, DQE_FIELD_VALID, &valid) != DQE_OK ||
            !valid) {
          ++mismatches[t];
        }
        dqe_column_result_destroy(r);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(mismatches[t], 0) << t;
  dqe_column_result_destroy(reference);
  dqe_normalize_options_destroy(options);
}

// What a validation result says: row, column, code and message per issue.
std::vector<std::string> SummarizeIssues(const dqe_validation_result* r) {
  std::vector<std::string> out;
  for (size_t i = 0; i < dqe_validation_result_issues(r); ++i) {
    size_t row = 0;
    int column = 0;
    dqe_issue_code code{};
    dqe_string message{};
    EXPECT_EQ(dqe_validation_result_issue(r, i, &row, &column, &code, nullptr),
              DQE_OK);
    EXPECT_EQ(dqe_validation_result_issue_text(r, i, DQE_ISSUE_TEXT_MESSAGE,
                                               &message),
              DQE_OK);
    out.push_back(std::to_string(row) + " " + std::to_string(column) +
                        " " + dqe_issue_code_name(code) + " " +
                        std::string(message.data, message.len));
  }
  return out;
}

// What a merge result says: every row's golden id and every golden value.
std::vector<std::string> SummarizeMerge(const dqe_merge_result* r) {
  std::vector<std::string> out;
  for (size_t row = 0; row < dqe_merge_result_rows(r); ++row) {
    dqe_string id{};
    EXPECT_EQ(dqe_merge_result_golden_id_of_row(r, row, &id), DQE_OK);
    out.emplace_back(id.data, id.len);
  }
  for (size_t g = 0; g < dqe_merge_result_golden_records(r); ++g) {
    for (size_t c = 0; c < dqe_merge_result_columns(r); ++c) {
      dqe_string value{};
      EXPECT_EQ(dqe_merge_result_golden_value(r, g, c, &value), DQE_OK);
      out.emplace_back(value.data, value.len);
    }
  }
  return out;
}

TEST(CApiThreads, OneEngineValidatesAndMergesFromSeveralThreadsAtOnce) {
  const Contacts contacts;
  // Names longer than 14 characters are too long: some issues to compare.
  const std::string config =
      R"({"validation": {"max_length": {"full_name": 14}},)"
      R"( "merge": {"fields": {"phone": "union", "email": "union"}}})";
  dqe_engine* engine = nullptr;
  ASSERT_EQ(dqe_engine_create_from_json(config.data(), config.size(), &engine,
                                        nullptr),
            DQE_OK);
  dqe_table* table = contacts.Table();
  dqe_dedupe_result* dedupe = nullptr;
  ASSERT_EQ(dqe_engine_dedupe(engine, table, 1, &dedupe, nullptr), DQE_OK);

  dqe_validation_result* validation = nullptr;
  ASSERT_EQ(dqe_engine_validate(engine, table, 1, &validation, nullptr), DQE_OK);
  const std::vector<std::string> expected_issues = SummarizeIssues(validation);
  ASSERT_FALSE(expected_issues.empty());
  dqe_validation_result_destroy(validation);
  dqe_merge_result* merge = nullptr;
  ASSERT_EQ(dqe_engine_merge(engine, table, dedupe, 1, &merge, nullptr), DQE_OK);
  const std::vector<std::string> expected_merge = SummarizeMerge(merge);
  ASSERT_EQ(dqe_merge_result_golden_records(merge), 60u);  // one per person

  std::vector<int> mismatches(kThreads, 0);
  std::vector<std::thread> threads;
  for (int t = 0; t < kThreads; ++t) {
    threads.emplace_back([&, t] {
      for (int round = 0; round < kRounds; ++round) {
        dqe_validation_result* v = nullptr;
        char* error = nullptr;
        EXPECT_EQ(dqe_engine_validate(engine, table, 1 + round % 2, &v, &error),
                  DQE_OK)
            << (error ? error : "");
        dqe_free(error);
        error = nullptr;
        if (SummarizeIssues(v) != expected_issues) ++mismatches[t];
        dqe_validation_result_destroy(v);
        // The shared dedupe result feeds every thread's merge.
        dqe_merge_result* m = nullptr;
        EXPECT_EQ(dqe_engine_merge(engine, table, dedupe, 1 + round % 2, &m,
                                   &error),
                  DQE_OK)
            << (error ? error : "");
        dqe_free(error);
        if (SummarizeMerge(m) != expected_merge) ++mismatches[t];
        // The shared merge result is read by every thread too.
        if (SummarizeMerge(merge) != expected_merge) ++mismatches[t];
        dqe_merge_result_destroy(m);
      }
    });
  }
  for (std::thread& t : threads) t.join();
  for (int t = 0; t < kThreads; ++t) EXPECT_EQ(mismatches[t], 0) << t;
  dqe_merge_result_destroy(merge);
  dqe_dedupe_result_destroy(dedupe);
  dqe_table_destroy(table);
  dqe_engine_destroy(engine);
}

}  // namespace
