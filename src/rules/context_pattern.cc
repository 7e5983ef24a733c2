#include "rules/context_pattern.h"

#include <algorithm>
#include <cstdint>
#include <map>
#include <optional>

namespace unspin {
namespace {

char LowerAscii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool IsAscii(std::string_view text) {
  return std::all_of(text.begin(), text.end(),
                     [](char c) { return static_cast<uint8_t>(c) < 0x80; });
}

// The alternatives of `pattern` when it is nothing but literal ASCII texts
// separated by '|' (escaped punctuation such as "\." allowed), lower-cased
// and sorted; nullopt when it uses any other regular-expression syntax.
std::optional<std::vector<std::string>> LiteralAlternatives(std::string_view pattern) {
  if (!IsAscii(pattern)) return std::nullopt;
  std::vector<std::string> alternatives(1);
  for (size_t i = 0; i < pattern.size(); ++i) {
    const char c = pattern[i];
    if (c == '|') {
      alternatives.emplace_back();
    } else if (c == '\\') {
      // An escaped punctuation character stands for itself; escapes of
      // letters and digits (\d, \b, \S...) are classes or assertions.
      if (i + 1 == pattern.size()) return std::nullopt;
      const char escaped = pattern[++i];
      const bool punctuation = escaped > ' ' && escaped < 0x7F &&
                               !(escaped >= 'a' && escaped <= 'z') &&
                               !(escaped >= 'A' && escaped <= 'Z') &&
                               !(escaped >= '0' && escaped <= '9') && escaped != '_';
      if (!punctuation) return std::nullopt;
      alternatives.back() += escaped;
    } else if (std::string_view("()[]{}*+?.^$").find(c) != std::string_view::npos ||
               static_cast<uint8_t>(c) < 0x20 || c == 0x7F) {
      return std::nullopt;
    } else {
      alternatives.back() += LowerAscii(c);
    }
  }
  // An empty alternative matches only an empty context: rare enough to leave
  // to RE2 rather than to reason about here.
  for (const std::string& alternative : alternatives) {
    if (alternative.empty()) return std::nullopt;
  }
  std::sort(alternatives.begin(), alternatives.end());
  alternatives.erase(std::unique(alternatives.begin(), alternatives.end()), alternatives.end());
  return alternatives;
}

}  // namespace

ContextPattern::ContextPattern(std::string pattern, ContextSide side)
    : pattern_(std::move(pattern)), side_(side) {
  if (std::optional<std::vector<std::string>> literals = LiteralAlternatives(pattern_)) {
    literals_ = std::move(*literals);
  }
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

void ContextPattern::Compile() const {
  RE2::Options options;
  options.set_log_errors(false);
  options.set_case_sensitive(false);
  // Neighbouring words are joined by single spaces; anchor the pattern so
  // it starts (after:) or ends (before:) on a word boundary.
  const std::string anchored = side_ == ContextSide::kAfter
                                   ? "^(?:" + pattern_ + ")(?: |$)"
                                   : "(?:^| )(?:" + pattern_ + ")$";
  regex_ = std::make_unique<RE2>(anchored, options);
  if (!regex_->ok()) {
    // Report the error for what the user wrote, not for our anchoring.
    const RE2 alone(pattern_, options);
    error_ = alone.ok() ? regex_->error() : alone.error();
    // "[^\s\S]" matches no character: a broken pattern never holds.
    regex_ = std::make_unique<RE2>("[^\\s\\S]", options);
  }
}

std::string ContextPattern::Validate() const {
  if (!literals_.empty()) return "";  // literal texts always compile
  std::call_once(compiled_, [this] { Compile(); });
  return error_;
}

const RE2& ContextPattern::regex() const {
  std::call_once(compiled_, [this] { Compile(); });
  return *regex_;
}

}  // namespace unspin

namespace unspin {

bool ContextPattern::MatchesLiterally(std::string_view context) const {
  // Case-insensitive matching of ASCII with ASCII is plain lower-casing:
  // RE2's other case pairs (the Kelvin sign and 'k', long s and 's') need a
  // non-ASCII character, and a context with one goes to RE2.
  thread_local std::string lowered;
  lowered.assign(context);
  for (char& c : lowered) c = LowerAscii(c);
  const std::string_view text = lowered;
  auto listed = [this](std::string_view words) {
    return std::binary_search(literals_.begin(), literals_.end(), words,
                              [](std::string_view a, std::string_view b) { return a < b; });
  };
  // before: the context must end with an alternative that starts the
  // context or follows a space; after: start with one that ends the
  // context or comes before a space.
  if (listed(text)) return true;
  for (size_t space = text.find(' '); space != std::string_view::npos;
       space = text.find(' ', space + 1)) {
    if (listed(side_ == ContextSide::kBefore ? text.substr(space + 1) : text.substr(0, space))) {
      return true;
    }
  }
  return false;
}

bool ContextPattern::Matches(std::string_view context) const {
  if (!literals_.empty() && IsAscii(context)) return MatchesLiterally(context);
  return RE2::PartialMatch(context, regex());
}

}  // namespace unspin
