/* c_api_test.c: dqe.h from plain C99. Calls every function of the C API:
 * the happy paths a host takes, and the errors it must be able to rely on
 * (NULL handles, wrong lengths, indices past the end, fields a kind does not
 * have). Linked against the shared library, as a C host would be. */
#include <stdint.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "dqe.h"

static int failures = 0;
static int checks = 0;

#define CHECK(cond)                                                     \
  do {                                                                  \
    ++checks;                                                           \
    if (!(cond)) {                                                      \
      fprintf(stderr, "%s:%d: CHECK failed: %s\n", __FILE__, __LINE__,  \
              #cond);                                                   \
      ++failures;                                                       \
    }                                                                   \
  } while (0)

/* CHECK_STATUS checks a call's status and prints its error message. */
#define CHECK_STATUS(expected, call)                                        \
  do {                                                                      \
    dqe_status got_ = (call);                                                          \
    ++checks;                                                               \
    if (got_ != (expected)) {                                               \
      fprintf(stderr, "%s:%d: %s returned %s, expected %s\n", __FILE__,     \
              __LINE__, #call, dqe_status_name(got_),                       \
              dqe_status_name(expected));                                   \
      ++failures;                                                           \
    }                                                                       \
  } while (0)

/* S makes a dqe_string of a C string literal. */
static dqe_string S(const char* s) {
  dqe_string r;
  r.data = s;
  r.len = strlen(s);
  return r;
}

static int Equals(dqe_string s, const char* expected) {
  return s.data != NULL && s.len == strlen(expected) &&
         memcmp(s.data, expected, s.len) == 0 && s.data[s.len] == '\0';
}

/* StringField reads a string field and compares it. */
static int StringIs(const dqe_column_result* r, size_t row, dqe_field field,
                    const char* expected) {
  dqe_string s;
  s.data = NULL;
  s.len = 0;
  if (dqe_column_result_string(r, row, field, &s) != DQE_OK) return 0;
  if (!Equals(s, expected)) {
    fprintf(stderr, "  row %u field %d: got \"%.*s\", expected \"%s\"\n",
            (unsigned)row, (int)field, (int)s.len, s.data ? s.data : "",
            expected);
    return 0;
  }
  return 1;
}

static int FlagIs(const dqe_column_result* r, size_t row, dqe_field field,
                  int expected) {
  int v = -1;
  return dqe_column_result_flag(r, row, field, &v) == DQE_OK && v == expected;
}

static int ItemIs(const dqe_column_result* r, size_t row, dqe_field field,
                  size_t i, const char* expected) {
  dqe_string s;
  return dqe_column_result_list_item(r, row, field, i, &s) == DQE_OK &&
         Equals(s, expected);
}

static int NumberIs(const dqe_column_result* r, size_t row, size_t i,
                    dqe_field field, const char* expected) {
  dqe_string s;
  if (dqe_column_result_phone_string(r, row, i, field, &s) != DQE_OK) return 0;
  return Equals(s, expected);
}

/* ------------------------------------------------------------- basics --- */

static void TestVersion(void) {
  CHECK(strcmp(dqe_version(), DQE_VERSION_STRING) == 0);
  CHECK(DQE_VERSION_NUMBER == DQE_VERSION_MAJOR * 10000 +
                                  DQE_VERSION_MINOR * 100 + DQE_VERSION_PATCH);
}

static void TestStatus(void) {
  /* The numbering is absl::StatusCode's, fixed forever. */
  static const char* const kNames[17] = {
      "OK", "CANCELLED", "UNKNOWN", "INVALID_ARGUMENT", "DEADLINE_EXCEEDED",
      "NOT_FOUND", "ALREADY_EXISTS", "PERMISSION_DENIED", "RESOURCE_EXHAUSTED",
      "FAILED_PRECONDITION", "ABORTED", "OUT_OF_RANGE", "UNIMPLEMENTED",
      "INTERNAL", "UNAVAILABLE", "DATA_LOSS", "UNAUTHENTICATED"};
  int i;
  for (i = 0; i <= 16; ++i) {
    CHECK(strcmp(dqe_status_name((dqe_status)i), kNames[i]) == 0);
  }
  CHECK(DQE_OK == 0 && DQE_INVALID_ARGUMENT == 3 && DQE_NOT_FOUND == 5 &&
        DQE_RESOURCE_EXHAUSTED == 8 && DQE_OUT_OF_RANGE == 11 &&
        DQE_INTERNAL == 13 && DQE_UNAUTHENTICATED == 16);
  CHECK(strcmp(dqe_status_name((dqe_status)17), "UNKNOWN_CODE") == 0);
  CHECK(strcmp(dqe_status_name((dqe_status)-1), "UNKNOWN_CODE") == 0);
  dqe_free(NULL);
}

static void TestErrorOutParameter(void) {
  dqe_table* table = NULL;
  char* error = (char*)"stale"; /* overwritten, never freed by the library */
  /* Success clears *error. */
  CHECK(dqe_table_create(&table, &error) == DQE_OK);
  CHECK(error == NULL);
  /* Failure sets a message the caller frees. */
  CHECK(dqe_table_set_flags(table, NULL, 0, &error) == DQE_FAILED_PRECONDITION);
  CHECK(error != NULL && strstr(error, "no column") != NULL);
  dqe_free(error);
  /* error may be NULL. */
  CHECK(dqe_table_set_flags(table, NULL, 0, NULL) == DQE_FAILED_PRECONDITION);
  dqe_table_destroy(table);
}

/* ------------------------------------------------------------ options --- */

static void TestOptions(void) {
  dqe_normalize_options* o = NULL;
  char* error = NULL;
  CHECK_STATUS(DQE_OK, dqe_normalize_options_create(&o, NULL));
  CHECK(o != NULL);
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_int(o, DQE_OPTION_DROP_HONORIFICS, 0, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_int(o, DQE_OPTION_TONE_STYLE, DQE_TONE_MODERN, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_int(o, DQE_OPTION_FIX_CASE, 1, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_int(o, DQE_OPTION_RENUMBER_VIETNAM, 0, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_int(o, DQE_OPTION_MAX_NUMBERS_PER_CELL, 1, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_int(o, DQE_OPTION_PROVIDER_RULES, 0, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_string(o, DQE_OPTION_DEFAULT_REGION, "US", 2, NULL));
  /* Wrong values and wrong types. */
  CHECK(dqe_normalize_options_set_int(o, DQE_OPTION_FIX_CASE, 2, &error) ==
        DQE_INVALID_ARGUMENT);
  CHECK(error != NULL && strstr(error, "DQE_OPTION_FIX_CASE") != NULL);
  dqe_free(error);
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_options_set_int(o, DQE_OPTION_TONE_STYLE, 7, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_options_set_int(o, DQE_OPTION_MAX_NUMBERS_PER_CELL, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_options_set_int(o, DQE_OPTION_DEFAULT_REGION, 1, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_options_set_int(o, (dqe_option)999, 1, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_options_set_string(o, DQE_OPTION_FIX_CASE, "1", 1, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_options_set_string(o, DQE_OPTION_DEFAULT_REGION, NULL, 2, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_options_set_int(NULL, DQE_OPTION_FIX_CASE, 1, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_options_set_string(NULL, DQE_OPTION_DEFAULT_REGION, "VN", 2, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_options_create(NULL, NULL));
  dqe_normalize_options_destroy(o);
  dqe_normalize_options_destroy(NULL);
}

/* -------------------------------------------------------- normalizing --- */

static void TestNames(void) {
  const char* text = "\xC3\x94ng NGUY\xE1\xBB\x84N V\xC4\x82N  AN"; /* Ông NGUYỄN VĂN  AN */
  dqe_column_result* r = NULL;
  dqe_string s;
  size_t n = 99;
  int flag = 0;
  CHECK_STATUS(DQE_OK, dqe_normalize(DQE_KIND_PERSON_NAME, NULL, text, strlen(text), NULL, 0, &r, NULL));
  CHECK(dqe_column_result_rows(r) == 1);
  CHECK(dqe_column_result_kind(r) == DQE_KIND_PERSON_NAME);
  CHECK(FlagIs(r, 0, DQE_FIELD_VALID, 1));
  CHECK(StringIs(r, 0, DQE_FIELD_REASON, ""));
  CHECK(StringIs(r, 0, DQE_FIELD_DISPLAY, "Nguy\xE1\xBB\x85n V\xC4\x83n An"));
  CHECK(StringIs(r, 0, DQE_FIELD_KEY, "nguyen van an"));
  CHECK(StringIs(r, 0, DQE_FIELD_SORTED_KEY, "an nguyen van"));
  CHECK(StringIs(r, 0, DQE_FIELD_SCRIPT, "latin"));
  CHECK(FlagIs(r, 0, DQE_FIELD_VIETNAMESE, 1));
  CHECK(dqe_column_result_list_size(r, 0, DQE_FIELD_TOKENS, &n) == DQE_OK && n == 3);
  CHECK(ItemIs(r, 0, DQE_FIELD_TOKENS, 0, "nguyen"));
  CHECK(ItemIs(r, 0, DQE_FIELD_TOKENS, 2, "an"));
  CHECK(dqe_column_result_list_size(r, 0, DQE_FIELD_HONORIFICS, &n) == DQE_OK && n == 1);
  CHECK(ItemIs(r, 0, DQE_FIELD_HONORIFICS, 0, "\xC3\x94ng"));
  /* Errors: fields a name has not, wrong accessor, indices past the end. */
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_string(r, 0, DQE_FIELD_E164, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_string(r, 0, DQE_FIELD_VALID, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_string(r, 0, DQE_FIELD_TOKENS, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_string(r, 0, DQE_FIELD_KEY, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_string(NULL, 0, DQE_FIELD_KEY, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_flag(r, 0, DQE_FIELD_ROLE_ACCOUNT, &flag));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_flag(r, 0, DQE_FIELD_KEY, &flag));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_list_size(r, 0, DQE_FIELD_KEY, &n));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_list_size(r, 0, DQE_FIELD_LEGAL_FORMS, &n));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_list_item(r, 0, DQE_FIELD_DISPLAY, 0, &s));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_column_result_string(r, 1, DQE_FIELD_KEY, &s));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_column_result_flag(r, 1, DQE_FIELD_VALID, &flag));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_column_result_list_size(r, 1, DQE_FIELD_TOKENS, &n));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_column_result_list_item(r, 0, DQE_FIELD_TOKENS, 3, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_phone_count(r, 0, &n));
  dqe_column_result_destroy(r);
  dqe_column_result_destroy(NULL);
  CHECK(dqe_column_result_rows(NULL) == 0);
  CHECK((int)dqe_column_result_kind(NULL) == 0);
}

static void TestNameColumnWithOptions(void) {
  dqe_string cells[4];
  dqe_column_result* r = NULL;
  dqe_normalize_options* o = NULL;
  cells[0] = S("\xC3\x94ng NGUY\xE1\xBB\x84N V\xC4\x82N  AN");
  cells[1] = S("H\xC3\xB2" "a"); /* Hòa */
  cells[2] = S("\xFF");          /* not UTF-8: a row that is not valid */
  cells[3].data = NULL;          /* NULL with length 0: empty */
  cells[3].len = 0;
  CHECK_STATUS(DQE_OK, dqe_normalize_options_create(&o, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_int(o, DQE_OPTION_DROP_HONORIFICS, 0, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_int(o, DQE_OPTION_TONE_STYLE, DQE_TONE_MODERN, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_column(DQE_KIND_PERSON_NAME, o, cells, 4, NULL, &r, NULL));
  CHECK(dqe_column_result_rows(r) == 4);
  /* Kept honorific: the text is then in mixed case, left as typed. */
  CHECK(StringIs(r, 0, DQE_FIELD_DISPLAY, "\xC3\x94ng NGUY\xE1\xBB\x84N V\xC4\x82N AN"));
  CHECK(StringIs(r, 1, DQE_FIELD_DISPLAY, "Ho\xC3\xA0")); /* Hoà */
  CHECK(FlagIs(r, 2, DQE_FIELD_VALID, 0));
  CHECK(StringIs(r, 2, DQE_FIELD_REASON, "invalid UTF-8 at byte 0"));
  CHECK(FlagIs(r, 3, DQE_FIELD_VALID, 0));
  CHECK(StringIs(r, 3, DQE_FIELD_KEY, ""));
  dqe_column_result_destroy(r);
  dqe_normalize_options_destroy(o);
}

static void TestPhones(void) {
  dqe_string cells[5], regions[5];
  dqe_column_result* r = NULL;
  dqe_normalize_options* o = NULL;
  size_t n = 0;
  int flag = -1;
  cells[0] = S("0168 123 4567");
  cells[1] = S("0912 345 678 / 028 3822 1234");
  cells[2] = S("0912 345 678 ext. 12");
  cells[3] = S("");
  cells[4] = S("(650) 253-0000");
  regions[0] = S("VN");
  regions[1] = S("Vi\xE1\xBB\x87t Nam"); /* Việt Nam: a country as rows write it */
  regions[2] = S("");
  regions[3] = S("");
  regions[4] = S("US");
  CHECK_STATUS(DQE_OK, dqe_normalize_column(DQE_KIND_PHONE, NULL, cells, 5, regions, &r, NULL));
  CHECK(dqe_column_result_kind(r) == DQE_KIND_PHONE);
  CHECK(FlagIs(r, 0, DQE_FIELD_VALID, 1));
  CHECK(StringIs(r, 0, DQE_FIELD_E164, "+84381234567"));
  CHECK(StringIs(r, 0, DQE_FIELD_REGION, "VN"));
  CHECK(StringIs(r, 0, DQE_FIELD_PHONE_TYPE, "mobile"));
  CHECK(FlagIs(r, 0, DQE_FIELD_RENUMBERED, 1));
  CHECK(dqe_column_result_phone_count(r, 0, &n) == DQE_OK && n == 1);
  CHECK(NumberIs(r, 0, 0, DQE_FIELD_E164_BEFORE_RENUMBERING, "+841681234567"));
  CHECK(dqe_column_result_phone_flag(r, 0, 0, DQE_FIELD_RENUMBERED, &flag) == DQE_OK && flag == 1);
  /* Two numbers in one cell. */
  CHECK(dqe_column_result_phone_count(r, 1, &n) == DQE_OK && n == 2);
  CHECK(StringIs(r, 1, DQE_FIELD_E164, "+84912345678"));
  CHECK(NumberIs(r, 1, 1, DQE_FIELD_E164, "+842838221234"));
  CHECK(NumberIs(r, 1, 1, DQE_FIELD_PHONE_TYPE, "fixed_line"));
  CHECK(NumberIs(r, 1, 1, DQE_FIELD_INPUT, "028 3822 1234"));
  CHECK(NumberIs(r, 1, 1, DQE_FIELD_REASON, ""));
  CHECK(NumberIs(r, 1, 1, DQE_FIELD_REGION, "VN"));
  CHECK(dqe_column_result_phone_flag(r, 1, 1, DQE_FIELD_VALID, &flag) == DQE_OK && flag == 1);
  CHECK(NumberIs(r, 2, 0, DQE_FIELD_EXTENSION, "12"));
  /* An empty cell: no numbers, not valid, empty E.164. */
  CHECK(dqe_column_result_phone_count(r, 3, &n) == DQE_OK && n == 0);
  CHECK(FlagIs(r, 3, DQE_FIELD_VALID, 0));
  CHECK(StringIs(r, 3, DQE_FIELD_REASON, "empty"));
  CHECK(StringIs(r, 3, DQE_FIELD_E164, ""));
  CHECK(FlagIs(r, 3, DQE_FIELD_RENUMBERED, 0));
  CHECK(StringIs(r, 4, DQE_FIELD_E164, "+16502530000"));
  CHECK(StringIs(r, 4, DQE_FIELD_REGION, "US"));
  /* Errors. */
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_column_result_phone_count(r, 5, &n));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_column_result_phone_string(r, 3, 0, DQE_FIELD_E164, &cells[0]));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_column_result_phone_flag(r, 1, 2, DQE_FIELD_VALID, &flag));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_phone_string(r, 1, 0, DQE_FIELD_KEY, &cells[0]));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_phone_string(r, 1, 0, DQE_FIELD_VALID, &cells[0]));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_phone_flag(r, 1, 0, DQE_FIELD_E164, &flag));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_phone_count(r, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_string(r, 0, DQE_FIELD_EXTENSION, &cells[0]));
  dqe_column_result_destroy(r);

  /* One value with its row's region; options without renumbering. */
  CHECK_STATUS(DQE_OK, dqe_normalize(DQE_KIND_PHONE, NULL, "(650) 253-0000", 14, "US", 2, &r, NULL));
  CHECK(StringIs(r, 0, DQE_FIELD_E164, "+16502530000"));
  dqe_column_result_destroy(r);
  CHECK_STATUS(DQE_OK, dqe_normalize_options_create(&o, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_string(o, DQE_OPTION_DEFAULT_REGION, "US", 2, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize(DQE_KIND_PHONE, o, "(650) 253-0000", 14, NULL, 0, &r, NULL));
  CHECK(StringIs(r, 0, DQE_FIELD_E164, "+16502530000"));
  dqe_column_result_destroy(r);
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_string(o, DQE_OPTION_DEFAULT_REGION, "VN", 2, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_int(o, DQE_OPTION_RENUMBER_VIETNAM, 0, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_int(o, DQE_OPTION_MAX_NUMBERS_PER_CELL, 1, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_column(DQE_KIND_PHONE, o, cells + 1, 1, NULL, &r, NULL));
  CHECK(dqe_column_result_phone_count(r, 0, &n) == DQE_OK && n == 1);
  dqe_column_result_destroy(r);
  cells[0] = S("0168 123 4567");
  CHECK_STATUS(DQE_OK, dqe_normalize(DQE_KIND_PHONE, o, cells[0].data, cells[0].len, NULL, 0, &r, NULL));
  CHECK(FlagIs(r, 0, DQE_FIELD_RENUMBERED, 0));
  dqe_column_result_destroy(r);
  dqe_normalize_options_destroy(o);
}

static void TestEmails(void) {
  dqe_string cells[2];
  dqe_column_result* r = NULL;
  dqe_normalize_options* o = NULL;
  size_t n = 0;
  cells[0] = S("  Mailto:Nguyen.Van.An+crm@GoogleMail.com");
  cells[1] = S("info@gmial.com");
  CHECK_STATUS(DQE_OK, dqe_normalize_column(DQE_KIND_EMAIL, NULL, cells, 2, NULL, &r, NULL));
  CHECK(FlagIs(r, 0, DQE_FIELD_VALID, 1));
  CHECK(StringIs(r, 0, DQE_FIELD_NORMALIZED, "nguyen.van.an+crm@googlemail.com"));
  CHECK(StringIs(r, 0, DQE_FIELD_KEY, "nguyenvanan@gmail.com"));
  CHECK(StringIs(r, 0, DQE_FIELD_LOCAL, "nguyen.van.an+crm"));
  CHECK(StringIs(r, 0, DQE_FIELD_DOMAIN, "googlemail.com"));
  CHECK(StringIs(r, 0, DQE_FIELD_SUGGESTED_DOMAIN, ""));
  CHECK(FlagIs(r, 0, DQE_FIELD_ROLE_ACCOUNT, 0));
  CHECK(FlagIs(r, 1, DQE_FIELD_ROLE_ACCOUNT, 1));
  CHECK(FlagIs(r, 0, DQE_FIELD_MAIL_PROVIDER, 1)); /* googlemail.com */
  CHECK(FlagIs(r, 1, DQE_FIELD_MAIL_PROVIDER, 1)); /* gmial.com, a typo */
  CHECK(StringIs(r, 1, DQE_FIELD_SUGGESTED_DOMAIN, "gmail.com"));
  CHECK(dqe_column_result_list_size(r, 1, DQE_FIELD_WARNINGS, &n) == DQE_OK && n == 2);
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_string(r, 0, DQE_FIELD_DISPLAY, &cells[0]));
  dqe_column_result_destroy(r);
  /* Without provider rules the key is the normalized address. */
  CHECK_STATUS(DQE_OK, dqe_normalize_options_create(&o, NULL));
  CHECK_STATUS(DQE_OK, dqe_normalize_options_set_int(o, DQE_OPTION_PROVIDER_RULES, 0, NULL));
  cells[0] = S("  Mailto:Nguyen.Van.An+crm@GoogleMail.com");
  CHECK_STATUS(DQE_OK, dqe_normalize(DQE_KIND_EMAIL, o, cells[0].data, cells[0].len, NULL, 0, &r, NULL));
  CHECK(StringIs(r, 0, DQE_FIELD_KEY, "nguyen.van.an+crm@googlemail.com"));
  dqe_column_result_destroy(r);
  dqe_normalize_options_destroy(o);
}

static void TestCompanies(void) {
  dqe_string cells[2];
  dqe_column_result* r = NULL;
  size_t n = 0;
  cells[0] = S("C\xC3\xB4ng ty TNHH Th\xC6\xB0\xC6\xA1ng m\xE1\xBA\xA1i Minh Ph\xC3\xA1t");
  cells[1] = S("\xE6\xB7\xB1\xE5\x9C\xB3\xE5\xB8\x82\xE8\x85\xBE\xE8\xAE\xAF"
               "\xE8\xAE\xA1\xE7\xAE\x97\xE6\x9C\xBA\xE7\xB3\xBB\xE7\xBB\x9F"
               "\xE6\x9C\x89\xE9\x99\x90\xE5\x85\xAC\xE5\x8F\xB8"); /* 深圳市腾讯计算机系统有限公司 */
  CHECK_STATUS(DQE_OK, dqe_normalize_column(DQE_KIND_COMPANY, NULL, cells, 2, NULL, &r, NULL));
  CHECK(FlagIs(r, 0, DQE_FIELD_VALID, 1));
  CHECK(StringIs(r, 0, DQE_FIELD_DISPLAY, "Th\xC6\xB0\xC6\xA1ng m\xE1\xBA\xA1i Minh Ph\xC3\xA1t"));
  CHECK(StringIs(r, 0, DQE_FIELD_KEY, "thuong mai minh phat"));
  CHECK(StringIs(r, 0, DQE_FIELD_SCRIPT, "latin"));
  CHECK(dqe_column_result_list_size(r, 0, DQE_FIELD_LEGAL_FORMS, &n) == DQE_OK && n == 1);
  CHECK(ItemIs(r, 0, DQE_FIELD_LEGAL_FORMS, 0, "TNHH"));
  CHECK(dqe_column_result_list_size(r, 0, DQE_FIELD_TOKENS, &n) == DQE_OK && n == 4);
  CHECK(StringIs(r, 1, DQE_FIELD_KEY, "shenzhenshitengxunjisuanjixitong"));
  /* The core: business words (Thương mại) and the leading city (深圳市) go. */
  CHECK(StringIs(r, 0, DQE_FIELD_CORE, "minhphat"));
  CHECK(StringIs(r, 1, DQE_FIELD_CORE, "tengxunjisuanjixitong"));
  CHECK(StringIs(r, 1, DQE_FIELD_SCRIPT, "han"));
  CHECK(ItemIs(r, 1, DQE_FIELD_LEGAL_FORMS, 0, "\xE6\x9C\x89\xE9\x99\x90\xE5\x85\xAC\xE5\x8F\xB8"));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_column_result_list_size(r, 0, DQE_FIELD_HONORIFICS, &n));
  dqe_column_result_destroy(r);
}

static void TestNormalizeErrors(void) {
  dqe_column_result* r = (dqe_column_result*)&checks; /* set to NULL on failure */
  dqe_string cells[2], regions[2];
  char* error = NULL;
  cells[0] = S("a");
  cells[1].data = NULL;
  cells[1].len = 3;
  regions[0] = S("VN");
  regions[1] = S("VN");
  CHECK(dqe_normalize((dqe_kind)42, NULL, "a", 1, NULL, 0, &r, &error) == DQE_INVALID_ARGUMENT);
  CHECK(r == NULL);
  CHECK(error != NULL && strstr(error, "unknown kind 42") != NULL);
  dqe_free(error);
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize(DQE_KIND_EMAIL, NULL, "a", 1, NULL, 0, NULL, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize(DQE_KIND_EMAIL, NULL, NULL, 1, NULL, 0, &r, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize(DQE_KIND_PHONE, NULL, "1", 1, NULL, 2, &r, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize(DQE_KIND_PERSON_NAME, NULL, "An", 2, "VN", 2, &r, NULL));
  CHECK(dqe_normalize_column(DQE_KIND_EMAIL, NULL, cells, 2, NULL, &r, &error) == DQE_INVALID_ARGUMENT);
  CHECK(error != NULL && strstr(error, "cell 1") != NULL);
  dqe_free(error);
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_column(DQE_KIND_EMAIL, NULL, NULL, 2, NULL, &r, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_column(DQE_KIND_EMAIL, NULL, cells, 1, regions, &r, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_column((dqe_kind)0, NULL, cells, 1, NULL, &r, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_column(DQE_KIND_EMAIL, NULL, cells, 1, NULL, NULL, NULL));
  regions[1].data = NULL;
  regions[1].len = 1;
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_normalize_column(DQE_KIND_PHONE, NULL, regions, 2, regions, &r, NULL));
  /* An empty column is fine. */
  CHECK_STATUS(DQE_OK, dqe_normalize_column(DQE_KIND_COMPANY, NULL, NULL, 0, NULL, &r, NULL));
  CHECK(dqe_column_result_rows(r) == 0);
  dqe_column_result_destroy(r);
}

/* ---------------------------------------------------------- dedupe --- */

#define ROWS 5

static dqe_table* ContactsTable(void) {
  static const char* const ids[ROWS] = {"C1", "C2", "C3", "C4", "C5"};
  static const char* const names[ROWS] = {
      "Nguy\xE1\xBB\x85n V\xC4\x83n An", "NGUYEN VAN  AN",
      "Tr\xE1\xBA\xA7n Th\xE1\xBB\x8B B\xC3\xACnh", "Wei Zhang",
      "Le Van Minh"};
  static const char* const phones[ROWS] = {
      "0912 345 678", "+84 (0) 912-345-678", "0903 111 222",
      "+86 138 0013 8000", "0987 654 321"};
  static const char* const emails[ROWS] = {
      "nguyen.van.an@gmail.com", "  Mailto:Nguyen.Van.An+crm@GoogleMail.com",
      "binh.tran@yahoo.com", "zhang.wei@163.com", "minh.le@outlook.com"};
  dqe_string cells[ROWS];
  dqe_table* table = NULL;
  int i;
  CHECK_STATUS(DQE_OK, dqe_table_create(&table, NULL));
  for (i = 0; i < ROWS; ++i) cells[i] = S(ids[i]);
  CHECK_STATUS(DQE_OK, dqe_table_add_column(table, "id", 2, cells, ROWS, NULL));
  for (i = 0; i < ROWS; ++i) cells[i] = S(names[i]);
  CHECK_STATUS(DQE_OK, dqe_table_add_column(table, "full_name", 9, cells, ROWS, NULL));
  for (i = 0; i < ROWS; ++i) cells[i] = S(phones[i]);
  CHECK_STATUS(DQE_OK, dqe_table_add_column(table, "phone", 5, cells, ROWS, NULL));
  for (i = 0; i < ROWS; ++i) cells[i] = S(emails[i]);
  CHECK_STATUS(DQE_OK, dqe_table_add_column(table, "email", 5, cells, ROWS, NULL));
  /* The cells were copied: the host may reuse its buffers at once. */
  memset(cells, 0, sizeof(cells));
  return table;
}

static void TestTable(void) {
  dqe_table* table = ContactsTable();
  dqe_string cells[2];
  uint8_t flags[ROWS] = {0};
  char* error = NULL;
  cells[0] = S("x");
  cells[1] = S("y");
  CHECK(dqe_table_rows(table) == ROWS);
  CHECK(dqe_table_columns(table) == 4);
  CHECK(dqe_table_add_column(table, "phone", 5, cells, 2, &error) == DQE_ALREADY_EXISTS);
  CHECK(error != NULL && strstr(error, "\"phone\"") != NULL);
  dqe_free(error);
  CHECK(dqe_table_add_column(table, "city", 4, cells, 2, &error) == DQE_INVALID_ARGUMENT);
  CHECK(error != NULL && strstr(error, "has 2 cells, the table has 5 rows") != NULL);
  dqe_free(error);
  cells[1].data = NULL;
  cells[1].len = 1;
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_table_add_column(table, "a", 1, NULL, ROWS, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_table_add_column(table, NULL, 1, NULL, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_table_add_column(NULL, "a", 1, cells, 2, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_table_set_flags(table, flags, ROWS - 1, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_table_set_flags(NULL, flags, ROWS, NULL));
  CHECK_STATUS(DQE_OK, dqe_table_set_flags(table, flags, ROWS, NULL));
  CHECK(dqe_table_columns(table) == 4);
  dqe_table_destroy(table);
  dqe_table_destroy(NULL);
  CHECK(dqe_table_rows(NULL) == 0 && dqe_table_columns(NULL) == 0);
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_table_create(NULL, NULL));
  /* A first column with a NULL cell of nonzero length is refused. */
  CHECK_STATUS(DQE_OK, dqe_table_create(&table, NULL));
  CHECK(dqe_table_add_column(table, "name", 4, cells, 2, &error) == DQE_INVALID_ARGUMENT);
  CHECK(error != NULL && strstr(error, "row 1") != NULL);
  dqe_free(error);
  CHECK(dqe_table_rows(table) == 0 && dqe_table_columns(table) == 0);
  dqe_table_destroy(table);
}

static void TestEngineErrors(void) {
  dqe_engine* engine = (dqe_engine*)&checks;
  dqe_table* table = ContactsTable();
  dqe_dedupe_result* result = NULL;
  const char* bad = "{\"threshold\": \"high\"}";
  char* error = NULL;
  CHECK(dqe_engine_create_from_json(bad, strlen(bad), &engine, &error) == DQE_INVALID_ARGUMENT);
  CHECK(engine == NULL);
  CHECK(error != NULL && strstr(error, "threshold") != NULL);
  dqe_free(error);
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_create_from_json("{", 1, &engine, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_create_from_json("{\"no_such_key\": 1}", 18, &engine, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_create_from_json(NULL, 2, &engine, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_create_from_json("{}", 2, NULL, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_create_with_model("{}", 2, "{", 1, &engine, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_create_with_model("{}", 2, NULL, 1, &engine, NULL));
  /* A config naming a column the table lacks fails when used. */
  {
    const char* config = "{\"columns\": [{\"name\": \"mobile\", \"kind\": \"phone\"}]}";
    CHECK_STATUS(DQE_OK, dqe_engine_create_from_json(config, strlen(config), &engine, NULL));
    CHECK(dqe_engine_dedupe(engine, table, 1, &result, &error) != DQE_OK);
    CHECK(result == NULL);
    CHECK(error != NULL && strstr(error, "mobile") != NULL);
    dqe_free(error);
    CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_dedupe(engine, NULL, 1, &result, NULL));
    CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_dedupe(NULL, table, 1, &result, NULL));
    CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_dedupe(engine, table, -1, &result, NULL));
    CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_dedupe(engine, table, 1, NULL, NULL));
    dqe_engine_destroy(engine);
  }
  dqe_engine_destroy(NULL);
  dqe_table_destroy(table);
}

/* ModelFor writes a model JSON naming the result's comparisons and levels:
 * the first level strong evidence, the others weak. */
static void ModelFor(const dqe_dedupe_result* r, char* out, size_t size) {
  size_t c, l, used = 0;
  used += (size_t)snprintf(out + used, size - used,
                           "{\"dqe_model\": 1, \"prior\": 0.05, \"comparisons\": [");
  for (c = 0; c < dqe_dedupe_result_comparisons(r); ++c) {
    dqe_string name;
    size_t levels = 0;
    dqe_dedupe_result_comparison_name(r, c, &name);
    dqe_dedupe_result_comparison_levels(r, c, &levels);
    used += (size_t)snprintf(out + used, size - used,
                             "%s{\"name\": \"%s\", \"levels\": [",
                             c ? ", " : "", name.data);
    for (l = 0; l < levels; ++l) {
      dqe_string level;
      dqe_dedupe_result_level_name(r, c, l, &level);
      used += (size_t)snprintf(
          out + used, size - used, "%s{\"name\": \"%s\", \"m\": %g, \"u\": %g}",
          l ? ", " : "", level.data, l == 0 ? 0.9 : 0.1 / (double)(levels - 1),
          l == 0 ? 0.001 : 0.999 / (double)(levels - 1));
    }
    used += (size_t)snprintf(out + used, size - used, "]}");
  }
  snprintf(out + used, size - used, "]}");
}

static void TestDedupe(void) {
  dqe_engine* engine = NULL;
  dqe_engine* trained = NULL;
  dqe_table* table = ContactsTable();
  dqe_dedupe_result* r = NULL;
  dqe_dedupe_result* r2 = NULL;
  size_t clusters[ROWS], cluster = 99, a = 99, b = 99, c, levels = 0;
  double weight = 0, probability = 0, sum = 0, level_weight = 0;
  uint64_t stat = 0;
  int level = -2, found_phone = 0;
  dqe_string s;
  uint8_t flags[ROWS] = {0, 1, 0, 0, 0};
  static char model[8192];
  char* error = NULL;

  CHECK_STATUS(DQE_OK, dqe_engine_create_from_json("{}", 2, &engine, NULL));
  CHECK(dqe_engine_dedupe(engine, table, 1, &r, &error) == DQE_OK);
  if (error != NULL) fprintf(stderr, "%s\n", error);
  CHECK(dqe_dedupe_result_rows(r) == ROWS);
  /* C1 and C2 are one person: one cluster, named by C1 (row 0). */
  CHECK(dqe_dedupe_result_cluster(r, 1, &cluster) == DQE_OK && cluster == 0);
  CHECK(dqe_dedupe_result_cluster(r, 0, &cluster) == DQE_OK && cluster == 0);
  CHECK(dqe_dedupe_result_cluster(r, 2, &cluster) == DQE_OK && cluster == 2);
  CHECK_STATUS(DQE_OK, dqe_dedupe_result_clusters(r, clusters, ROWS));
  CHECK(clusters[0] == 0 && clusters[1] == 0 && clusters[2] == 2 &&
        clusters[3] == 3 && clusters[4] == 4);
  CHECK(dqe_dedupe_result_pairs(r) == 1);
  CHECK(dqe_dedupe_result_pair(r, 0, &a, &b, &weight, &probability) == DQE_OK);
  CHECK(a == 0 && b == 1 && probability >= 0.9 && probability <= 1.0 && weight > 0);
  CHECK_STATUS(DQE_OK, dqe_dedupe_result_pair(r, 0, NULL, NULL, NULL, NULL));
  /* The explanation: every comparison's level, with its weight. */
  CHECK(dqe_dedupe_result_comparisons(r) >= 3);
  for (c = 0; c < dqe_dedupe_result_comparisons(r); ++c) {
    CHECK(dqe_dedupe_result_comparison_name(r, c, &s) == DQE_OK && s.len > 0);
    if (Equals(s, "phone")) found_phone = 1;
    CHECK(dqe_dedupe_result_comparison_levels(r, c, &levels) == DQE_OK && levels >= 2);
    CHECK(dqe_dedupe_result_level_name(r, c, 0, &s) == DQE_OK && s.len > 0);
    CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_dedupe_result_level_name(r, c, levels, &s));
    CHECK(dqe_dedupe_result_pair_level(r, 0, c, &level, &s, &level_weight) == DQE_OK);
    CHECK(level == DQE_LEVEL_MISSING ? Equals(s, "missing") : (level >= 0 && (size_t)level < levels));
    sum += level_weight;
    if (Equals(s, "missing")) CHECK(level_weight == 0);
  }
  CHECK(found_phone);
  CHECK(sum < weight + 100 && sum > 0); /* the levels' weights make up the pair's */
  CHECK_STATUS(DQE_OK, dqe_dedupe_result_pair_level(r, 0, 0, NULL, NULL, NULL));
  CHECK(dqe_dedupe_result_stat(r, DQE_STAT_ROWS, &stat) == DQE_OK && stat == ROWS);
  CHECK(dqe_dedupe_result_stat(r, DQE_STAT_ACCEPTED_PAIRS, &stat) == DQE_OK && stat == 1);
  CHECK(dqe_dedupe_result_stat(r, DQE_STAT_CLUSTERS, &stat) == DQE_OK && stat == 4);
  CHECK(dqe_dedupe_result_stat(r, DQE_STAT_CANDIDATE_PAIRS, &stat) == DQE_OK && stat >= 1);
  CHECK(dqe_dedupe_result_stat(r, DQE_STAT_FLAGGED_ROWS, &stat) == DQE_OK && stat == 0);
  CHECK(dqe_dedupe_result_stat(r, DQE_STAT_PAIRS_BLOCKED_BY_GUARD, &stat) == DQE_OK);
  CHECK(dqe_dedupe_result_stat(r, DQE_STAT_LARGEST_BLOCK, &stat) == DQE_OK && stat >= 2);
  /* Errors. */
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_dedupe_result_cluster(r, ROWS, &cluster));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_dedupe_result_cluster(r, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_dedupe_result_clusters(r, clusters, ROWS - 1));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_dedupe_result_clusters(NULL, clusters, ROWS));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_dedupe_result_pair(r, 1, &a, &b, NULL, NULL));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_dedupe_result_pair_level(r, 1, 0, &level, NULL, NULL));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_dedupe_result_pair_level(r, 0, 99, &level, NULL, NULL));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_dedupe_result_comparison_name(r, 99, &s));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_dedupe_result_comparison_levels(r, 99, &levels));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_dedupe_result_stat(r, (dqe_stat)99, &stat));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_dedupe_result_stat(NULL, DQE_STAT_ROWS, &stat));
  CHECK(dqe_dedupe_result_rows(NULL) == 0 && dqe_dedupe_result_pairs(NULL) == 0 &&
        dqe_dedupe_result_comparisons(NULL) == 0);

  /* The same table with a trained model built from these comparisons. */
  ModelFor(r, model, sizeof(model));
  CHECK(dqe_engine_create_with_model("{}", 2, model, strlen(model), &trained, &error) == DQE_OK);
  if (error != NULL) fprintf(stderr, "%s\n", error);
  dqe_free(error);
  CHECK(dqe_engine_dedupe(trained, table, 0, &r2, &error) == DQE_OK);
  if (error != NULL) fprintf(stderr, "%s\n", error);
  dqe_free(error);
  CHECK(dqe_dedupe_result_cluster(r2, 1, &cluster) == DQE_OK && cluster == 0);
  dqe_dedupe_result_destroy(r2);
  r2 = NULL;

  /* A flagged row is never matched. */
  CHECK_STATUS(DQE_OK, dqe_table_set_flags(table, flags, ROWS, NULL));
  CHECK_STATUS(DQE_OK, dqe_engine_dedupe(engine, table, 2, &r2, NULL));
  CHECK(dqe_dedupe_result_cluster(r2, 1, &cluster) == DQE_OK && cluster == 1);
  CHECK(dqe_dedupe_result_pairs(r2) == 0);
  CHECK(dqe_dedupe_result_stat(r2, DQE_STAT_FLAGGED_ROWS, &stat) == DQE_OK && stat == 1);
  dqe_dedupe_result_destroy(r2);

  dqe_dedupe_result_destroy(r);
  dqe_dedupe_result_destroy(NULL);
  dqe_engine_destroy(trained);
  dqe_engine_destroy(engine);
  dqe_table_destroy(table);
}

static void TestEmptyTable(void) {
  dqe_engine* engine = NULL;
  dqe_table* table = NULL;
  dqe_dedupe_result* r = NULL;
  CHECK_STATUS(DQE_OK, dqe_engine_create_from_json(NULL, 0, &engine, NULL));
  CHECK_STATUS(DQE_OK, dqe_table_create(&table, NULL));
  CHECK_STATUS(DQE_OK, dqe_table_add_column(table, "full_name", 9, NULL, 0, NULL));
  CHECK_STATUS(DQE_OK, dqe_engine_dedupe(engine, table, 1, &r, NULL));
  CHECK(dqe_dedupe_result_rows(r) == 0 && dqe_dedupe_result_pairs(r) == 0);
  CHECK_STATUS(DQE_OK, dqe_dedupe_result_clusters(r, NULL, 0));
  dqe_dedupe_result_destroy(r);
  dqe_table_destroy(table);
  dqe_engine_destroy(engine);
}

/* ---------------------------------------------------------- validate --- */

/* AddColumn adds a column of C strings. */
static void AddColumn(dqe_table* table, const char* name,
                      const char* const* cells, size_t n) {
  dqe_string s[8];
  size_t i;
  char* error = NULL;
  for (i = 0; i < n && i < 8; ++i) s[i] = S(cells[i]);
  CHECK(dqe_table_add_column(table, name, strlen(name), s, n, &error) == DQE_OK);
  if (error != NULL) fprintf(stderr, "%s\n", error);
  dqe_free(error);
}

static int IssueTextIs(const dqe_validation_result* r, size_t i,
                       dqe_issue_text text, const char* expected) {
  dqe_string s;
  s.data = NULL;
  s.len = 0;
  if (dqe_validation_result_issue_text(r, i, text, &s) != DQE_OK) return 0;
  if (!Equals(s, expected)) {
    fprintf(stderr, "  issue %u text %d: got \"%.*s\", expected \"%s\"\n",
            (unsigned)i, (int)text, (int)s.len, s.data, expected);
    return 0;
  }
  return 1;
}

/* IssueIs checks issue i's row, column and code. */
static int IssueIs(const dqe_validation_result* r, size_t i, size_t row,
                   int column, dqe_issue_code code, dqe_severity severity) {
  size_t got_row = 99;
  int got_column = 99;
  dqe_issue_code got_code = (dqe_issue_code)0;
  dqe_severity got_severity = (dqe_severity)0;
  if (dqe_validation_result_issue(r, i, &got_row, &got_column, &got_code,
                                  &got_severity) != DQE_OK) {
    return 0;
  }
  if (got_row != row || got_column != column || got_code != code ||
      got_severity != severity) {
    fprintf(stderr, "  issue %u: row %u column %d %s %s\n", (unsigned)i,
            (unsigned)got_row, got_column, dqe_issue_code_name(got_code),
            dqe_severity_name(got_severity));
    return 0;
  }
  return 1;
}

#define VROWS 4

static dqe_table* ValidationTable(void) {
  static const char* const ids[VROWS] = {"V1", "V2", "V3", "V4"};
  static const char* const names[VROWS] = {
      "Nguy\xE1\xBB\x85n V\xC4\x83n An",            /* Nguyễn Văn An */
      "Tr\xE1\xBA\xA7n Th\xE1\xBB\x8B B\xC3\xACnh", /* Trần Thị Bình */
      "L\xC3\xAA V\xC4\x83n C\xC6\xB0\xE1\xBB\x9Dng", /* Lê Văn Cường */
      "Ph\xE1\xBA\xA1m Minh"};                      /* Phạm Minh */
  static const char* const phones[VROWS] = {"0912 345 678", "0912 345",
                                            "0903 111 222", "+84 903 222 333"};
  static const char* const emails[VROWS] = {
      "an.nguyen@gmail.com", "binh@yahoo.com", "an@@gmail", "minh@gmial.com"};
  static const char* const cities[VROWS] = {
      "H\xC3\xA0 N\xE1\xBB\x99i",           /* Hà Nội */
      "\xC4\x90\xC3\xA0 N\xE1\xBA\xB5ng",   /* Đà Nẵng */
      "", "N/A"};
  dqe_table* table = NULL;
  CHECK_STATUS(DQE_OK, dqe_table_create(&table, NULL));
  AddColumn(table, "id", ids, VROWS);
  AddColumn(table, "full_name", names, VROWS);
  AddColumn(table, "phone", phones, VROWS);
  AddColumn(table, "email", emails, VROWS);
  AddColumn(table, "city", cities, VROWS);
  return table;
}

static void TestValidate(void) {
  const char* config = "{\"validation\": {\"required\": [\"full_name\", \"city\"]}}";
  dqe_engine* engine = NULL;
  dqe_table* table = ValidationTable();
  dqe_validation_result* r = NULL;
  dqe_string s;
  uint64_t count = 99, rows = 0, present = 0, valid = 0;
  double completeness = -1, validity = -1;
  size_t row = 99;
  int column = 99;
  dqe_issue_code code = (dqe_issue_code)0;
  dqe_severity severity = (dqe_severity)0;
  char* error = NULL;

  CHECK_STATUS(DQE_OK, dqe_engine_create_from_json(config, strlen(config), &engine, NULL));
  CHECK(dqe_engine_validate(engine, table, 1, &r, &error) == DQE_OK);
  if (error != NULL) fprintf(stderr, "%s\n", error);
  dqe_free(error);
  /* Row 1: a phone too short. Row 2: a broken e-mail and no city. Row 3: a
   * Gmail typo (a warning) and "N/A" for the city (a missing value). */
  CHECK(dqe_validation_result_issues(r) == 5);
  CHECK(IssueIs(r, 0, 1, 2, DQE_ISSUE_INVALID_PHONE, DQE_SEVERITY_ERROR));
  CHECK(IssueTextIs(r, 0, DQE_ISSUE_TEXT_ID, "V2"));
  CHECK(IssueTextIs(r, 0, DQE_ISSUE_TEXT_COLUMN, "phone"));
  CHECK(IssueTextIs(r, 0, DQE_ISSUE_TEXT_RULE, "format"));
  CHECK(IssueTextIs(r, 0, DQE_ISSUE_TEXT_CODE, "invalid_phone"));
  CHECK(IssueTextIs(r, 0, DQE_ISSUE_TEXT_SEVERITY, "error"));
  CHECK(IssueTextIs(r, 0, DQE_ISSUE_TEXT_VALUE, "0912 345"));
  CHECK(dqe_validation_result_issue_text(r, 0, DQE_ISSUE_TEXT_MESSAGE, &s) == DQE_OK &&
        strstr(s.data, "row 2 (id V2)") != NULL && strstr(s.data, "0912 345") != NULL);
  CHECK(IssueIs(r, 1, 2, 3, DQE_ISSUE_INVALID_EMAIL, DQE_SEVERITY_ERROR));
  CHECK(IssueTextIs(r, 1, DQE_ISSUE_TEXT_VALUE, "an@@gmail"));
  CHECK(IssueTextIs(r, 1, DQE_ISSUE_TEXT_COLUMN, "email"));
  CHECK(IssueIs(r, 2, 2, 4, DQE_ISSUE_REQUIRED_MISSING, DQE_SEVERITY_ERROR));
  CHECK(IssueTextIs(r, 2, DQE_ISSUE_TEXT_RULE, "required"));
  CHECK(IssueTextIs(r, 2, DQE_ISSUE_TEXT_COLUMN, "city"));
  CHECK(IssueTextIs(r, 2, DQE_ISSUE_TEXT_VALUE, ""));
  CHECK(IssueIs(r, 3, 3, 3, DQE_ISSUE_EMAIL_TYPO_DOMAIN, DQE_SEVERITY_WARNING));
  CHECK(IssueTextIs(r, 3, DQE_ISSUE_TEXT_SEVERITY, "warning"));
  CHECK(IssueIs(r, 4, 3, 4, DQE_ISSUE_REQUIRED_MISSING, DQE_SEVERITY_ERROR));
  CHECK(IssueTextIs(r, 4, DQE_ISSUE_TEXT_VALUE, "N/A"));
  CHECK_STATUS(DQE_OK, dqe_validation_result_issue(r, 0, NULL, NULL, NULL, NULL));
  /* Counts. */
  CHECK(dqe_validation_result_count(r, DQE_VALIDATION_ROWS, &count) == DQE_OK && count == VROWS);
  CHECK(dqe_validation_result_count(r, DQE_VALIDATION_ROWS_SKIPPED, &count) == DQE_OK && count == 0);
  CHECK(dqe_validation_result_count(r, DQE_VALIDATION_ROWS_WITH_ERRORS, &count) == DQE_OK && count == 3);
  CHECK(dqe_validation_result_count(r, DQE_VALIDATION_ROWS_WITH_WARNINGS, &count) == DQE_OK && count == 1);
  CHECK(dqe_validation_result_count(r, DQE_VALIDATION_ERRORS, &count) == DQE_OK && count == 4);
  CHECK(dqe_validation_result_count(r, DQE_VALIDATION_WARNINGS, &count) == DQE_OK && count == 1);
  CHECK(dqe_validation_result_code_count(r, DQE_ISSUE_REQUIRED_MISSING, &count) == DQE_OK && count == 2);
  CHECK(dqe_validation_result_code_count(r, DQE_ISSUE_INVALID_PHONE, &count) == DQE_OK && count == 1);
  CHECK(dqe_validation_result_code_count(r, DQE_ISSUE_RAGGED_ROW, &count) == DQE_OK && count == 0);
  /* Columns: one per table column, in table order. */
  CHECK(dqe_validation_result_columns(r) == 5);
  CHECK(dqe_validation_result_column_name(r, 2, &s) == DQE_OK && Equals(s, "phone"));
  CHECK(dqe_validation_result_column_stats(r, 2, &rows, &present, &valid, &completeness, &validity) == DQE_OK);
  CHECK(rows == VROWS && present == 4 && valid == 3 && completeness == 1.0 && validity == 0.75);
  /* The e-mail typo is a warning: the cell stays valid. */
  CHECK(dqe_validation_result_column_stats(r, 3, NULL, NULL, &valid, NULL, &validity) == DQE_OK);
  CHECK(valid == 3 && validity == 0.75);
  CHECK(dqe_validation_result_column_stats(r, 4, NULL, &present, NULL, &completeness, NULL) == DQE_OK);
  CHECK(present == 2 && completeness == 0.5);
  CHECK_STATUS(DQE_OK, dqe_validation_result_column_stats(r, 0, NULL, NULL, NULL, NULL, NULL));
  /* Errors: indices past the end, NULL pointers, values not in the enums. */
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_validation_result_issue(r, 5, &row, &column, &code, &severity));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_validation_result_issue_text(r, 5, DQE_ISSUE_TEXT_ID, &s));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_validation_result_column_name(r, 5, &s));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_validation_result_column_stats(r, 5, &rows, NULL, NULL, NULL, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_issue_text(r, 0, (dqe_issue_text)99, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_issue_text(r, 0, DQE_ISSUE_TEXT_ID, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_count(r, (dqe_validation_count)0, &count));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_count(r, DQE_VALIDATION_ROWS, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_code_count(r, (dqe_issue_code)12, &count));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_code_count(r, (dqe_issue_code)0, &count));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_column_name(r, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_issue(NULL, 0, &row, NULL, NULL, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_issue_text(NULL, 0, DQE_ISSUE_TEXT_ID, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_count(NULL, DQE_VALIDATION_ROWS, &count));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_code_count(NULL, DQE_ISSUE_TOO_LONG, &count));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_column_name(NULL, 0, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_validation_result_column_stats(NULL, 0, &rows, NULL, NULL, NULL, NULL));
  CHECK(dqe_validation_result_issues(NULL) == 0 && dqe_validation_result_columns(NULL) == 0);
  dqe_validation_result_destroy(r);
  dqe_validation_result_destroy(NULL);
  r = NULL;

  /* A flagged row is reported once, as a broken record, and not checked. */
  {
    uint8_t flags[VROWS] = {0, 0, 1, 0};
    CHECK_STATUS(DQE_OK, dqe_table_set_flags(table, flags, VROWS, NULL));
    CHECK_STATUS(DQE_OK, dqe_engine_validate(engine, table, 0, &r, NULL));
    CHECK(dqe_validation_result_issues(r) == 4);
    CHECK(IssueIs(r, 1, 2, -1, DQE_ISSUE_RAGGED_ROW, DQE_SEVERITY_ERROR));
    CHECK(IssueTextIs(r, 1, DQE_ISSUE_TEXT_RULE, "input"));
    CHECK(IssueTextIs(r, 1, DQE_ISSUE_TEXT_COLUMN, ""));
    CHECK(IssueTextIs(r, 1, DQE_ISSUE_TEXT_VALUE,
                      "V3,L\xC3\xAA V\xC4\x83n C\xC6\xB0\xE1\xBB\x9Dng,0903 111 222,an@@gmail,"));
    CHECK(dqe_validation_result_count(r, DQE_VALIDATION_ROWS_SKIPPED, &count) == DQE_OK && count == 1);
    CHECK(dqe_validation_result_column_stats(r, 4, &rows, &present, NULL, NULL, NULL) == DQE_OK);
    CHECK(rows == VROWS - 1 && present == 2);
    dqe_validation_result_destroy(r);
    r = NULL;
  }

  /* Names of codes and severities. */
  CHECK(strcmp(dqe_issue_code_name(DQE_ISSUE_REQUIRED_MISSING), "required_missing") == 0);
  CHECK(strcmp(dqe_issue_code_name(DQE_ISSUE_AT_LEAST_ONE_MISSING), "at_least_one_missing") == 0);
  CHECK(strcmp(dqe_issue_code_name(DQE_ISSUE_INVALID_PHONE), "invalid_phone") == 0);
  CHECK(strcmp(dqe_issue_code_name(DQE_ISSUE_INVALID_EMAIL), "invalid_email") == 0);
  CHECK(strcmp(dqe_issue_code_name(DQE_ISSUE_EMAIL_TYPO_DOMAIN), "email_typo_domain") == 0);
  CHECK(strcmp(dqe_issue_code_name(DQE_ISSUE_INVALID_DATE), "invalid_date") == 0);
  CHECK(strcmp(dqe_issue_code_name(DQE_ISSUE_NOT_IN_PICKLIST), "not_in_picklist") == 0);
  CHECK(strcmp(dqe_issue_code_name(DQE_ISSUE_TOO_LONG), "too_long") == 0);
  CHECK(strcmp(dqe_issue_code_name(DQE_ISSUE_PHONE_REGION_MISMATCH), "phone_region_mismatch") == 0);
  CHECK(strcmp(dqe_issue_code_name(DQE_ISSUE_INVALID_UTF8), "invalid_utf8") == 0);
  CHECK(strcmp(dqe_issue_code_name(DQE_ISSUE_RAGGED_ROW), "ragged_row") == 0);
  CHECK(strcmp(dqe_issue_code_name((dqe_issue_code)0), "unknown") == 0);
  CHECK(strcmp(dqe_issue_code_name((dqe_issue_code)12), "unknown") == 0);
  CHECK(strcmp(dqe_severity_name(DQE_SEVERITY_ERROR), "error") == 0);
  CHECK(strcmp(dqe_severity_name(DQE_SEVERITY_WARNING), "warning") == 0);
  CHECK(strcmp(dqe_severity_name((dqe_severity)0), "unknown") == 0);

  /* Errors of the call. */
  r = (dqe_validation_result*)&checks; /* set to NULL on failure */
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_validate(NULL, table, 1, &r, NULL));
  CHECK(r == NULL);
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_validate(engine, NULL, 1, &r, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_validate(engine, table, -1, &r, NULL));
  CHECK(dqe_engine_validate(engine, table, 1, NULL, &error) == DQE_INVALID_ARGUMENT);
  CHECK(error != NULL && strstr(error, "dqe_engine_validate: out is NULL") != NULL);
  dqe_free(error);
  dqe_engine_destroy(engine);
  /* A rule naming a column the table lacks; a "validation" object that does
   * not read. */
  {
    const char* missing = "{\"validation\": {\"required\": [\"full_name\", \"mobile\"]}}";
    const char* bad = "{\"validation\": {\"required\": \"full_name\"}}";
    CHECK_STATUS(DQE_OK, dqe_engine_create_from_json(missing, strlen(missing), &engine, NULL));
    CHECK(dqe_engine_validate(engine, table, 1, &r, &error) == DQE_INVALID_ARGUMENT);
    CHECK(r == NULL);
    CHECK(error != NULL && strstr(error, "validation.required[1]") != NULL &&
          strstr(error, "mobile") != NULL);
    dqe_free(error);
    dqe_engine_destroy(engine);
    CHECK_STATUS(DQE_OK, dqe_engine_create_from_json(bad, strlen(bad), &engine, NULL));
    CHECK(dqe_engine_validate(engine, table, 1, &r, &error) == DQE_INVALID_ARGUMENT);
    CHECK(error != NULL && strstr(error, "config: validation.required") != NULL);
    dqe_free(error);
    dqe_engine_destroy(engine);
  }
  dqe_table_destroy(table);
}

/* ------------------------------------------------------------- merge --- */

#define MROWS 3
#define MCOLUMNS 5

/* Two spellings of one Vietnamese contact (ids C3 and C1) and a Chinese
 * one without a city. */
static dqe_table* MergeTable(void) {
  static const char* const ids[MROWS] = {"C3", "C1", "C2"};
  static const char* const names[MROWS] = {
      "Nguy\xE1\xBB\x85n V\xC4\x83n An", "NGUYEN VAN AN",
      "\xE5\xBC\xB5\xE5\x81\x89"}; /* 張偉 */
  static const char* const phones[MROWS] = {"0912 345 678", "+84912345678",
                                            "+86 138 0013 8000"};
  static const char* const emails[MROWS] = {"an.nguyen@gmail.com", "",
                                            "zhang.wei@163.com"};
  static const char* const cities[MROWS] = {
      "H\xC3\xA0 N\xE1\xBB\x99i", "Ha Noi", ""};
  dqe_table* table = NULL;
  CHECK_STATUS(DQE_OK, dqe_table_create(&table, NULL));
  AddColumn(table, "id", ids, MROWS);
  AddColumn(table, "full_name", names, MROWS);
  AddColumn(table, "phone", phones, MROWS);
  AddColumn(table, "email", emails, MROWS);
  AddColumn(table, "city", cities, MROWS);
  return table;
}

static int GoldenValueIs(const dqe_merge_result* r, size_t golden,
                         size_t column, const char* expected) {
  dqe_string s;
  s.data = NULL;
  s.len = 0;
  if (dqe_merge_result_golden_value(r, golden, column, &s) != DQE_OK) return 0;
  if (!Equals(s, expected)) {
    fprintf(stderr, "  golden %u column %u: got \"%.*s\", expected \"%s\"\n",
            (unsigned)golden, (unsigned)column, (int)s.len, s.data, expected);
    return 0;
  }
  return 1;
}

static int FateIs(const dqe_merge_result* r, size_t row, size_t column,
                  dqe_fate expected) {
  dqe_fate fate = (dqe_fate)0;
  if (dqe_merge_result_fate(r, row, column, &fate) != DQE_OK) return 0;
  if (fate != expected) {
    fprintf(stderr, "  row %u column %u: fate %s, expected %s\n", (unsigned)row,
            (unsigned)column, dqe_fate_name(fate), dqe_fate_name(expected));
    return 0;
  }
  return 1;
}

static void TestMerge(void) {
  const char* config = "{\"merge\": {\"fields\": {\"phone\": \"union\"}}}";
  dqe_engine* engine = NULL;
  dqe_table* table = MergeTable();
  dqe_dedupe_result* d = NULL;
  dqe_merge_result* m = NULL;
  dqe_string s;
  size_t n = 99, row = 99, golden = 99, goldens[MROWS], i;
  int64_t source = -2;
  dqe_fate fate = (dqe_fate)0, fates[MROWS * MCOLUMNS];
  char* error = NULL;

  CHECK_STATUS(DQE_OK, dqe_engine_create_from_json(config, strlen(config), &engine, NULL));
  CHECK_STATUS(DQE_OK, dqe_engine_dedupe(engine, table, 1, &d, NULL));
  CHECK(dqe_engine_merge(engine, table, d, 1, &m, &error) == DQE_OK);
  if (error != NULL) fprintf(stderr, "%s\n", error);
  dqe_free(error);
  /* The result keeps what it hands out: the inputs may go first. */
  dqe_table_destroy(table);
  dqe_dedupe_result_destroy(d);
  table = NULL;
  d = NULL;

  CHECK(dqe_merge_result_rows(m) == MROWS);
  CHECK(dqe_merge_result_columns(m) == MCOLUMNS);
  CHECK(dqe_merge_result_column_name(m, 2, &s) == DQE_OK && Equals(s, "phone"));
  CHECK(dqe_merge_result_merged_rows(m) == 2);
  /* Two golden records, in the order of their first rows. */
  CHECK(dqe_merge_result_golden_records(m) == 2);
  /* The golden id is the smallest member id: C1 (row 1), not row 0's C3. */
  CHECK(dqe_merge_result_golden_id(m, 0, &s) == DQE_OK && Equals(s, "C1"));
  CHECK(dqe_merge_result_golden_survivor(m, 0, &row) == DQE_OK && row == 1);
  CHECK(dqe_merge_result_golden_members(m, 0, &n) == DQE_OK && n == 2);
  CHECK(dqe_merge_result_golden_member(m, 0, 0, &row) == DQE_OK && row == 0);
  CHECK(dqe_merge_result_golden_member(m, 0, 1, &row) == DQE_OK && row == 1);
  CHECK(GoldenValueIs(m, 0, 0, "C1"));
  /* The better spelling survives; the union holds the one number once. */
  CHECK(GoldenValueIs(m, 0, 1, "Nguy\xE1\xBB\x85n V\xC4\x83n An"));
  CHECK(GoldenValueIs(m, 0, 2, "+84912345678"));
  CHECK(GoldenValueIs(m, 0, 3, "an.nguyen@gmail.com"));
  CHECK(dqe_merge_result_golden_source_row(m, 0, 3, &source) == DQE_OK && source == 0);
  CHECK(dqe_merge_result_golden_source_row(m, 0, 2, &source) == DQE_OK && source == 0);
  CHECK(dqe_merge_result_golden_id(m, 1, &s) == DQE_OK && Equals(s, "C2"));
  CHECK(dqe_merge_result_golden_members(m, 1, &n) == DQE_OK && n == 1);
  CHECK(dqe_merge_result_golden_member(m, 1, 0, &row) == DQE_OK && row == 2);
  CHECK(GoldenValueIs(m, 1, 1, "\xE5\xBC\xB5\xE5\x81\x89"));
  CHECK(GoldenValueIs(m, 1, 2, "+8613800138000"));
  CHECK(dqe_merge_result_golden_source_row(m, 1, 1, &source) == DQE_OK && source == 2);
  /* An empty value has no source row. */
  CHECK(GoldenValueIs(m, 1, 4, ""));
  CHECK(dqe_merge_result_golden_source_row(m, 1, 4, &source) == DQE_OK && source == -1);
  CHECK(FateIs(m, 2, 4, DQE_FATE_EMPTY));
  /* The remap table. */
  CHECK(dqe_merge_result_golden_of_row(m, 0, &golden) == DQE_OK && golden == 0);
  CHECK(dqe_merge_result_golden_of_row(m, 2, &golden) == DQE_OK && golden == 1);
  CHECK_STATUS(DQE_OK, dqe_merge_result_golden_of_rows(m, goldens, MROWS));
  CHECK(goldens[0] == 0 && goldens[1] == 0 && goldens[2] == 1);
  CHECK(dqe_merge_result_row_id(m, 0, &s) == DQE_OK && Equals(s, "C3"));
  CHECK(dqe_merge_result_golden_id_of_row(m, 0, &s) == DQE_OK && Equals(s, "C1"));
  CHECK(dqe_merge_result_golden_id_of_row(m, 1, &s) == DQE_OK && Equals(s, "C1"));
  CHECK(dqe_merge_result_row_id(m, 2, &s) == DQE_OK && Equals(s, "C2"));
  CHECK(dqe_merge_result_golden_id_of_row(m, 2, &s) == DQE_OK && Equals(s, "C2"));
  /* Lineage. */
  CHECK(FateIs(m, 0, 0, DQE_FATE_ID));
  CHECK(FateIs(m, 1, 0, DQE_FATE_ID));
  CHECK(FateIs(m, 0, 1, DQE_FATE_GOLDEN));
  CHECK(FateIs(m, 1, 1, DQE_FATE_SAME));
  /* Row 0 (the more complete row, ranked first) added the number to the
   * union; row 1's cell is the same number. */
  CHECK(FateIs(m, 0, 2, DQE_FATE_GOLDEN));
  CHECK(FateIs(m, 1, 2, DQE_FATE_SAME));
  CHECK(FateIs(m, 0, 3, DQE_FATE_GOLDEN));
  CHECK(FateIs(m, 1, 3, DQE_FATE_EMPTY));
  CHECK(FateIs(m, 2, 1, DQE_FATE_GOLDEN));
  CHECK_STATUS(DQE_OK, dqe_merge_result_fates(m, fates, MROWS * MCOLUMNS));
  for (i = 0; i < MROWS * MCOLUMNS; ++i) {
    CHECK(dqe_merge_result_fate(m, i / MCOLUMNS, i % MCOLUMNS, &fate) == DQE_OK &&
          fates[i] == fate);
  }
  CHECK(strcmp(dqe_fate_name(DQE_FATE_GOLDEN), "golden") == 0);
  CHECK(strcmp(dqe_fate_name(DQE_FATE_SAME), "same") == 0);
  CHECK(strcmp(dqe_fate_name(DQE_FATE_LOST), "lost") == 0);
  CHECK(strcmp(dqe_fate_name(DQE_FATE_EMPTY), "empty") == 0);
  CHECK(strcmp(dqe_fate_name(DQE_FATE_ID), "id") == 0);
  CHECK(strcmp(dqe_fate_name((dqe_fate)0), "unknown") == 0);
  CHECK(strcmp(dqe_fate_name((dqe_fate)6), "unknown") == 0);

  /* Indices past the end. */
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_column_name(m, MCOLUMNS, &s));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_golden_id(m, 2, &s));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_golden_survivor(m, 2, &row));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_golden_members(m, 2, &n));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_golden_member(m, 0, 2, &row));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_golden_member(m, 2, 0, &row));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_golden_value(m, 0, MCOLUMNS, &s));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_golden_value(m, 2, 0, &s));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_golden_source_row(m, 0, MCOLUMNS, &source));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_golden_source_row(m, 2, 0, &source));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_golden_of_row(m, MROWS, &golden));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_row_id(m, MROWS, &s));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_golden_id_of_row(m, MROWS, &s));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_fate(m, MROWS, 0, &fate));
  CHECK_STATUS(DQE_OUT_OF_RANGE, dqe_merge_result_fate(m, 0, MCOLUMNS, &fate));
  /* Wrong sizes and NULL pointers. */
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_of_rows(m, goldens, MROWS - 1));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_of_rows(m, NULL, MROWS));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_fates(m, fates, MROWS * MCOLUMNS - 1));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_fates(m, NULL, MROWS * MCOLUMNS));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_column_name(m, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_id(m, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_survivor(m, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_members(m, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_member(m, 0, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_value(m, 0, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_source_row(m, 0, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_of_row(m, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_row_id(m, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_id_of_row(m, 0, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_fate(m, 0, 0, NULL));
  /* NULL results. */
  CHECK(dqe_merge_result_rows(NULL) == 0 && dqe_merge_result_columns(NULL) == 0 &&
        dqe_merge_result_merged_rows(NULL) == 0 &&
        dqe_merge_result_golden_records(NULL) == 0);
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_column_name(NULL, 0, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_id(NULL, 0, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_survivor(NULL, 0, &row));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_members(NULL, 0, &n));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_member(NULL, 0, 0, &row));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_value(NULL, 0, 0, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_source_row(NULL, 0, 0, &source));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_of_row(NULL, 0, &golden));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_of_rows(NULL, goldens, MROWS));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_row_id(NULL, 0, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_golden_id_of_row(NULL, 0, &s));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_fate(NULL, 0, 0, &fate));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_merge_result_fates(NULL, fates, MROWS * MCOLUMNS));
  dqe_merge_result_destroy(m);
  dqe_merge_result_destroy(NULL);
  dqe_engine_destroy(engine);
}

static void TestMergeErrors(void) {
  const char* config = "{\"merge\": {\"fields\": {\"phone\": \"union\"}}}";
  const char* other = "{\"merge\": {\"fields\": {\"mobile\": \"union\"}}}";
  dqe_engine* engine = NULL;
  dqe_engine* wrong = NULL;
  dqe_table* table = MergeTable();
  dqe_table* contacts = ContactsTable(); /* 5 rows */
  dqe_table* renamed = NULL;
  dqe_dedupe_result* d = NULL;
  dqe_dedupe_result* d5 = NULL;
  dqe_merge_result* m = (dqe_merge_result*)&checks; /* set to NULL on failure */
  char* error = NULL;
  static const char* const three[MROWS] = {"a", "b", "c"};

  CHECK_STATUS(DQE_OK, dqe_engine_create_from_json(config, strlen(config), &engine, NULL));
  CHECK_STATUS(DQE_OK, dqe_engine_dedupe(engine, table, 1, &d, NULL));
  CHECK_STATUS(DQE_OK, dqe_engine_dedupe(engine, contacts, 1, &d5, NULL));
  /* The dedupe result of another table: other rows, other columns. */
  CHECK(dqe_engine_merge(engine, table, d5, 1, &m, &error) == DQE_INVALID_ARGUMENT);
  CHECK(m == NULL);
  CHECK(error != NULL && strstr(error, "the dedupe result has 5 rows, the table has 3") != NULL);
  dqe_free(error);
  CHECK_STATUS(DQE_OK, dqe_table_create(&renamed, NULL));
  AddColumn(renamed, "id", three, MROWS);
  AddColumn(renamed, "full_name", three, MROWS);
  AddColumn(renamed, "mobile", three, MROWS);
  AddColumn(renamed, "email", three, MROWS);
  AddColumn(renamed, "city", three, MROWS);
  CHECK(dqe_engine_merge(engine, renamed, d, 1, &m, &error) == DQE_INVALID_ARGUMENT);
  CHECK(error != NULL && strstr(error, "\"phone\"") != NULL && strstr(error, "\"mobile\"") != NULL);
  dqe_free(error);
  /* A "merge" rule naming a column the table lacks. */
  CHECK_STATUS(DQE_OK, dqe_engine_create_from_json(other, strlen(other), &wrong, NULL));
  CHECK(dqe_engine_merge(wrong, table, d, 1, &m, &error) == DQE_INVALID_ARGUMENT);
  CHECK(error != NULL && strstr(error, "mobile") != NULL);
  dqe_free(error);
  /* NULL arguments. */
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_merge(NULL, table, d, 1, &m, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_merge(engine, NULL, d, 1, &m, NULL));
  CHECK(dqe_engine_merge(engine, table, NULL, 1, &m, &error) == DQE_INVALID_ARGUMENT);
  CHECK(error != NULL && strstr(error, "dedupe is NULL") != NULL);
  dqe_free(error);
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_merge(engine, table, d, -1, &m, NULL));
  CHECK_STATUS(DQE_INVALID_ARGUMENT, dqe_engine_merge(engine, table, d, 1, NULL, NULL));
  CHECK(m == NULL);
  /* Threads do not change the result. */
  CHECK_STATUS(DQE_OK, dqe_engine_merge(engine, table, d, 0, &m, NULL));
  CHECK(dqe_merge_result_golden_records(m) == 2);
  dqe_merge_result_destroy(m);
  dqe_dedupe_result_destroy(d);
  dqe_dedupe_result_destroy(d5);
  dqe_table_destroy(renamed);
  dqe_table_destroy(contacts);
  dqe_table_destroy(table);
  dqe_engine_destroy(wrong);
  dqe_engine_destroy(engine);
}

static void TestValidateAndMergeEmptyTable(void) {
  dqe_engine* engine = NULL;
  dqe_table* table = NULL;
  dqe_dedupe_result* d = NULL;
  dqe_validation_result* v = NULL;
  dqe_merge_result* m = NULL;
  double completeness = 0;
  CHECK_STATUS(DQE_OK, dqe_engine_create_from_json(NULL, 0, &engine, NULL));
  CHECK_STATUS(DQE_OK, dqe_table_create(&table, NULL));
  CHECK_STATUS(DQE_OK, dqe_table_add_column(table, "full_name", 9, NULL, 0, NULL));
  CHECK_STATUS(DQE_OK, dqe_engine_validate(engine, table, 1, &v, NULL));
  CHECK(dqe_validation_result_issues(v) == 0 && dqe_validation_result_columns(v) == 1);
  CHECK(dqe_validation_result_column_stats(v, 0, NULL, NULL, NULL, &completeness, NULL) == DQE_OK &&
        completeness == 1.0);
  CHECK_STATUS(DQE_OK, dqe_engine_dedupe(engine, table, 1, &d, NULL));
  CHECK_STATUS(DQE_OK, dqe_engine_merge(engine, table, d, 1, &m, NULL));
  CHECK(dqe_merge_result_rows(m) == 0 && dqe_merge_result_golden_records(m) == 0 &&
        dqe_merge_result_columns(m) == 1);
  CHECK_STATUS(DQE_OK, dqe_merge_result_golden_of_rows(m, NULL, 0));
  CHECK_STATUS(DQE_OK, dqe_merge_result_fates(m, NULL, 0));
  dqe_merge_result_destroy(m);
  dqe_dedupe_result_destroy(d);
  dqe_validation_result_destroy(v);
  dqe_table_destroy(table);
  dqe_engine_destroy(engine);
}

int main(void) {
  TestVersion();
  TestStatus();
  TestErrorOutParameter();
  TestOptions();
  TestNames();
  TestNameColumnWithOptions();
  TestPhones();
  TestEmails();
  TestCompanies();
  TestNormalizeErrors();
  TestTable();
  TestEngineErrors();
  TestDedupe();
  TestEmptyTable();
  TestValidate();
  TestMerge();
  TestMergeErrors();
  TestValidateAndMergeEmptyTable();
  if (failures != 0) {
    fprintf(stderr, "%d of %d checks failed\n", failures, checks);
    return 1;
  }
  printf("c_api_test: all %d checks passed (dqe %s)\n", checks, dqe_version());
  return 0;
}
