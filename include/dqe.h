/* dqe.h: the C API of dqe, the data-quality engine for CRM data.
 *
 * C99, no C++ types: the one header a C, PHP, Go or JNI host needs. It links
 * against libdqe.so (or libdqe.a plus its dependencies).
 *
 * Sections:
 *   1. Basics: version, status codes, errors, memory, strings.
 *   2. Normalizing values: one value or a whole column per call.
 *   3. Deduplicating a table: tables, engines, results.
 *   4. Validating a table: issues and per-column rates.
 *   5. Merging duplicates: golden records, the remap table, lineage.
 *
 * Conventions, for every function below:
 *   - Handles are opaque. Each has a create function and a destroy function;
 *     destroying NULL does nothing.
 *   - Functions that do work return a dqe_status and take a last argument
 *     `char** error`. It may be NULL. Otherwise it is set to NULL on success,
 *     and on failure to a NUL-terminated message (naming the argument, row or
 *     column and what is wrong with it) that the caller frees with dqe_free.
 *     On failure, a handle out-parameter is set to NULL.
 *   - Accessors of results return a dqe_status too (DQE_OUT_OF_RANGE for an
 *     index past the end, DQE_INVALID_ARGUMENT for a NULL pointer or a field
 *     the value does not have) but take no `error`: the code says it all.
 *   - Text goes in as UTF-8, as a pointer and a length in bytes (no NUL
 *     needed); NULL with length 0 is the empty string. Inputs are borrowed
 *     for the call only: nothing keeps a pointer to them afterwards.
 *   - Text comes out as a dqe_string that points into the handle it came
 *     from and stays valid until that handle is destroyed. Its `data` is
 *     never NULL and is followed by a NUL byte (data[len] == '\0'), so it
 *     may also be used as a C string when the text holds no NUL.
 *   - No C++ exception ever leaves the library: running out of memory is
 *     DQE_RESOURCE_EXHAUSTED, anything unexpected DQE_INTERNAL.
 *   - Thread-safety is stated with each handle.
 *
 * Example (errors unchecked for brevity):
 *
 *   dqe_string cells[2] = {{"0168 123 4567", 13}, {"+84 (0) 912-345-678", 19}};
 *   dqe_column_result* r = NULL;
 *   char* error = NULL;
 *   if (dqe_normalize_column(DQE_KIND_PHONE, NULL, cells, 2, NULL, &r,
 *                            &error) != DQE_OK) {
 *     fprintf(stderr, "%s\n", error);
 *     dqe_free(error);
 *   }
 *   dqe_string e164;
 *   dqe_column_result_string(r, 0, DQE_FIELD_E164, &e164);
 *   printf("%.*s\n", (int)e164.len, e164.data);   // +84381234567
 *   dqe_column_result_destroy(r);
 *
 * Stability: the values of every enum below are fixed forever; new values
 * are only ever added. Signatures never change: a changed function gets a
 * new name (`_v2`) beside the old one. Handles are opaque and results are
 * read through accessors, so that what later versions add comes as new
 * functions and new enum values on the same handles, never as a changed
 * struct.
 */
#ifndef DQE_H_
#define DQE_H_

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32)
#if defined(DQE_BUILDING_LIBRARY)
#define DQE_API __declspec(dllexport)
#else
#define DQE_API
#endif
#else
#define DQE_API __attribute__((visibility("default")))
#endif

/* In C++ the enums below have int as their underlying type, so that any int
 * a C host passes (an out-of-range value included) is a value of the type:
 * the library answers "unknown" or DQE_INVALID_ARGUMENT, it never misreads
 * it. C sees plain enums of the same size. */
#ifdef __cplusplus
#define DQE_ENUM_INT : int
#else
#define DQE_ENUM_INT
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* ============================================================ 1. Basics === */

/* The version this header belongs to (the same as dqe/version.h). */
#define DQE_VERSION_MAJOR 0
#define DQE_VERSION_MINOR 1
#define DQE_VERSION_PATCH 0
#define DQE_VERSION_STRING "0.1.0"
/* MAJOR * 10000 + MINOR * 100 + PATCH, for #if comparisons. */
#define DQE_VERSION_NUMBER \
  (DQE_VERSION_MAJOR * 10000 + DQE_VERSION_MINOR * 100 + DQE_VERSION_PATCH)

/* dqe_version returns the version of the library the program runs with, e.g.
 * "0.1.0" (static storage: never freed). Compare it with DQE_VERSION_STRING
 * to find a header/library mismatch. */
DQE_API const char* dqe_version(void);

/* What a call returned. The numbering is absl::StatusCode's (the library's
 * C++ API reports absl::Status) and never changes. */
