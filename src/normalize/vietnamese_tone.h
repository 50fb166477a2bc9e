// vietnamese_tone.h: Vietnamese letters and canonical tone-mark placement.
//
// Vietnamese writes one tone mark per syllable. Two conventions disagree on
// where it goes in the open syllables oa, oe, uy (hòa/hoà, khỏe/khoẻ,
// thúy/thuý); keyboards and typists mix them, so a name may arrive either
// way. PlaceTone moves the mark to one placement, following the orthographic
// rules (a vowel with a quality mark — ê ơ â ă ô — takes the tone; with a
// final consonant the last vowel does; in open syllables the first of two or
// the middle of three, but for the oa/oe/uy cases the style decides).
#ifndef DQE_NORMALIZE_VIETNAMESE_TONE_H_
#define DQE_NORMALIZE_VIETNAMESE_TONE_H_

#include <cstdint>
#include <string>
#include <string_view>

#include "dqe/normalize.h"

namespace dqe::internal {

// VietnameseVowel describes a code point that is a Vietnamese vowel letter.
struct VietnameseVowel {
  uint8_t base;  // 0..11: a ă â e ê i o ô ơ u ư y
  uint8_t tone;  // 0 none, 1 grave, 2 acute, 3 hook above, 4 tilde, 5 dot below
  bool upper;
};

// AsVietnameseVowel returns true and fills *v when `cp` is a Vietnamese vowel
// (with or without a tone mark).
bool AsVietnameseVowel(char32_t cp, VietnameseVowel* v);

// IsVietnameseOnly returns true for letters that mark text as Vietnamese:
// ă â đ ê ô ơ ư (any tone, any case) and the tone-marked vowels of
// U+1EA0..U+1EF9.
bool IsVietnameseOnly(char32_t cp);

// PlaceTone rewrites one word (NFC UTF-8) with its tone mark where `style`
// puts it and appends the result to *out. A word that is not a single
// Vietnamese syllable with exactly one tone mark is appended unchanged.
// Returns true when the word was a Vietnamese syllable with a tone mark.
bool PlaceTone(std::string_view word, ToneStyle style, std::string* out);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_VIETNAMESE_TONE_H_
