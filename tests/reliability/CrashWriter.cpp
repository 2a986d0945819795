// storyloom_crash_writer PATH SEED: makes random edits to the workspace at PATH through WorkspaceStore
// until it is killed (the crash-safety test sends SIGKILL at a random moment).
//
// Protocol on stdout, one line per event, flushed at once, fields separated by tabs (see EditLog.h):
//   TRY <seq> ADD <title> <description> <points|-> <criteria>   before the call
//   TRY <seq> UPD <id> <title> <description> <points|-> <criteria>
//   TRY <seq> RANK <id> <rank>
//   TRY <seq> DEL <id>
//   OK <seq> [<id> <rank>]                                       after the call returned (committed)
// Criteria are joined with '|'. Generated text never holds a tab, '|' or a line break.

#include "domain/Clock.h"
#include "domain/Rank.h"
#include "storage/WorkspaceStore.h"

#include <cstdio>
#include <cstdlib>
#include <exception>
#include <optional>
#include <random>
#include <string>
#include <vector>

using namespace storyloom;

namespace {

class Writer {
public:
    Writer(WorkspaceStore& store, unsigned seed) : m_store(store), m_random(seed) {}

    void editForever() {
        for (;;) {
            const auto stories = m_store.stories(StoryQuery{});
            const int roll = pick(0, 99);
            if (stories.size() < 5 || (roll < 30 && stories.size() < 40))
                add();
            else if (roll < 65)
                update(stories[index(stories.size())]);
            else if (roll < 90)
                moveRank(stories);
            else
                remove(stories[index(stories.size())]);
        }
    }

private:
    int pick(int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(m_random); }
    std::size_t index(std::size_t size) {
        return static_cast<std::size_t>(pick(0, static_cast<int>(size) - 1));
    }

    std::string word(const char* prefix) { return prefix + std::to_string(pick(0, 999999)); }

    std::optional<int> points() {
        static const int fibonacci[] = {0, 1, 2, 3, 5, 8, 13, 21};
        const int i = pick(-1, 7);
        return i < 0 ? std::nullopt : std::optional<int>(fibonacci[i]);
    }

    std::vector<AcceptanceCriterion> criteria() {
        std::vector<AcceptanceCriterion> out(static_cast<std::size_t>(pick(0, 3)));
        for (auto& c : out)
            c.text = word("criterion-");
        return out;
    }

    static std::string pointsText(const std::optional<int>& p) { return p ? std::to_string(*p) : "-"; }

    static std::string criteriaText(const std::vector<AcceptanceCriterion>& criteria) {
        std::string out;
        for (const auto& c : criteria)
            out += (out.empty() ? "" : "|") + c.text;
        return out;
    }

    void say(const std::string& line) {
        std::fputs(line.c_str(), stdout);
        std::fputc('\n', stdout);
        std::fflush(stdout);
    }

    std::string tryPrefix(const char* op) { return "TRY\t" + std::to_string(++m_seq) + "\t" + op + "\t"; }
    std::string ok() const { return "OK\t" + std::to_string(m_seq); }

    void add() {
        Story s;
        s.title = word("title-");
        s.description = word("description-");
        s.points = points();
        s.criteria = criteria();
        say(tryPrefix("ADD") + s.title + "\t" + s.description + "\t" + pointsText(s.points) + "\t" +
            criteriaText(s.criteria));
        const Story stored = m_store.addStory(s);
        say(ok() + "\t" + std::to_string(stored.id) + "\t" + stored.rank);
    }

    void update(Story s) {
        s.title = word("title-");
        s.description = word("description-");
        s.points = points();
        s.criteria = criteria(); // fresh criteria replace the old ones (ids 0 get new ids)
        say(tryPrefix("UPD") + std::to_string(s.id) + "\t" + s.title + "\t" + s.description + "\t" +
            pointsText(s.points) + "\t" + criteriaText(s.criteria));
        m_store.updateStory(s);
        say(ok());
    }

    void moveRank(const std::vector<Story>& byRank) {
        // Move a story between two neighbours chosen at random (or to either end).
        const std::size_t moved = index(byRank.size());
        const std::size_t gap = static_cast<std::size_t>(pick(0, static_cast<int>(byRank.size())));
        const std::string lo = gap == 0 ? std::string() : byRank[gap - 1].rank;
        const std::string hi = gap == byRank.size() ? std::string() : byRank[gap].rank;
        if (!lo.empty() && !hi.empty() && !(lo < hi))
            return;
        const std::string rank = rank::between(lo, hi);
        say(tryPrefix("RANK") + std::to_string(byRank[moved].id) + "\t" + rank);
        m_store.setStoryRank(byRank[moved].id, rank);
        say(ok());
    }

    void remove(const Story& s) {
        say(tryPrefix("DEL") + std::to_string(s.id));
        m_store.deleteStory(s.id);
        say(ok());
    }

    WorkspaceStore& m_store;
    std::mt19937 m_random;
    long long m_seq = 0;
};

} // namespace

int main(int argc, char** argv) {
    if (argc != 3) {
        std::fprintf(stderr, "usage: storyloom_crash_writer PATH SEED\n");
        return 1;
    }
    try {
        const SystemClock clock;
        const auto store = WorkspaceStore::open(argv[1], clock);
        Writer writer(*store, static_cast<unsigned>(std::strtoul(argv[2], nullptr, 10)));
        writer.editForever();
    } catch (const std::exception& e) {
        std::fprintf(stderr, "storyloom_crash_writer: %s\n", e.what());
        return 2;
    }
}
