// The edits a user can undo: commentary added, changed or deleted, city
// settings changed, an import and taking one back. The window writes only
// through these commands on its one undo stack. Each command writes through
// the store and announces what it changed on the notifier, so that the
// screens refresh just that; failures go to `failed`.
#pragma once

#include "changenotifier.h"
#include "citysettings.h"
#include "domain.h"
#include "kpistore.h"

#include <QUndoCommand>
#include <functional>

namespace civicstat {

struct EditContext {
    KpiStore *store = nullptr;
    ChangeNotifier *notifier = nullptr;
    std::function<void(const QString &message)> failed;
};

class AddCommentaryCommand final : public QUndoCommand
{
public:
    AddCommentaryCommand(EditContext context, Commentary commentary);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    Commentary m_commentary;
};

class EditCommentaryCommand final : public QUndoCommand
{
public:
    EditCommentaryCommand(EditContext context, Id measureId, Id id, QString before, QString after);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    Id m_measureId;
    Id m_id;
    QString m_before;
    QString m_after;
};

class RemoveCommentaryCommand final : public QUndoCommand
{
public:
    RemoveCommentaryCommand(EditContext context, Commentary commentary);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    Commentary m_commentary;
};

class CitySettingsCommand final : public QUndoCommand
{
public:
    CitySettingsCommand(EditContext context, const CitySettings &before, const CitySettings &after);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    SettingsChange m_change; // only the keys the dialog changed; refused if changed since
};

// An import the import wizard has written (on a worker connection, with
// progress and cancel): undoing it takes it back as "civicstat undo-import"
// does, and redoing it writes the same figures again.
class ImportFiguresCommand final : public QUndoCommand
{
public:
    ImportFiguresCommand(EditContext context, std::shared_ptr<const ImportBatch> batch, qint64 importId);
    void redo() override;
    void undo() override;

private:
    EditContext m_context;
    std::shared_ptr<const ImportBatch> m_batch;
    qint64 m_importId;
    bool m_written = true; // the wizard wrote it before the command was pushed
};

// Taking back the latest import, chosen from File > Undo the last import: the
// figures it removes are gone, so this cannot itself be undone; the command
// makes itself obsolete and the stack drops it (and everything it could redo).
class UndoLastImportCommand final : public QUndoCommand
{
public:
    UndoLastImportCommand(EditContext context, qint64 importId, std::function<void(const UndoneImport &)> undone);
    void redo() override;
    void undo() override {}

private:
    EditContext m_context;
    qint64 m_importId;
    std::function<void(const UndoneImport &)> m_undone;
};

} // namespace civicstat
