// text_fold.h: the text work every normalizer shares — NFKC and the fold of
// any script to a lower-case ASCII match key.
//
// Latin and Vietnamese text is folded by per-codepoint tables derived from
// ICU at build time ("Any-Latin; Latin-ASCII; Lower" applied to each code
// point), without calling a transliterator. Han is read through tables
// derived from ICU's "Traditional-Simplified; Han-Latin[/Names]". Other
// scripts fall back to ICU's transliterator.
#ifndef DQE_NORMALIZE_TEXT_FOLD_H_
#define DQE_NORMALIZE_TEXT_FOLD_H_

#include <string>
#include <string_view>
#include <vector>

#include "dqe/normalize.h"

namespace dqe::internal {

// ToNfkc writes the NFKC form of `text` (valid UTF-8) to *out. Text made only
// of code points that NFKC leaves alone is copied without calling ICU.
void ToNfkc(std::string_view text, std::string* out);

// ToNfkc checks that `text` is valid UTF-8 while it writes the NFKC form to
// *out. Returns false, with the byte offset of the first invalid sequence in
// *invalid_at, when it is not (then *out is unspecified).
bool ToNfkc(std::string_view text, std::string* out, size_t* invalid_at);

// How FoldToKey spells a run of Han characters.
enum class HanRuns {
  kJoined,  // one token per run: 张记贸易 → "zhangjimaoyi"
  kPersonName,  // surname, then the given name joined: 王秀英 → "wang xiuying";
                // the surname read with its surname reading (单 → shan)
  kSyllables,  // one token per character: "wang xiu ying"
};

// FoldToKey appends the key form of `text` (valid UTF-8, NFKC) to *out:
// lower-case ASCII tokens separated by one space. Letters are folded
// (đ → d, ß → ss), Han is read as toneless pinyin (Traditional → Simplified
// first), apostrophes and hyphens vanish (O'Neil → oneil, Mei-Ling →
// meiling), any other punctuation or space separates tokens. Returns the script
// the text is in.
Script FoldToKey(std::string_view text, HanRuns han, std::string* out);

// FoldLatinKey is FoldToKey's one-pass form for the common case: text that
// is valid UTF-8 and made only of code points the Latin table folds, NFKC
// but for Vietnamese marks typed decomposed after a letter (they fold to
// nothing, as the letter they compose into folds to its base letter). It appends what FoldToKey would to *out, sets *latin to whether the
// text has a Latin letter, and returns true; for any other text it returns
// false and leaves *out as it was. When `symbol` is given, it is set to
// whether a code point that is neither a letter nor a digit folded to key
// characters (© to "c", ² to "2"): a name's key drops such a word.
// When `spaces` is given, it is set to the offsets in the appended key of
// its first and last space (npos when it has none), so that a caller need
// not search for the first and last token.
struct KeySpaces {
  size_t first = std::string::npos;
  size_t last = std::string::npos;
};
bool FoldLatinKey(std::string_view text, std::string* out, bool* latin,
                  bool* symbol = nullptr, KeySpaces* spaces = nullptr);

// SplitTokens splits a key (as FoldToKey writes it) at its spaces.
std::vector<std::string> SplitTokens(std::string_view key);

// IcuFoldReference folds `text` with ICU's transliterators only
// ("Any-Latin; Latin-ASCII; Lower", with Han through
// "Traditional-Simplified; Han-Latin/Names" first). It is the slow
// reference the table fold is tested and benchmarked against; not for hot
// paths. Thread-safe.
std::string IcuFoldReference(std::string_view text);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_TEXT_FOLD_H_
