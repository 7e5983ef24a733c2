// The review and pipeline interfaces, end to end through the real binary:
// --diff, --word-diff, --json, --jsonl, --check, --in-place, review.
#include <nlohmann/json.hpp>

#include <chrono>
#include <cstdio>
#include <random>

#include "cli/cli_fixture.h"
#include "cli/defaults.h"
#include "pipeline/restorer.h"

namespace unspin {
namespace {

using nlohmann::json;

constexpr const char* kSpun =
    "North Korea referred to as for talks with other international locations.\n"
    "An official mentioned on Thursday that the satellite tv for pc was launched.\n"
    "\n"
    "Nothing to change on this line.\n"
    "Kim spoke about the state of affairs as nicely.";  // no final newline

TEST_F(CliTest, DiffAppliesWithPatchAndGitApplyToGiveTheRestoredText) {
  Write("a.txt", kSpun);
  const Result restored = Unspin("--spell=off a.txt");
  const Result diff = Unspin("--spell=off --diff a.txt");
  ASSERT_EQ(diff.exit_code, 1) << diff.err;  // 1: it printed changes
  EXPECT_EQ(diff.out.rfind("--- a.txt\n+++ a.txt\n@@ -1,", 0), 0u) << diff.out;
  EXPECT_NE(diff.out.find("\\ No newline at end of file"), std::string::npos);
  Write("a.diff", diff.out);
  const std::string dir = dir_.string();
  ASSERT_EQ(std::system(("cd '" + dir + "' && patch -s -p0 < a.diff").c_str()), 0);
  EXPECT_EQ(ReadFile(dir_ / "a.txt"), restored.out);
  Write("a.txt", kSpun);
  ASSERT_EQ(std::system(("cd '" + dir + "' && git apply -p0 a.diff").c_str()), 0);
  EXPECT_EQ(ReadFile(dir_ / "a.txt"), restored.out);
}

TEST_F(CliTest, DiffOfANameWithASpaceAppliesToThatFile) {
  Write("my file.txt", kSpun);
  const Result restored = Unspin("--spell=off 'my file.txt'");
  const Result diff = Unspin("--spell=off --diff 'my file.txt'");
  ASSERT_EQ(diff.exit_code, 1) << diff.err;
  Write("a.diff", diff.out);
  const std::string dir = dir_.string();
  ASSERT_EQ(std::system(("cd '" + dir + "' && patch -s -p0 < a.diff").c_str()), 0);
  EXPECT_EQ(ReadFile(dir_ / "my file.txt"), restored.out);
  EXPECT_FALSE(fs::exists(dir_ / "my")) << "patch took the name up to the space";
  Write("my file.txt", kSpun);
  ASSERT_EQ(std::system(("cd '" + dir + "' && git apply -p0 a.diff").c_str()), 0);
  EXPECT_EQ(ReadFile(dir_ / "my file.txt"), restored.out);
}

TEST_F(CliTest, DiffOfANameWithANewlineCannotRedirectThePatch) {
  // A file whose name carries a second header: unquoted, patch would apply
  // the hunk to other.txt.
  const std::string evil = "evil\n+++ other.txt";
  Write(evil, kSpun);
  Write("other.txt", kSpun);
  const Result restored = Unspin("--spell=off other.txt");
  const Result diff = Unspin("--spell=off --diff \"$(printf 'evil\\n+++ other.txt')\"");
  ASSERT_EQ(diff.exit_code, 1) << diff.err;
  EXPECT_EQ(diff.out.rfind("--- \"evil\\n+++ other.txt\"\t\n+++ \"evil\\n+++ other.txt\"\t\n", 0),
            0u)
      << diff.out;
  Write("a.diff", diff.out);
  const std::string dir = dir_.string();
  ASSERT_EQ(std::system(("cd '" + dir + "' && patch -s -p0 < a.diff").c_str()), 0);
  EXPECT_EQ(ReadFile(dir_ / evil), restored.out);
  EXPECT_EQ(ReadFile(dir_ / "other.txt"), kSpun);
  Write(evil, kSpun);
  ASSERT_EQ(std::system(("cd '" + dir + "' && git apply -p0 a.diff").c_str()), 0);
  EXPECT_EQ(ReadFile(dir_ / evil), restored.out);
  EXPECT_EQ(ReadFile(dir_ / "other.txt"), kSpun);
}

TEST_F(CliTest, DiffOfCleanTextIsEmpty) {
  const Result run = Unspin("--spell=off --diff", "Nothing to change here.\n");
  EXPECT_EQ(run.exit_code, 0);
  EXPECT_EQ(run.out, "");
}

TEST_F(CliTest, WordDiffMarksEditsAndEscapesLiteralMarkup) {
  const Result run =
      Unspin("--spell=off --word-diff --color=never", "It [-] {+} referred to as for calm.\n");
  // A backslash goes before each character that would start a marker, and
  // before each backslash.
  EXPECT_EQ(run.out, "It \\[\\-] \\{\\+} [-referred to as for-]{+called for+} calm.\n");
  const Result colored = Unspin("--spell=off --word-diff --color=always",
                                "It referred to as for calm.\n");
  EXPECT_NE(colored.out.find("\x1b[31m[-referred to as for-]\x1b[m"), std::string::npos);
  setenv("NO_COLOR", "1", 1);
  const Result no_color = Unspin("--spell=off --word-diff", "It referred to as for calm.\n");
  unsetenv("NO_COLOR");
  EXPECT_EQ(no_color.out.find("\x1b["), std::string::npos);
}

TEST_F(CliTest, JsonDescribesEveryEditWithOffsetsInBothUnits) {
  const std::string text = "\u201CQuoted\u201D \u2014 it referred to as for talks.\nA excessive risk.\n";
  const Result run = Unspin("--json --spell=report", text);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const json report = json::parse(run.out);
  EXPECT_EQ(report["schema"], "unspin/1");
  EXPECT_EQ(report["file"], "<stdin>");
  ASSERT_EQ(report["edits"].size(), 2u);
  const json& first = report["edits"][0];
  EXPECT_EQ(first["kind"], "restoration");
  EXPECT_EQ(first["original"], "referred to as for");
  EXPECT_EQ(first["replacement"], "called for");
  EXPECT_EQ(first["rule"], "called-for.referred-to-as-for");
  const size_t byte = first["start"]["byte"];
  const size_t codepoint = first["start"]["codepoint"];
  EXPECT_EQ(text.substr(byte, 18), "referred to as for");
  EXPECT_EQ(byte - codepoint, 6u) << "three 3-byte characters precede the edit";
  EXPECT_EQ(first["start"]["line"], 1);
  EXPECT_EQ(first["start"]["column"], codepoint + 1);
  EXPECT_EQ(report["edits"][1]["original"], "excessive");
  EXPECT_EQ(report["edits"][1]["start"]["line"], 2);
  EXPECT_EQ(report["edits"][1]["start"]["column"], 3);
  EXPECT_TRUE(report.contains("spin_score"));
  EXPECT_TRUE(report["spelling"].is_array());
  for (const char* key : {"category", "confidence", "score", "alternatives", "explanation"}) {
    EXPECT_TRUE(first.contains(key)) << key;
  }
}

TEST_F(CliTest, CheckExitsOneWhenAnInputIsSpun) {
  Write("spun.txt", kSpun);
  Write("clean.txt", "The council met on Tuesday and approved the budget.\n");
  const Result clean = Unspin("--spell=off --check clean.txt");
  EXPECT_EQ(clean.exit_code, 0);
  EXPECT_EQ(clean.out, "clean.txt: spin probability 0.100, 0 edits\n");
  const Result both = Unspin("--spell=off --check clean.txt spun.txt");
  EXPECT_EQ(both.exit_code, 1);
  EXPECT_NE(both.out.find("spun.txt: spin probability 0.900, "), std::string::npos) << both.out;
  EXPECT_NE(both.out.find(", spun\n"), std::string::npos);
  // The threshold is a probability: at 1 nothing the built-in detector
  // says (0.9 at most) counts as spun, and above 1 is an error.
  const Result lenient = Unspin("--spell=off --check --threshold 1 spun.txt");
  EXPECT_EQ(lenient.exit_code, 0) << lenient.err;
  const Result beyond = Unspin("--spell=off --check --threshold 2 spun.txt");
  EXPECT_EQ(beyond.exit_code, 2);
  EXPECT_NE(beyond.err.find("--threshold"), std::string::npos) << beyond.err;
  const Result missing = Unspin("--spell=off --check nothere.txt");
  EXPECT_EQ(missing.exit_code, 2);
}

// The WordNet family spins function words ("astatine" for at, "beryllium"
// for be) and leaves no certain artefact: the built-in detector finds the
// document spun from the ambiguous candidates the context supports, and
// restores them; the story as written is neither flagged nor changed.
constexpr const char* kWordNetFamilyStory =
    "The city council voted on Tuesday to close two public libraries astatine the end of "
    "the year, saying the budget could no longer cover their costs. Residents who packed "
    "the hall argued that the libraries are where children bash homework after school. "
    "The mayor said the council had studied each option and that closing the two smallest "
    "branches would save money. Library staff will beryllium offered jobs astatine the "
    "remaining branches, and the books will beryllium moved to the central library before "
    "the doors close successful the spring.\n";

TEST_F(CliTest, CheckFlagsAWordNetFamilyStoryWithoutArtefactsAndRestoresIt) {
  Write("spun.txt", kWordNetFamilyStory);
  std::string original = kWordNetFamilyStory;
  for (const auto& [spun, word] : std::vector<std::pair<std::string, std::string>>{
           {"astatine", "at"}, {"bash", "do"}, {"beryllium", "be"}, {"successful", "in"}}) {
    for (size_t at = original.find(" " + spun + " "); at != std::string::npos;
         at = original.find(" " + spun + " ")) {
      original.replace(at + 1, spun.size(), word);
    }
  }
  Write("original.txt", original);
  const Result check = Unspin("--spell=off --check spun.txt");
  EXPECT_EQ(check.exit_code, 1) << check.out << check.err;
  const Result restored = Unspin("--spell=off spun.txt");
  EXPECT_EQ(restored.out, original);
  const Result clean = Unspin("--spell=off --check original.txt");
  EXPECT_EQ(clean.exit_code, 0) << clean.out;
  EXPECT_EQ(Unspin("--spell=off original.txt").out, original);
}

// Content words swapped for thesaurus neighbours that no rule names: only
// the thesaurus test (on with --check, or --thesaurus-test) sees it.
TEST_F(CliTest, TheThesaurusTestFindsAStorySpunWithWordsNoRuleNames) {
  Write("story.txt", "The metropolis council balloted on Tuesday to shut two populace libraries at the close of the twelvemonth, stating the budget could no longer screen their costs. Occupants who jammed the hallway for the encounter contended that the libraries service as more than a spot to acquire volumes: they are where youngsters finish prep after schoolhouse, where older neighbours employ the computing machines, and where occupation searchers publish their resumes. Respective talkers asked the council to clasp the ballot until the outpouring, when the province determines how overmuch assistance the metropolis will obtain. The politician stated the council had canvassed each alternative, admitting shorter hours and fewer faculty, and that shutting the two littlest subdivisions would salvage money without cutting services elsewhere.\n");
  const Result plain = Unspin("--spell=off --json story.txt");
  EXPECT_NE(plain.out.find("\"spin_probability\":0.1,"), std::string::npos) << plain.out;
  const Result tested = Unspin("--spell=off --json --thesaurus-test story.txt");
  EXPECT_NE(tested.out.find("\"spin_probability\":0.9,"), std::string::npos) << tested.out;
  const Result check = Unspin("--spell=off --check story.txt");
  EXPECT_EQ(check.exit_code, 1) << check.out;
}

TEST_F(CliTest, InPlaceRewritesAtomicallyAndKeepsABackup) {
  Write("a.txt", kSpun);
  const Result expected = Unspin("--spell=off a.txt");
  const Result run = Unspin("--spell=off --in-place=.orig a.txt");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(run.out, "");
  EXPECT_EQ(ReadFile(dir_ / "a.txt"), expected.out);
  EXPECT_EQ(ReadFile(dir_ / "a.txt.orig"), kSpun);
  for (const auto& entry : fs::directory_iterator(dir_)) {
    EXPECT_EQ(entry.path().filename().string().find(".unspin-"), std::string::npos)
        << "temporary file left behind: " << entry.path();
  }
  const Result stdin_run = Unspin("--spell=off --in-place", "x\n");
  EXPECT_EQ(stdin_run.exit_code, 2);
}

TEST_F(CliTest, InPlaceKilledMidWriteLeavesTheOriginalIntact) {
  // A file well under --max-doc-bytes, so that the rewrite really runs,
  // killed with SIGKILL at several points of a run and once as soon as its
  // temporary file appears (the write itself): whatever the moment, the file
  // is the original or the whole restored text, and a backup, if there is
  // one yet, is the whole original.
  std::string big;
  while (big.size() < (2u << 20)) big += kSpun;
  Write("big.txt", big);
  const std::string restored = Unspin("--spell=off big.txt").out;
  ASSERT_NE(restored, big);
  const std::string unspin = "'" + testing::BinaryPath() + "' --spell=off --in-place=.orig big.txt";
  const std::string cd = "cd '" + dir_.string() + "' && ";
  const auto start = std::chrono::steady_clock::now();
  ASSERT_EQ(std::system((cd + unspin).c_str()), 0);
  const double seconds =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  ASSERT_EQ(ReadFile(dir_ / "big.txt"), restored);
  std::vector<std::string> waits;
  for (double fraction : {0.3, 0.7, 0.9, 1.0}) {
    waits.push_back("sleep " + std::to_string(seconds * fraction));
  }
  // Until the temporary file of the backup or of the new text exists.
  waits.push_back("while kill -0 $pid 2>/dev/null && ! ls -a | grep -q '^\\.big\\.txt.*unspin-';"
                  " do :; done");
  int original = 0, complete = 0;
  for (const std::string& wait : waits) {
    Write("big.txt", big);
    for (const auto& entry : fs::directory_iterator(dir_)) {
      const std::string name = entry.path().filename().string();
      if (name.find(".unspin-") != std::string::npos || name == "big.txt.orig") {
        fs::remove(entry.path());
      }
    }
    std::system((cd + "( " + unspin + " & pid=$!; " + wait + "; kill -9 $pid; wait $pid ) " +
                 "2>/dev/null").c_str());
    const std::string after = ReadFile(dir_ / "big.txt");
    EXPECT_TRUE(after == big || after == restored)
        << wait << ": the file must be the original or the whole restored text (" << after.size()
        << " bytes)";
    original += after == big;
    complete += after == restored;
    if (fs::exists(dir_ / "big.txt.orig")) {
      EXPECT_EQ(ReadFile(dir_ / "big.txt.orig"), big) << wait << ": a partial backup";
    }
  }
  std::printf("killed runs: %d left the original, %d the restored text\n", original, complete);
}

TEST_F(CliTest, ReviewAppliesTheAnswersPipedOnStdin) {
  Write("a.txt", kSpun);
  // y: accept the first, n: reject the second, e + text: edit the third,
  // q: quit (the rest are rejected).
  const Result run = Unspin("review --spell=off a.txt -o out.txt", "y\nn\ne\nSAID\nq\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_NE(run.err.find("Accept this edit [y,n,a,d,e,q,?]?"), std::string::npos);
  EXPECT_NE(run.err.find("accepted 2 of"), std::string::npos) << run.err;
  const std::string out = ReadFile(dir_ / "out.txt");
  EXPECT_NE(out.find("North Korea called for talks with other international locations."),
            std::string::npos)
      << out;
  EXPECT_NE(out.find("An official SAID on Thursday"), std::string::npos) << out;
  EXPECT_NE(out.find("satellite tv for pc"), std::string::npos) << out;
  EXPECT_EQ(ReadFile(dir_ / "a.txt"), kSpun) << "-o leaves the file alone";
}

TEST_F(CliTest, ReviewAcceptAllRewritesTheFileInPlace) {
  Write("a.txt", kSpun);
  const Result expected = Unspin("--spell=off a.txt");
  const Result run = Unspin("review --spell=off a.txt", "a\n");
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_EQ(ReadFile(dir_ / "a.txt"), expected.out);
}

TEST_F(CliTest, ReviewWorksUnderAPseudoTerminal) {
  Write("a.txt", kSpun);
  // `script` gives unspin a real terminal, as a person has; the keys are
  // typed into it.
  const std::string command = "cd '" + dir_.string() + "' && printf 'y\\nd\\n' | script -qec \"'" +
                              testing::BinaryPath() +
                              "' review --spell=off a.txt -o out.txt\" /dev/null > screen.txt";
  ASSERT_EQ(std::system(command.c_str()), 0);
  const std::string screen = ReadFile(dir_ / "screen.txt");
  EXPECT_NE(screen.find("(1/"), std::string::npos) << screen;
  EXPECT_NE(screen.find("accepted"), std::string::npos) << screen;
  const std::string out = ReadFile(dir_ / "out.txt");
  EXPECT_NE(out.find("called for"), std::string::npos) << out;
  EXPECT_NE(out.find("international locations"), std::string::npos) << out;
}

// --jsonl: 100,000 documents, some malformed, through two threads.
TEST_F(CliTest, JsonlKeepsOrderReportsErrorsAndMatchesSingleDocumentOutput) {
  const std::vector<std::string> texts = {
      "KCNA mentioned Thursday it referred to as for talks.",
      "The council met on Tuesday and approved the budget.",
      "Officials said the satellite tv for pc was launched as nicely.",
      "\u201CWe referred to as for calm,\u201D she said in opposition to the plan.",
      "Prices rose in international locations amid the state of affairs.",
  };
  CommonOptions common;
  common.spell = "off";
  StatusOr<RestorerOptions> options = MakeRestorerOptions(common);
  ASSERT_TRUE(options.ok()) << options.status().message();
  StatusOr<std::unique_ptr<Restorer>> restorer = Restorer::Create(options.value());
  ASSERT_TRUE(restorer.ok());
  std::vector<std::string> restored;
  for (const std::string& text : texts) restored.push_back((*restorer)->Restore(text).text);

  std::mt19937 random(5);
  std::string input;
  std::vector<int> kind;  // -1 malformed, else the text index
  for (int i = 0; i < 100000; ++i) {
    if (random() % 50 == 0) {
      input += "{\"id\": " + std::to_string(i) + ", broken\n";
      kind.push_back(-1);
      continue;
    }
    const int t = static_cast<int>(random() % texts.size());
    input += json({{"id", i}, {"text", texts[t]}}).dump() + "\n";
    kind.push_back(t);
  }
  const Result run = Unspin("--jsonl --threads 2 --spell=off", input);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::istringstream lines(run.out);
  std::string line;
  size_t n = 0, errors = 0;
  for (; std::getline(lines, line); ++n) {
    ASSERT_LT(n, kind.size());
    const json record = json::parse(line);
    if (kind[n] < 0) {
      ASSERT_TRUE(record["unspin"].contains("error")) << line;
      EXPECT_NE(record["unspin"]["error"].get<std::string>().find("line " + std::to_string(n + 1)),
                std::string::npos);
      ++errors;
      continue;
    }
    ASSERT_EQ(record["id"], static_cast<int>(n)) << "output order must follow input order";
    ASSERT_EQ(record["text"], restored[kind[n]]) << line;
    ASSERT_TRUE(record["unspin"].contains("edits"));
  }
  EXPECT_EQ(n, kind.size()) << "exactly one output line per input line";
  EXPECT_GT(errors, 1000u);
  EXPECT_NE(run.err.find("100000 records"), std::string::npos) << run.err;
}

TEST_F(CliTest, JsonlCapsDocumentSizeAndReadsDottedFields) {
  const std::string input = "{\"a\":{\"b\":\"It referred to as for calm.\"}}\n{\"a\":{\"b\":\"" +
                            std::string(2000, 'x') + "\"}}\n";
  const Result run = Unspin("--jsonl --field a.b --max-doc-bytes 1000 --spell=off", input);
  ASSERT_EQ(run.exit_code, 0) << run.err;
  std::istringstream lines(run.out);
  std::string first, second;
  std::getline(lines, first);
  std::getline(lines, second);
  EXPECT_EQ(json::parse(first)["a"]["b"], "It called for calm.");
  EXPECT_NE(second.find("exceeds --max-doc-bytes (1000 bytes)"), std::string::npos) << second;
}

}  // namespace
}  // namespace unspin

namespace unspin {
namespace {

TEST_F(CliTest, ProgressGoesToStderrOnlyWhenAskedOrOnATerminal) {
  const Result quiet = Unspin("--spell=off", "It referred to as for calm.\n");
  EXPECT_EQ(quiet.err.find("MB/s"), std::string::npos) << "stderr is not a terminal here";
  const Result shown = Unspin("--spell=off --progress", "It referred to as for calm.\n");
  EXPECT_EQ(shown.out, "It called for calm.\n");
  EXPECT_NE(shown.err.find("unspin: 1 file,"), std::string::npos) << shown.err;
  EXPECT_NE(shown.err.find("MB/s"), std::string::npos) << shown.err;
}

}  // namespace
}  // namespace unspin

namespace unspin {
namespace {

TEST_F(CliTest, JsonlSurvivesDeepNestingAndAHugeLine) {
  // 10,000 levels of nesting: refused with a clear error record (writing
  // such JSON back out would recurse 10,000 deep); 500 levels are fine.
  auto nested = [](int levels) {
    std::string deep;
    for (int i = 0; i < levels; ++i) deep += "[";
    for (int i = 0; i < levels; ++i) deep += "]";
    return "{\"deep\":" + deep + ",\"text\":\"It referred to as for calm.\"}\n";
  };
  // One 50 MB document (one line of text, as scraped pages often are), with
  // the document limit raised to let it in.
  std::string big = "{\"text\":\"";
  while (big.size() < (50u << 20)) big += "The council met on Tuesday and approved the budget. ";
  big += "It referred to as for calm.\"}\n";
  const Result run =
      Unspin("--jsonl --spell=off --max-doc-bytes 60000000", nested(10000) + nested(500) + big);
  ASSERT_EQ(run.exit_code, 0) << run.err.substr(0, 500);
  std::istringstream lines(run.out);
  std::string too_deep, first, second;
  std::getline(lines, too_deep);
  std::getline(lines, first);
  std::getline(lines, second);
  EXPECT_NE(too_deep.find("line 1: JSON nested deeper than 1000 levels"), std::string::npos)
      << too_deep.substr(0, 200);
  EXPECT_EQ(nlohmann::json::parse(first)["text"], "It called for calm.");
  EXPECT_GT(second.size(), 40u << 20);
  const nlohmann::json record = nlohmann::json::parse(second);
  EXPECT_TRUE(record["text"].get<std::string>().ends_with("It called for calm."));
  EXPECT_EQ(record["unspin"]["edits"].size(), 1u);
  EXPECT_NE(run.err.find("3 records, 1 with errors"), std::string::npos) << run.err;
}

}  // namespace
}  // namespace unspin
