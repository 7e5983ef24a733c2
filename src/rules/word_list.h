// Named word lists: `list @weekday = monday | tuesday | ...`, written once
// and used in many rules (rules/README.md, "Word lists").
//
// A list is only a shorthand: every use is replaced by its words before the
// rule is built, so a rule written with lists is the very rule written out
// in full, and matches (and costs) the same.
#pragma once

#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "rules/rule.h"

namespace unspin {

struct WordList {
  std::string name;                // without the '@'
  std::vector<std::string> items;  // as written, other lists spliced in
  SourceLocation location;         // of its `list` line
};

// A problem with the lists of a value: `offset` is where in the value it is
// (for the line of a continued value), `message` has no location.
struct ListProblem {
  size_t offset = 0;
  std::string message;
  bool undefined = false;  // an unknown name (a failed import may explain it)
};

// The lists one file can use: those it defines and those it imports, by
// name. Records which are used, for the "never used" checks.
class ListScope {
 public:
  // Adds `list`. Returns "" or why not: the name is taken by another
  // definition (naming where). Adding the very same definition again (a
  // file imported along two paths) is accepted and changes nothing.
  std::string Add(const WordList& list);

  // The list called `name`, marked as used; null when there is none.
  const WordList* Use(std::string_view name);
  bool IsUsed(const std::string& name) const { return used_.contains(name); }

  // "undefined list '@name'", with a "did you mean" when a name is close.
  std::string UndefinedMessage(std::string_view name) const;

  // Every list, in the order added.
  const std::vector<WordList>& lists() const { return lists_; }

 private:
  std::vector<WordList> lists_;
  std::map<std::string, size_t, std::less<>> index_;
  std::set<std::string, std::less<>> used_;
};

// Parses the argument of a `list` line ("@name = a | @other | b"): items are
// separated by `|` outside brackets, trimmed; another list used as a whole
// item is spliced in. On success `list` has its name and items (not its
// location); problems are reported with their offset in `argument`.
bool ParseListDefinition(std::string_view argument, ListScope& scope, WordList& list,
                         std::vector<ListProblem>& problems);

// Replaces each `@name` in a before:/after:/unless-*: pattern by the list's
// words joined by `|`: bare where the reference is a whole alternative
// already (after `(`, `(?:`, `|` or the start, before `|`, `)` or the end),
// else inside `(?:...)`. A reference is `@` not preceded by a letter, digit,
// `_` or `\`, followed by a letter or digit. Returns `pattern` itself when it
// uses no list.
std::string ExpandListsInPattern(std::string_view pattern, ListScope& scope,
                                 std::vector<ListProblem>& problems);

// The same for a value of ` | `-separated phrases (spun:, restore:,
// if-document:, unless-document:): a list must be a whole alternative, and
// its words become alternatives of their own.
std::string ExpandListsInAlternatives(std::string_view value, ListScope& scope,
                                      std::vector<ListProblem>& problems);

}  // namespace unspin