typedef enum dqe_status DQE_ENUM_INT {
  DQE_OK = 0,
  DQE_CANCELLED = 1,
  DQE_UNKNOWN = 2,
  DQE_INVALID_ARGUMENT = 3,  /* a NULL handle, a bad config, wrong lengths */
  DQE_DEADLINE_EXCEEDED = 4,
  DQE_NOT_FOUND = 5,         /* e.g. a column the config names is missing */
  DQE_ALREADY_EXISTS = 6,    /* e.g. a table column added twice */
  DQE_PERMISSION_DENIED = 7,
  DQE_RESOURCE_EXHAUSTED = 8, /* out of memory */
  DQE_FAILED_PRECONDITION = 9,
  DQE_ABORTED = 10,
  DQE_OUT_OF_RANGE = 11,     /* an index past the end of a result */
  DQE_UNIMPLEMENTED = 12,
  DQE_INTERNAL = 13,         /* a bug: please report it with the message */
  DQE_UNAVAILABLE = 14,
  DQE_DATA_LOSS = 15,
  DQE_UNAUTHENTICATED = 16
} dqe_status;

/* dqe_status_name returns the code's name in upper case, as absl spells it:
 * "OK", "INVALID_ARGUMENT" ...; "UNKNOWN_CODE" for a value not listed
 * above. Static storage: never freed. */
DQE_API const char* dqe_status_name(dqe_status status);

/* dqe_free frees memory the library handed to the caller to own: the
 * messages written to `char** error`. dqe_free(NULL) does nothing. Never
 * pass it a handle (they have their own destroy functions) or a dqe_string
 * (owned by its handle). */
DQE_API void dqe_free(void* p);

/* UTF-8 text as a pointer and a length in bytes. */
typedef struct dqe_string {
  const char* data;
  size_t len;
} dqe_string;

/* ============================================== 2. Normalizing values === */

/* What a value is. Decides the normalizer. */
typedef enum dqe_kind DQE_ENUM_INT {
  DQE_KIND_PERSON_NAME = 1,
  DQE_KIND_COMPANY = 2,
  DQE_KIND_PHONE = 3,
  DQE_KIND_EMAIL = 4
} dqe_kind;

/* ---- Options. -------------------------------------------------------------
 *
 * A dqe_normalize_options handle holds the options of every normalizer,
 * each at its documented default until set. Passing NULL where options are
 * taken means "all defaults".
 *
 * Thread-safety: set options from one thread at a time; once set, one
 * options handle may be passed to any number of concurrent calls (they only
 * read it). Do not set an option while a call that uses the handle runs. */
typedef struct dqe_normalize_options dqe_normalize_options;

typedef enum dqe_option DQE_ENUM_INT {
  /* int, names: drop honorifics and titles (Ông, Bà, Anh, Chị, Mr, Dr, 先生,
   * 女士 ...). 0 or 1. Default: 1. */
  DQE_OPTION_DROP_HONORIFICS = 1,
  /* int, names: where a Vietnamese tone mark sits in oa, oe, uy in `display`:
   * DQE_TONE_TRADITIONAL (hòa, the default) or DQE_TONE_MODERN (hoà). */
  DQE_OPTION_TONE_STYLE = 2,
  /* int, names: turn names typed ALL UPPER or all lower into Title Case in
   * `display`. 0 or 1. Default: 1. */
  DQE_OPTION_FIX_CASE = 3,
  /* string, phones: the ISO 3166 alpha-2 region used for numbers without a
   * country code in cells without a region of their own. Default: "VN". */
  DQE_OPTION_DEFAULT_REGION = 4,
  /* int, phones: map Vietnamese 11-digit mobiles from before the 2018
   * renumbering to their new numbers. 0 or 1. Default: 1. */
  DQE_OPTION_RENUMBER_VIETNAM = 5,
  /* int, phones: at most this many numbers are read from one cell, >= 1.
   * Default: 8. */
  DQE_OPTION_MAX_NUMBERS_PER_CELL = 6,
  /* int, emails: apply provider rules to the key (Gmail ignores dots and
   * +tags, googlemail.com is gmail.com; Outlook ignores +tags). 0 or 1.
   * Default: 1. */
  DQE_OPTION_PROVIDER_RULES = 7
} dqe_option;

typedef enum dqe_tone_style DQE_ENUM_INT {
  DQE_TONE_TRADITIONAL = 0,
  DQE_TONE_MODERN = 1
} dqe_tone_style;

/* dqe_normalize_options_create makes an options handle with every option at
 * its default. */
DQE_API dqe_status dqe_normalize_options_create(dqe_normalize_options** out,
                                                char** error);
DQE_API void dqe_normalize_options_destroy(dqe_normalize_options* options);

/* dqe_normalize_options_set_int sets an int option. DQE_INVALID_ARGUMENT
 * when the option is not an int option or the value is out of its range. */
DQE_API dqe_status dqe_normalize_options_set_int(dqe_normalize_options* options,
                                                 dqe_option option,
                                                 int64_t value, char** error);
/* dqe_normalize_options_set_string sets a string option (copied).
 * DQE_INVALID_ARGUMENT when the option is not a string option. */
DQE_API dqe_status dqe_normalize_options_set_string(
    dqe_normalize_options* options, dqe_option option, const char* data,
    size_t len, char** error);

