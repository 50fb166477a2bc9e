/* dqe.h: the C API of dqe, the data-quality engine for CRM data.
 *
 * C99, no C++ types: the one header a C, PHP, Go or JNI host needs. It links
 * against libdqe.so (or libdqe.a plus its dependencies).
 *
 * Sections:
 *   1. Basics: version, status codes, errors, memory, strings.
 *   2. Normalizing values: one value or a whole column per call.
 *   3. Deduplicating a table: tables, engines, results.
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
 * read through accessors, so that what later versions add (validation
 * issues, golden records, lineage, the remap table) comes as new functions
 * and new enum values on the same handles, never as a changed struct.
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
typedef enum dqe_status {
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
typedef enum dqe_kind {
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

typedef enum dqe_option {
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

typedef enum dqe_tone_style {
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
typedef enum dqe_field {
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
  DQE_FIELD_E164_BEFORE_RENUMBERING = 23
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
 * read by any number of concurrent calls (dqe_engine_dedupe only reads it);
 * do not add to it while such a call runs. */
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
typedef enum dqe_stat {
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

#ifdef __cplusplus
} /* extern "C" */
#endif

#endif /* DQE_H_ */
