// The C API's accessors of a dqe_column_result: one field of one row per
// call, read straight from the C++ results. Nothing here allocates or can
// throw, so the accessors need no exception guard.
#include <string>
#include <string_view>
#include <vector>

#include "dqe.h"
#include "dqe/normalize.h"
#include "src/c_api/c_api_internal.h"

using dqe::c_api::Out;

namespace {

// A field's value, or the status saying why there is none.
struct Field {
  dqe_status status = DQE_INVALID_ARGUMENT;
  std::string_view text;
  int flag = 0;
  const std::vector<std::string>* list = nullptr;

  static Field Text(std::string_view t) { return {DQE_OK, t, 0, nullptr}; }
  static Field Flag(bool f) { return {DQE_OK, {}, f ? 1 : 0, nullptr}; }
  static Field List(const std::vector<std::string>& l) {
    return {DQE_OK, {}, 0, &l};
  }
  static Field None() { return {}; }
};

Field NameField(const dqe::NormalizedName& v, dqe_field field) {
  switch (field) {
    case DQE_FIELD_VALID: return Field::Flag(v.valid);
    case DQE_FIELD_REASON: return Field::Text(v.reason);
    case DQE_FIELD_DISPLAY: return Field::Text(v.display);
    case DQE_FIELD_KEY: return Field::Text(v.key);
    case DQE_FIELD_SORTED_KEY: return Field::Text(v.sorted_key);
    case DQE_FIELD_SCRIPT: return Field::Text(dqe::ScriptName(v.script));
    case DQE_FIELD_VIETNAMESE: return Field::Flag(v.vietnamese);
    case DQE_FIELD_TOKENS: return Field::List(v.tokens);
    case DQE_FIELD_HONORIFICS: return Field::List(v.honorifics);
    default: return Field::None();
  }
}

Field CompanyField(const dqe::NormalizedCompany& v, dqe_field field) {
  switch (field) {
    case DQE_FIELD_VALID: return Field::Flag(v.valid);
    case DQE_FIELD_REASON: return Field::Text(v.reason);
    case DQE_FIELD_DISPLAY: return Field::Text(v.display);
    case DQE_FIELD_KEY: return Field::Text(v.key);
    case DQE_FIELD_SCRIPT: return Field::Text(dqe::ScriptName(v.script));
    case DQE_FIELD_TOKENS: return Field::List(v.tokens);
    case DQE_FIELD_LEGAL_FORMS: return Field::List(v.legal_forms);
    case DQE_FIELD_CORE: return Field::Text(v.core);
    default: return Field::None();
  }
}

Field EmailField(const dqe::NormalizedEmail& v, dqe_field field) {
  switch (field) {
    case DQE_FIELD_VALID: return Field::Flag(v.valid);
    case DQE_FIELD_REASON: return Field::Text(v.reason);
    case DQE_FIELD_KEY: return Field::Text(v.key);
    case DQE_FIELD_NORMALIZED: return Field::Text(v.normalized);
    case DQE_FIELD_LOCAL: return Field::Text(v.local);
    case DQE_FIELD_DOMAIN: return Field::Text(v.domain);
    case DQE_FIELD_SUGGESTED_DOMAIN: return Field::Text(v.suggested_domain);
    case DQE_FIELD_ROLE_ACCOUNT: return Field::Flag(v.role_account);
    case DQE_FIELD_MAIL_PROVIDER: return Field::Flag(v.mail_provider);
    case DQE_FIELD_WARNINGS: return Field::List(v.warnings);
    default: return Field::None();
  }
}

Field NumberField(const dqe::PhoneNumber& v, dqe_field field) {
  switch (field) {
    case DQE_FIELD_VALID: return Field::Flag(v.valid);
    case DQE_FIELD_REASON: return Field::Text(v.reason);
    case DQE_FIELD_E164: return Field::Text(v.e164);
    case DQE_FIELD_REGION: return Field::Text(v.region);
    case DQE_FIELD_PHONE_TYPE: return Field::Text(dqe::PhoneTypeName(v.type));
    case DQE_FIELD_EXTENSION: return Field::Text(v.extension);
    case DQE_FIELD_INPUT: return Field::Text(v.input);
    case DQE_FIELD_RENUMBERED: return Field::Flag(v.renumbered);
    case DQE_FIELD_E164_BEFORE_RENUMBERING:
      return Field::Text(v.e164_before_renumbering);
    default: return Field::None();
  }
}

// A phone cell's own fields; E.164, region, type and the renumbered flag are
// its first valid number's (empty, "", 0 when it has none).
Field PhoneField(const dqe::NormalizedPhone& v, dqe_field field) {
  switch (field) {
    case DQE_FIELD_VALID: return Field::Flag(v.valid);
    case DQE_FIELD_REASON: return Field::Text(v.reason);
    case DQE_FIELD_E164:
    case DQE_FIELD_REGION:
    case DQE_FIELD_PHONE_TYPE:
    case DQE_FIELD_RENUMBERED:
      for (const dqe::PhoneNumber& number : v.numbers) {
        if (number.valid) return NumberField(number, field);
      }
      return field == DQE_FIELD_RENUMBERED ? Field::Flag(false)
                                           : Field::Text({});
    default: return Field::None();
  }
}

Field RowField(const dqe_column_result* r, size_t row, dqe_field field) {
  if (r == nullptr) return Field::None();
  if (row >= r->rows) return {DQE_OUT_OF_RANGE, {}, 0, nullptr};
  switch (r->kind) {
    case DQE_KIND_PERSON_NAME: return NameField(r->names[row], field);
    case DQE_KIND_COMPANY: return CompanyField(r->companies[row], field);
    case DQE_KIND_PHONE: return PhoneField(r->phones[row], field);
    case DQE_KIND_EMAIL: return EmailField(r->emails[row], field);
  }
  return Field::None();
}

Field PhoneNumberField(const dqe_column_result* r, size_t row, size_t i,
                       dqe_field field) {
  if (r == nullptr || r->kind != DQE_KIND_PHONE) return Field::None();
  if (row >= r->rows || i >= r->phones[row].numbers.size()) {
    return {DQE_OUT_OF_RANGE, {}, 0, nullptr};
  }
  return NumberField(r->phones[row].numbers[i], field);
}

// The three ways to read a field; DQE_INVALID_ARGUMENT when it is not of
// that type.
dqe_status ReadText(const Field& f, dqe_string* out) {
  if (out == nullptr) return DQE_INVALID_ARGUMENT;
  if (f.status != DQE_OK) return f.status;
  if (f.list != nullptr) return DQE_INVALID_ARGUMENT;
  *out = Out(f.text);
  return DQE_OK;
}

bool IsFlagField(dqe_field field) {
  return field == DQE_FIELD_VALID || field == DQE_FIELD_VIETNAMESE ||
         field == DQE_FIELD_ROLE_ACCOUNT || field == DQE_FIELD_RENUMBERED ||
         field == DQE_FIELD_MAIL_PROVIDER;
}

bool IsListField(dqe_field field) {
  return field == DQE_FIELD_TOKENS || field == DQE_FIELD_HONORIFICS ||
         field == DQE_FIELD_LEGAL_FORMS || field == DQE_FIELD_WARNINGS;
}

}  // namespace

