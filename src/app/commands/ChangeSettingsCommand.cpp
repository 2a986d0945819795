#include "ChangeSettingsCommand.h"

#include "app/Document.h"

namespace storyloom {

ChangeSettingsCommand::ChangeSettingsCommand(Document& document, Values before, Values after,
                                             const QString& text)
    : DocumentCommand(document, text), m_before(std::move(before)), m_after(std::move(after)) {}

void ChangeSettingsCommand::apply() {
    m_document.writeSettings(m_after);
}

void ChangeSettingsCommand::revert() {
    m_document.writeSettings(m_before);
}

} // namespace storyloom
