// outside-context: (rules/README.md) end to end through the real binary: a
// rule's reading away from its before:/after: context applies only in a
// document found spun and where the context supports it, and it is no
// evidence that a document is spun.
#include <sstream>
#include <string>
#include <utility>
#include <vector>

#include "cli/cli_fixture.h"
#include "test_paths.h"

namespace unspin {
namespace {

// The shipped "most cancers" rules need a context ("breast most cancers",
// "most cancers patients"); here the phrase stands without one, in a story
// spun by the seed's family ("in line with", "examine", "mentioned").
constexpr const char* kSpunStory =
    "Walking 8,000 steps a day lowered the danger of dying early, in line with a brand new "
    "examine printed on Wednesday. Regular walkers had a lower risk of most cancers and "
    "diabetes, the researchers mentioned, and the benefit held for women and men alike.\n";

// "most cancers" is also plain English: most kinds of cancer.
constexpr const char* kCleanStory =
    "Walking 8,000 steps a day lowered the risk of dying early, a new study published on "
    "Wednesday found. Regular walkers had a lower risk of most cancers and diabetes, the "
    "researchers said, and the benefit held for women and men alike.\n";

TEST_F(CliTest, ARuleAppliesOutsideItsContextInADocumentFoundSpun) {
  Write("spun.txt", kSpunStory);
  const Result restored = Unspin("--spell=off spun.txt");
  EXPECT_NE(restored.out.find("a lower risk of cancer and diabetes"), std::string::npos)
      << restored.out;
  const Result explained = Unspin("--spell=off --explain spun.txt");
  EXPECT_NE(explained.err.find("(hand cancer.most-cancers-outside-context): evidence"),
            std::string::npos)
      << explained.err;
}

TEST_F(CliTest, ARuleOutsideItsContextLeavesADocumentNotFoundSpunAlone) {
  Write("clean.txt", kCleanStory);
  EXPECT_EQ(Unspin("--spell=off clean.txt").out, kCleanStory);
}

TEST_F(CliTest, ReadingsOutsideTheirContextAreNoEvidenceOfSpinning) {
  // Four strongly supported candidates in 40 words would make the document
  // spun (3 or more, 2.5 per 100 words) if they counted.
  Write("own.rules",
        "rule cancer.most-cancers\n"
        "  spun: most cancers\n"
        "  restore: cancer\n"
        "  before: breast|lung\n"
        "  outside-context: 0.15\n"
        "  example: She has breast most cancers. => She has breast cancer.\n");
  const std::string text =
      "The risk of most cancers rose in the north. The risk of most cancers fell in the "
      "south. Doctors said the risk of most cancers was lower in towns. The risk of most "
      "cancers is higher with age.\n";
  Write("text.txt", text);
  const Result check = Unspin("--spell=off --rules own.rules --check text.txt");
  EXPECT_EQ(check.exit_code, 0) << check.out << check.err;
  EXPECT_EQ(Unspin("--spell=off --rules own.rules text.txt").out, text);
}

TEST_F(CliTest, ARuleInItsOwnRightOutranksAnotherRulesReadingOutsideItsContext) {
  // Both rules match "sufferers"; the language models slightly prefer
  // "victims" here, but the crime rule is only read outside its context,
  // and the rule that applies in its own right decides.
  Write("own.rules",
        "rule satellite.satellite-tv-for-pc\n"
        "  spun: satellite tv for pc\n"
        "  restore: satellite\n"
        "  certain: yes\n"
        "  example: a satellite tv for pc launch => a satellite launch\n"
        "rule patients.sufferers-scored\n"
        "  spun: sufferers\n"
        "  restore: patients\n"
        "  confidence: 0.3\n"
        "  example: Doctors saw the sufferers. => Doctors saw the patients.\n"
        "rule victims.sufferers-crime\n"
        "  spun: sufferers\n"
        "  restore: victims\n"
        "  after: of the (robbery|attack|shooting)\n"
        "  outside-context: 0.15\n"
        "  example: sufferers of the robbery => victims of the robbery\n");
  Write("text.txt",
        "The satellite tv for pc images showed the fire. Doctors dealt with 5 sufferers for "
        "minor injuries, officials said.\n");
  const Result restored = Unspin("--spell=off --rules own.rules text.txt");
  EXPECT_EQ(restored.out,
            "The satellite images showed the fire. Doctors dealt with 5 patients for minor "
            "injuries, officials said.\n")
      << restored.err;
}

// `unspin lm score`, which scripts/rules/mark-outside-context.py asks which
// spun words are rare enough.
TEST_F(CliTest, LmScorePrintsHowCommonEachWordOrPhraseIs) {
  if (testing::GeneratedModelPath().empty()) GTEST_SKIP() << "no en-us.lm (pocketsphinx-en-us)";
  const std::string model = " --model " + testing::GeneratedModelPath();
  const Result scored = Unspin("lm score" + model + " said nonetheless \"most cancers\" qzxv");
  ASSERT_EQ(scored.exit_code, 0) << scored.err;
  std::istringstream lines(scored.out);
  std::vector<std::pair<double, std::string>> rows;
  for (std::string line; std::getline(lines, line);) {
    const size_t tab = line.find('\t');
    ASSERT_NE(tab, std::string::npos) << line;
    rows.emplace_back(std::stod(line.substr(0, tab)), line.substr(tab + 1));
  }
  ASSERT_EQ(rows.size(), 4u) << scored.out;
  EXPECT_EQ(rows[0].second, "said");
  EXPECT_GT(rows[0].first, rows[1].first);  // "said" is commoner than "nonetheless"
  EXPECT_GT(rows[1].first, -6);
  EXPECT_LT(rows[2].first, rows[1].first);  // a phrase: the product of its words
  EXPECT_EQ(rows[3].second, "qzxv\t(not in the model)");
  const Result from_stdin = Unspin("lm score" + model, "said\n\nnonetheless\n");
  EXPECT_EQ(from_stdin.out, scored.out.substr(0, from_stdin.out.size()));
  EXPECT_EQ(Unspin("lm score --model missing.lm said").exit_code, 2);
}

}  // namespace
}  // namespace unspin