/* ---- Normalizing. ---------------------------------------------------------
 *
 * A dqe_column_result holds the normalized form of a column of values, one
 * row per input cell, in input order.
 *
 * Thread-safety: a result is immutable once returned; any number of threads
 * may read it at once. Destroy it when no thread reads it any more. */
typedef struct dqe_column_result dqe_column_result;

/* dqe_normalize normalizes one value: a result with one row. `region` (an
 * ISO 3166 alpha-2 region such as "VN" or "TW", or a country as a CRM row
 * writes it: "Việt Nam", "台灣", "USA") is the row's own region for phones;
 * NULL, empty or not recognised: DQE_OPTION_DEFAULT_REGION. It must be
 * empty for other kinds.
 * Text that is not valid UTF-8 is not an error: its row is not valid, and
 * DQE_FIELD_REASON says where the bad byte is. */
DQE_API dqe_status dqe_normalize(dqe_kind kind,
                                 const dqe_normalize_options* options,
                                 const char* text, size_t len,
                                 const char* region, size_t region_len,
                                 dqe_column_result** out, char** error);

/* dqe_normalize_column normalizes `n` cells in one call: the way to
 * normalize many values, since the call is crossed once per column and
 * repeated cells are parsed once. `regions` is NULL, or (phones only) `n`
 * regions, one per cell, each as for dqe_normalize. */
DQE_API dqe_status dqe_normalize_column(dqe_kind kind,
                                        const dqe_normalize_options* options,
                                        const dqe_string* cells, size_t n,
                                        const dqe_string* regions,
                                        dqe_column_result** out, char** error);

DQE_API void dqe_column_result_destroy(dqe_column_result* result);

/* dqe_column_result_rows returns the number of rows (0 for NULL). */
DQE_API size_t dqe_column_result_rows(const dqe_column_result* result);
/* dqe_column_result_kind returns the kind the values were normalized as (0
 * for NULL). */
DQE_API dqe_kind dqe_column_result_kind(const dqe_column_result* result);

/* The fields of a normalized value. Each says its type (string, flag, list)
 * and the kinds that have it; "phone number" marks the fields of each number
 * found in a phone cell (read with dqe_column_result_phone_*). */
typedef enum dqe_field DQE_ENUM_INT {
  /* flag, every kind and phone number: the value could be read. */
  DQE_FIELD_VALID = 1,
  /* string, every kind and phone number: why not valid; empty when valid. */
  DQE_FIELD_REASON = 2,
  /* string, names and companies: the cleaned display form ("Nguyễn Văn An";
   * companies without their legal forms). */
  DQE_FIELD_DISPLAY = 3,
  /* string, names, companies and emails: the lower-case ASCII match key. */
  DQE_FIELD_KEY = 4,
  /* string, names: the key's tokens sorted ("an nguyen van"). */
  DQE_FIELD_SORTED_KEY = 5,
  /* string, names and companies: "empty", "latin", "han", "mixed", "other". */
  DQE_FIELD_SCRIPT = 6,
  /* flag, names: the text is Vietnamese. */
  DQE_FIELD_VIETNAMESE = 7,
  /* list, names and companies: the key's tokens, in order. */
  DQE_FIELD_TOKENS = 8,
  /* list, names: the honorifics removed, as typed. */
  DQE_FIELD_HONORIFICS = 9,
  /* list, companies: the legal forms found ("TNHH", "Ltd", "有限公司" ...). */
  DQE_FIELD_LEGAL_FORMS = 10,
  /* string, emails: trimmed, mailto: removed, lower case, ASCII domain. */
  DQE_FIELD_NORMALIZED = 11,
  /* string, emails: the local part and the domain of the normalized form. */
  DQE_FIELD_LOCAL = 12,
  DQE_FIELD_DOMAIN = 13,
  /* string, emails: the domain a likely typo meant (gmial.com → gmail.com);
   * empty when none. */
  DQE_FIELD_SUGGESTED_DOMAIN = 14,
  /* flag, emails: a role account (info@, sales@ ...). */
  DQE_FIELD_ROLE_ACCOUNT = 15,
  /* list, emails: human-readable warnings. */
  DQE_FIELD_WARNINGS = 16,
  /* string, phones and phone numbers: the E.164 form ("+84912345678"). For
   * a phone cell: its first valid number's, empty when it has none. */
  DQE_FIELD_E164 = 17,
  /* string, phones and phone numbers: the number's region ("VN"). */
  DQE_FIELD_REGION = 18,
  /* string, phones and phone numbers: "mobile", "fixed_line",
   * "fixed_line_or_mobile", "toll_free", "premium_rate", "shared_cost",
   * "voip", "personal_number", "pager", "uan", "voicemail", "unknown". */
  DQE_FIELD_PHONE_TYPE = 19,
  /* string, phone numbers: the extension digits; empty when none. */
  DQE_FIELD_EXTENSION = 20,
  /* string, phone numbers: the part of the cell the number was read from. */
  DQE_FIELD_INPUT = 21,
  /* flag, phones and phone numbers: a pre-2018 Vietnamese mobile, given as
   * its new number. For a phone cell: its first valid number's. */
  DQE_FIELD_RENUMBERED = 22,
  /* string, phone numbers: the E.164 form before the renumbering. */
  DQE_FIELD_E164_BEFORE_RENUMBERING = 23,
  /* string, companies: the trade name alone, without a leading place and
   * business words, lower-case ASCII without spaces ("Công ty TNHH TMDV
   * Hoàng Long" and "Hoang Long Trading Co., Ltd." → "hoanglong"). */
  DQE_FIELD_CORE = 24,
  /* flag, emails: the domain is a public mail provider's (Gmail, Yahoo,
   * QQ ...) or a likely typo of one: a private mailbox, not a work address. */
  DQE_FIELD_MAIL_PROVIDER = 25
} dqe_field;

