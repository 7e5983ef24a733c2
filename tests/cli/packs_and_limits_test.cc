// Rule packs (--pack, rules list, each pack's word list) and the explicit
// limits (--max-doc-bytes, --max-rule-file-bytes), through the real binary.
#include "cli/cli_fixture.h"

namespace unspin {
namespace {


// A paragraph as a paraphrasing tool leaves it: several fingerprints.
constexpr const char* kTortured =
    "We train a convolutional neural organization on colossal information with an irregular "
    "woodland baseline, then compare counterfeit consciousness methods.\n";

TEST_F(CliTest, SciencePackRestoresTorturedPhrases) {
  const Result run = Unspin("--pack science --spell=off", kTortured);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "We train a convolutional neural network on big data with a random forest "
            "baseline, then compare artificial intelligence methods.\n");
}

TEST_F(CliTest, TheDefaultPackIsNewsOnly) {
  const Result run = Unspin("--spell=off", kTortured);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, kTortured);
}

TEST_F(CliTest, PacksCombine) {
  const Result run = Unspin("--pack news --pack science --spell=off",
                            "State media mentioned that convolutional neural organization and "
                            "colossal information drive counterfeit consciousness.\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out,
            "State media said that convolutional neural network and big data drive "
            "artificial intelligence.\n");
}

TEST_F(CliTest, AnIsolatedOrdinaryEnglishFingerprintIsLeftAlone) {
  // One fingerprint in a long clean paragraph: not enough evidence (the
  // science pack's needs-spin), whatever the phrase.
  std::string clean = "The thick woods on the northern slope held most of the nests. ";
  for (int i = 0; i < 20; ++i) clean += "Counts were repeated at every station in the morning. ";
  clean += "\n";
  const Result run = Unspin("--pack science --spell=off", clean);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, clean);
}

TEST_F(CliTest, AnUnknownPackIsAnErrorListingTheInstalledOnes) {
  const Result run = Unspin("--pack sport", "x\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("unknown rule pack 'sport' (installed: news, science)"),
            std::string::npos)
      << run.err;
}

TEST_F(CliTest, RulesListShowsPacksCountsCategoriesAndWordLists) {
  const Result run = Unspin("rules list");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("news (default): "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("science: "), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("tortured-conditional"), std::string::npos) << run.out;
  EXPECT_NE(run.out.find("science-words.txt"), std::string::npos) << run.out;
  // Rules as written: a rule's reading outside its context is counted with it.
  EXPECT_NE(run.out.find(" also outside their context) in "), std::string::npos) << run.out;
  Write("own.rules",
        "rule a\n  spun: x\n  restore: y\n  after: z\n  outside-context: 0.2\n"
        "  example: x z => y z\n");
  const Result own = Unspin("rules test own.rules");
  EXPECT_EQ(own.exit_code, 0) << own.out << own.err;
  EXPECT_NE(own.out.find("1 rules, 1 examples checked, 0 failures"), std::string::npos)
      << own.out << own.err;
}

TEST_F(CliTest, RulesTestLoadsThePacksWordList) {
  // Science restorations need words en_US lacks ("backpropagation"); the
  // pack's word list provides them, so the guard passes.
  const Result run = Unspin("rules test --pack science");
  EXPECT_EQ(run.exit_code, 0) << run.out << run.err;
  EXPECT_NE(run.out.find(" 0 failures"), std::string::npos) << run.out;
}

TEST_F(CliTest, AWholeDocumentOverMaxDocBytesIsAnErrorNamingTheLimit) {
  Write("big.txt", std::string(5000, 'a') + "\n");
  const Result run = Unspin("--json --max-doc-bytes 1000 big.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("'big.txt' is larger than --max-doc-bytes (1000 bytes)"),
            std::string::npos)
      << run.err;
  EXPECT_EQ(run.out, "");
  // Plain text is streamed: no document limit.
  const Result streamed = Unspin("--spell=off --max-doc-bytes 1000 big.txt");
  EXPECT_EQ(streamed.exit_code, 0) << streamed.err;
  EXPECT_EQ(streamed.out.size(), 5001u);
}

TEST_F(CliTest, ARuleFileOverTheLimitIsAnErrorNamingIt) {
  Write("big.rules", "rule a.b\n  spun: b\n  restore: a\n  example: b. => a.\n");
  const Result run = Unspin("--rules big.rules --max-rule-file-bytes 10", "b\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("rule file 'big.rules' is 52 bytes, over the limit of 10 bytes "
                         "(--max-rule-file-bytes raises it)"),
            std::string::npos)
      << run.err;
}


TEST_F(CliTest, RulesListNamesTheListsAPackShares) {
  const Result run = Unspin("rules list news");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.out.find("  lists in words.lists: @weekday (7) @month (12)"), std::string::npos)
      << run.out;
}

TEST_F(CliTest, AUserRuleFileUsesListsAndLongValuesAndHearsOfAMisspeltList) {
  Write("words.lists", "list @day = monday | tuesday\n  | wednesday\n");
  Write("mine.rules",
        "import words.lists\nrule said.mentioned\n  spun: mentioned\n  restore: said\n"
        "  after: (on )?(@day)|today\n"
        "         |late (@day)\n");
  const Result run = Unspin("--spell=off --no-vocab --rules mine.rules",
                            "He mentioned Tuesday that he would go, and he mentioned it.\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "He said Tuesday that he would go, and he mentioned it.\n");

  Write("bad.rules",
        "import words.lists\nrule said.mentioned\n  spun: mentioned\n  restore: said\n"
        "  after: (on )?(@day)|today\n"
        "         |late (@dya)\n");
  const Result bad = Unspin("--spell=off --no-vocab --rules bad.rules", "x\n");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("bad.rules:6: undefined list '@dya' (did you mean '@day'?)"),
            std::string::npos)
      << bad.err;
}

}  // namespace
}  // namespace unspin
