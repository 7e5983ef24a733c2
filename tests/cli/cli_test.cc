// The real binary, end to end: arguments, exit codes, errors, stdin/stdout.
#include "cli/cli_fixture.h"

namespace unspin {
namespace {


constexpr const char* kRules =
    "rule said.mentioned\n  spun: mentioned\n  restore: said\n  example: x mentioned => x said\n";

TEST_F(CliTest, RestoresStdinToStdoutWithTheDefaultPackFromAnyDirectory) {
  const Result run = Unspin("", "North Korea referred to as for talks with other international "
                             "locations.\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "North Korea called for talks with other countries.\n");
}

TEST_F(CliTest, ReadsFilesInOrderAndDashMeansStdin) {
  Write("a.txt", "it mentioned\n");
  Write("rules.rules", kRules);
  const Result run = Unspin("--no-vocab --rules rules.rules a.txt - a.txt", "stdin mentioned\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "it said\nstdin said\nit said\n");
}

TEST_F(CliTest, HelpAndVersionExitZero) {
  const Result help = Unspin("--help");
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_NE(help.out.find("--rules"), std::string::npos);
  const Result version = Unspin("--version");
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_EQ(version.out, std::string("unspin ") + "0.1.0\n");
}

TEST_F(CliTest, UsageErrorExitsTwoWithAMessage) {
  const Result run = Unspin("--no-such-flag");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err.rfind("unspin: error: ", 0), 0u) << run.err;
  EXPECT_EQ(run.out, "");
}

TEST_F(CliTest, UnreadableFileExitsTwoNamingIt) {
  const Result run = Unspin("--spell=off missing.txt");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.err, "unspin: error: cannot read 'missing.txt': No such file or directory\n");
}

TEST_F(CliTest, BrokenRuleFileExitsTwoWithEveryErrorAndNoOutput) {
  Write("bad.rules", "rule a\n  spun: x\n  restor: y\nrule b\n  spun: z\n  restore: w\n"
                     "  after: (\n");
  const Result run = Unspin("--rules bad.rules", "text\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_EQ(run.out, "");
  EXPECT_NE(run.err.find("bad.rules:3: unknown key 'restor' (did you mean 'restore'?)"),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("bad.rules:7: bad pattern in 'after:'"), std::string::npos) << run.err;
}

TEST_F(CliTest, FullDiskIsAnErrorNotAShortOutput) {
  Write("rules.rules", kRules);
  Write("in.txt", std::string(100000, 'x'));
  const std::string with_input = "'" + testing::BinaryPath() + "' --rules '" +
                                 (dir_ / "rules.rules").string() + "' '" +
                                 (dir_ / "in.txt").string() + "' >/dev/full 2>'" +
                                 (dir_ / "err").string() + "'";
  const int status = std::system(with_input.c_str());
  ASSERT_TRUE(WIFEXITED(status));
  EXPECT_EQ(WEXITSTATUS(status), 2);
  EXPECT_NE(ReadFile(dir_ / "err").find("cannot write output"), std::string::npos);
}

TEST_F(CliTest, InvalidUtf8IsPassedThroughWithAWarning) {
  Write("rules.rules", kRules);
  const Result run = Unspin("--spell=off --no-vocab --rules rules.rules", "caf\xE9 mentioned\n");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "caf\xE9 said\n");
  EXPECT_EQ(run.err,
            "unspin: warning: <stdin>: invalid UTF-8 at byte 3; invalid bytes are passed "
            "through unchanged\n");
}

TEST_F(CliTest, RulesTestReportsFailuresAndExitsOne) {
  Write("r.rules", "rule a\n  spun: x\n  restore: y\n  example: an x => an z\n");
  const Result run = Unspin("rules test r.rules");
  EXPECT_EQ(run.exit_code, 1);
  EXPECT_NE(run.out.find("FAIL r.rules:4: rule 'a': example gave"), std::string::npos) << run.out;
  const Result good = Unspin("rules test");
  EXPECT_EQ(good.exit_code, 0) << good.out;
}

}  // namespace
}  // namespace unspin

