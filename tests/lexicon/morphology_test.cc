// Lemmatisation (morphy) and re-inflection (WordForms).
#include <gtest/gtest.h>

#include <set>

#include "lexicon/morphy.h"
#include "lexicon/word_forms.h"

namespace unspin {
namespace {

// A dictionary of a few lemmas and exceptions.
class FakeDictionary : public MorphyDictionary {
 public:
  bool IsLemma(std::string_view phrase, PartOfSpeech pos) const override {
    return lemmas_.contains({std::string(phrase), pos});
  }
  void Exceptions(std::string_view word, PartOfSpeech pos,
                  std::vector<std::string>& bases) const override {
    if (word == "took" && pos == PartOfSpeech::kVerb) bases.push_back("take");
    if (word == "better" && pos == PartOfSpeech::kAdjective) bases.push_back("good");
  }

 private:
  std::set<std::pair<std::string, PartOfSpeech>> lemmas_ = {
      {"mention", PartOfSpeech::kVerb},   {"mention", PartOfSpeech::kNoun},
      {"stop", PartOfSpeech::kVerb},      {"take", PartOfSpeech::kVerb},
      {"take part", PartOfSpeech::kVerb}, {"prime minister", PartOfSpeech::kNoun},
      {"good", PartOfSpeech::kAdjective}, {"large", PartOfSpeech::kAdjective},
      {"city", PartOfSpeech::kNoun}};
};

std::string Describe(const std::vector<BaseForm>& forms) {
  std::string out;
  for (const BaseForm& form : forms) {
    out += form.lemma + "/" + std::string(PartOfSpeechName(form.pos)) + "/" +
           std::to_string(form.inflections) + " ";
  }
  return out;
}

TEST(Morphy, FindsTheBaseAndInflectionOfARegularForm) {
  const FakeDictionary dictionary;
  // past (bit 2) or participle (bit 3)
  EXPECT_EQ(Describe(FindBaseForms("mentioned", dictionary)), "mention/verb/12 ");
  EXPECT_EQ(Describe(FindBaseForms("mentions", dictionary)), "mention/noun/2 mention/verb/2 ");
  EXPECT_EQ(Describe(FindBaseForms("cities", dictionary)), "city/noun/2 ");
  EXPECT_EQ(Describe(FindBaseForms("larger", dictionary)), "large/adj/2 ");
}

TEST(Morphy, UndoesADoubledFinalConsonant) {
  const FakeDictionary dictionary;
  EXPECT_EQ(Describe(FindBaseForms("stopped", dictionary)), "stop/verb/12 ");
  EXPECT_EQ(Describe(FindBaseForms("stopping", dictionary)), "stop/verb/16 ");
}

TEST(Morphy, AnExceptionReplacesTheRulesOfItsPartOfSpeech) {
  const FakeDictionary dictionary;
  EXPECT_EQ(Describe(FindBaseForms("took", dictionary)), "take/verb/12 ");
  EXPECT_EQ(Describe(FindBaseForms("better", dictionary)), "good/adj/2 ");
}

TEST(Morphy, LemmatisesAVerbPhraseByItsFirstWordAndANounPhraseByItsLast) {
  const FakeDictionary dictionary;
  EXPECT_EQ(Describe(FindBaseForms("took part", dictionary)), "take part/verb/12 ");
  EXPECT_EQ(Describe(FindBaseForms("taking part", dictionary)), "take part/verb/16 ");
  EXPECT_EQ(Describe(FindBaseForms("prime ministers", dictionary)), "prime minister/noun/2 ");
  EXPECT_EQ(Describe(FindBaseForms("primes minister", dictionary)), "");
}

TEST(Morphy, AWordThatIsALemmaIsItsOwnBase) {
  const FakeDictionary dictionary;
  EXPECT_EQ(Describe(FindBaseForms("mention", dictionary)), "mention/noun/1 mention/verb/1 ");
  EXPECT_EQ(Describe(FindBaseForms("unknown", dictionary)), "");
}

WordForms MakeForms() {
  StatusOr<Inflector> inflector =
      Inflector::FromTable("verb say says said said saying\n", "test.tsv");
  EXPECT_TRUE(inflector.ok());
  return WordForms(std::move(inflector.value()), {{"bit", "bite", PartOfSpeech::kVerb},
                                                  {"bitten", "bite", PartOfSpeech::kVerb},
                                                  {"aardwolves", "aardwolf", PartOfSpeech::kNoun},
                                                  {"better", "good", PartOfSpeech::kAdjective},
                                                  {"best", "good", PartOfSpeech::kAdjective}});
}

using Forms = std::vector<std::string>;

TEST(WordForms, InflectsVerbsFromTheProjectsTableThenItsRules) {
  const WordForms forms = MakeForms();
  EXPECT_EQ(forms.Forms("say", PartOfSpeech::kVerb),
            (Forms{"say", "says", "said", "said", "saying"}));
  EXPECT_EQ(forms.Forms("mention", PartOfSpeech::kVerb),
            (Forms{"mention", "mentions", "mentioned", "mentioned", "mentioning"}));
}

TEST(WordForms, TakesIrregularFormsTheTableLacksFromWordNetsExceptions) {
  const WordForms forms = MakeForms();
  EXPECT_EQ(forms.Forms("bite", PartOfSpeech::kVerb),
            (Forms{"bite", "bites", "bit", "bitten", "biting"}));
  EXPECT_EQ(forms.Forms("aardwolf", PartOfSpeech::kNoun), (Forms{"aardwolf", "aardwolves"}));
}

TEST(WordForms, ComparesAdjectivesBySuffixOrByMoreAndMost) {
  const WordForms forms = MakeForms();
  EXPECT_EQ(forms.Forms("big", PartOfSpeech::kAdjective), (Forms{"big", "bigger", "biggest"}));
  EXPECT_EQ(forms.Forms("large", PartOfSpeech::kAdjective), (Forms{"large", "larger", "largest"}));
  EXPECT_EQ(forms.Forms("happy", PartOfSpeech::kAdjective),
            (Forms{"happy", "happier", "happiest"}));
  EXPECT_EQ(forms.Forms("good", PartOfSpeech::kAdjective), (Forms{"good", "better", "best"}));
  EXPECT_EQ(forms.Forms("important", PartOfSpeech::kAdjective),
            (Forms{"important", "more important", "most important"}));
}

TEST(WordForms, InflectsAVerbPhrasesFirstWordAndANounPhrasesLast) {
  const WordForms forms = MakeForms();
  EXPECT_EQ(forms.Forms("say so", PartOfSpeech::kVerb),
            (Forms{"say so", "says so", "said so", "said so", "saying so"}));
  EXPECT_EQ(forms.Forms("prime minister", PartOfSpeech::kNoun),
            (Forms{"prime minister", "prime ministers"}));
  EXPECT_EQ(forms.Forms("very", PartOfSpeech::kAdverb), (Forms{"very"}));
}

}  // namespace
}  // namespace unspin