extern "C" {

dqe_status dqe_column_result_string(const dqe_column_result* result,
                                    size_t row, dqe_field field,
                                    dqe_string* out) {
  if (out == nullptr || IsFlagField(field) || IsListField(field)) {
    return DQE_INVALID_ARGUMENT;
  }
  return ReadText(RowField(result, row, field), out);
}

dqe_status dqe_column_result_flag(const dqe_column_result* result, size_t row,
                                  dqe_field field, int* out) {
  if (out == nullptr || !IsFlagField(field)) return DQE_INVALID_ARGUMENT;
  Field f = RowField(result, row, field);
  if (f.status == DQE_OK) *out = f.flag;
  return f.status;
}

dqe_status dqe_column_result_list_size(const dqe_column_result* result,
                                       size_t row, dqe_field field,
                                       size_t* out) {
  if (out == nullptr || !IsListField(field)) return DQE_INVALID_ARGUMENT;
  Field f = RowField(result, row, field);
  if (f.status == DQE_OK) *out = f.list->size();
  return f.status;
}

dqe_status dqe_column_result_list_item(const dqe_column_result* result,
                                       size_t row, dqe_field field, size_t i,
                                       dqe_string* out) {
  if (out == nullptr || !IsListField(field)) return DQE_INVALID_ARGUMENT;
  Field f = RowField(result, row, field);
  if (f.status != DQE_OK) return f.status;
  if (i >= f.list->size()) return DQE_OUT_OF_RANGE;
  *out = Out((*f.list)[i]);
  return DQE_OK;
}

dqe_status dqe_column_result_phone_count(const dqe_column_result* result,
                                         size_t row, size_t* out) {
  if (out == nullptr || result == nullptr || result->kind != DQE_KIND_PHONE) {
    return DQE_INVALID_ARGUMENT;
  }
  if (row >= result->rows) return DQE_OUT_OF_RANGE;
  *out = result->phones[row].numbers.size();
  return DQE_OK;
}

dqe_status dqe_column_result_phone_string(const dqe_column_result* result,
                                          size_t row, size_t i,
                                          dqe_field field, dqe_string* out) {
  if (out == nullptr || IsFlagField(field) || IsListField(field)) {
    return DQE_INVALID_ARGUMENT;
  }
  return ReadText(PhoneNumberField(result, row, i, field), out);
}

dqe_status dqe_column_result_phone_flag(const dqe_column_result* result,
                                        size_t row, size_t i, dqe_field field,
                                        int* out) {
  if (out == nullptr || !IsFlagField(field)) return DQE_INVALID_ARGUMENT;
  Field f = PhoneNumberField(result, row, i, field);
  if (f.status == DQE_OK) *out = f.flag;
  return f.status;
}

}  // extern "C"