namespace unspin {
namespace {

TEST_F(CliTest, SpellReportPrintsFindingsToStderrAndLeavesTheText) {
  const std::string text = "The goverment met on Tuesday.\n";
  const Result report = Unspin("--spell=report", text);
  EXPECT_EQ(report.exit_code, 0) << report.err;
  EXPECT_EQ(report.out, text);
  EXPECT_NE(report.err.find("<stdin>:1:5: spelling: 'goverment'"), std::string::npos) << report.err;
  const Result off = Unspin("--spell=off", text);
  EXPECT_EQ(off.err, "");
}

// Plain text is streamed in chunks; line numbers must carry across them,
// counting LF, CRLF and a lone CR as one line break each.
TEST_F(CliTest, SpellReportCountsLinesAcrossStreamedChunks) {
  std::string text;
  size_t lines = 0;
  const char* const breaks[] = {"\n", "\r\n", "\r"};
  while (text.size() < 600000) {  // several chunks
    text += "The council met on Tuesday and approved the budget.";
    text += breaks[lines % 3];
    ++lines;
  }
  text += "The goverment met.\n";
  const Result report = Unspin("--spell=report", text);
  EXPECT_EQ(report.exit_code, 0) << report.err;
  EXPECT_EQ(report.out, text);
  const std::string want = "<stdin>:" + std::to_string(lines + 1) + ":5: spelling: 'goverment'";
  EXPECT_NE(report.err.find(want), std::string::npos) << report.err.substr(0, 2000);
}

TEST_F(CliTest, SpellFixAppliesOnlyUnambiguousCorrections) {
  // A five-word dictionary, so that Hunspell's suggestions are predictable:
  // "recieved" has exactly one (received); "xqzt" has none.
  // A data directory without the project's news word list, which would add
  // suggestions of its own.
  fs::create_directories(dir_ / "data" / "rules" / "news");
  Write("data/rules/news/a.rules", kRules);
  setenv("DICPATH", testing::SourcePath("tests/data").c_str(), 1);
  setenv("UNSPIN_DATA_DIR", (dir_ / "data").c_str(), 1);
  const Result run = Unspin("--spell=fix --lang tiny_en", "They recieved the xqzt documents.\n");
  unsetenv("DICPATH");
  unsetenv("UNSPIN_DATA_DIR");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "They received the xqzt documents.\n");
  EXPECT_NE(run.err.find("'recieved' (suggestions: received) fixed"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("'xqzt'"), std::string::npos) << run.err;
}

TEST_F(CliTest, PersonalDictionarySilencesItsWords) {
  Write("mine.txt", "goverment\n");
  const Result run = Unspin("--dict mine.txt", "The goverment met.\n");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.err.find("spelling"), std::string::npos) << run.err;
}

TEST_F(CliTest, UnknownSpellingLanguageIsAnError) {
  const Result run = Unspin("--lang xx_XX", "text\n");
  EXPECT_EQ(run.exit_code, 2);
  EXPECT_NE(run.err.find("no Hunspell dictionary for 'xx_XX'"), std::string::npos) << run.err;
}

TEST_F(CliTest, ExplainShowsScoresAndVerdicts) {
  const Result run = Unspin(
      "--spell=off --explain",
      "The ruling celebration referred to as for talks with international locations as nicely.\n");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_NE(run.err.find("spin probability: 0.900; spin score:"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("detector ((built in))"), std::string::npos) << run.err;
  EXPECT_NE(run.err.find("certain rule called-for.referred-to-as-for"), std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("'international locations' -> 'countries' (hand "
                         "countries.international-locations): evidence "),
            std::string::npos)
      << run.err;
  EXPECT_NE(run.err.find("hand-set rule: gain "), std::string::npos) << run.err;
}

TEST_F(CliTest, VocabBuildWritesAVocabularyThatRestoringCanUse) {
  Write("clean.txt", "the ruling party met today .\nthe ruling party said so .\n");
  const Result build = Unspin("vocab build -o my.vocab clean.txt");
  EXPECT_EQ(build.exit_code, 0) << build.err;
  EXPECT_NE(build.err.find("wrote my.vocab"), std::string::npos) << build.err;
  const Result use = Unspin("--spell=off --vocab my.vocab", "It referred to as for calm.\n");
  EXPECT_EQ(use.exit_code, 0) << use.err;
  EXPECT_EQ(use.out, "It called for calm.\n");
  const Result bad = Unspin("--vocab clean.txt", "x\n");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("not an unspin vocabulary file"), std::string::npos) << bad.err;
}

TEST_F(CliTest, RulesImportWritesRulesThatLoad) {
  Write("thesaurus.txt", "said|mentioned|stated\n{war|battle}\n");
  const Result run = Unspin("rules import thesaurus.txt -o imported.rules");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("4 rules written"), std::string::npos) << run.err;
  const Result test = Unspin("rules test imported.rules");
  EXPECT_EQ(test.exit_code, 0) << test.out;
}

}  // namespace
}  // namespace unspin

