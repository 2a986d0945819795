#include "RoadmapSpec.h"

#include "RoadmapError.h"
#include "domain/Workspace.h"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <array>
#include <cctype>
#include <cmath>
#include <utility>

namespace storyloom::roadmap {
namespace {

using Json = nlohmann::ordered_json;

template <typename E, std::size_t N> struct EnumTable {
    std::array<std::pair<E, std::string_view>, N> ids;
    std::array<std::string_view, N> labels;
};

constexpr EnumTable<Layout, 3> kLayouts{
    {{{Layout::Board, "board"}, {Layout::Timeline, "timeline"}, {Layout::Matrix, "matrix"}}},
    {"Now / Next / Later", "Timeline", "Value vs effort"}};
constexpr EnumTable<Audience, 2> kAudiences{{{{Audience::Team, "team"}, {Audience::Executive, "executive"}}},
                                            {"Team", "Executive"}};
constexpr EnumTable<TimeScale, 2> kScales{
    {{{TimeScale::Months, "months"}, {TimeScale::Quarters, "quarters"}}}, {"Months", "Quarters"}};
constexpr EnumTable<MatrixSubject, 2> kSubjects{
    {{{MatrixSubject::Epics, "epics"}, {MatrixSubject::Stories, "stories"}}}, {"Epics", "Stories"}};
constexpr EnumTable<BubbleSize, 2> kSizes{{{{BubbleSize::Points, "points"}, {BubbleSize::Reach, "reach"}}},
                                          {"Story points", "Reach"}};

bool equalsIgnoringCase(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) ==
                      std::tolower(static_cast<unsigned char>(y));
           });
}

template <typename E, std::size_t N> std::string_view idOf(const EnumTable<E, N>& table, E v) {
    for (const auto& [e, id] : table.ids)
        if (e == v)
            return id;
    return table.ids[0].second;
}

template <typename E, std::size_t N> std::string_view labelOf(const EnumTable<E, N>& table, E v) {
    for (std::size_t i = 0; i < N; ++i)
        if (table.ids[i].first == v)
            return table.labels[i];
    return table.labels[0];
}

template <typename E, std::size_t N>
std::optional<E> parseOf(const EnumTable<E, N>& table, std::string_view text) {
    for (const auto& [e, id] : table.ids)
        if (equalsIgnoringCase(id, text))
            return e;
    return std::nullopt;
}

template <typename E, std::size_t N> std::string idList(const EnumTable<E, N>& table) {
    std::string s;
    for (std::size_t i = 0; i < N; ++i)
        s += (i == 0 ? "" : (i + 1 == N ? " or " : ", ")) + std::string(table.ids[i].second);
    return s;
}

/// Reads one view object, with errors that say which view and which field.
class ViewReader {
public:
    ViewReader(const Json& j, std::size_t index) : m_json(j), m_where("view " + std::to_string(index + 1)) {}

    RoadmapSpec read() {
        if (!m_json.is_object())
            fail("", "is not a JSON object; each view is an object with at least a \"name\"");
        RoadmapSpec spec;
        const auto name = m_json.find("name");
        if (name == m_json.end() || !name->is_string() || name->get<std::string>().empty())
            fail("name", "is missing or empty; give every view a name");
        spec.name = name->get<std::string>();
        m_where = "view \"" + spec.name + "\"";
        spec.layout = enumField("layout", kLayouts).value_or(Layout::Board);
        spec.audience = enumField("audience", kAudiences).value_or(Audience::Team);
        if (const auto it = m_json.find("showScores"); it != m_json.end() && !it->is_null()) {
            if (!it->is_boolean())
                fail("showScores", "must be true or false");
            spec.showScores = it->get<bool>();
        }
        if (const auto it = m_json.find("title"); it != m_json.end() && !it->is_null()) {
            if (!it->is_string())
                fail("title", "must be a string");
            spec.title = it->get<std::string>();
        }
        readFilters(spec);
        readTimeline(spec);
        readMatrix(spec);
        return spec;
    }

private:
    [[noreturn]] void fail(const std::string& field, const std::string& problem) const {
        throw RoadmapError("The saved roadmap " + m_where + " in the setting " + std::string(kViewsSetting) +
                           (field.empty() ? " " : " has a field \"" + field + "\" that ") + problem +
                           ". Fix the view or remove it from the setting.");
    }

    const Json* member(const Json& parent, const char* key) const {
        const auto it = parent.find(key);
        return it == parent.end() || it->is_null() ? nullptr : &*it;
    }

