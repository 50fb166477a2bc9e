// number_vocabulary.h: the words around a number in a reference-data cell.
//
// "Net 30", "30 ngày cuối tháng", "月結30天", "chiết khấu 2%": the words say
// what the number counts (days, percent), from when (end of month), or are
// filler a clerk adds ("payment", "thanh toán", "付款"). Words not listed
// here are not ignored: the number normalizer tries them as a spelled-out
// number and otherwise reports them.
#ifndef DQE_NORMALIZE_NUMBER_VOCABULARY_H_
#define DQE_NORMALIZE_NUMBER_VOCABULARY_H_

#include <cstdint>
#include <span>
#include <string_view>

namespace dqe::internal {

enum class NumberMarker : uint8_t {
  kFiller,      // "payment", "trong", "付款": says nothing about the value
  kDays,        // "days", "ngày", "天", "net", "N" (as in N30)
  kEndOfMonth,  // "EOM", "end of month", "cuối tháng", "月結"
  kPercent,     // "percent", "phần trăm", "百分之"
};

struct MarkerMatch {
  NumberMarker marker = NumberMarker::kFiller;
  size_t length = 0;  // words (Latin) or bytes (Han) matched; 0: no match
};

// MatchLatinMarker returns the longest phrase of the vocabulary that the
// words at the start of `words` (lower case, NFC) spell; length 0 when none.
MarkerMatch MatchLatinMarker(std::span<const std::string_view> words);

// MatchHanMarker returns the longest Han keyword (Simplified or Traditional)
// at the start of `text`; length is in bytes, 0 when none.
MarkerMatch MatchHanMarker(std::string_view text);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_NUMBER_VOCABULARY_H_