/* dqe_column_result_string sets *out to a string field of row `row`. */
DQE_API dqe_status dqe_column_result_string(const dqe_column_result* result,
                                            size_t row, dqe_field field,
                                            dqe_string* out);
/* dqe_column_result_flag sets *out to 1 or 0. */
DQE_API dqe_status dqe_column_result_flag(const dqe_column_result* result,
                                          size_t row, dqe_field field,
                                          int* out);
/* dqe_column_result_list_size sets *out to the number of items of a list
 * field; dqe_column_result_list_item sets *out to item `i`. */
DQE_API dqe_status dqe_column_result_list_size(const dqe_column_result* result,
                                               size_t row, dqe_field field,
                                               size_t* out);
DQE_API dqe_status dqe_column_result_list_item(const dqe_column_result* result,
                                               size_t row, dqe_field field,
                                               size_t i, dqe_string* out);

/* Phone cells may hold several numbers ("0912 345 678 / 028 3822 1234").
 * dqe_column_result_phone_count sets *out to the number found in row `row`
 * (0 for an empty cell); the other two read number `i`'s fields. */
DQE_API dqe_status dqe_column_result_phone_count(
    const dqe_column_result* result, size_t row, size_t* out);
DQE_API dqe_status dqe_column_result_phone_string(
    const dqe_column_result* result, size_t row, size_t i, dqe_field field,
    dqe_string* out);
DQE_API dqe_status dqe_column_result_phone_flag(const dqe_column_result* result,
                                                size_t row, size_t i,
                                                dqe_field field, int* out);

/* ========================================== 3. Deduplicating a table === */

/* ---- Tables. --------------------------------------------------------------
 *
 * A dqe_table is a table handed over as columns of UTF-8 cells. The cells
 * are copied in (one block of memory per column), so the host's buffers may
 * be freed as soon as dqe_table_add_column returns. Column names are what a
 * CRM export's header says ("id", "Họ tên", "SĐT", "email" ...): the engine
 * infers each column's kind and role from it, as the config allows.
 *
 * Thread-safety: build a table from one thread. Once built, a table may be
 * read by any number of concurrent calls (dqe_engine_dedupe,
 * dqe_engine_validate and dqe_engine_merge only read it); do not add to it
 * or set its flags while such a call runs. */
typedef struct dqe_table dqe_table;

/* dqe_table_create makes an empty table (no columns, no rows). */
DQE_API dqe_status dqe_table_create(dqe_table** out, char** error);
DQE_API void dqe_table_destroy(dqe_table* table);

/* dqe_table_add_column appends a column named `name` with `n` cells. The
 * first column fixes the number of rows; every later one must have as many
 * cells (DQE_INVALID_ARGUMENT otherwise). A name already in the table is
 * DQE_ALREADY_EXISTS. At most 4294967295 rows. */
DQE_API dqe_status dqe_table_add_column(dqe_table* table, const char* name,
                                        size_t name_len, const dqe_string* cells,
                                        size_t n, char** error);
/* dqe_table_set_flags marks rows the host found unreadable (broken records):
 * `flags` has one byte per row, nonzero for a flagged row. Flagged rows are
 * kept in every result but never matched: each is a cluster of its own.
 * Call it after the first column (DQE_FAILED_PRECONDITION before); `n`
 * must be the number of rows. Calling it again replaces the flags. */
DQE_API dqe_status dqe_table_set_flags(dqe_table* table, const uint8_t* flags,
                                       size_t n, char** error);
/* Rows and columns of a table (0 for NULL). */
DQE_API size_t dqe_table_rows(const dqe_table* table);
DQE_API size_t dqe_table_columns(const dqe_table* table);

/* ---- Engines. -------------------------------------------------------------
 *
 * A dqe_engine is built once from a JSON config (see include/dqe/config.h
 * for every key and its default; "{}" is a working config that infers
 * everything from the column names) and is immutable afterwards.
 *
 * Thread-safety: an engine may be shared by any number of threads and used
 * by all of them at once, without locking. Destroy it after the last call
 * that uses it has returned. */
typedef struct dqe_engine dqe_engine;

/* dqe_engine_create_from_json checks the config and builds an engine.
 * DQE_INVALID_ARGUMENT names the JSON path and the problem. */