    template <typename E, std::size_t N>
    std::optional<E> enumField(const Json& parent, const char* key, const std::string& path,
                               const EnumTable<E, N>& table) const {
        const Json* v = member(parent, key);
        if (!v)
            return std::nullopt;
        if (!v->is_string())
            fail(path, "must be a string: " + idList(table));
        const auto parsed = parseOf(table, v->get<std::string>());
        if (!parsed)
            fail(path, "is \"" + v->get<std::string>() + "\"; use " + idList(table));
        return parsed;
    }

    template <typename E, std::size_t N>
    std::optional<E> enumField(const char* key, const EnumTable<E, N>& table) const {
        return enumField(m_json, key, key, table);
    }

    std::optional<Date> dateField(const Json& parent, const char* key, const std::string& path) const {
        const Json* v = member(parent, key);
        if (!v)
            return std::nullopt;
        const auto d = v->is_string() ? Date::parse(v->get<std::string>()) : std::nullopt;
        if (!d)
            fail(path, "is not a date written YYYY-MM-DD");
        return d;
    }

    const Json* object(const char* key) const {
        const Json* v = member(m_json, key);
        if (v && !v->is_object())
            fail(key, "must be a JSON object");
        return v;
    }

    std::vector<Id> idArray(const Json& parent, const char* key, const std::string& path) const {
        std::vector<Id> ids;
        const Json* v = member(parent, key);
        if (!v)
            return ids;
        if (!v->is_array())
            fail(path, "must be an array of ids");
        for (const auto& e : *v) {
            if (!e.is_number_integer() || e.get<long long>() <= 0)
                fail(path, "must hold only positive whole-number ids");
            ids.push_back(e.get<Id>());
        }
        return ids;
    }

    void readFilters(RoadmapSpec& spec) const {
        const Json* f = object("filters");
        if (!f)
            return;
        spec.filters.themeIds = idArray(*f, "themes", "filters.themes");
        spec.filters.releaseIds = idArray(*f, "releases", "filters.releases");
        if (const Json* h = member(*f, "horizons")) {
            if (!h->is_array())
                fail("filters.horizons", "must be an array such as [\"now\", \"next\"]");
            for (const auto& e : *h) {
                const auto parsed = e.is_string() ? parseHorizon(e.get<std::string>()) : std::nullopt;
                if (!parsed)
                    fail("filters.horizons", "holds " + e.dump() + "; use now, next or later");
                spec.filters.horizons.push_back(*parsed);
            }
        }
    }

    void readTimeline(RoadmapSpec& spec) const {
        const Json* t = object("timeline");
        if (!t)
            return;
        spec.scale = enumField(*t, "scale", "timeline.scale", kScales).value_or(TimeScale::Months);
        if (const Json* z = member(*t, "pxPerDay")) {
            if (!z->is_number() || !std::isfinite(z->get<double>()) || z->get<double>() < 0.05 ||
                z->get<double>() > 200)
                fail("timeline.pxPerDay", "must be a number of pixels per day between 0.05 and 200");
            spec.pxPerDay = z->get<double>();
        }
        spec.from = dateField(*t, "from", "timeline.from");
        spec.to = dateField(*t, "to", "timeline.to");
        if (spec.from && spec.to && *spec.to < *spec.from)
            fail("timeline.to", "is before timeline.from");
    }

    void readMatrix(RoadmapSpec& spec) const {
        const Json* m = object("matrix");
        if (!m)
            return;
        spec.matrixSubject =
            enumField(*m, "subject", "matrix.subject", kSubjects).value_or(MatrixSubject::Epics);
        spec.bubbleSize =
            enumField(*m, "bubbleSize", "matrix.bubbleSize", kSizes).value_or(BubbleSize::Points);
    }

    const Json& m_json;
    std::string m_where;
};

Json viewToJson(const RoadmapSpec& v) {
    Json j;
    j["name"] = v.name;
    j["layout"] = std::string(toId(v.layout));
    j["audience"] = std::string(toId(v.audience));
    if (v.showScores)
        j["showScores"] = *v.showScores;
    if (!v.title.empty())
        j["title"] = v.title;
    if (!v.filters.isEmpty()) {
        Json f = Json::object();
        if (!v.filters.themeIds.empty())
            f["themes"] = v.filters.themeIds;
        if (!v.filters.releaseIds.empty())
            f["releases"] = v.filters.releaseIds;
        if (!v.filters.horizons.empty()) {
            f["horizons"] = Json::array();
            for (Horizon h : v.filters.horizons)
                f["horizons"].push_back(std::string(toId(h)));
        }
        j["filters"] = f;
    }
    Json t = Json::object();
    t["scale"] = std::string(toId(v.scale));
    if (v.pxPerDay)
        t["pxPerDay"] = *v.pxPerDay;
    if (v.from)
        t["from"] = v.from->toString();
    if (v.to)
        t["to"] = v.to->toString();
    j["timeline"] = t;
    j["matrix"] = {{"subject", std::string(toId(v.matrixSubject))},
                   {"bubbleSize", std::string(toId(v.bubbleSize))}};
    return j;
}

