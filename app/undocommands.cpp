#include "undocommands.h"

#include "kpistore.h"
#include "storeerror.h"
#include "windowerrortext.h"

#include <QCoreApplication>

namespace civicstat {

namespace {

struct UndoCommandsText { Q_DECLARE_TR_FUNCTIONS(UndoCommands) };

// A write that fails makes its command obsolete, so that QUndoStack drops it:
// a failed edit is never on the stack, and an undo that was refused cannot be
// redone over whatever the database holds now.
void run(QUndoCommand &command, const EditContext &context, const std::function<StoreChange()> &write)
{
    try {
        const StoreChange change = write();
        if (context.notifier)
            context.notifier->announce(change);
    } catch (const StoreError &error) {
        command.setObsolete(true);
        if (context.failed)
            context.failed(windowText(error));
    }
}

StoreChange commentaryChange(Id measureId) { return {StoreChange::Kind::Commentary, measureId, 0, false, 0}; }
StoreChange settingsChange() { return {StoreChange::Kind::Settings, 0, 0, false, 0}; }

} // namespace

AddCommentaryCommand::AddCommentaryCommand(EditContext context, Commentary commentary)
    : m_context(std::move(context)), m_commentary(std::move(commentary))
{
    setText(UndoCommandsText::tr("add comment"));
}

void AddCommentaryCommand::redo()
{
    run(*this, m_context, [this] {
        m_commentary.id = m_context.store->addCommentary(m_commentary);
        return commentaryChange(m_commentary.measureId);
    });
}

void AddCommentaryCommand::undo()
{
    run(*this, m_context, [this] {
        m_context.store->removeCommentary(m_commentary.id);
        return commentaryChange(m_commentary.measureId);
    });
}

EditCommentaryCommand::EditCommentaryCommand(EditContext context, Id measureId, Id id, QString before, QString after)
    : m_context(std::move(context)), m_measureId(measureId), m_id(id), m_before(std::move(before)), m_after(std::move(after))
{
    setText(UndoCommandsText::tr("edit comment"));
}

void EditCommentaryCommand::redo()
{
    run(*this, m_context, [this] {
        m_context.store->updateCommentary(m_id, m_after);
        return commentaryChange(m_measureId);
    });
}

void EditCommentaryCommand::undo()
{
    run(*this, m_context, [this] {
        m_context.store->updateCommentary(m_id, m_before);
        return commentaryChange(m_measureId);
    });
}

RemoveCommentaryCommand::RemoveCommentaryCommand(EditContext context, Commentary commentary)
    : m_context(std::move(context)), m_commentary(std::move(commentary))
{
    setText(UndoCommandsText::tr("delete comment"));
}

void RemoveCommentaryCommand::redo()
{
    run(*this, m_context, [this] {
        m_context.store->removeCommentary(m_commentary.id);
        return commentaryChange(m_commentary.measureId);
    });
}

void RemoveCommentaryCommand::undo()
{
    run(*this, m_context, [this] {
        m_context.store->addCommentary(m_commentary);
        return commentaryChange(m_commentary.measureId);
    });
}

CitySettingsCommand::CitySettingsCommand(EditContext context, const CitySettings &before, const CitySettings &after)
    : m_context(std::move(context)), m_change(before, after)
{
    setText(UndoCommandsText::tr("change city settings"));
}

void CitySettingsCommand::redo()
{
    run(*this, m_context, [this] {
        m_context.store->changeCitySettings(m_change);
        return settingsChange();
    });
}

void CitySettingsCommand::undo()
{
    run(*this, m_context, [this] {
        m_context.store->changeCitySettings(m_change.reversed());
        return settingsChange();
    });
}

ImportFiguresCommand::ImportFiguresCommand(EditContext context, std::shared_ptr<const ImportBatch> batch,
                                           qint64 importId)
    : m_context(std::move(context)), m_batch(std::move(batch)), m_importId(importId)
{
    const QString file = m_batch->log.fileName.isEmpty() ? UndoCommandsText::tr("figures") : m_batch->log.fileName;
    setText(QCoreApplication::translate("UndoCommands", "import of %1").arg(file));
}

void ImportFiguresCommand::redo()
{
    run(*this, m_context, [this] {
        if (!m_written) {
            m_importId = m_context.store->applyImport(*m_batch).importId;
            m_written = true;
        }
        return StoreChange{StoreChange::Kind::Import, 0, m_importId, false, 0};
    });
}

void ImportFiguresCommand::undo()
{
    run(*this, m_context, [this] {
        // Refused (and the command dropped) when another import came after this one.
        m_context.store->undoLastImport(m_importId);
        m_written = false;
        return StoreChange{StoreChange::Kind::ImportUndone, 0, m_importId, false, 0};
    });
}

UndoLastImportCommand::UndoLastImportCommand(EditContext context, qint64 importId,
                                             std::function<void(const UndoneImport &)> undone)
    : m_context(std::move(context)), m_importId(importId), m_undone(std::move(undone))
{
    setText(UndoCommandsText::tr("take back an import"));
}

void UndoLastImportCommand::redo()
{
    run(*this, m_context, [this] {
        const UndoneImport undone = m_context.store->undoLastImport(m_importId);
        if (m_undone)
            m_undone(undone);
        return StoreChange{StoreChange::Kind::ImportUndone, 0, m_importId, false, 0};
    });
    setObsolete(true);
}

} // namespace civicstat