DQE_API dqe_status dqe_engine_create_from_json(const char* config,
                                               size_t config_len,
                                               dqe_engine** out, char** error);
/* dqe_engine_create_with_model is dqe_engine_create_from_json plus a trained
 * model (the JSON `dqe train` writes) whose weights replace the config's.
 * Whether the model fits the config's comparisons is checked when the engine
 * is used (an error names what differs). */
DQE_API dqe_status dqe_engine_create_with_model(const char* config,
                                                size_t config_len,
                                                const char* model,
                                                size_t model_len,
                                                dqe_engine** out, char** error);
DQE_API void dqe_engine_destroy(dqe_engine* engine);

/* ---- Deduplicating. -------------------------------------------------------
 *
 * A dqe_dedupe_result holds what dqe_engine_dedupe found: a cluster for
 * every row, and the accepted pairs with their explanation.
 *
 * Thread-safety: a result is immutable once returned; any number of threads
 * may read it at once. Destroy it when no thread reads it any more. */
typedef struct dqe_dedupe_result dqe_dedupe_result;

/* dqe_engine_dedupe finds the duplicate rows of `table`: it normalizes the
 * matched columns, blocks, compares, scores and clusters. `threads` is the
 * number of worker threads (0: as many as the machine has); the result does
 * not depend on it. The table is only read. */
DQE_API dqe_status dqe_engine_dedupe(const dqe_engine* engine,
                                     const dqe_table* table, int threads,
                                     dqe_dedupe_result** out, char** error);

DQE_API void dqe_dedupe_result_destroy(dqe_dedupe_result* result);

/* dqe_dedupe_result_rows returns the number of rows (0 for NULL). */
DQE_API size_t dqe_dedupe_result_rows(const dqe_dedupe_result* result);

/* dqe_dedupe_result_cluster sets *cluster_row to the row that names row
 * `row`'s cluster: the member with the smallest id (the id column's cell,
 * else the row number), so that the same rows give the same clusters in any
 * order and with any thread count. A row without duplicates is its own
 * cluster. */
DQE_API dqe_status dqe_dedupe_result_cluster(const dqe_dedupe_result* result,
                                             size_t row, size_t* cluster_row);
/* dqe_dedupe_result_clusters copies every row's cluster row into
 * `cluster_rows`, which has room for `n` == dqe_dedupe_result_rows entries:
 * the whole column in one call. */
DQE_API dqe_status dqe_dedupe_result_clusters(const dqe_dedupe_result* result,
                                              size_t* cluster_rows, size_t n);

/* The comparisons a pair is explained by (e.g. "name", "phone", "email"),
 * each with its levels (e.g. "exact", "close", "different"). */
DQE_API size_t dqe_dedupe_result_comparisons(const dqe_dedupe_result* result);
DQE_API dqe_status dqe_dedupe_result_comparison_name(
    const dqe_dedupe_result* result, size_t comparison, dqe_string* out);
DQE_API dqe_status dqe_dedupe_result_comparison_levels(
    const dqe_dedupe_result* result, size_t comparison, size_t* out);
DQE_API dqe_status dqe_dedupe_result_level_name(const dqe_dedupe_result* result,
                                                size_t comparison, size_t level,
                                                dqe_string* out);

/* The accepted pairs, ordered by (row_a, row_b), row_a < row_b. */
DQE_API size_t dqe_dedupe_result_pairs(const dqe_dedupe_result* result);
/* dqe_dedupe_result_pair reads pair `i`: its rows, its match weight (log2
 * odds: the prior's plus every comparison's) and its match probability. Any
 * out-pointer may be NULL. */
DQE_API dqe_status dqe_dedupe_result_pair(const dqe_dedupe_result* result,
                                          size_t i, size_t* row_a,
                                          size_t* row_b, double* weight,
                                          double* probability);

/* The level a comparison falls in when either value is empty; it adds 0. */
#define DQE_LEVEL_MISSING (-1)

/* dqe_dedupe_result_pair_level explains pair `i` for one comparison: the
 * level it fell in (an index into the comparison's levels, or
 * DQE_LEVEL_MISSING), that level's name ("missing" for DQE_LEVEL_MISSING),
 * and the weight it added. Any out-pointer may be NULL. */
DQE_API dqe_status dqe_dedupe_result_pair_level(const dqe_dedupe_result* result,
                                                size_t i, size_t comparison,
                                                int* level,
                                                dqe_string* level_name,
                                                double* weight);

/* Counts from the run. */
typedef enum dqe_stat DQE_ENUM_INT {
  DQE_STAT_ROWS = 1,
  DQE_STAT_FLAGGED_ROWS = 2,
  DQE_STAT_CANDIDATE_PAIRS = 3, /* compared, after deduplication across rules */
  DQE_STAT_ACCEPTED_PAIRS = 4,
  DQE_STAT_PAIRS_BLOCKED_BY_GUARD = 5, /* cannot-link pairs and joins refused */
  DQE_STAT_CLUSTERS = 6,
  DQE_STAT_LARGEST_BLOCK = 7
} dqe_stat;