bool isBlank(std::string_view s) {
    return std::all_of(s.begin(), s.end(),
                       [](char c) { return std::isspace(static_cast<unsigned char>(c)) != 0; });
}

void checkNames(const std::vector<RoadmapSpec>& views) {
    for (std::size_t i = 0; i < views.size(); ++i) {
        if (views[i].name.empty())
            throw RoadmapError("Roadmap view " + std::to_string(i + 1) +
                               " has no name; give every view a name.");
        for (std::size_t k = 0; k < i; ++k)
            if (equalsIgnoringCase(views[k].name, views[i].name))
                throw RoadmapError("Two roadmap views are named \"" + views[i].name +
                                   "\"; rename one of them (names are compared ignoring case).");
    }
}

} // namespace

std::string_view toId(Layout v) {
    return idOf(kLayouts, v);
}
std::string_view toId(Audience v) {
    return idOf(kAudiences, v);
}
std::string_view toId(TimeScale v) {
    return idOf(kScales, v);
}
std::string_view toId(MatrixSubject v) {
    return idOf(kSubjects, v);
}
std::string_view toId(BubbleSize v) {
    return idOf(kSizes, v);
}
std::string_view label(Layout v) {
    return labelOf(kLayouts, v);
}
std::string_view label(Audience v) {
    return labelOf(kAudiences, v);
}
std::string_view label(TimeScale v) {
    return labelOf(kScales, v);
}
std::string_view label(MatrixSubject v) {
    return labelOf(kSubjects, v);
}
std::string_view label(BubbleSize v) {
    return labelOf(kSizes, v);
}
std::optional<Layout> parseLayout(std::string_view text) {
    return parseOf(kLayouts, text);
}
std::optional<Audience> parseAudience(std::string_view text) {
    return parseOf(kAudiences, text);
}
std::optional<TimeScale> parseTimeScale(std::string_view text) {
    return parseOf(kScales, text);
}
std::optional<MatrixSubject> parseMatrixSubject(std::string_view text) {
    return parseOf(kSubjects, text);
}
std::optional<BubbleSize> parseBubbleSize(std::string_view text) {
    return parseOf(kSizes, text);
}

double RoadmapSpec::effectivePxPerDay() const {
    if (pxPerDay)
        return *pxPerDay;
    return scale == TimeScale::Months ? 4.0 : 1.5;
}

std::vector<RoadmapSpec> parseViews(std::string_view settingValue) {
    std::vector<RoadmapSpec> views;
    if (isBlank(settingValue))
        return views;
    Json j;
    try {
        j = Json::parse(settingValue);
    } catch (const nlohmann::json::parse_error& e) {
        throw RoadmapError("The setting " + std::string(kViewsSetting) + " is not valid JSON (at byte " +
                           std::to_string(e.byte) +
                           "); it should be an array of views, see docs/roadmap.md.");
    }
    if (!j.is_array())
        throw RoadmapError("The setting " + std::string(kViewsSetting) +
                           " should be a JSON array of views, see docs/roadmap.md.");
    for (std::size_t i = 0; i < j.size(); ++i)
        views.push_back(ViewReader(j[i], i).read());
    checkNames(views);
    return views;
}

std::string viewsToSetting(const std::vector<RoadmapSpec>& views) {
    checkNames(views);
    Json j = Json::array();
    for (const auto& v : views)
        j.push_back(viewToJson(v));
    return j.dump(2);
}

std::vector<RoadmapSpec> defaultViews() {
    std::vector<RoadmapSpec> views(3);
    views[0].name = "Now / Next / Later";
    views[0].layout = Layout::Board;
    views[1].name = "Timeline";
    views[1].layout = Layout::Timeline;
    views[2].name = "Value vs effort";
    views[2].layout = Layout::Matrix;
    return views;
}

std::vector<RoadmapSpec> savedViews(const Workspace& workspace) {
    const auto it = workspace.settings.find(std::string(kViewsSetting));
    if (it == workspace.settings.end())
        return defaultViews();
    auto views = parseViews(it->second);
    return views.empty() ? defaultViews() : views;
}

const RoadmapSpec* findView(const std::vector<RoadmapSpec>& views, std::string_view name) {
    for (const auto& v : views)
        if (equalsIgnoringCase(v.name, name))
            return &v;
    return nullptr;
}

} // namespace storyloom::roadmap
