#include "BacklogFilter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace storyloom {
namespace {

QJsonArray ids(const std::vector<Id>& values) {
    QJsonArray out;
    for (Id v : values)
        out.append(static_cast<qint64>(v));
    return out;
}

std::vector<Id> readIds(const QJsonValue& value) {
    std::vector<Id> out;
    for (const auto& v : value.toArray())
        out.push_back(v.toInteger());
    return out;
}

QString readinessId(BacklogFilter::Readiness r) {
    switch (r) {
    case BacklogFilter::Readiness::Ready:
        return QStringLiteral("ready");
    case BacklogFilter::Readiness::NotReady:
        return QStringLiteral("not-ready");
    default:
        return QStringLiteral("any");
    }
}

} // namespace

bool BacklogFilter::isEmpty() const {
    return text.trimmed().isEmpty() && epicIds.empty() && statuses.empty() && labels.isEmpty() &&
           personaIds.empty() && releaseIds.empty() && readiness == Readiness::Any;
}

QString BacklogFilter::toString() const {
    QJsonObject o;
    o.insert(QStringLiteral("version"), 1);
    o.insert(QStringLiteral("text"), text);
    o.insert(QStringLiteral("epics"), ids(epicIds));
    QJsonArray statusIds;
    for (StoryStatus s : statuses) {
        const auto id = toId(s);
        statusIds.append(QString::fromLatin1(id.data(), static_cast<qsizetype>(id.size())));
    }
    o.insert(QStringLiteral("statuses"), statusIds);
    o.insert(QStringLiteral("labels"), QJsonArray::fromStringList(labels));
    o.insert(QStringLiteral("personas"), ids(personaIds));
    o.insert(QStringLiteral("releases"), ids(releaseIds));
    o.insert(QStringLiteral("readiness"), readinessId(readiness));
    return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

std::optional<BacklogFilter> BacklogFilter::fromString(const QString& text) {
    QJsonParseError error;
    const auto doc = QJsonDocument::fromJson(text.toUtf8(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return std::nullopt;
    const QJsonObject o = doc.object();
    if (o.value(QStringLiteral("version")).toInt() != 1)
        return std::nullopt;
    BacklogFilter f;
    f.text = o.value(QStringLiteral("text")).toString();
    f.epicIds = readIds(o.value(QStringLiteral("epics")));
    for (const auto& v : o.value(QStringLiteral("statuses")).toArray()) {
        const auto status = parseStoryStatus(v.toString().toStdString());
        if (!status)
            return std::nullopt;
        f.statuses.push_back(*status);
    }
    for (const auto& v : o.value(QStringLiteral("labels")).toArray())
        f.labels.append(v.toString());
    f.personaIds = readIds(o.value(QStringLiteral("personas")));
    f.releaseIds = readIds(o.value(QStringLiteral("releases")));
    const QString readiness = o.value(QStringLiteral("readiness")).toString();
    if (readiness == QLatin1String("ready"))
        f.readiness = Readiness::Ready;
    else if (readiness == QLatin1String("not-ready"))
        f.readiness = Readiness::NotReady;
    return f;
}

QString BacklogFilter::settingName(const QString& name) {
    return QStringLiteral("backlog.filter.") + name;
}

} // namespace storyloom