namespace unspin {
namespace {

// A tiny ARPA model for `lm build` (vocab/backoff_model_test.cc has more).
constexpr const char* kTinyArpa =
    "\\data\\\nngram 1=4\nngram 2=2\n\n\\1-grams:\n-1.0\t</s>\n-99\t<s>\t-0.5\n"
    "-1.5\tcalled\t-0.2\n-1.7\tfor\t-0.1\n\n\\2-grams:\n-0.3\tcalled for\n-0.6\t<s> called\n"
    "\\end\\\n";

TEST_F(CliTest, LmBuildWritesAModelThatExplainScoresBesideTheVocabulary) {
  Write("tiny.arpa", kTinyArpa);
  const Result build = Unspin("lm build --arpa tiny.arpa -o tiny.lm");
  ASSERT_EQ(build.exit_code, 0) << build.err;
  EXPECT_NE(build.err.find("wrote tiny.lm: 4 words; 4 unigrams, 2 bigrams, 0 trigrams"),
            std::string::npos)
      << build.err;
  const Result run = Unspin("--spell=off --explain --lm tiny.lm",
                            "The ruling celebration met with international locations.\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("(vocabulary "), std::string::npos) << run.err;
  EXPECT_NE(run.err.find(", lm "), std::string::npos) << run.err;
  const Result without = Unspin("--spell=off --explain --no-lm",
                                "The ruling celebration met with international locations.\n");
  EXPECT_EQ(without.err.find(", lm "), std::string::npos) << without.err;
  EXPECT_EQ(without.err.find("no backoff language model"), std::string::npos) << without.err;
}

TEST_F(CliTest, VocabAddsToTheShippedVocabularyAndVocabOnlyReplacesIt) {
  Write("clean.txt", "the ruling party met today .\nthe ruling party said so .\n");
  ASSERT_EQ(Unspin("vocab build -o my.vocab clean.txt").exit_code, 0);
  const std::string text = "The ruling celebration met with international locations.\n";
  auto spun_score = [&](const std::string& flags) {
    const Result run = Unspin("--spell=off --no-lm --explain " + flags, text);
    EXPECT_EQ(run.exit_code, 0) << flags << ": " << run.err;
    const size_t at = run.err.find("'celebration' -> 'party' (hand party.celebration-scored)");
    EXPECT_NE(at, std::string::npos) << flags << ": " << run.err;
    return run.err.substr(at, run.err.find('\n', at) - at);
  };
  const std::string shipped = spun_score("");
  const std::string added = spun_score("--vocab my.vocab");
  const std::string only = spun_score("--vocab-only my.vocab");
  // Added counts change the scores a little, the user's vocabulary alone a lot.
  EXPECT_NE(added, shipped);
  EXPECT_NE(only, added);
  EXPECT_NE(only, shipped);
  const Result missing = Unspin("--vocab my.vocab --vocab nowhere.vocab", "x\n");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("cannot open vocabulary 'nowhere.vocab'"), std::string::npos)
      << missing.err;
}

TEST_F(CliTest, LmBuildReportsTheLineOfABrokenModelAndNeedsAnInput) {
  std::string broken = kTinyArpa;
  broken.replace(broken.find("-0.3\tcalled for"), 4, "high");
  Write("broken.arpa", broken);
  const Result bad = Unspin("lm build --arpa broken.arpa -o x.lm");
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_NE(bad.err.find("broken.arpa:12: 'high' is not a log10 probability"), std::string::npos)
      << bad.err;
  EXPECT_FALSE(fs::exists(dir_ / "x.lm"));
  const Result none = Unspin("lm build -o x.lm");
  EXPECT_EQ(none.exit_code, 2);
  EXPECT_NE(none.err.find("--arpa FILE or --sphinx FILE"), std::string::npos) << none.err;
  const Result missing = Unspin("--lm nowhere.lm", "x\n");
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_NE(missing.err.find("cannot open language model 'nowhere.lm'"), std::string::npos)
      << missing.err;
}

TEST_F(CliTest, ExplainNotesAMissingBackoffModelOnlyWhenAsked) {
  // The source checkout's data has rules and the vocabulary but no
  // generated model (the build writes it under build/data/).
  ::setenv("UNSPIN_DATA_DIR", testing::SourcePath("").c_str(), 1);
  const Result explained = Unspin("--spell=off --explain", "The ruling celebration met.\n");
  const Result plain = Unspin("--spell=off", "The ruling celebration met.\n");
  ::unsetenv("UNSPIN_DATA_DIR");
  EXPECT_EQ(explained.exit_code, 0) << explained.err;
  EXPECT_NE(explained.err.find("note: no backoff language model"), std::string::npos)
      << explained.err;
  EXPECT_EQ(plain.exit_code, 0) << plain.err;
  EXPECT_EQ(plain.err, "");
}

}  // namespace
}  // namespace unspin
