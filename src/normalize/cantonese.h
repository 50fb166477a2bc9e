// cantonese.h: one spelling for a Chinese name read in Cantonese.
//
// Hong Kong's CRM rows write a person's name in Han characters (岑夢娜,
// 劉偉) or in the Hong Kong Government's Cantonese romanisation (SHAM MUNG
// NA, Lau Wai, Tsang Hoi-sui), whose spellings are irregular (Chow and Chau
// are 周; Lee, Li and Lei are 李; Shum and Sham are 岑). Both are mapped to a
// loose form: each syllable read (characters: their Jyutping reading from
// Unihan's kCantonese) or cut (romanised tokens), with the distinctions
// typed names blur merged: aspiration (p = b, t = d, k = g), ch = ts = tz =
// z = c, sh = s, j = y, and the vowel spellings aa = a, ee = ei = i, oo = u,
// ou = o, ow = au, oe = eu, eoi = ui, eng = ing, ue = u, um = am.
#ifndef DQE_NORMALIZE_CANTONESE_H_
#define DQE_NORMALIZE_CANTONESE_H_

#include <span>
#include <string>
#include <string_view>

#include "dqe/normalize.h"

namespace dqe::internal {

// CantoneseReading returns the toneless Jyutping of a BMP ideograph (its
// first reading in Unihan: 劉 → "lau", 張 → "zoeng"), or "" when Unihan
// gives none.
std::string_view CantoneseReading(char32_t cp);

// LooseCantoneseSyllable returns the loose spelling of one syllable, given
// in Jyutping or as Hong Kong names spell it ("zoeng" and "cheung" →
// "ceung"; "sze" and "si" → "si"; "chow" and "zau" → "cau").
std::string LooseCantoneseSyllable(std::string_view syllable);

// LooseCantoneseHan writes the loose form of a name in Han characters to
// *out: each character's reading, loosened, sorted and joined without
// spaces. Spaces, dots and hyphens between characters are skipped. Returns
// false (and leaves *out empty) when the text holds anything else or a
// character without a reading.
bool LooseCantoneseHan(std::string_view text, std::string* out);

// LooseCantoneseName does the same for a romanised name given as key tokens
// (lower-case ASCII): each token cut into the fewest Cantonese syllables
// ("hoisui" = hoi + sui). A name of three or more tokens may hold an
// English given name beside the Chinese one, first or last ("David Ting
// Yu-kai", "Alan Wu Fai-chung", "Pang Ka Yuet Cecilia"): when the first or
// the last token is not one Cantonese syllable, the form without it is
// written too, after a '\n' and marked with a leading '*' (such a form is
// to meet another name's whole forms only). Returns false (and leaves *out
// empty) when there is no form ("karen wong": a token cannot be cut; a word
// of one letter is an initial, never a syllable).
bool LooseCantoneseName(std::span<const std::string_view> tokens,
                        std::string* out);

// CantoneseFormsMeet returns whether two lists of loose forms (as
// LooseCantoneseName and LooseCantonese write them) share a form. A form
// that leaves out an English given name (marked '*') meets only the other
// list's whole forms: "David Ting Yu-kai" meets 丁雨佳 and "Ting Yu-kai",
// not "Peter Ting Yu-kai".
bool CantoneseFormsMeet(std::string_view a, std::string_view b);

// LooseCantonese writes the loose Cantonese forms of a normalized name to
// *out: LooseCantoneseHan of a Han name's display form; LooseCantoneseName
// of a Latin name's display form cut at spaces and hyphens ("Fuk-wai" is
// fuk + wai, not fu + kwai). Vietnamese names have none. Returns false (and
// leaves *out empty) when the name has none.
bool LooseCantonese(const NormalizedName& name, std::string* out);

}  // namespace dqe::internal

#endif  // DQE_NORMALIZE_CANTONESE_H_
