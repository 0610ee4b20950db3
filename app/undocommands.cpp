#include "undocommands.h"

#include "kpistore.h"
#include "storeerror.h"

#include <QCoreApplication>

namespace civicstat {

namespace {

QString tr(const char *text) { return QCoreApplication::translate("UndoCommands", text); }

// A write that fails makes its command obsolete, so that QUndoStack drops it:
// a failed edit is never on the stack, and an undo that was refused cannot be
// redone over whatever the database holds now.
void run(QUndoCommand &command, const EditContext &context, const std::function<void()> &write)
{
    try {
        write();
    } catch (const StoreError &error) {
        command.setObsolete(true);
        if (context.failed)
            context.failed(error.message());
    }
    if (context.done)
        context.done();
}

} // namespace

AddCommentaryCommand::AddCommentaryCommand(EditContext context, Commentary commentary)
    : m_context(std::move(context)), m_commentary(std::move(commentary))
{
    setText(tr("add comment"));
}

void AddCommentaryCommand::redo()
{
    run(*this, m_context, [this] { m_commentary.id = m_context.store->addCommentary(m_commentary); });
}

void AddCommentaryCommand::undo()
{
    run(*this, m_context, [this] { m_context.store->removeCommentary(m_commentary.id); });
}

EditCommentaryCommand::EditCommentaryCommand(EditContext context, Id id, QString before, QString after)
    : m_context(std::move(context)), m_id(id), m_before(std::move(before)), m_after(std::move(after))
{
    setText(tr("edit comment"));
}

void EditCommentaryCommand::redo()
{
    run(*this, m_context, [this] { m_context.store->updateCommentary(m_id, m_after); });
}

void EditCommentaryCommand::undo()
{
    run(*this, m_context, [this] { m_context.store->updateCommentary(m_id, m_before); });
}

RemoveCommentaryCommand::RemoveCommentaryCommand(EditContext context, Commentary commentary)
    : m_context(std::move(context)), m_commentary(std::move(commentary))
{
    setText(tr("delete comment"));
}

void RemoveCommentaryCommand::redo()
{
    run(*this, m_context, [this] { m_context.store->removeCommentary(m_commentary.id); });
}

void RemoveCommentaryCommand::undo()
{
    run(*this, m_context, [this] { m_context.store->addCommentary(m_commentary); });
}

CitySettingsCommand::CitySettingsCommand(EditContext context, const CitySettings &before, const CitySettings &after)
    : m_context(std::move(context)), m_change(before, after)
{
    setText(tr("change city settings"));
}

void CitySettingsCommand::redo()
{
    run(*this, m_context, [this] { m_context.store->changeCitySettings(m_change); });
}

void CitySettingsCommand::undo()
{
    run(*this, m_context, [this] { m_context.store->changeCitySettings(m_change.reversed()); });
}

} // namespace civicstat
