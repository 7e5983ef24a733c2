// A context condition's RE2 pattern, compiled once, when first needed.
//
// Compiling the default pack's ~1,000 case-insensitive patterns costs about
// 130 ms of CPU, more than everything else start-up does. A rule file whose
// patterns are already known to compile (see validation_cache.h) need not
// pay that at load: each pattern is compiled the first time a match needs it,
// which for most patterns is never.
#pragma once

#include <re2/re2.h>

#include "rules/expanded_pattern.h"

#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace unspin {

enum class ContextSide { kBefore, kAfter };

// Neighbouring words as the patterns need them: as written, for RE2, and
// lower-cased when they are ASCII and short enough for an expanded pattern
// (see ExpandedPattern). Made once per place, whatever the number of
// conditions checked there.
struct ContextText {
  ContextText() = default;
  explicit ContextText(std::string_view words) { Assign(words); }
  // Makes this the context `words` (which must outlive it), reusing the
  // storage of `lowered`: the matcher builds one per place a rule matches.
  void Assign(std::string_view words);

  std::string_view text;
  bool expandable = false;  // ASCII, and at most kMaxExpandedContext bytes
  std::string lowered;      // when expandable

  // Longer contexts (a token can be a whole URL or a blob) go to RE2, which
  // is linear in them; the expanded search is quadratic at worst.
  static constexpr size_t kMaxExpandedContext = 256;
};

// Thread-safe: regex() may be called from many threads at once.
class ContextPattern {
 public:
  ContextPattern(std::string pattern, ContextSide side);

  // The same object for the same (pattern, side) within a process: rules
  // repeat patterns, and each is then compiled once.
  static std::shared_ptr<const ContextPattern> Shared(const std::string& pattern,
                                                      ContextSide side);

  const std::string& pattern() const { return pattern_; }

  // Compiles now if not yet done. Returns RE2's complaint about the pattern
  // as written, or "" when it compiled.
  std::string Validate() const;

  // The compiled pattern, anchored to a word boundary of the neighbouring
  // words, case-insensitive. Compiles on first call. A pattern RE2 refuses
  // (possible only if Validate() was skipped for a file that changed since
  // it was validated, which the cache key rules out) matches nothing.
  const RE2& regex() const;

  // Whether the neighbouring words `context` (joined by single spaces, as
  // ContextBefore/ContextAfter make them) satisfy the pattern: the same
  // answer as RE2::PartialMatch(context.text, regex()).
  bool Matches(const ContextText& context) const;
  bool Matches(std::string_view context) const { return Matches(ContextText(context)); }

  // True when the pattern is matched without RE2 (see ExpandedPattern).
  bool is_literal() const { return Expanded().has_value(); }

 private:
  void Compile() const;

  std::string pattern_;
  ContextSide side_;
  // Most patterns are alternations of words with groups, optional parts,
  // word boundaries and word-sized classes ("(on|in) (the|a)\\b",
  // "\\d+ years?"): those are matched without RE2 (cheaper, and nothing to
  // compile). nullopt for the others.
  // Worked out on first use, like the RE2: expanding all of a pack's
  // patterns at load would cost start-up what it saves later.
  const std::optional<ExpandedPattern>& Expanded() const;
  mutable std::once_flag expanded_once_;
  mutable std::optional<ExpandedPattern> expanded_;
  mutable std::once_flag compiled_;
  mutable std::unique_ptr<RE2> regex_;
  mutable std::string error_;
};

}  // namespace unspin
