#include "EditLog.h"

#include <sstream>
#include <stdexcept>

namespace storyloom::test {
namespace {

std::vector<std::string> split(const std::string& text, char separator) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (;;) {
        const auto end = text.find(separator, start);
        out.push_back(text.substr(start, end == std::string::npos ? std::string::npos : end - start));
        if (end == std::string::npos)
            return out;
        start = end + 1;
    }
}

void need(bool condition, const std::string& line) {
    if (!condition)
        throw std::runtime_error("the crash writer printed a line this test does not understand: " + line);
}

StoryState fields(const std::vector<std::string>& f, std::size_t first) {
    StoryState s;
    s.title = f[first];
    s.description = f[first + 1];
    if (f[first + 2] != "-")
        s.points = std::stoi(f[first + 2]);
    if (!f[first + 3].empty())
        s.criteria = split(f[first + 3], '|');
    return s;
}

Edit parseTry(const std::vector<std::string>& f, const std::string& line) {
    need(f.size() >= 4, line);
    Edit e;
    e.seq = std::stoll(f[1]);
    const std::string& op = f[2];
    if (op == "ADD") {
        need(f.size() == 7, line);
        e.op = Edit::Op::Add;
        e.state = fields(f, 3);
    } else if (op == "UPD") {
        need(f.size() == 8, line);
        e.op = Edit::Op::Update;
        e.id = std::stoll(f[3]);
        e.state = fields(f, 4);
    } else if (op == "RANK") {
        need(f.size() == 5, line);
        e.op = Edit::Op::Rank;
        e.id = std::stoll(f[3]);
        e.state.rank = f[4];
    } else {
        need(op == "DEL" && f.size() == 4, line);
        e.op = Edit::Op::Delete;
        e.id = std::stoll(f[3]);
    }
    return e;
}

std::string describe(Id id, const StoryState& s) {
    std::ostringstream out;
    out << "story id " << id << " {title " << s.title << ", description " << s.description << ", points "
        << (s.points ? std::to_string(*s.points) : "-") << ", rank " << s.rank << ", criteria";
    for (const auto& c : s.criteria)
        out << ' ' << c;
    out << '}';
    return out.str();
}

std::string firstDifference(const StoryModel& expected, const StoryModel& actual) {
    for (const auto& [id, state] : expected) {
        const auto it = actual.find(id);
        if (it == actual.end())
            return "missing from the file: " + describe(id, state);
        if (!(it->second == state))
            return "expected " + describe(id, state) + " but the file has " + describe(id, it->second);
    }
    for (const auto& [id, state] : actual)
        if (!expected.count(id))
            return "in the file but never reported: " + describe(id, state);
    return {};
}

} // namespace

EditLog parseEditLog(const std::string& text) {
    EditLog log;
    std::size_t start = 0;
    while (start < text.size()) {
        const auto end = text.find('\n', start);
        if (end == std::string::npos)
            break; // a line cut by the kill: not reported
        const std::string line = text.substr(start, end - start);
        start = end + 1;
        const auto f = split(line, '\t');
        if (f[0] == "TRY") {
            need(!log.pending, line);
            log.pending = parseTry(f, line);
        } else {
            need(f[0] == "OK" && f.size() >= 2 && log.pending && std::stoll(f[1]) == log.pending->seq, line);
            Edit done = *log.pending;
            if (done.op == Edit::Op::Add) {
                need(f.size() == 4, line);
                done.id = std::stoll(f[2]);
                done.state.rank = f[3];
            }
            log.committed.push_back(std::move(done));
            log.pending.reset();
        }
    }
    return log;
}

void applyEdit(StoryModel& model, const Edit& edit) {
    switch (edit.op) {
    case Edit::Op::Add:
        model[edit.id] = edit.state;
        break;
    case Edit::Op::Update: {
        auto& s = model.at(edit.id);
        const std::string rank = s.rank;
        s = edit.state;
        s.rank = rank;
        break;
    }
    case Edit::Op::Rank:
        model.at(edit.id).rank = edit.state.rank;
        break;
    case Edit::Op::Delete:
        model.erase(edit.id);
        break;
    }
}

StoryModel modelOf(const Workspace& workspace) {
    StoryModel model;
    for (const auto& story : workspace.stories) {
        StoryState s;
        s.title = story.title;
        s.description = story.description;
        s.points = story.points;
        for (const auto& c : story.criteria)
            s.criteria.push_back(c.text);
        s.rank = story.rank;
        model[story.id] = std::move(s);
    }
    return model;
}

std::string compareModels(const StoryModel& expected, const StoryModel& actual,
                          const std::optional<Edit>& pending) {
    const std::string asReported = firstDifference(expected, actual);
    if (asReported.empty() || !pending)
        return asReported;
    if (pending->op != Edit::Op::Add) {
        StoryModel withPending = expected;
        applyEdit(withPending, *pending);
        return firstDifference(withPending, actual).empty() ? std::string() : asReported;
    }
    // An unreported add may have landed: one extra story with the fields it was sent with.
    if (actual.size() != expected.size() + 1)
        return asReported;
    for (const auto& [id, state] : actual) {
        if (expected.count(id))
            continue;
        StoryState landed = pending->state;
        landed.rank = state.rank;
        StoryModel withPending = expected;
        withPending[id] = landed;
        return firstDifference(withPending, actual).empty() ? std::string() : asReported;
    }
    return asReported;
}

} // namespace storyloom::test
