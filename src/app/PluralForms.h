#pragma once

class QCoreApplication;

namespace storyloom {

/// Installs the English singular and plural forms of every message that counts something
/// (translations/storyloom_en.ts, built into the app). Qt prints "1 stories" for tr("%n stories",
/// nullptr, 1) unless a translation gives the forms. Call once after creating the application
/// object. Returns false when the built-in forms are missing (the text then stays plural).
bool installPluralForms(QCoreApplication& app);

} // namespace storyloom