/* dqe_dedupe_result_stat sets *out to a count. */
DQE_API dqe_status dqe_dedupe_result_stat(const dqe_dedupe_result* result,
                                          dqe_stat stat, uint64_t* out);

/* ============================================== 4. Validating a table === */

/* A dqe_validation_result holds what dqe_engine_validate found: one issue
 * per problem (in row order; within a row by column, whole-row issues
 * last), counts, and each column's completeness and validity.
 *
 * Thread-safety: a result is immutable once returned; any number of threads
 * may read it at once. Destroy it when no thread reads it any more. */
typedef struct dqe_validation_result dqe_validation_result;

/* What an issue is about. dqe_issue_code_name gives the stable name hosts
 * match on (in parentheses). */
typedef enum dqe_issue_code DQE_ENUM_INT {
  DQE_ISSUE_REQUIRED_MISSING = 1,     /* "required_missing": a required cell
                                         is empty */
  DQE_ISSUE_AT_LEAST_ONE_MISSING = 2, /* "at_least_one_missing": every column
                                         of a group is empty */
  DQE_ISSUE_INVALID_PHONE = 3,        /* "invalid_phone" */
  DQE_ISSUE_INVALID_EMAIL = 4,        /* "invalid_email" */
  DQE_ISSUE_EMAIL_TYPO_DOMAIN = 5,    /* "email_typo_domain": gmial.com */
  DQE_ISSUE_INVALID_DATE = 6,         /* "invalid_date" */
  DQE_ISSUE_NOT_IN_PICKLIST = 7,      /* "not_in_picklist" */
  DQE_ISSUE_TOO_LONG = 8,             /* "too_long" */
  DQE_ISSUE_PHONE_REGION_MISMATCH = 9, /* "phone_region_mismatch": the
                                          number's region is not the row's
                                          country */
  DQE_ISSUE_INVALID_UTF8 = 10,        /* "invalid_utf8" */
  DQE_ISSUE_RAGGED_ROW = 11           /* "ragged_row": a broken record (here:
                                         a row flagged with
                                         dqe_table_set_flags) */
} dqe_issue_code;

/* dqe_issue_code_name returns the code's stable name ("invalid_phone" ...),
 * "unknown" for a value not listed above. Static storage: never freed. */
DQE_API const char* dqe_issue_code_name(dqe_issue_code code);

typedef enum dqe_severity DQE_ENUM_INT {
  DQE_SEVERITY_ERROR = 1,   /* the value is wrong: the cell is not valid */
  DQE_SEVERITY_WARNING = 2  /* suspect but usable: the cell stays valid */
} dqe_severity;

/* dqe_severity_name returns "error" or "warning", "unknown" for a value not
 * listed above. Static storage: never freed. */
DQE_API const char* dqe_severity_name(dqe_severity severity);

/* dqe_engine_validate checks every row of `table` against the rules of the
 * engine's config ("validation", see include/dqe/validate.h; without it:
 * phone, e-mail and date columns must hold valid values when they are
 * given, and nothing is required). Phones are read in the region of the
 * row's country column, else the column's region, else the config's
 * "default_region". Problems in the data are issues, never errors; errors
 * are a "validation" object that cannot be read, a rule naming a column
 * the table lacks (both DQE_INVALID_ARGUMENT, naming the JSON path) or a
 * "columns" entry of the config the table lacks (as dqe_engine_dedupe
 * reports it). Rows flagged with dqe_table_set_flags are not
 * checked: each gets one DQE_ISSUE_RAGGED_ROW issue (rule "input") and is
 * left out of the column rates. `threads` is the number of worker threads
 * (0: as many as the machine has); the result does not depend on it. The
 * table is only read. */
DQE_API dqe_status dqe_engine_validate(const dqe_engine* engine,
                                       const dqe_table* table, int threads,
                                       dqe_validation_result** out,
                                       char** error);

DQE_API void dqe_validation_result_destroy(dqe_validation_result* result);

/* dqe_validation_result_issues returns the number of issues (0 for NULL). */
DQE_API size_t dqe_validation_result_issues(
    const dqe_validation_result* result);

/* dqe_validation_result_issue reads issue `i`: its row (0-based), its
 * column (the table's column index, or -1 for a rule about the whole row:
 * an at-least-one group, a flagged row), its code and its severity. Any
 * out-pointer may be NULL. */
DQE_API dqe_status dqe_validation_result_issue(
    const dqe_validation_result* result, size_t i, size_t* row, int* column,
    dqe_issue_code* code, dqe_severity* severity);

