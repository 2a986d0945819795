#include "Baseline.h"

#include "RoadmapError.h"
#include "domain/Workspace.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cstdlib>
#include <map>

namespace storyloom::roadmap {
namespace {

using Json = nlohmann::ordered_json;

std::string themeName(const Workspace& ws, std::optional<Id> themeId) {
    if (!themeId)
        return {};
    for (const auto& t : ws.themes)
        if (t.id == *themeId)
            return t.name;
    return {};
}

bool keyLess(std::string_view a, std::string_view b) {
    const long long na = keyNumber(a);
    const long long nb = keyNumber(b);
    return na != nb ? na < nb : a < b;
}

[[noreturn]] void fail(const std::string& where, const std::string& problem) {
    throw RoadmapError(
        "The roadmap baseline (setting " + std::string(kBaselineSetting) + ")" +
        (where.empty() ? "" : " " + where) + " " + problem +
        ". Save a new baseline to replace it (storyloom-cli roadmap WORKSPACE --save-baseline).");
}

std::optional<Date> optionalDate(const Json& e, const char* key, const std::string& where) {
    const auto it = e.find(key);
    if (it == e.end() || it->is_null())
        return std::nullopt;
    const auto d = it->is_string() ? Date::parse(it->get<std::string>()) : std::nullopt;
    if (!d)
        fail(where, std::string("has a \"") + key + "\" that is not a date written YYYY-MM-DD");
    return d;
}

std::string weeksOrDays(long long days) {
    const std::string sign = days > 0 ? "+" : "\xE2\x88\x92"; // U+2212 minus sign
    const long long n = std::llabs(days);
    if (n % 7 == 0)
        return sign + std::to_string(n / 7) + (n == 7 ? " week" : " weeks");
    return sign + std::to_string(n) + (n == 1 ? " day" : " days");
}

std::string dateText(const std::optional<Date>& d) {
    return d ? d->toString() : std::string("no date");
}

} // namespace

const BaselineEpic* Baseline::find(std::string_view key) const {
    for (const auto& e : epics)
        if (e.key == key)
            return &e;
    return nullptr;
}

Baseline captureBaseline(const Workspace& workspace, Date date) {
    Baseline b;
    b.date = date;
    for (const auto& epic : workspace.epics)
        b.epics.push_back({epic.key, epic.title, epic.horizon, epic.startDate, epic.endDate, epic.themeId,
                           themeName(workspace, epic.themeId)});
    std::sort(b.epics.begin(), b.epics.end(),
              [](const BaselineEpic& x, const BaselineEpic& y) { return keyLess(x.key, y.key); });
    return b;
}

std::string baselineToSetting(const Baseline& baseline) {
    Json j;
    j["date"] = baseline.date.toString();
    j["epics"] = Json::array();
    for (const auto& e : baseline.epics) {
        Json o;
        o["key"] = e.key;
        o["title"] = e.title;
        o["horizon"] = std::string(toId(e.horizon));
        o["start"] = e.start ? Json(e.start->toString()) : Json(nullptr);
        o["end"] = e.end ? Json(e.end->toString()) : Json(nullptr);
        o["theme"] = e.themeId ? Json(*e.themeId) : Json(nullptr);
        o["themeName"] = e.themeName;
        j["epics"].push_back(o);
    }
    return j.dump(2);
}

Baseline parseBaseline(std::string_view settingValue) {
    Json j;
    try {
        j = Json::parse(settingValue);
    } catch (const nlohmann::json::parse_error& e) {
        fail("", "is not valid JSON (at byte " + std::to_string(e.byte) + ")");
    }
    if (!j.is_object())
        fail("", "is not a JSON object with \"date\" and \"epics\"");
    Baseline b;
    const auto date = j.contains("date") && j["date"].is_string() ? Date::parse(j["date"].get<std::string>())
                                                                  : std::nullopt;
    if (!date)
        fail("", "has no \"date\" written YYYY-MM-DD");
    b.date = *date;
    if (!j.contains("epics") || !j["epics"].is_array())
        fail("", "has no \"epics\" array");
    std::size_t index = 0;
    for (const auto& e : j["epics"]) {
        ++index;
        std::string where = "epic " + std::to_string(index);
        if (!e.is_object() || !e.contains("key") || !e["key"].is_string() ||
            e["key"].get<std::string>().empty())
            fail(where, "has no \"key\"");
        BaselineEpic be;
        be.key = e["key"].get<std::string>();
        where = "epic " + be.key;
        if (e.contains("title") && !e["title"].is_string())
            fail(where, "has a \"title\" that is not a string");
        be.title = e.value("title", std::string());
        const auto h = e.contains("horizon") && e["horizon"].is_string()
                           ? parseHorizon(e["horizon"].get<std::string>())
                           : std::nullopt;
        if (!h)
            fail(where, "has a \"horizon\" that is not now, next or later");
        be.horizon = *h;
        be.start = optionalDate(e, "start", where);
        be.end = optionalDate(e, "end", where);
        if (e.contains("theme") && !e["theme"].is_null()) {
            if (!e["theme"].is_number_integer())
                fail(where, "has a \"theme\" that is not a theme id");
            be.themeId = e["theme"].get<Id>();
        }
        if (e.contains("themeName") && e["themeName"].is_string())
            be.themeName = e["themeName"].get<std::string>();
        if (b.find(be.key))
            fail(where, "appears twice");
        b.epics.push_back(std::move(be));
    }
    std::sort(b.epics.begin(), b.epics.end(),
              [](const BaselineEpic& x, const BaselineEpic& y) { return keyLess(x.key, y.key); });
    return b;
}

std::optional<Baseline> loadBaseline(const Workspace& workspace) {
    const auto it = workspace.settings.find(std::string(kBaselineSetting));
    if (it == workspace.settings.end() || it->second.empty())
        return std::nullopt;
    return parseBaseline(it->second);
}

std::vector<const EpicChange*> BaselineDiff::changesFor(std::string_view key) const {
    std::vector<const EpicChange*> out;
    for (const auto& c : changes)
        if (c.key == key)
            out.push_back(&c);
    return out;
}

std::vector<const EpicChange*> BaselineDiff::removed() const {
    std::vector<const EpicChange*> out;
    for (const auto& c : changes)
        if (c.kind == ChangeKind::Removed)
            out.push_back(&c);
    return out;
}

BaselineDiff diff(const Baseline& baseline, const Workspace& workspace) {
    BaselineDiff d;
    d.baselineDate = baseline.date;
    for (const auto& epic : workspace.epics) {
        const BaselineEpic* was = baseline.find(epic.key);
        EpicChange base;
        base.key = epic.key;
        base.title = epic.title;
        if (!was) {
            base.kind = ChangeKind::Added;
            base.toHorizon = epic.horizon;
            base.toStart = epic.startDate;
            base.toEnd = epic.endDate;
            d.changes.push_back(base);
            continue;
        }
        if (was->horizon != epic.horizon) {
            EpicChange c = base;
            c.kind = ChangeKind::HorizonMoved;
            c.fromHorizon = was->horizon;
            c.toHorizon = epic.horizon;
            d.changes.push_back(c);
        }
        if (was->start != epic.startDate || was->end != epic.endDate) {
            EpicChange c = base;
            c.kind = ChangeKind::DatesShifted;
            c.fromStart = was->start;
            c.fromEnd = was->end;
            c.toStart = epic.startDate;
            c.toEnd = epic.endDate;
            if (was->start && epic.startDate)
                c.startShiftDays = epic.startDate->toDays() - was->start->toDays();
            if (was->end && epic.endDate)
                c.endShiftDays = epic.endDate->toDays() - was->end->toDays();
            d.changes.push_back(c);
        }
        if (was->title != epic.title) {
            EpicChange c = base;
            c.kind = ChangeKind::Renamed;
            c.oldTitle = was->title;
            d.changes.push_back(c);
        }
        if (was->themeId != epic.themeId) {
            EpicChange c = base;
            c.kind = ChangeKind::ThemeChanged;
            c.fromTheme = was->themeName;
            c.toTheme = themeName(workspace, epic.themeId);
            d.changes.push_back(c);
        }
    }
    for (const auto& was : baseline.epics) {
        if (workspace.findEpic(was.key))
            continue;
        EpicChange c;
        c.kind = ChangeKind::Removed;
        c.key = was.key;
        c.title = was.title;
        c.fromHorizon = was.horizon;
        c.fromStart = was.start;
        c.fromEnd = was.end;
        d.changes.push_back(c);
    }
    std::stable_sort(d.changes.begin(), d.changes.end(), [](const EpicChange& x, const EpicChange& y) {
        if (x.key != y.key)
            return keyLess(x.key, y.key);
        return static_cast<int>(x.kind) < static_cast<int>(y.kind);
    });
    return d;
}

std::string badgeText(const EpicChange& change) {
    switch (change.kind) {
    case ChangeKind::Added:
        return "New";
    case ChangeKind::Removed:
        return "Removed";
    case ChangeKind::HorizonMoved:
        return "Moved from " + std::string(label(change.fromHorizon));
    case ChangeKind::DatesShifted:
        if (change.endShiftDays != 0)
            return weeksOrDays(change.endShiftDays);
        if (change.startShiftDays != 0)
            return weeksOrDays(change.startShiftDays);
        if (!change.toStart && !change.toEnd)
            return "Dates removed";
        return "Dates set";
    case ChangeKind::Renamed:
        return "Renamed";
    case ChangeKind::ThemeChanged:
        return "Theme changed";
    }
    return {};
}

std::string describe(const EpicChange& change) {
    const std::string who = change.key + " " + change.title;
    switch (change.kind) {
    case ChangeKind::Added:
        return who + " is new (" + std::string(label(change.toHorizon)) + ").";
    case ChangeKind::Removed:
        return who + " was removed (it was in " + std::string(label(change.fromHorizon)) + ").";
    case ChangeKind::HorizonMoved:
        return who + " moved from " + std::string(label(change.fromHorizon)) + " to " +
               std::string(label(change.toHorizon)) + ".";
    case ChangeKind::DatesShifted: {
        std::string s = who + " dates changed: ";
        if (change.startShiftDays != 0 || change.endShiftDays != 0) {
            std::vector<std::string> parts;
            if (change.startShiftDays != 0)
                parts.push_back("start " + weeksOrDays(change.startShiftDays));
            if (change.endShiftDays != 0)
                parts.push_back("end " + weeksOrDays(change.endShiftDays));
            s += parts[0] + (parts.size() > 1 ? ", " + parts[1] : "");
        } else {
            s += dateText(change.fromStart) + " to " + dateText(change.fromEnd) + " is now " +
                 dateText(change.toStart) + " to " + dateText(change.toEnd);
        }
        return s + ".";
    }
    case ChangeKind::Renamed:
        return who + " was renamed (it was \"" + change.oldTitle + "\").";
    case ChangeKind::ThemeChanged:
        return who + " moved from theme " + (change.fromTheme.empty() ? "none" : change.fromTheme) + " to " +
               (change.toTheme.empty() ? "none" : change.toTheme) + ".";
    }
    return who;
}

} // namespace storyloom::roadmap
