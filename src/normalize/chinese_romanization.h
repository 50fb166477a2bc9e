// chinese_romanization.h: one spelling for a Chinese name written in pinyin
// or in Wade-Giles.
//
// Taiwan's passports and CRM rows spell names in Wade-Giles without its
// apostrophes and umlauts ("Lin Tzu-ping", "Hsu Hsun-cheng", "Chang
// Chih-hao"); mainland rows and the Han characters read as pinyin ("Lin
// Ziping", 徐勋成 xu xuncheng, 张志豪 zhang zhihao). Both are mapped to a
// loose form: the Wade-Giles spelling of each syllable with the distinctions
// typed names lose merged (aspiration: ch = ch', so zhang and chang meet;
// chih = chi, shih = shi).
#ifndef DQE_NORMALIZE_CHINESE_ROMANIZATION_H_
#define DQE_NORMALIZE_CHINESE_ROMANIZATION_H_

#include <span>
#include <string>
#include <string_view>

namespace dqe::internal {

// LooseChineseName writes the loose form of a name given as key tokens
// (lower-case ASCII, as NameKey writes them) to *out: each token cut into
// pinyin or Wade-Giles syllables (fewest syllables first), each syllable in
// its loose spelling, the syllables sorted (so that "Tzu Ping", "Tzu-ping"
// and "Ping Tzu" agree) and joined without spaces. Returns false
// (and leaves *out empty) when a token is not made of such syllables: the
// name is not a romanized Chinese name ("nguyen", "smith", "lee").
bool LooseChineseName(std::span<const std::string_view> tokens,
                      std::string* out);

// LooseSyllable returns the loose spelling of one pinyin syllable (toneless,
// ü written u: "zhang" → "chang", "xu" → "hsu", "zi" → "tzu", "qiong" →
// "chiung"); exposed for tests.
std::string LooseSyllable(std::string_view pinyin);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_CHINESE_ROMANIZATION_H_
