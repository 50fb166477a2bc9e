/* check_on_insert.c: a CRM backend checks a new contact for duplicates
 * before saving it, through dqe's C API.
 *
 * The backend hands dqe its existing contacts and the new one as columns,
 * deduplicates, and reads the pairs that involve the new row: "same phone as
 * contact 4711". Build (from an installed dqe):
 *
 *   cc -std=c99 check_on_insert.c $(pkg-config --cflags --libs dqe) -o check_on_insert
 *
 * Exit code: 0 when the new contact looks new, 3 when it has likely
 * duplicates (printed), 1 on an error. */
#include <stdio.h>
#include <string.h>

#include "dqe.h"

#define ROWS 7

/* The existing contacts (a real backend would load the candidates from its
 * database, e.g. those sharing a phone, e-mail or name key), then the new
 * contact as the last row. */
static const char* const kIds[ROWS] = {"4711", "4712", "4713", "4714",
                                       "4715", "4716", "new"};
static const char* const kNames[ROWS] = {
    "Nguyễn Văn An", "Trần Thị Bích Ngọc", "王秀英",   "John Smith",
    "Lê Minh Khoa",  "Phạm Thu Hà",        "Anh NGUYEN VAN AN"};
static const char* const kPhones[ROWS] = {
    "0912 345 678", "0903 111 222", "+86 138 0013 8000", "+1 415 555 0132",
    "0987 654 321", "028 3822 1234", "+84 (0) 912-345-678"};
static const char* const kEmails[ROWS] = {
    "nguyen.van.an@gmail.com", "ngoc.tran@yahoo.com", "wang.xiuying@163.com",
    "jsmith@acme-corp.com",    "khoa.le@fpt.vn",      "ha.pham@gmail.com",
    "Nguyen.Van.An+crm@GoogleMail.com"};
static const char* const kCountries[ROWS] = {"VN", "VN", "CN", "US",
                                             "VN", "VN", "Việt Nam"};

static dqe_status AddColumn(dqe_table* table, const char* name,
                            const char* const* values, char** error) {
  dqe_string cells[ROWS];
  size_t i;
  for (i = 0; i < ROWS; ++i) {
    cells[i].data = values[i];
    cells[i].len = strlen(values[i]);
  }
  return dqe_table_add_column(table, name, strlen(name), cells, ROWS, error);
}

int main(void) {
  const char* config = "{}"; /* everything inferred from the column names */
  dqe_engine* engine = NULL;
  dqe_table* table = NULL;
  dqe_dedupe_result* result = NULL;
  char* error = NULL;
  size_t i, c, duplicates = 0;
  int exit_code = 1;

  if (dqe_engine_create_from_json(config, strlen(config), &engine, &error) !=
          DQE_OK ||
      dqe_table_create(&table, &error) != DQE_OK ||
      AddColumn(table, "id", kIds, &error) != DQE_OK ||
      AddColumn(table, "full_name", kNames, &error) != DQE_OK ||
      AddColumn(table, "phone", kPhones, &error) != DQE_OK ||
      AddColumn(table, "email", kEmails, &error) != DQE_OK ||
      AddColumn(table, "country", kCountries, &error) != DQE_OK ||
      dqe_engine_dedupe(engine, table, 1, &result, &error) != DQE_OK) {
    fprintf(stderr, "check_on_insert: %s\n", error ? error : "failed");
    goto done;
  }

  printf("dqe %s: checking \"%s\" before saving it\n", dqe_version(),
         kNames[ROWS - 1]);
  for (i = 0; i < dqe_dedupe_result_pairs(result); ++i) {
    size_t a, b, other;
    double probability;
    dqe_dedupe_result_pair(result, i, &a, &b, NULL, &probability);
    if (b != ROWS - 1 && a != ROWS - 1) continue;
    other = a == ROWS - 1 ? b : a;
    ++duplicates;
    printf("possible duplicate of contact %s (%s), probability %.3f:",
           kIds[other], kNames[other], probability);
    for (c = 0; c < dqe_dedupe_result_comparisons(result); ++c) {
      dqe_string comparison, level;
      int level_index;
      dqe_dedupe_result_comparison_name(result, c, &comparison);
      dqe_dedupe_result_pair_level(result, i, c, &level_index, &level, NULL);
      if (level_index == DQE_LEVEL_MISSING) continue;
      printf(" %.*s %.*s;", (int)comparison.len, comparison.data,
             (int)level.len, level.data);
    }
    printf("\n");
  }
  if (duplicates == 0) {
    printf("no duplicate found: save it\n");
    exit_code = 0;
  } else {
    exit_code = 3;
  }

done:
  dqe_free(error);
  dqe_dedupe_result_destroy(result);
  dqe_table_destroy(table);
  dqe_engine_destroy(engine);
  return exit_code;
}
