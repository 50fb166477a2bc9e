// Fuzz target: NormalizeName and NameKey on any bytes. They must not crash,
// must agree on the key, and must say invalid (not "fix") bad UTF-8. The
// name's loose Chinese and Cantonese forms (what matching compares) are
// lower-case ASCII, forms separated by '\n'.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string>
#include <string_view>
#include <vector>

#include "dqe/normalize.h"
#include "src/common/split.h"
#include "src/common/utf8.h"
#include "src/normalize/cantonese.h"
#include "src/normalize/chinese_romanization.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  std::string_view text(reinterpret_cast<const char*>(data), size);
  dqe::NameOptions options;
  options.fix_case = size % 2 == 0;
  options.drop_honorifics = size % 3 != 0;
  dqe::NormalizedName n = dqe::NormalizeName(text, options);
  std::string key;
  const bool ok = dqe::NameKey(text, options, &key);
  if (ok != n.valid || (ok && key != n.key)) std::abort();
  if (dqe::internal::FindInvalidUtf8(text) != std::string_view::npos && n.valid)
    std::abort();
  std::string loose;
  const bool cantonese = dqe::internal::LooseCantonese(n, &loose);
  if (cantonese != !loose.empty()) std::abort();
  for (std::string_view form :
       dqe::internal::SplitView(loose, '\n', /*skip_empty=*/loose.empty())) {
    // A form leaving out an English given name is marked with a '*'.
    if (form.starts_with('*')) form.remove_prefix(1);
    if (form.empty()) std::abort();
    for (char c : form) {
      if (c < 'a' || c > 'z') std::abort();
    }
  }
  std::vector<std::string_view> tokens;
  for (const std::string& t : n.tokens) tokens.push_back(t);
  std::string chinese;
  if (dqe::internal::LooseChineseName(tokens, &chinese) == chinese.empty())
    std::abort();
  return 0;
}