/* The text of an issue. */
typedef enum dqe_issue_text DQE_ENUM_INT {
  /* The row's id: the record id column's cell, else the 1-based row
   * number. */
  DQE_ISSUE_TEXT_ID = 1,
  /* The column's name; for an at-least-one group its columns joined by '|';
   * empty for a flagged row. */
  DQE_ISSUE_TEXT_COLUMN = 2,
  /* The rule that fired: "required", "at_least_one", "format", "picklist",
   * "max_length", "phone_matches_country" or "input" (a flagged row). */
  DQE_ISSUE_TEXT_RULE = 3,
  /* The code's name, as dqe_issue_code_name gives it. */
  DQE_ISSUE_TEXT_CODE = 4,
  /* The severity's name, as dqe_severity_name gives it. */
  DQE_ISSUE_TEXT_SEVERITY = 5,
  /* For people: the row (1-based), its id, the column, the value and what
   * is wrong with it. */
  DQE_ISSUE_TEXT_MESSAGE = 6,
  /* The offending cell as given, bytes that are not UTF-8 written as \xHH;
   * for a flagged row its cells joined by commas. */
  DQE_ISSUE_TEXT_VALUE = 7
} dqe_issue_text;

/* dqe_validation_result_issue_text sets *out to a text of issue `i`. */
DQE_API dqe_status dqe_validation_result_issue_text(
    const dqe_validation_result* result, size_t i, dqe_issue_text text,
    dqe_string* out);

/* Counts over the whole table. */
typedef enum dqe_validation_count DQE_ENUM_INT {
  DQE_VALIDATION_ROWS = 1,
  DQE_VALIDATION_ROWS_SKIPPED = 2,  /* flagged rows: reported, not checked */
  DQE_VALIDATION_ROWS_WITH_ERRORS = 3,
  DQE_VALIDATION_ROWS_WITH_WARNINGS = 4,
  DQE_VALIDATION_ERRORS = 5,        /* issues of severity error */
  DQE_VALIDATION_WARNINGS = 6       /* issues of severity warning */
} dqe_validation_count;

/* dqe_validation_result_count sets *out to a count. */
DQE_API dqe_status dqe_validation_result_count(
    const dqe_validation_result* result, dqe_validation_count count,
    uint64_t* out);
/* dqe_validation_result_code_count sets *out to the number of issues with
 * code `code`. */
DQE_API dqe_status dqe_validation_result_code_count(
    const dqe_validation_result* result, dqe_issue_code code, uint64_t* out);

/* Per-column results, one per table column in table order.
 * dqe_validation_result_columns returns their number (0 for NULL). */
DQE_API size_t dqe_validation_result_columns(
    const dqe_validation_result* result);
/* dqe_validation_result_column_name sets *out to column `column`'s name. */
DQE_API dqe_status dqe_validation_result_column_name(
    const dqe_validation_result* result, size_t column, dqe_string* out);
/* dqe_validation_result_column_stats reads column `column`'s counts and
 * rates: `rows` checked (every row but the flagged ones), cells `present`
 * (neither empty, blank nor a missing-value marker such as "N/A"), present
 * cells `valid` (no error; warnings do not count against them),
 * `completeness` = present / rows (1 without rows) and `validity` = valid /
 * present (1 when nothing is present). Any out-pointer may be NULL. */
DQE_API dqe_status dqe_validation_result_column_stats(
    const dqe_validation_result* result, size_t column, uint64_t* rows,
    uint64_t* present, uint64_t* valid, double* completeness,
    double* validity);

/* ============================================ 5. Merging duplicates === */

/* A dqe_merge_result holds what dqe_engine_merge built: one golden record
 * per cluster, the remap table (every row's golden record and golden id),
 * and the lineage (what became of every source cell). It keeps copies of
 * everything it hands out: the table and the dedupe result it was built
 * from may be destroyed first.
 *
 * Thread-safety: a result is immutable once returned; any number of threads
 * may read it at once. Destroy it when no thread reads it any more. */
typedef struct dqe_merge_result dqe_merge_result;

/* What became of a source cell in its golden record. */
typedef enum dqe_fate DQE_ENUM_INT {
  DQE_FATE_GOLDEN = 1, /* it is (for a union: is part of) the golden value */
  DQE_FATE_SAME = 2,   /* it equals the golden value by match key, but
                          another row's spelling was kept */
  DQE_FATE_LOST = 3,   /* it differs from the golden value, which another
                          row gave */
  DQE_FATE_EMPTY = 4,  /* the cell was empty */
  DQE_FATE_ID = 5      /* a record id cell: the golden record has the golden
                          id */
} dqe_fate;

/* dqe_fate_name returns "golden", "same", "lost", "empty" or "id",
 * "unknown" for a value not listed above. Static storage: never freed. */
DQE_API const char* dqe_fate_name(dqe_fate fate);

/* dqe_engine_merge builds the golden records of `table`, grouped as
 * `dedupe` (what dqe_engine_dedupe returned for this table) clusters it,
 * with the survivorship rules of the engine's config ("merge", see
 * include/dqe/merge.h; without it every column keeps the most recent row's
 * value, or without a timestamp column the most complete row's). The
 * columns' kinds and roles are those of the dedupe result. `dedupe` must
 * have as many rows as the table and the same column names in the same
 * order (DQE_INVALID_ARGUMENT otherwise); a "merge" rule naming a column
 * the table lacks is DQE_INVALID_ARGUMENT too. `threads` is the number of
 * worker threads (0: as many as the machine has); the result does not
 * depend on it. The table and the dedupe result are only read. */
