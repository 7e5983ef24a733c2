#include "lexicon/morphy.h"

#include <algorithm>
#include <span>

namespace unspin {
namespace {

struct Detachment {
  std::string_view suffix;
  std::string_view ending;
  InflectionSet inflections;
};

constexpr InflectionSet kPlural = InflectionBit(InflectionSlot::kPlural);
constexpr InflectionSet kThird = InflectionBit(InflectionSlot::kThirdPerson);
constexpr InflectionSet kPastOrParticiple =
    InflectionBit(InflectionSlot::kPast) | InflectionBit(InflectionSlot::kParticiple);
constexpr InflectionSet kGerund = InflectionBit(InflectionSlot::kGerund);
constexpr InflectionSet kComparative = InflectionBit(InflectionSlot::kComparative);
constexpr InflectionSet kSuperlative = InflectionBit(InflectionSlot::kSuperlative);

constexpr Detachment kNounRules[] = {{"s", "", kPlural},      {"ses", "s", kPlural},
                                     {"xes", "x", kPlural},   {"zes", "z", kPlural},
                                     {"ches", "ch", kPlural}, {"shes", "sh", kPlural},
                                     {"men", "man", kPlural}, {"ies", "y", kPlural}};
constexpr Detachment kVerbRules[] = {{"s", "", kThird},
                                     {"ies", "y", kThird},
                                     {"es", "e", kThird},
                                     {"es", "", kThird},
                                     {"ed", "e", kPastOrParticiple},
                                     {"ed", "", kPastOrParticiple},
                                     {"ing", "e", kGerund},
                                     {"ing", "", kGerund}};
constexpr Detachment kAdjectiveRules[] = {{"er", "", kComparative},
                                          {"est", "", kSuperlative},
                                          {"er", "e", kComparative},
                                          {"est", "e", kSuperlative}};

std::span<const Detachment> RulesOf(PartOfSpeech pos) {
  switch (pos) {
    case PartOfSpeech::kNoun:
      return kNounRules;
    case PartOfSpeech::kVerb:
      return kVerbRules;
    case PartOfSpeech::kAdjective:
      return kAdjectiveRules;
    default:
      return {};
  }
}

// The slots an irregular form of `pos` fills, guessed from its ending.
InflectionSet ExceptionInflections(std::string_view word, PartOfSpeech pos) {
  switch (pos) {
    case PartOfSpeech::kNoun:
      return kPlural;
    case PartOfSpeech::kVerb:
      if (word.ends_with("ing")) return kGerund;
      if (word.ends_with("s")) return kThird;
      return kPastOrParticiple;
    case PartOfSpeech::kAdjective:
    case PartOfSpeech::kAdverb:
      if (word.ends_with("st")) return kSuperlative;
      return kComparative;
    default:
      return 0;
  }
}

// The phrase with its inflecting word replaced by `word`.
struct PhraseParts {
  std::string_view before, word, after;
  std::string With(std::string_view replacement) const {
    return std::string(before) + std::string(replacement) + std::string(after);
  }
};

PhraseParts InflectingWord(std::string_view phrase, PartOfSpeech pos) {
  if (pos == PartOfSpeech::kVerb) {
    const size_t space = phrase.find(' ');
    if (space == std::string_view::npos) return {"", phrase, ""};
    return {"", phrase.substr(0, space), phrase.substr(space)};
  }
  const size_t space = phrase.rfind(' ');
  if (space == std::string_view::npos) return {"", phrase, ""};
  return {phrase.substr(0, space + 1), phrase.substr(space + 1), ""};
}

void Add(std::vector<BaseForm>& forms, std::string lemma, PartOfSpeech pos,
         InflectionSet inflections) {
  for (BaseForm& form : forms) {
    if (form.lemma == lemma && form.pos == pos) {
      form.inflections |= inflections;
      return;
    }
  }
  forms.push_back({std::move(lemma), pos, inflections});
}

bool IsConsonant(char c) {
  return c >= 'a' && c <= 'z' && c != 'a' && c != 'e' && c != 'i' && c != 'o' && c != 'u';
}

void AddDetached(const PhraseParts& parts, PartOfSpeech pos, const MorphyDictionary& dictionary,
                 std::vector<BaseForm>& forms) {
  for (const Detachment& rule : RulesOf(pos)) {
    if (!parts.word.ends_with(rule.suffix) || parts.word.size() <= rule.suffix.size()) continue;
    const std::string_view stem = parts.word.substr(0, parts.word.size() - rule.suffix.size());
    std::string lemma = parts.With(std::string(stem) + std::string(rule.ending));
    if (dictionary.IsLemma(lemma, pos)) Add(forms, std::move(lemma), pos, rule.inflections);
    // stopped -> stopp -> stop; bigger -> bigg -> big
    if (rule.ending.empty() && stem.size() >= 3 && stem.back() == stem[stem.size() - 2] &&
        IsConsonant(stem.back())) {
      std::string undoubled = parts.With(stem.substr(0, stem.size() - 1));
      if (dictionary.IsLemma(undoubled, pos)) {
        Add(forms, std::move(undoubled), pos, rule.inflections);
      }
    }
  }
}

}  // namespace

std::vector<BaseForm> FindBaseForms(std::string_view phrase, const MorphyDictionary& dictionary) {
  std::vector<BaseForm> forms;
  std::vector<std::string> bases;
  for (PartOfSpeech pos : {PartOfSpeech::kNoun, PartOfSpeech::kVerb, PartOfSpeech::kAdjective,
                           PartOfSpeech::kAdverb}) {
    if (dictionary.IsLemma(phrase, pos)) {
      Add(forms, std::string(phrase), pos, InflectionBit(InflectionSlot::kBase));
    }
    const PhraseParts parts = InflectingWord(phrase, pos);
    bases.clear();
    dictionary.Exceptions(parts.word, pos, bases);
    for (const std::string& base : bases) {
      std::string lemma = parts.With(base);
      if (lemma != phrase && dictionary.IsLemma(lemma, pos)) {
        Add(forms, std::move(lemma), pos, ExceptionInflections(parts.word, pos));
      }
    }
    if (bases.empty()) AddDetached(parts, pos, dictionary, forms);
  }
  return forms;
}

}  // namespace unspin
