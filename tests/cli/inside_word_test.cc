// Swaps made inside words (the part-of-word spinner family: "said" ->
// "shelp" because "aid" -> "help"), end to end through the real binary with
// the lexicon the build compiles from the installed thesauri.
#include <string>

#include "cli/cli_fixture.h"

namespace unspin {
namespace {

// "shelp" (s + aid -> help), "guyager" (man -> guy + ager), "toobtainher"
// (to + get -> obtain + her), "perpenny" (per + cent -> penny).
constexpr const char* kSpun =
    "The company shelp on Monday that its guyager would step down at the end of the month. "
    "The board met toobtainher for three hours. Sales rose by six perpenny last year, the "
    "company shelp.\n";

constexpr const char* kOriginal =
    "The company said on Monday that its manager would step down at the end of the month. "
    "The board met together for three hours. Sales rose by six percent last year, the "
    "company said.\n";

// Rare words neither language model knows, and misspellings: a part of
// each is a thesaurus word whose synonym would make another word
// ("brand" -> arm: "armies"; "flow" -> move: "remove"; "result" -> product:
// "production"), but none is a swap.
constexpr const char* kRareWords =
    "The sailors coiled the hawsers while the anchorites prayed. Brandies were served, and "
    "the printer will reflow the text. An unfrequent visitor, he was uncolonized by doubt. "
    "The resultion was passed, and the shelf was bare.\n";

TEST_F(CliTest, AWordWithASynonymSwappedInsideItIsRestored) {
  Write("spun.txt", kSpun);
  const Result restored = Unspin("--spell=off spun.txt");
  EXPECT_EQ(restored.out, kOriginal) << restored.err;
  const Result explained = Unspin("--spell=off --explain spun.txt");
  EXPECT_NE(explained.err.find("'shelp' -> 'said': certain rule inside-word"), std::string::npos)
      << explained.err;
  // The non-words are artefacts of spinning: the document is flagged.
  EXPECT_EQ(Unspin("--spell=off --check spun.txt").exit_code, 1);
}

TEST_F(CliTest, DisablingTheInsideWordRuleLeavesSuchWordsAlone) {
  Write("spun.txt", kSpun);
  EXPECT_EQ(Unspin("--spell=off --disable inside-word spun.txt").out, kSpun);
}

TEST_F(CliTest, RareWordsAndMisspellingsAreNotReadAsSwapsInsideWords) {
  Write("clean.txt", kRareWords);
  const Result restored = Unspin("--spell=off --explain clean.txt");
  EXPECT_EQ(restored.out, kRareWords) << restored.err;
}

}  // namespace
}  // namespace unspin