DQE_API dqe_status dqe_engine_merge(const dqe_engine* engine,
                                    const dqe_table* table,
                                    const dqe_dedupe_result* dedupe,
                                    int threads, dqe_merge_result** out,
                                    char** error);

DQE_API void dqe_merge_result_destroy(dqe_merge_result* result);

/* Rows and columns of the table merged (0 for NULL). */
DQE_API size_t dqe_merge_result_rows(const dqe_merge_result* result);
DQE_API size_t dqe_merge_result_columns(const dqe_merge_result* result);
/* dqe_merge_result_column_name sets *out to column `column`'s name. */
DQE_API dqe_status dqe_merge_result_column_name(const dqe_merge_result* result,
                                                size_t column,
                                                dqe_string* out);
/* dqe_merge_result_merged_rows returns the number of rows in clusters of
 * two or more (0 for NULL). */
DQE_API size_t dqe_merge_result_merged_rows(const dqe_merge_result* result);

/* ---- Golden records, one per cluster, in the order of each cluster's
 * first row. ---------------------------------------------------------- */

/* dqe_merge_result_golden_records returns their number (0 for NULL). */
DQE_API size_t dqe_merge_result_golden_records(const dqe_merge_result* result);
/* dqe_merge_result_golden_id sets *out to golden record `golden`'s id: the
 * id of its member with the smallest id (the id column's cell, else the
 * 1-based row number), unless the config's "merge" names a "survivor"
 * column. */
DQE_API dqe_status dqe_merge_result_golden_id(const dqe_merge_result* result,
                                              size_t golden, dqe_string* out);
/* dqe_merge_result_golden_survivor sets *row to the row whose id is the
 * golden id. */
DQE_API dqe_status dqe_merge_result_golden_survivor(
    const dqe_merge_result* result, size_t golden, size_t* row);
/* dqe_merge_result_golden_members sets *out to the number of rows merged
 * into golden record `golden` (1 for a row without duplicates);
 * dqe_merge_result_golden_member sets *row to member `member`, members
 * being in input order. */
DQE_API dqe_status dqe_merge_result_golden_members(
    const dqe_merge_result* result, size_t golden, size_t* out);
DQE_API dqe_status dqe_merge_result_golden_member(
    const dqe_merge_result* result, size_t golden, size_t member, size_t* row);
/* dqe_merge_result_golden_value sets *out to golden record `golden`'s value
 * of column `column` (the id column holds the golden id; a union's values
 * are joined by the config's separator, "; " by default). */
DQE_API dqe_status dqe_merge_result_golden_value(
    const dqe_merge_result* result, size_t golden, size_t column,
    dqe_string* out);
/* dqe_merge_result_golden_source_row sets *row to the row that supplied
 * that value: for a union the best-ranked row that added to it; -1 when the
 * value is empty. */
DQE_API dqe_status dqe_merge_result_golden_source_row(
    const dqe_merge_result* result, size_t golden, size_t column,
    int64_t* row);

/* ---- The remap table: every row's golden record. --------------------- */

/* dqe_merge_result_golden_of_row sets *golden to the index of row `row`'s
 * golden record. */
DQE_API dqe_status dqe_merge_result_golden_of_row(
    const dqe_merge_result* result, size_t row, size_t* golden);
/* dqe_merge_result_golden_of_rows copies every row's golden record index
 * into `golden`, which has room for `n` == dqe_merge_result_rows entries:
 * the whole column in one call. */
DQE_API dqe_status dqe_merge_result_golden_of_rows(
    const dqe_merge_result* result, size_t* golden, size_t n);
/* dqe_merge_result_row_id sets *out to row `row`'s own id (the id column's
 * cell, else the 1-based row number) and dqe_merge_result_golden_id_of_row
 * to its golden record's id: together, the pair (old id, golden id) that
 * re-points foreign keys. */
DQE_API dqe_status dqe_merge_result_row_id(const dqe_merge_result* result,
                                           size_t row, dqe_string* out);
DQE_API dqe_status dqe_merge_result_golden_id_of_row(
    const dqe_merge_result* result, size_t row, dqe_string* out);

/* ---- Lineage: what became of every source cell. ---------------------- */

/* dqe_merge_result_fate sets *out to the fate of row `row`'s cell in column
 * `column`. */
DQE_API dqe_status dqe_merge_result_fate(const dqe_merge_result* result,
                                         size_t row, size_t column,
                                         dqe_fate* out);
/* dqe_merge_result_fates copies the fate of every cell into `fates`, row by
 * row (fates[row * columns + column]), which has room for `n` ==
 * dqe_merge_result_rows * dqe_merge_result_columns entries: the whole table
 * in one call. */
DQE_API dqe_status dqe_merge_result_fates(const dqe_merge_result* result,
                                          dqe_fate* fates, size_t n);

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* DQE_H_ */
