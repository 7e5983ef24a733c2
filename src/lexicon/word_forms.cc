#include "lexicon/word_forms.h"

namespace unspin {
namespace {

bool IsVowel(char c) { return c == 'a' || c == 'e' || c == 'i' || c == 'o' || c == 'u'; }

int Syllables(std::string_view word) {
  int groups = 0;
  bool in_vowel = false;
  for (size_t i = 0; i < word.size(); ++i) {
    const bool vowel = IsVowel(word[i]) || (word[i] == 'y' && i > 0);
    if (vowel && !in_vowel) ++groups;
    in_vowel = vowel;
  }
  // A silent final e ("late", "large") is no syllable of its own.
  if (word.size() > 2 && word.back() == 'e' && !IsVowel(word[word.size() - 2]) && groups > 1) {
    --groups;
  }
  return groups;
}

// Adds -er and -est to a short adjective: "big" -> "bigger", "late" ->
// "later", "happy" -> "happier".
std::vector<std::string> ComparedWithSuffixes(std::string_view word) {
  const std::string w(word);
  if (w.back() == 'e') return {w, w + "r", w + "st"};
  if (w.size() >= 2 && w.back() == 'y' && !IsVowel(w[w.size() - 2])) {
    const std::string stem = w.substr(0, w.size() - 1);
    return {w, stem + "ier", stem + "iest"};
  }
  const size_t n = w.size();
  if (n >= 3 && Syllables(w) == 1 && !IsVowel(w[n - 1]) && w[n - 1] != 'w' && w[n - 1] != 'x' &&
      w[n - 1] != 'y' && IsVowel(w[n - 2]) && !IsVowel(w[n - 3])) {
    return {w, w + w.back() + "er", w + w.back() + "est"};
  }
  return {w, w + "er", w + "est"};
}

size_t Index(PartOfSpeech pos) { return static_cast<size_t>(pos); }

}  // namespace

WordForms::WordForms(Inflector inflector, const std::vector<WordNetException>& exceptions)
    : inflector_(std::move(inflector)) {
  for (const WordNetException& exception : exceptions) {
    if (exception.pos == PartOfSpeech::kUnknown) continue;
    // Only single words: a phrase inflects by one of its words.
    if (exception.base.find(' ') != std::string::npos) continue;
    irregular_[Index(exception.pos)][exception.base].push_back(exception.inflected);
  }
}

std::vector<std::string> WordForms::Forms(std::string_view lemma, PartOfSpeech pos) const {
  const size_t first_space = lemma.find(' ');
  if (first_space == std::string_view::npos || pos == PartOfSpeech::kAdverb ||
      pos == PartOfSpeech::kUnknown) {
    return WordFormsOf(lemma, pos);
  }
  if (pos == PartOfSpeech::kAdjective) {
    const std::string phrase(lemma);
    return {phrase, "more " + phrase, "most " + phrase};
  }
  std::vector<std::string> forms;
  if (pos == PartOfSpeech::kVerb) {
    const std::string_view rest = lemma.substr(first_space);
    for (std::string& form : WordFormsOf(lemma.substr(0, first_space), pos)) {
      forms.push_back(form.append(rest));
    }
    return forms;
  }
  const size_t last_space = lemma.rfind(' ');
  const std::string before(lemma.substr(0, last_space + 1));
  for (const std::string& form : WordFormsOf(lemma.substr(last_space + 1), pos)) {
    forms.push_back(before + form);
  }
  return forms;
}

std::vector<std::string> WordForms::WordFormsOf(std::string_view word, PartOfSpeech pos) const {
  switch (pos) {
    case PartOfSpeech::kVerb:
      return VerbForms(word);
    case PartOfSpeech::kNoun:
      return NounForms(word);
    case PartOfSpeech::kAdjective:
      return AdjectiveForms(word);
    default:
      return {std::string(word)};
  }
}

std::vector<std::string> WordForms::VerbForms(std::string_view word) const {
  const unspin::VerbForms listed = inflector_.Verb(word);
  std::vector<std::string> forms(listed.begin(), listed.end());
  const auto irregular = irregular_[Index(PartOfSpeech::kVerb)].find(std::string(word));
  if (irregular == irregular_[Index(PartOfSpeech::kVerb)].end() || listed != regular_.Verb(word)) {
    return forms;  // regular, or in the project's table
  }
  std::vector<std::string> pasts;
  for (const std::string& form : irregular->second) {
    if (form.ends_with("ing")) {
      forms[static_cast<int>(InflectionSlot::kGerund)] = form;
    } else if (form.ends_with("s") && !form.ends_with("ss")) {
      forms[static_cast<int>(InflectionSlot::kThirdPerson)] = form;
    } else {
      pasts.push_back(form);
    }
  }
  // "took", "taken": a participle is the form that ends in n.
  if (pasts.size() == 1) {
    forms[static_cast<int>(InflectionSlot::kPast)] = pasts[0];
    forms[static_cast<int>(InflectionSlot::kParticiple)] = pasts[0];
  } else if (pasts.size() >= 2) {
    const bool second_is_participle = !pasts[0].ends_with("n") || pasts[1].ends_with("n");
    forms[static_cast<int>(InflectionSlot::kPast)] = second_is_participle ? pasts[0] : pasts[1];
    forms[static_cast<int>(InflectionSlot::kParticiple)] =
        second_is_participle ? pasts[1] : pasts[0];
  }
  return forms;
}

std::vector<std::string> WordForms::NounForms(std::string_view word) const {
  const unspin::NounForms listed = inflector_.Noun(word);
  std::vector<std::string> forms(listed.begin(), listed.end());
  const auto irregular = irregular_[Index(PartOfSpeech::kNoun)].find(std::string(word));
  if (irregular != irregular_[Index(PartOfSpeech::kNoun)].end() && listed == regular_.Noun(word)) {
    forms[static_cast<int>(InflectionSlot::kPlural)] = irregular->second.front();
  }
  return forms;
}

std::vector<std::string> WordForms::AdjectiveForms(std::string_view word) const {
  const std::string w(word);
  const auto irregular = irregular_[Index(PartOfSpeech::kAdjective)].find(w);
  if (irregular != irregular_[Index(PartOfSpeech::kAdjective)].end()) {
    std::vector<std::string> forms = {w, "more " + w, "most " + w};
    for (const std::string& form : irregular->second) {
      forms[static_cast<int>(form.ends_with("st") ? InflectionSlot::kSuperlative
                                                  : InflectionSlot::kComparative)] = form;
    }
    return forms;
  }
  const int syllables = Syllables(w);
  if (syllables == 1 || (syllables == 2 && w.ends_with("y"))) return ComparedWithSuffixes(w);
  return {w, "more " + w, "most " + w};
}

}  // namespace unspin
