#include "src/normalize/vietnamese_tone.h"

#include <array>

#include "src/common/utf8.h"

namespace dqe::internal {
namespace {

// Rows: base vowels a ă â e ê i o ô ơ u ư y; columns: no tone, grave,
// acute, hook above, tilde, dot below.
constexpr char32_t kLower[12][6] = {
    {U'a', U'à', U'á', U'ả', U'ã', U'ạ'}, {U'ă', U'ằ', U'ắ', U'ẳ', U'ẵ', U'ặ'},
    {U'â', U'ầ', U'ấ', U'ẩ', U'ẫ', U'ậ'}, {U'e', U'è', U'é', U'ẻ', U'ẽ', U'ẹ'},
    {U'ê', U'ề', U'ế', U'ể', U'ễ', U'ệ'}, {U'i', U'ì', U'í', U'ỉ', U'ĩ', U'ị'},
    {U'o', U'ò', U'ó', U'ỏ', U'õ', U'ọ'}, {U'ô', U'ồ', U'ố', U'ổ', U'ỗ', U'ộ'},
    {U'ơ', U'ờ', U'ớ', U'ở', U'ỡ', U'ợ'}, {U'u', U'ù', U'ú', U'ủ', U'ũ', U'ụ'},
    {U'ư', U'ừ', U'ứ', U'ử', U'ữ', U'ự'}, {U'y', U'ỳ', U'ý', U'ỷ', U'ỹ', U'ỵ'},
};
constexpr char32_t kUpper[12][6] = {
    {U'A', U'À', U'Á', U'Ả', U'Ã', U'Ạ'}, {U'Ă', U'Ằ', U'Ắ', U'Ẳ', U'Ẵ', U'Ặ'},
    {U'Â', U'Ầ', U'Ấ', U'Ẩ', U'Ẫ', U'Ậ'}, {U'E', U'È', U'É', U'Ẻ', U'Ẽ', U'Ẹ'},
    {U'Ê', U'Ề', U'Ế', U'Ể', U'Ễ', U'Ệ'}, {U'I', U'Ì', U'Í', U'Ỉ', U'Ĩ', U'Ị'},
    {U'O', U'Ò', U'Ó', U'Ỏ', U'Õ', U'Ọ'}, {U'Ô', U'Ồ', U'Ố', U'Ổ', U'Ỗ', U'Ộ'},
    {U'Ơ', U'Ờ', U'Ớ', U'Ở', U'Ỡ', U'Ợ'}, {U'U', U'Ù', U'Ú', U'Ủ', U'Ũ', U'Ụ'},
    {U'Ư', U'Ừ', U'Ứ', U'Ử', U'Ữ', U'Ự'}, {U'Y', U'Ỳ', U'Ý', U'Ỷ', U'Ỹ', U'Ỵ'},
};
enum Base : uint8_t { A, AW, AA, E, EE, I, O, OO, OW, U, UW, Y };

// Code points below U+1F00 → (1 + base * 6 + tone) | (upper ? 0x80 : 0).
struct VowelTable {
  std::array<uint8_t, 0x1F00> code{};
  constexpr VowelTable() {
    for (int b = 0; b < 12; ++b) {
      for (int t = 0; t < 6; ++t) {
        code[kLower[b][t]] = static_cast<uint8_t>(1 + b * 6 + t);
        code[kUpper[b][t]] = static_cast<uint8_t>((1 + b * 6 + t) | 0x80);
      }
    }
  }
};
constexpr VowelTable kVowels;

bool IsConsonant(char32_t cp) {
  if (cp == U'đ' || cp == U'Đ') return true;
  if (cp >= 'A' && cp <= 'Z') cp += 32;
  return cp >= 'a' && cp <= 'z' && cp != 'a' && cp != 'e' && cp != 'i' &&
         cp != 'o' && cp != 'u' && cp != 'y';
}

bool IsLowerAscii(char32_t cp, char c) {
  return cp == static_cast<char32_t>(c) || cp == static_cast<char32_t>(c - 32);
}

// Vietnamese syllable-final consonant clusters.
bool IsValidCoda(const char32_t* c, int n) {
  if (n == 0) return true;
  auto is = [&](int i, char ch) { return IsLowerAscii(c[i], ch); };
  if (n == 1) {
    return is(0, 'c') || is(0, 'm') || is(0, 'n') || is(0, 'p') || is(0, 't');
  }
  if (n == 2) {
    return (is(0, 'c') && is(1, 'h')) || (is(0, 'n') && is(1, 'g')) ||
           (is(0, 'n') && is(1, 'h'));
  }
  return false;
}

}  // namespace

bool AsVietnameseVowel(char32_t cp, VietnameseVowel* v) {
  if (cp >= kVowels.code.size()) return false;
  const uint8_t code = kVowels.code[cp];
  if (code == 0) return false;
  const int index = (code & 0x7F) - 1;
  v->base = static_cast<uint8_t>(index / 6);
  v->tone = static_cast<uint8_t>(index % 6);
  v->upper = (code & 0x80) != 0;
  return true;
}

bool IsVietnameseOnly(char32_t cp) {
  if (cp >= 0x1EA0 && cp <= 0x1EF9) return true;
  if (cp == U'đ' || cp == U'Đ' || cp == U'ĩ' || cp == U'Ĩ' || cp == U'ũ' ||
      cp == U'Ũ') {
    return true;
  }
  VietnameseVowel v;
  return AsVietnameseVowel(cp, &v) &&
         (v.base == AW || v.base == AA || v.base == EE || v.base == OO ||
          v.base == OW || v.base == UW);
}

bool PlaceTone(std::string_view word, ToneStyle style, std::string* out) {
  constexpr int kMax = 12;
  char32_t cps[kMax];
  int n = 0;
  size_t i = 0;
  bool unchanged = false;
  while (i < word.size()) {
    if (n == kMax) {
      unchanged = true;
      break;
    }
    const char32_t cp = DecodeUtf8(word, &i);
    if (cp == kInvalidCodePoint) {
      unchanged = true;
      break;
    }
    cps[n++] = cp;
  }
  if (unchanged || n == 0) {
    out->append(word);
    return false;
  }
  // Split into onset consonants, one vowel nucleus, coda consonants.
  VietnameseVowel v[kMax];
  bool vowel[kMax];
  for (int k = 0; k < n; ++k) {
    vowel[k] = AsVietnameseVowel(cps[k], &v[k]);
    if (!vowel[k] && !IsConsonant(cps[k])) {
      out->append(word);
      return false;
    }
  }
  int first = 0;
  while (first < n && !vowel[first]) ++first;
  int last = first;
  while (last < n && vowel[last]) ++last;  // nucleus is [first, last)
  for (int k = last; k < n; ++k) {
    if (vowel[k]) {  // two vowel groups: not one syllable
      out->append(word);
      return false;
    }
  }
  if (first == n || !IsValidCoda(cps + last, n - last)) {
    out->append(word);
    return false;
  }
  // The u of "qu" and the i of "gi" (before another vowel) are part of the
  // onset.
  if (first > 0 && last - first >= 2) {
    const char32_t onset = cps[first - 1];
    if ((IsLowerAscii(onset, 'q') && v[first].base == U) ||
        (IsLowerAscii(onset, 'g') && v[first].base == I && first == 1)) {
      // keep the tone if it sat on the onset vowel: it moves below
      ++first;
    }
  }
  int toned = -1, tones = 0;
  for (int k = 0; k < n; ++k) {
    if (vowel[k] && v[k].tone != 0) {
      toned = k;
      ++tones;
    }
  }
  if (tones != 1) {
    out->append(word);
    return false;
  }
  const int len = last - first;
  const bool coda = last < n;
  int target = -1;
  for (int k = first; k < last; ++k) {  // ê and ơ win, then â ă ô
    if (v[k].base == EE || v[k].base == OW) target = k;
  }
  if (target < 0) {
    for (int k = first; k < last; ++k) {
      if (v[k].base == AA || v[k].base == AW || v[k].base == OO) target = k;
    }
  }
  if (target < 0) {
    if (len == 1) {
      target = first;
    } else if (coda) {
      target = last - 1;
    } else if (len == 2) {
      const uint8_t a = v[first].base, b = v[first + 1].base;
      const bool style_pair =
          (a == O && (b == A || b == E)) || (a == U && b == Y);
      target = style_pair && style == ToneStyle::kModern ? first + 1 : first;
    } else if (len == 3) {
      target = first + 1;
    } else {
      out->append(word);
      return false;
    }
  }
  if (target == toned) {  // already where the style puts it
    out->append(word);
    return true;
  }
  const uint8_t tone = v[toned].tone;
  v[toned].tone = 0;
  v[target].tone = tone;
  for (int k = 0; k < n; ++k) {
    if (vowel[k]) {
      AppendUtf8(v[k].upper ? kUpper[v[k].base][v[k].tone]
                            : kLower[v[k].base][v[k].tone],
                 out);
    } else {
      AppendUtf8(cps[k], out);
    }
  }
  return true;
}

}  // namespace dqe::internal
