#include "PluralForms.h"

#include <QCoreApplication>
#include <QTranslator>

namespace storyloom {

bool installPluralForms(QCoreApplication& app) {
    auto* translator = new QTranslator(&app);
    if (!translator->load(QStringLiteral(":/i18n/storyloom_en.qm"))) {
        delete translator;
        return false;
    }
    return QCoreApplication::installTranslator(translator);
}

} // namespace storyloom
