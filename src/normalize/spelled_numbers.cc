#include "src/normalize/spelled_numbers.h"

#include <array>
#include <memory>
#include <string>

#include "absl/container/flat_hash_set.h"
#include "src/common/utf8.h"
#include "unicode/fmtable.h"
#include "unicode/locid.h"
#include "unicode/parsepos.h"
#include "unicode/rbnf.h"
#include "unicode/uchar.h"
#include "unicode/unistr.h"

namespace dqe::internal {
namespace {

struct LocaleRules {
  const char* locale;
  // Lenient parsing reads "thirty five" as 35 where strict rules read 3005,
  // but costs a collator and is slow (≈ 1 ms when the text is no number).
  // en needs it; vi and Chinese parse right strictly.
  bool lenient;
};
constexpr std::array<LocaleRules, 4> kLocales = {
    {{"en", true}, {"vi", false}, {"zh", false}, {"zh_Hant", false}}};
constexpr int kFirstLatin = 0;
constexpr int kFirstHan = 2;

std::unique_ptr<icu::RuleBasedNumberFormat> MakeFormat(int index) {
  UErrorCode status = U_ZERO_ERROR;
  auto f = std::make_unique<icu::RuleBasedNumberFormat>(
      icu::URBNF_SPELLOUT, icu::Locale(kLocales[index].locale), status);
  if (U_FAILURE(status)) return nullptr;
  f->setLenient(kLocales[index].lenient);
  return f;
}

bool IsLetter(char32_t cp) {
  return (U_GET_GC_MASK(cp) & (U_GC_L_MASK | U_GC_M_MASK)) != 0;
}

// ForEachWord calls `fn` with each word of `text` (valid UTF-8): a run of
// letters, or, with `han`, a single character.
template <typename Fn>
void ForEachWord(std::string_view text, bool han, Fn fn) {
  size_t i = 0;
  size_t word_start = std::string_view::npos;
  while (i < text.size()) {
    const size_t start = i;
    const char32_t cp = DecodeUtf8(text, &i);
    if (cp == kInvalidCodePoint) return;
    const bool letter = IsLetter(cp);
    if (han) {
      if (letter) fn(text.substr(start, i - start));
      continue;
    }
    if (letter && word_start == std::string_view::npos) word_start = start;
    if (!letter && word_start != std::string_view::npos) {
      fn(text.substr(word_start, start - word_start));
      word_start = std::string_view::npos;
    }
  }
  if (word_start != std::string_view::npos) fn(text.substr(word_start));
}

// The words a locale's spell-out rules are written with, taken from the
// rule text itself. A text with a word outside them is no number in that
// locale, which saves ICU a slow failed parse ("30 boxes", "Công ty ...").
class Vocabulary {
 public:
  explicit Vocabulary(int index) {
    const std::unique_ptr<icu::RuleBasedNumberFormat> f = MakeFormat(index);
    if (f == nullptr) return;
    std::string rules;
    f->getRules().toUTF8String(rules);
    ForEachWord(rules, index >= kFirstHan,
                [&](std::string_view w) { words_.emplace(w); });
  }

  bool Covers(std::string_view text, bool han) const {
    bool covered = true;
    ForEachWord(text, han, [&](std::string_view w) {
      covered = covered && words_.contains(std::string(w));
    });
    return covered;
  }

 private:
  absl::flat_hash_set<std::string> words_;
};

const Vocabulary& VocabularyOf(int index) {
  static const std::array<const Vocabulary*, 4> vocabularies = {
      new Vocabulary(0), new Vocabulary(1), new Vocabulary(2),
      new Vocabulary(3)};
  return *vocabularies[index];
}

// ICU formatters are not safe to share between threads while parsing, and
// are costly to build: one set per thread, built when first needed.
class Formatters {
 public:
  const icu::RuleBasedNumberFormat* Get(int index) {
    if (!built_[index]) {
      built_[index] = true;
      formats_[index] = MakeFormat(index);
    }
    return formats_[index].get();
  }

 private:
  std::array<bool, 4> built_{};
  std::array<std::unique_ptr<icu::RuleBasedNumberFormat>, 4> formats_;
};

}  // namespace

std::optional<double> ParseSpelledNumber(std::string_view text, bool han) {
  // No number in words is this long; the cap keeps ICU's parser away from
  // whole paragraphs.
  constexpr size_t kMaxLength = 200;
  if (text.empty() || text.size() > kMaxLength) return std::nullopt;
  thread_local Formatters formatters;
  const icu::UnicodeString u = icu::UnicodeString::fromUTF8(
      icu::StringPiece(text.data(), static_cast<int32_t>(text.size())));
  const int first = han ? kFirstHan : kFirstLatin;
  for (int index = first; index < first + 2; ++index) {
    if (!VocabularyOf(index).Covers(text, han)) continue;
    const icu::RuleBasedNumberFormat* f = formatters.Get(index);
    if (f == nullptr) continue;
    icu::Formattable result;
    icu::ParsePosition pos(0);
    f->parse(u, result, pos);
    if (pos.getErrorIndex() >= 0 || pos.getIndex() != u.length()) continue;
    UErrorCode status = U_ZERO_ERROR;
    const double value = result.getDouble(status);
    if (U_SUCCESS(status)) return value;
  }
  return std::nullopt;
}

}  // namespace dqe::internal
