// spelled_numbers.h: numbers written in words or CJK numerals, read by ICU.
//
// "thirty", "thirty-five", "ba mươi mốt", "三十", "兩百" are parsed with ICU's
// rule-based spell-out rules (icu::RuleBasedNumberFormat, URBNF_SPELLOUT) of
// en and vi, or zh and zh_Hant; en leniently, so that "thirty five" is 35.
// Text with a word the locale's rules never use is not handed to ICU.
#ifndef DQE_NORMALIZE_SPELLED_NUMBERS_H_
#define DQE_NORMALIZE_SPELLED_NUMBERS_H_

#include <optional>
#include <string_view>

namespace dqe::internal {

// ParseSpelledNumber returns the value of `text` (valid UTF-8, lower case,
// the whole of it a number in words) or nullopt. `han` selects the Chinese
// rules (zh, then zh_Hant) instead of the Latin ones (en, then vi).
// Thread-safe: each thread builds its own formatters on first use.
std::optional<double> ParseSpelledNumber(std::string_view text, bool han);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_SPELLED_NUMBERS_H_
