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

// Marks a \b in an expanded alternative until it is checked.
constexpr char kWordBoundary = '\x01';

// Expands a pattern of literal ASCII text, groups "(a|b)" or "(?:a|b)",
// alternation, optional parts "s?" or "(the )?", escaped punctuation "\."
// and word boundaries "\b" into every text it matches (lower-cased).
// Anything else (classes, repetition, flags) is refused: those patterns
// stay with RE2. So is an expansion into more than kMaxAlternatives texts.
class PatternExpander {
 public:
  static constexpr size_t kMaxAlternatives = 4096;

  explicit PatternExpander(std::string_view pattern) : pattern_(pattern) {}

  std::optional<std::vector<std::string>> Expand() {
    std::optional<std::vector<std::string>> texts = Alternation();
    if (!texts || at_ != pattern_.size()) return std::nullopt;
    return texts;
  }

 private:
  // alternation := sequence ('|' sequence)*
  std::optional<std::vector<std::string>> Alternation() {
    std::optional<std::vector<std::string>> all = Sequence();
    if (!all) return std::nullopt;
    while (at_ < pattern_.size() && pattern_[at_] == '|') {
      ++at_;
      std::optional<std::vector<std::string>> more = Sequence();
      if (!more || all->size() + more->size() > kMaxAlternatives) return std::nullopt;
      all->insert(all->end(), more->begin(), more->end());
    }
    return all;
  }

  // sequence := (atom '?'?)*
  std::optional<std::vector<std::string>> Sequence() {
    std::vector<std::string> texts = {""};
    while (at_ < pattern_.size() && pattern_[at_] != '|' && pattern_[at_] != ')') {
      std::optional<std::vector<std::string>> atom = Atom();
      if (!atom) return std::nullopt;
      if (at_ < pattern_.size() && pattern_[at_] == '?') {
        ++at_;
        if (at_ < pattern_.size() && (pattern_[at_] == '?' || pattern_[at_] == '+')) {
          return std::nullopt;  // lazy or possessive: leave to RE2
        }
        atom->push_back("");
      }
      if (texts.size() * atom->size() > kMaxAlternatives) return std::nullopt;
      std::vector<std::string> joined;
      joined.reserve(texts.size() * atom->size());
      for (const std::string& head : texts) {
        for (const std::string& tail : *atom) joined.push_back(head + tail);
      }
      texts = std::move(joined);
    }
    return texts;
  }

  // atom := '(' ('?:')? alternation ')' | '\' punctuation | '\b' | literal
  std::optional<std::vector<std::string>> Atom() {
    const char c = pattern_[at_++];
    if (c == '(') {
      if (pattern_.substr(at_, 2) == "?:") {
        at_ += 2;
      } else if (at_ < pattern_.size() && pattern_[at_] == '?') {
        return std::nullopt;  // flags or named groups
      }
      std::optional<std::vector<std::string>> inner = Alternation();
      if (!inner || at_ >= pattern_.size() || pattern_[at_] != ')') return std::nullopt;
      ++at_;
      return inner;
    }
    if (c == '\\') {
      if (at_ == pattern_.size()) return std::nullopt;
      const char escaped = pattern_[at_++];
      if (escaped == 'b') return std::vector<std::string>{std::string(1, kWordBoundary)};
      // Escaped punctuation stands for itself; other escapes of letters
      // and digits (\d, \S, \B...) are classes or assertions.
      const bool punctuation = escaped > ' ' && escaped < 0x7F &&
                               !(escaped >= 'a' && escaped <= 'z') &&
                               !(escaped >= 'A' && escaped <= 'Z') &&
                               !(escaped >= '0' && escaped <= '9') && escaped != '_';
      if (!punctuation) return std::nullopt;
      return std::vector<std::string>{std::string(1, escaped)};
    }
    if (std::string_view("[]{}*+?.^$").find(c) != std::string_view::npos ||
        static_cast<uint8_t>(c) < 0x20 || c == 0x7F) {
      return std::nullopt;
    }
    return std::vector<std::string>{std::string(1, LowerAscii(c))};
  }

  std::string_view pattern_;
  size_t at_ = 0;
};

bool IsWordChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '_';
}

// `text` without its \b marks, or nullopt when one of them cannot hold.
// Outside the text is a space or the end of the context: a non-word
// character, as far as \b (ASCII in RE2) is concerned.
std::optional<std::string> CheckWordBoundaries(const std::string& text) {
  std::string plain;
  for (size_t i = 0; i < text.size(); ++i) {
    if (text[i] != kWordBoundary) {
      plain += text[i];
      continue;
    }
    const bool word_before = !plain.empty() && IsWordChar(plain.back());
    size_t next = i + 1;
    while (next < text.size() && text[next] == kWordBoundary) ++next;
    const bool word_after = next < text.size() && IsWordChar(text[next]);
    if (word_before == word_after) return std::nullopt;
  }
  return plain;
}

// Every text `pattern` matches, lower-cased and sorted, when it is a
// pattern PatternExpander takes and none of them is empty (an empty text
// matches only an empty context: rare, and left to RE2).
std::optional<std::vector<std::string>> LiteralAlternatives(std::string_view pattern) {
  if (!IsAscii(pattern)) return std::nullopt;
  std::optional<std::vector<std::string>> expanded = PatternExpander(pattern).Expand();
  if (!expanded) return std::nullopt;
  std::vector<std::string> alternatives;
  for (const std::string& text : *expanded) {
    std::optional<std::string> plain = CheckWordBoundaries(text);
    if (!plain) continue;  // never matches
    if (plain->empty()) return std::nullopt;
    alternatives.push_back(std::move(*plain));
  }
  if (alternatives.empty()) return std::nullopt;
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
