// An edit: replace a byte range of the input document by new text.
#pragma once

#include <cstddef>
#include <limits>
#include <string>
#include <vector>

namespace unspin {

// A half-open byte range [begin, end) into a document's UTF-8 bytes.
struct ByteSpan {
  size_t begin = 0;
  size_t end = 0;

  size_t size() const { return end - begin; }
  bool Overlaps(const ByteSpan& other) const {
    return begin < other.end && other.begin < end;
  }
  bool operator==(const ByteSpan&) const = default;
};

enum class EditKind {
  kRestoration,  // a rule put back the original wording
  kArticle,      // "a"/"an" made to agree with a restoration that follows it
  kSpelling,     // the spell stage's unambiguous correction (--spell=fix)
};

struct Edit {
  ByteSpan span;            // what is replaced, in the input's bytes
  std::string original;     // the input's bytes in span
  std::string replacement;  // what they become
  EditKind kind = EditKind::kRestoration;
  // The rule that made the edit; for kArticle, the rule of the restoration
  // the article agrees with. Index into the RuleSet's rules().
  size_t rule_index = 0;
  double confidence = 0;
  // Context evidence (see --explain) when the edit was scored in context;
  // NaN otherwise.
  double evidence = std::numeric_limits<double>::quiet_NaN();
  // Other restorations the rule offered, already fitted to case and form.
  std::vector<std::string> alternatives;
};

}  // namespace unspin
