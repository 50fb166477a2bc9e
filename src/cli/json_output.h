// json_output.h: the normalizers' results as JSON objects, as
// `dqe normalize` prints them.
//
// Every object has "input" (the value as given) and "valid"; "reason" says
// why a value is not valid (empty when it is).
#ifndef DQE_CLI_JSON_OUTPUT_H_
#define DQE_CLI_JSON_OUTPUT_H_

#include <nlohmann/json.hpp>
#include <string>
#include <string_view>

#include "dqe/normalize.h"

namespace dqe::cli {

// {input, valid, reason, display, key, sorted_key, tokens, script,
//  vietnamese, honorifics}
nlohmann::ordered_json NameToJson(std::string_view input,
                                  const NormalizedName& name);

// {input, valid, reason, e164, region, type, numbers: [{input, valid, reason,
//  e164, region, type, extension, renumbered, e164_before_renumbering}]}.
// The top-level e164, region and type are those of the first valid number
// (of the first number when none is valid; "" and "unknown" when the cell
// holds none).
nlohmann::ordered_json PhoneToJson(std::string_view input,
                                   const NormalizedPhone& phone);

// {input, valid, reason, normalized, key, local, domain, role_account,
//  mail_provider, suggested_domain, warnings}
nlohmann::ordered_json EmailToJson(std::string_view input,
                                   const NormalizedEmail& email);

// {input, valid, reason, display, key, tokens, core, legal_forms, script}
nlohmann::ordered_json CompanyToJson(std::string_view input,
                                     const NormalizedCompany& company);

// {input, valid, reason, key, tokens}
nlohmann::ordered_json AddressToJson(std::string_view input,
                                     const NormalizedAddress& address);

// {input, valid, reason, value, unit, end_of_month}; unit is "", "days" or
// "percent".
nlohmann::ordered_json NumberToJson(std::string_view input,
                                    const NormalizedNumber& number);

// DumpLine returns `object` on one line. Bytes that are not UTF-8 (an input
// that is not) are written as U+FFFD: JSON text cannot carry them.
std::string DumpLine(const nlohmann::ordered_json& object);

}  // namespace dqe::cli

#endif  // DQE_CLI_JSON_OUTPUT_H_
