#include "rules/context_pattern.h"

#include <map>
#include <optional>

#include "base/strings.h"

namespace unspin {
void ContextText::Assign(std::string_view words) {
  text = words;
  expandable = words.size() <= kMaxExpandedContext && IsAscii(words);
  // Case-insensitive matching of ASCII with ASCII is plain lower-casing:
  // RE2's other case pairs (the Kelvin sign and 'k', long s and 's') need a
  // non-ASCII character, and a context with one goes to RE2.
  lowered.clear();
  if (!expandable) return;
  lowered.resize(words.size());
  for (size_t i = 0; i < words.size(); ++i) lowered[i] = LowerAscii(words[i]);
}

ContextPattern::ContextPattern(std::string pattern, ContextSide side)
    : pattern_(std::move(pattern)), side_(side) {}

const std::optional<ExpandedPattern>& ContextPattern::Expanded() const {
  std::call_once(expanded_once_, [this] { expanded_ = ExpandedPattern::Expand(pattern_); });
  return expanded_;
}

std::shared_ptr<const ContextPattern> ContextPattern::Shared(const std::string& pattern,
                                                             ContextSide side) {
  static std::mutex mutex;
  // Never destroyed: freeing every compiled RE2 at exit would only cost
  // time (1% of a 4 MB run).
  static auto* shared =
      new std::map<std::pair<int, std::string>, std::shared_ptr<const ContextPattern>>();
  std::lock_guard<std::mutex> lock(mutex);
  auto [it, inserted] = shared->try_emplace({static_cast<int>(side), pattern});
  if (inserted) it->second = std::make_shared<const ContextPattern>(pattern, side);
  return it->second;
}

namespace {

// RE2's complaint about `pattern` on its own, or "" when it parses. Only
// parsing matters: a memory budget too small for any program (but not 0 or
// 1, which RE2 reads as "no limit") makes RE2 stop right after the parse
// with ErrorPatternTooLarge, so this costs a fraction of a compile.
std::string ParseError(const std::string& pattern, RE2::Options options) {
  options.set_max_mem(3);
  const RE2 alone(pattern, options);
  return alone.ok() || alone.error_code() == RE2::ErrorPatternTooLarge ? "" : alone.error();
}

}  // namespace

void ContextPattern::Compile() const {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(false);
  // A pattern is checked on its own before it is wrapped: "x)|(?:.*" is
  // broken, but balances the wrapping's parentheses into a pattern that
  // matches everything.
  error_ = ParseError(pattern_, options);
  if (error_.empty()) {
    // Neighbouring words are joined by single spaces; anchor the pattern
    // so it starts (after:) or ends (before:) on a word boundary.
    const std::string anchored = side_ == ContextSide::kAfter
                                     ? "^(?:" + pattern_ + ")(?: |$)"
                                     : "(?:^| )(?:" + pattern_ + ")$";
    regex_ = std::make_unique<RE2>(anchored, options);
    if (regex_->ok()) return;
    error_ = regex_->error();  // e.g. too large once compiled
  }
  // "[^\s\S]" matches no character: a broken pattern never holds.
  regex_ = std::make_unique<RE2>("[^\\s\\S]", options);
}

std::string ContextPattern::Validate() const {
  if (Expanded()) return "";  // it parsed, so RE2 would compile it too
  std::call_once(compiled_, [this] { Compile(); });
  return error_;
}

const RE2& ContextPattern::regex() const {
  std::call_once(compiled_, [this] { Compile(); });
  return *regex_;
}

bool ContextPattern::Matches(const ContextText& context) const {
  if (context.expandable && Expanded()) {
    return side_ == ContextSide::kBefore ? expanded_->MatchesBefore(context.lowered)
                                         : expanded_->MatchesAfter(context.lowered);
  }
  return RE2::PartialMatch(context.text, regex());
}

}  // namespace unspin
