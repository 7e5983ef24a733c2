#include "rules/inflector.h"

#include <fstream>
#include <sstream>

#include "base/strings.h"

namespace unspin {
namespace {

bool IsVowel(char c) {
  return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u';
}

bool EndsWithConsonantY(std::string_view w) {
  return w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2]);
}

bool NeedsEs(std::string_view w) {
  return w.ends_with("s") || w.ends_with("x") || w.ends_with("z") || w.ends_with("ch") ||
         w.ends_with("sh");
}

int VowelGroups(std::string_view w) {
  int groups = 0;
  bool in_vowel = false;
  for (size_t i = 0; i < w.size(); ++i) {
    const bool vowel = IsVowel(w[i]) || (w[i] == 'y' && i > 0);
    if (vowel && !in_vowel) ++groups;
    in_vowel = vowel;
  }
  return groups;
}

// stop -> stopp(ed): a one-syllable word ending consonant-vowel-consonant.
// Longer words that double (refer, admit) are listed in the table.
bool DoublesFinalConsonant(std::string_view w) {
  if (w.size() < 3 || VowelGroups(w) != 1) return false;
  const char last = w.back();
  if (IsVowel(last) || last == 'w' || last == 'x' || last == 'y') return false;
  return IsVowel(w[w.size() - 2]) && !IsVowel(w[w.size() - 3]);
}

std::string Plural(std::string_view w) {
  if (EndsWithConsonantY(w)) return std::string(w.substr(0, w.size() - 1)) + "ies";
  if (NeedsEs(w)) return std::string(w) + "es";
  return std::string(w) + "s";
}

std::string Past(std::string_view w) {
  if (w.ends_with("e")) return std::string(w) + "d";
  if (EndsWithConsonantY(w)) return std::string(w.substr(0, w.size() - 1)) + "ied";
  if (DoublesFinalConsonant(w)) return std::string(w) + w.back() + "ed";
  return std::string(w) + "ed";
}

std::string Gerund(std::string_view w) {
  if (w.ends_with("ie")) return std::string(w.substr(0, w.size() - 2)) + "ying";
  if (w.ends_with("e") && !w.ends_with("ee") && !w.ends_with("ye") && !w.ends_with("oe") &&
      w.size() > 2) {
    return std::string(w.substr(0, w.size() - 1)) + "ing";
  }
  if (DoublesFinalConsonant(w)) return std::string(w) + w.back() + "ing";
  return std::string(w) + "ing";
}

}  // namespace

StatusOr<Inflector> Inflector::FromTable(std::string_view table, const std::string& name) {
  Inflector inflector;
  std::istringstream lines{std::string(table)};
  std::string line;
  int line_number = 0;
  while (std::getline(lines, line)) {
    ++line_number;
    const std::string_view trimmed = Trim(line);
    if (trimmed.empty() || trimmed.front() == '#') continue;
    std::istringstream fields{std::string(trimmed)};
    std::vector<std::string> words;
    for (std::string word; fields >> word;) words.push_back(word);
    const std::string where = name + ":" + std::to_string(line_number) + ": ";
    if (words[0] == "verb" && words.size() == 6) {
      inflector.verbs_[words[1]] = {words[1], words[2], words[3], words[4], words[5]};
    } else if (words[0] == "noun" && words.size() == 3) {
      inflector.nouns_[words[1]] = {words[1], words[2]};
    } else {
      return Status::Error(where +
                           "expected 'verb BASE 3SG PAST PARTICIPLE GERUND' or "
                           "'noun SINGULAR PLURAL'");
    }
  }
  return inflector;
}

StatusOr<Inflector> Inflector::FromFile(const std::string& path) {
  std::ifstream file(path, std::ios::binary);
  if (!file) return Status::Error("cannot read inflection table '" + path + "'");
  std::ostringstream contents;
  contents << file.rdbuf();
  return FromTable(contents.str(), path);
}

VerbForms Inflector::Verb(std::string_view word) const {
  if (auto it = verbs_.find(std::string(word)); it != verbs_.end()) return it->second;
  const std::string past = Past(word);
  return {std::string(word), Plural(word), past, past, Gerund(word)};
}

NounForms Inflector::Noun(std::string_view word) const {
  if (auto it = nouns_.find(std::string(word)); it != nouns_.end()) return it->second;
  return {std::string(word), Plural(word)};
}

std::vector<std::string> InflectPhrase(const Inflector& inflector, std::string_view phrase,
                                       bool as_verb) {
  const std::string text(Trim(phrase));
  const size_t first_space = text.find(' ');
  const size_t last_space = text.rfind(' ');
  std::vector<std::string> phrases;
  if (as_verb) {
    const std::string head = text.substr(0, first_space);
    const std::string rest = first_space == std::string::npos ? "" : text.substr(first_space);
    for (const std::string& form : inflector.Verb(head)) phrases.push_back(form + rest);
  } else {
    const std::string head =
        last_space == std::string::npos ? text : text.substr(last_space + 1);
    const std::string rest = last_space == std::string::npos ? "" : text.substr(0, last_space + 1);
    for (const std::string& form : inflector.Noun(head)) phrases.push_back(rest + form);
  }
  return phrases;
}

}  // namespace unspin
