// Person names: display form, match key and tokens.
#include <unicode/uchar.h>

#include <algorithm>

#include "dqe/normalize.h"
#include "src/common/utf8.h"
#include "src/normalize/fold_tables.h"
#include "src/normalize/honorifics.h"
#include "src/normalize/text_fold.h"
#include "src/normalize/vietnamese_tone.h"

namespace dqe {
namespace {

using internal::AppendUtf8;
using internal::DecodeUtf8;
using internal::kInvalidCodePoint;

bool IsSpace(char32_t cp) {
  return cp == ' ' || (cp >= 0x09 && cp <= 0x0D) || cp == 0x85 ||
         cp == 0xA0 || cp == 0x1680 || (cp >= 0x2000 && cp <= 0x200A) ||
         cp == 0x2028 || cp == 0x2029 || cp == 0x202F || cp == 0x205F ||
         cp == 0x3000;
}

// Invisible code points that typists and exports leave in names.
bool IsInvisible(char32_t cp) {
  return cp == 0x200B || cp == 0x200C || cp == 0x200D || cp == 0x2060 ||
         cp == 0xFEFF || cp == 0xAD;
}

bool IsHan(char32_t cp) {
  return internal::HanEntryFor(cp) != nullptr || (cp >= 0x20000 && cp <= 0x3FFFF);
}

struct Word {
  std::string text;
  bool has_alnum = false;
  bool han_only = true;  // every letter Han
  bool lower = false;    // has a lower-case letter
  bool upper = false;    // has an upper-case letter
  bool latin = false;    // has a Latin letter
};

// Lower-cases a short word for honorific lookups into `buf`, dropping one
// trailing '.'. Words longer than any honorific give an empty view.
std::string_view LowerForLookup(std::string_view w, std::string* buf) {
  buf->clear();
  if (w.size() > 12) return {};
  size_t i = 0;
  while (i < w.size()) {
    const unsigned char b = static_cast<unsigned char>(w[i]);
    if (b < 0x80) {
      buf->push_back(static_cast<char>(b >= 'A' && b <= 'Z' ? b + 32 : b));
      ++i;
      continue;
    }
    const char32_t cp = DecodeUtf8(w, &i);
    if (cp == kInvalidCodePoint) return {};
    AppendUtf8(static_cast<char32_t>(u_tolower(static_cast<UChar32>(cp))), buf);
  }
  if (!buf->empty() && buf->back() == '.') buf->pop_back();
  return *buf;
}

// Title-cases a word: upper case at the start and after - ' ’ . ; lower
// elsewhere.
void TitleCase(std::string_view w, std::string* out) {
  bool start = true;
  size_t i = 0;
  while (i < w.size()) {
    const char32_t cp = DecodeUtf8(w, &i);
    if (cp == kInvalidCodePoint) return;
    const UChar32 c = static_cast<UChar32>(cp);
    if (u_isalpha(c)) {
      AppendUtf8(static_cast<char32_t>(start ? u_toupper(c) : u_tolower(c)), out);
      start = false;
    } else {
      AppendUtf8(cp, out);
      start = cp == '-' || cp == '\'' || cp == 0x2019 || cp == '.';
    }
  }
}

}  // namespace

std::string_view ScriptName(Script script) {
  switch (script) {
    case Script::kEmpty:
      return "empty";
    case Script::kLatin:
      return "latin";
    case Script::kHan:
      return "han";
    case Script::kMixed:
      return "mixed";
    case Script::kOther:
      return "other";
  }
  return "empty";
}

void NormalizeName(std::string_view text, const NameOptions& options,
                   NormalizedName* out) {
  out->valid = false;
  out->reason.clear();
  out->display.clear();
  out->key.clear();
  out->sorted_key.clear();
  out->script = Script::kEmpty;
  out->vietnamese = false;
  out->honorifics.clear();

  if (size_t bad = internal::FindInvalidUtf8(text); bad != std::string_view::npos) {
    out->tokens.clear();
    out->reason = internal::InvalidUtf8Reason(bad);
    return;
  }
  thread_local std::string nfkc;
  internal::ToNfkc(text, &nfkc);

  // Split into words at white space; drop invisible code points.
  thread_local std::vector<Word> words;
  words.clear();
  {
    Word current;
    size_t i = 0;
    while (i < nfkc.size()) {
      const char32_t cp = DecodeUtf8(nfkc, &i);
      if (cp == kInvalidCodePoint) break;  // ICU output is valid; defensive
      if (IsSpace(cp)) {
        if (!current.text.empty()) words.push_back(std::move(current));
        current = Word();
        continue;
      }
      if (IsInvisible(cp)) continue;
      const UChar32 c = static_cast<UChar32>(cp);
      if (cp < 0x80) {
        const bool alpha = (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
        if (alpha || (cp >= '0' && cp <= '9')) current.has_alnum = true;
        if (alpha) {
          current.han_only = false;
          current.latin = true;
          (cp >= 'a' ? current.lower : current.upper) = true;
        }
        current.text.push_back(static_cast<char>(cp));
        continue;
      }
      if (IsHan(cp)) {
        current.has_alnum = true;
      } else if (u_isalnum(c)) {
        current.has_alnum = true;
        current.han_only = false;
        if (u_islower(c)) current.lower = true;
        if (u_isupper(c)) current.upper = true;
        if (const auto* e = internal::LatinEntry(cp);
            e && (e->flags & internal::kLatinLetter)) {
          current.latin = true;
        }
      }
      if (internal::IsVietnameseOnly(cp)) out->vietnamese = true;
      // Ð (eth) starting a word is a Vietnamese Đ typed from the wrong key.
      if (current.text.empty() && (cp == 0xD0 || cp == 0xF0)) {
        AppendUtf8(cp == 0xD0 ? U'Đ' : U'đ', &current.text);
        out->vietnamese = true;
        continue;
      }
      AppendUtf8(cp, &current.text);
    }
    if (!current.text.empty()) words.push_back(std::move(current));
  }
  // Words with no letter or digit ("-", "/", "•") are not part of a name.
  std::erase_if(words, [](const Word& w) { return !w.has_alnum; });

  // Honorifics: titles before the name, post-nominals after it, and the
  // suffixes Chinese writes onto the name itself.
  size_t begin = 0, end = words.size();
  if (options.drop_honorifics) {
    thread_local std::string lower_buf;
    while (end - begin >= 2) {
      const std::string_view lower = LowerForLookup(words[begin].text, &lower_buf);
      const internal::HonorificKind kind = internal::LeadingHonorific(lower);
      if (kind == internal::HonorificKind::kNone) break;
      if (kind == internal::HonorificKind::kAmbiguous && end - begin < 3) break;
      out->honorifics.push_back(words[begin].text);
      ++begin;
    }
    while (end - begin >= 2 &&
           internal::IsPostNominal(LowerForLookup(words[end - 1].text, &lower_buf))) {
      out->honorifics.push_back(words[end - 1].text);
      --end;
    }
    if (end > begin) {
      Word& last = words[end - 1];
      if (last.han_only) {
        if (size_t n = internal::HanHonorificSuffix(last.text)) {
          out->honorifics.push_back(last.text.substr(last.text.size() - n));
          last.text.resize(last.text.size() - n);
        }
      }
      // "王 先生": the honorific as a word of its own.
      if (end - begin >= 2 && words[end - 1].han_only) {
        const std::string probe = "X" + words[end - 1].text;
        if (internal::HanHonorificSuffix(probe) == words[end - 1].text.size()) {
          out->honorifics.push_back(words[end - 1].text);
          --end;
        }
      }
    }
  }
  if (begin == end) {
    out->tokens.clear();
    out->reason = "empty";
    return;
  }

  // Case is fixed only when the whole name (titles aside) is in one case.
  bool any_lower = false, any_upper = false, latin_letters = false;
  for (size_t k = begin; k < end; ++k) {
    any_lower |= words[k].lower;
    any_upper |= words[k].upper;
    latin_letters |= words[k].latin;
  }
  const bool fix_case =
      options.fix_case && latin_letters && (!any_lower || !any_upper);
  thread_local std::string placed;
  for (size_t k = begin; k < end; ++k) {
    if (!out->display.empty()) out->display.push_back(' ');
    std::string_view w = words[k].text;
    if (!internal::IsAscii(w) || options.tone_style == ToneStyle::kModern) {
      placed.clear();
      if (internal::PlaceTone(w, options.tone_style, &placed)) {
        w = placed;
      }
    }
    if (fix_case) {
      TitleCase(w, &out->display);
    } else {
      out->display.append(w);
    }
  }

  out->script = internal::FoldToKey(out->display, internal::HanRuns::kPersonName,
                                    &out->key);
  if (out->key.empty()) {
    out->tokens.clear();
    out->reason = "no letters";
    return;
  }
  // The key's tokens, reusing the storage of `out->tokens`.
  size_t count = 0;
  for (size_t i = 0; i < out->key.size();) {
    size_t j = out->key.find(' ', i);
    if (j == std::string::npos) j = out->key.size();
    if (count == out->tokens.size()) out->tokens.emplace_back();
    out->tokens[count++].assign(out->key, i, j - i);
    i = j + 1;
  }
  out->tokens.resize(count);
  if (out->tokens.size() == 1) {
    out->sorted_key = out->key;
  } else {
    thread_local std::vector<std::string_view> sorted;
    sorted.assign(out->tokens.begin(), out->tokens.end());
    std::sort(sorted.begin(), sorted.end());
    for (std::string_view t : sorted) {
      if (!out->sorted_key.empty()) out->sorted_key.push_back(' ');
      out->sorted_key.append(t);
    }
  }
  out->valid = true;
}

NormalizedName NormalizeName(std::string_view text, const NameOptions& options) {
  NormalizedName out;
  NormalizeName(text, options, &out);
  return out;
}

std::vector<NormalizedName> NormalizeNameColumn(
    std::span<const std::string_view> cells, const NameOptions& options) {
  std::vector<NormalizedName> out(cells.size());
  for (size_t i = 0; i < cells.size(); ++i) NormalizeName(cells[i], options, &out[i]);
  return out;
}

}  // namespace dqe
