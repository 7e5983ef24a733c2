// Reading a non-word as a synonym swapped inside a longer word
// (decide/inside_word_swaps.h), on a lexicon built from a small
// hand-written MyThes thesaurus.
#include "decide/inside_word_swaps.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <optional>
#include <set>
#include <string>

#include "lexicon/lexicon_builder.h"
#include "lexicon/mythes_reader.h"
#include "lexicon/word_forms.h"
#include "rules/inflector.h"
#include "spell/vocabulary_suggester.h"
#include "vocab/vocabulary.h"
#include "vocab/vocabulary_builder.h"

namespace unspin {
namespace {

// "help" is listed under "aid", "guy" under "man", "obtain" under "get".
constexpr const char* kThesaurus =
    "UTF-8\n"
    "aid|1\n"
    "(verb)|help|assist\n"
    "man|1\n"
    "(noun)|guy|fellow\n"
    "get|1\n"
    "(verb)|obtain|acquire\n";

std::shared_ptr<const Lexicon> BuildTestLexicon() {
  const std::vector<MythesEntry> mythes = ParseMythes(kThesaurus, "th.dat").value();
  const WordForms forms(Inflector::FromTable("", "t").value(), {});
  LexiconBuildInputs inputs;
  inputs.mythes = &mythes;
  StatusOr<std::shared_ptr<const Lexicon>> lexicon =
      Lexicon::FromBytes(BuildLexicon(inputs, forms), "test");
  EXPECT_TRUE(lexicon.ok()) << lexicon.status().message();
  return lexicon.value();
}

std::function<bool(std::string_view)> WordsOf(std::set<std::string> words) {
  return [words = std::move(words)](std::string_view w) { return words.count(std::string(w)) > 0; };
}

const std::set<std::string> kEnglish = {"said", "manager", "together", "help", "shell",
                                        "aided", "unaided", "guy"};

TEST(InsideWordReadings, PutsASwappedPartBackToTheWordItReplaced) {
  const auto lexicon = BuildTestLexicon();
  EXPECT_EQ(InsideWordReadings("shelp", *lexicon, WordsOf(kEnglish)),
            std::vector<std::string>{"said"});
  EXPECT_EQ(InsideWordReadings("guyager", *lexicon, WordsOf(kEnglish)),
            std::vector<std::string>{"manager"});
  EXPECT_EQ(InsideWordReadings("toobtainher", *lexicon, WordsOf(kEnglish)),
            std::vector<std::string>{"together"});
}

TEST(InsideWordReadings, KeepsOnlyReadingsThatAreWords) {
  const auto lexicon = BuildTestLexicon();
  EXPECT_TRUE(InsideWordReadings("shelp", *lexicon, WordsOf({"manager"})).empty());
}

TEST(InsideWordReadings, AWholeWordIsNoSwapInsideAWord) {
  const auto lexicon = BuildTestLexicon();
  // "guy" for "man" is an ordinary swap, the rules' and proposals' matter.
  EXPECT_TRUE(InsideWordReadings("guys", *lexicon, WordsOf({"mans", "men"})).empty());
  EXPECT_TRUE(InsideWordReadings("help", *lexicon, WordsOf({"aid"})).empty());
}

TEST(InsideWordReadings, APartWithOnlyAffixesAroundItIsAWordFormationNotASwap) {
  const auto lexicon = BuildTestLexicon();
  // "helped" and "unhelped" are "help" inflected and derived; read part for
  // part they would make "aided" and "unaided", a synonym's forms.
  EXPECT_TRUE(InsideWordReadings("helped", *lexicon, WordsOf(kEnglish)).empty());
  EXPECT_TRUE(InsideWordReadings("unhelped", *lexicon, WordsOf(kEnglish)).empty());
}

TEST(InsideWordReadings, ExcludedThesauriAreNotUsed) {
  const auto lexicon = BuildTestLexicon();
  EXPECT_TRUE(
      InsideWordReadings("shelp", *lexicon, WordsOf(kEnglish), kSourceMythes)
          .empty());
}

std::shared_ptr<const LanguageModel> ModelOf(std::string_view text) {
  VocabularyBuilder builder;
  builder.AddText(text);
  StatusOr<std::shared_ptr<const Vocabulary>> vocabulary =
      Vocabulary::FromBytes(builder.Serialize(1), "tiny");
  EXPECT_TRUE(vocabulary.ok()) << vocabulary.status().message();
  return std::make_shared<LanguageModel>(vocabulary.value());
}

TEST(InsideWordFinder, AFinderNeverTakesAnotherFindersAnswersAboutWhatIsAWord) {
  const auto lexicon = BuildTestLexicon();
  const auto knows_it = ModelOf("they shelp it\n");
  const auto lacks_it = ModelOf("they said it\n");
  // The same storage, so the second finder has the first one's address:
  // the per-thread table of known words must still tell them apart.
  std::optional<InsideWordFinder> finder;
  finder.emplace(*lexicon, *knows_it, nullptr, 0);
  EXPECT_TRUE(finder->KnownCached("shelp"));
  finder.emplace(*lexicon, *lacks_it, nullptr, 0);
  EXPECT_FALSE(finder->KnownCached("shelp"));
  EXPECT_TRUE(finder->KnownCached("said"));
}

TEST(InsideWordFinder, TheMisspellingReadingsItWeighsAreTheWordsOneTypingSlipAway) {
  // The competitors of the inside-word readings come from the spell stage's
  // search (spell/vocabulary_suggester.h), restricted to common words.
  const auto model = ModelOf("help shell said they said it\n");
  const auto suggest = [&](std::string_view word) {
    return SuggestFromVocabulary(word, model->vocabulary(), WordsOf(kEnglish), 64);
  };
  auto sorted = [](std::vector<std::string> words) {
    std::sort(words.begin(), words.end());
    return words;
  };
  EXPECT_EQ(sorted(suggest("shelp")), (std::vector<std::string>{"help", "shell"}));
  EXPECT_EQ(suggest("siad"), std::vector<std::string>{"said"});
  EXPECT_EQ(suggest("saidd"), std::vector<std::string>{"said"});
  EXPECT_TRUE(suggest("said").empty());
}

}  // namespace
}  // namespace unspin
