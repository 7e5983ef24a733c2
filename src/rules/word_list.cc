#include "rules/word_list.h"

#include "base/strings.h"

namespace unspin {
namespace {

bool IsNameChar(char c) {
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
}

bool IsWordChar(char c) { return IsNameChar(c) || c == '_'; }

bool HasUpperCase(std::string_view name) {
  for (char c : name) {
    if (c >= 'A' && c <= 'Z') return true;
  }
  return false;
}

// Whether the character at `pos` is escaped by an odd number of backslashes.
bool Escaped(std::string_view text, size_t pos) {
  size_t backslashes = 0;
  while (pos > backslashes && text[pos - backslashes - 1] == '\\') ++backslashes;
  return backslashes % 2 == 1;
}

// The length of the list reference at `at` ('@' and name), or 0 when there
// is none. A name is letters and digits, with single dashes inside, so
// "@weekday-" is the list "weekday" followed by a dash. "user@example" and
// "\@" are not references.
size_t ReferenceAt(std::string_view text, size_t at) {
  if (text[at] != '@' || at + 1 >= text.size() || !IsNameChar(text[at + 1])) return 0;
  if (at > 0 && (IsWordChar(text[at - 1]) || text[at - 1] == '\\')) return 0;
  size_t end = at + 1;
  while (true) {
    while (end < text.size() && IsNameChar(text[end])) ++end;
    if (end + 1 < text.size() && text[end] == '-' && IsNameChar(text[end + 1])) {
      ++end;
      continue;
    }
    return end - at;
  }
}

// The list a reference names, or null with the problem recorded.
const WordList* Resolve(std::string_view name, size_t offset, ListScope& scope,
                        std::vector<ListProblem>& problems) {
  if (HasUpperCase(name)) {
    problems.push_back({offset, "list names are lower case: '@" + std::string(name) + "'"});
    return nullptr;
  }
  const WordList* list = scope.Use(name);
  if (list == nullptr) problems.push_back({offset, scope.UndefinedMessage(name), true});
  return list;
}

std::string Join(const std::vector<std::string>& items, std::string_view separator) {
  std::string joined;
  for (const std::string& item : items) {
    if (!joined.empty()) joined += separator;
    joined += item;
  }
  return joined;
}

bool StartsAlternative(std::string_view pattern, size_t at) {
  if (at == 0) return true;
  const char before = pattern[at - 1];
  if ((before == '(' || before == '|') && !Escaped(pattern, at - 1)) return true;
  return at >= 3 && pattern.substr(at - 3, 3) == "(?:" && !Escaped(pattern, at - 3);
}

bool EndsAlternative(std::string_view pattern, size_t end) {
  return end == pattern.size() || pattern[end] == '|' || pattern[end] == ')';
}

// Offsets of the `|` that separate a list's items: those outside brackets
// and character classes, not escaped.
std::vector<size_t> TopLevelBars(std::string_view text) {
  std::vector<size_t> bars;
  int depth = 0;
  bool in_class = false;
  for (size_t i = 0; i < text.size(); ++i) {
    const char c = text[i];
    if (c == '\\') {
      ++i;
    } else if (in_class) {
      in_class = c != ']';
    } else if (c == '[') {
      in_class = true;
    } else if (c == '(') {
      ++depth;
    } else if (c == ')') {
      depth = std::max(0, depth - 1);
    } else if (c == '|' && depth == 0) {
      bars.push_back(i);
    }
  }
  return bars;
}

// Where `piece` (a view into `whole`) starts in it.
size_t OffsetIn(std::string_view whole, std::string_view piece) {
  return static_cast<size_t>(piece.data() - whole.data());
}

}  // namespace

std::string ListScope::Add(const WordList& list) {
  const auto [it, inserted] = index_.emplace(list.name, lists_.size());
  if (!inserted) {
    const WordList& first = lists_[it->second];
    if (first.location.ToString() == list.location.ToString()) return "";
    return "list '@" + list.name + "' is already defined at " + first.location.ToString();
  }
  lists_.push_back(list);
  return "";
}

const WordList* ListScope::Use(std::string_view name) {
  const auto it = index_.find(name);
  if (it == index_.end()) return nullptr;
  used_.emplace(name);
  return &lists_[it->second];
}

std::string ListScope::UndefinedMessage(std::string_view name) const {
  std::vector<std::string> names;
  for (const WordList& list : lists_) names.push_back(list.name);
  std::string message = "undefined list '@" + std::string(name) + "'";
  if (const std::string guess = ClosestMatch(name, names); !guess.empty()) {
    message += " (did you mean '@" + guess + "'?)";
  }
  return message;
}

bool ParseListDefinition(std::string_view argument, ListScope& scope, WordList& list,
                         std::vector<ListProblem>& problems) {
  const size_t problems_before = problems.size();
  const size_t length = argument.empty() ? 0 : ReferenceAt(argument, 0);
  const std::string_view rest = Trim(argument.substr(length));
  if (length == 0 || rest.empty() || rest.front() != '=') {
    problems.push_back({length, "expected 'list @name = word | word | ...' (a name is letters, "
                                "digits and dashes)"});
    return false;
  }
  list.name = std::string(argument.substr(1, length - 1));
  if (HasUpperCase(list.name)) {
    problems.push_back({0, "list names are lower case: '@" + list.name + "'"});
    list.name.clear();
    return false;
  }
  const std::string_view words = rest.substr(1);
  const size_t words_offset = OffsetIn(argument, words);
  size_t start = 0;
  std::vector<size_t> bars = TopLevelBars(words);
  bars.push_back(words.size());
  for (const size_t bar : bars) {
    const std::string_view item = Trim(words.substr(start, bar - start));
    const size_t offset = words_offset + (item.empty() ? start : OffsetIn(words, item));
    start = bar + 1;
    if (item.empty()) {
      problems.push_back({offset, "empty item in list '@" + list.name +
                                      "' (check the '|' separators)"});
      continue;
    }
    size_t reference = 0;
    while (reference < item.size() && ReferenceAt(item, reference) == 0) ++reference;
    if (reference == item.size()) {
      list.items.emplace_back(item);
    } else if (reference == 0 && ReferenceAt(item, 0) == item.size()) {
      if (const WordList* other = Resolve(item.substr(1), offset, scope, problems)) {
        list.items.insert(list.items.end(), other->items.begin(), other->items.end());
      }
    } else {
      problems.push_back({offset + reference,
                          "a list can use another list only as a whole item, not in '" +
                              std::string(item) + "'"});
    }
  }
  return problems.size() == problems_before;
}

std::string ExpandListsInPattern(std::string_view pattern, ListScope& scope,
                                 std::vector<ListProblem>& problems) {
  std::string out;
  size_t copied = 0;
  for (size_t at = 0; at < pattern.size(); ++at) {
    const size_t length = ReferenceAt(pattern, at);
    if (length == 0) continue;
    out.append(pattern.substr(copied, at - copied));
    if (const WordList* list = Resolve(pattern.substr(at + 1, length - 1), at, scope, problems)) {
      const std::string joined = Join(list->items, "|");
      const bool whole = StartsAlternative(pattern, at) && EndsAlternative(pattern, at + length);
      out += whole ? joined : "(?:" + joined + ")";
    } else {
      out.append(pattern.substr(at, length));
    }
    copied = at + length;
    at = copied - 1;
  }
  out.append(pattern.substr(copied));
  return out;
}

std::string ExpandListsInAlternatives(std::string_view value, ListScope& scope,
                                      std::vector<ListProblem>& problems) {
  std::string out;
  size_t start = 0;
  while (true) {
    const size_t bar = value.find('|', start);
    const size_t end = bar == std::string_view::npos ? value.size() : bar;
    const std::string_view piece = value.substr(start, end - start);
    const std::string_view item = Trim(piece);
    size_t reference = 0;
    while (reference < item.size() && ReferenceAt(item, reference) == 0) ++reference;
    const size_t offset = OffsetIn(value, item) + reference;
    if (reference == item.size()) {
      out += piece;
    } else if (reference == 0 && ReferenceAt(item, 0) == item.size()) {
      if (const WordList* list = Resolve(item.substr(1), offset, scope, problems)) {
        out.append(" ").append(Join(list->items, " | ")).append(" ");
      } else {
        out += piece;
      }
    } else {
      problems.push_back({offset, "a list must be a whole alternative here ('| @name |'), not "
                                  "part of '" + std::string(item) + "'"});
      out += piece;
    }
    if (bar == std::string_view::npos) return out;
    out += '|';
    start = bar + 1;
  }
}

}  // namespace unspin
